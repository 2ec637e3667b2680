import {
  BAKGRUNN,
  BARNEHAGE_ALDER_ALLE,
  BARNEHAGE_ALDER_ETT,
  BOTID,
  EMA_BOSETTING,
  imdiAppColumns,
  INNVANDRINGSGRUNN,
  INTRO_AVSLUTTET,
  INTRO_AVSLUTTET_GROUPS,
  INTRO_SITUASJON,
  INTRO_SITUASJON_GROUPS,
  KJONN,
  SPRAAK,
  TILSKUDDSTYPE,
  VERDENSREGION,
} from './imdi-app-export.ts';
import { SSB_11607_LANDBAKGRUNN, SSB_LANDBAKGRUNN } from '../../fetch/fetch-config.ts';

/**
 * What each fetched table looked like when its manifest entry was written:
 * columns (or JSON-stat dimensions) in order, the codes of the dimensions that
 * ingest selects on, the units, and the region code list. Ingest compares every
 * fetched file with this before reading a figure from it, and stops with what
 * changed (src/lib/ingest/check/check-schema.ts). When a publisher changes a table on
 * purpose, update the entry here together with the manifest entry that reads it.
 */
export interface ExpectedSchema {
  /** Header (CSV) or dimension ids (JSON-stat), in order. */
  columns: string[];
  /** Every code each named column may hold; a new or a vanished code is a change. */
  codes?: Record<string, string[]>;
  /** JSON-stat only: `dimension:code` → unit label. */
  units?: Record<string, string>;
  /**
   * JSON-stat only: `dimension:code` → the category's label, for codes whose meaning ingest relies on
   * (a country code, a group). Compared with runs of white space made one; another label is a change.
   */
  labels?: Record<string, string>;
  /**
   * JSON-stat only: every category of `column` is a period of `years` years labelled `YYYY-YYYY`
   * whose end year is the end year of its code (FHI: code `2023_2023`, label `2021-2023`).
   */
  periods?: { column: string; years: number };
  /**
   * The column whose codes must be the current kommuner (SSB's code list agg_KommGjeldende): none missing, none unknown.
   * `only`: a regular expression picking the codes meant as kommuner where the column also holds the country and fylker (FHI's GEO).
   */
  currentKommuner?: { column: string; prefix?: string; only?: string };
}

/**
 * IMDi's app export with these units (`Enhet`) and dimension columns, in order, each with every label it may hold.
 * Used for the tables whose layout is ASSUMED FROM IMDI'S DOCUMENTED EXPORT LAYOUT; NOT VERIFIED AGAINST THE
 * LIVE ENDPOINT (NO NETWORK): what each assumption rests on is in ./imdi-app-export.ts. The first live
 * export that differs stops ingest with what changed; then correct the labels there (and the row spec).
 */
function imdiApp(units: string[], dimensions: Record<string, string[]>): ExpectedSchema {
  return { columns: imdiAppColumns(Object.keys(dimensions)), codes: { Enhet: units, ...dimensions } };
}
const labels = (map: Record<string, string>) => Object.keys(map);

export const EXPECTED_SCHEMAS: Record<string, ExpectedSchema> = {
  'imdi-api-bosatt-anmodede': {
    columns: ['Enhet', 'År', 'Kommunenummer', 'Kommune', 'Bosetting', 'Antall'],
    codes: {
      Enhet: ['Personer', 'Prosent'],
      Bosetting: ['Anmodning om bosetting', 'Vedtak om bosetting', 'Faktisk bosetting', 'Opprinnelig anmodning'],
    },
  },
  'imdi-api-flyktning-botid-flytting': {
    columns: ['Enhet', 'År', 'Sekundærflytting', 'Botid i Norge', 'Kommunenummer', 'Kommune', 'Antall'],
    codes: {
      Enhet: ['Personer'],
      Sekundærflytting: ['alle', 'Bosatt her', 'Flyttet hit', 'Uoppgitt'],
      'Botid i Norge': ['Alle', '0-4 år', '5+ år'],
    },
  },
  // Assumed, not verified against the live endpoint (no network): see imdiApp above.
  'imdi-api-enslige-mindrearige': imdiApp(['Personer', 'Prosent'], {
    [EMA_BOSETTING]: ['Anmodning om bosetting', 'Vedtak om bosetting', 'Faktisk bosetting', 'Opprinnelig anmodning'],
  }),
  'imdi-api-befolkning-innvandringsgrunn': imdiApp(['Personer', 'Prosent'], {
    Kjønn: KJONN,
    Innvandringsgrunn: labels(INNVANDRINGSGRUNN),
  }),
  'imdi-api-sysselsatte-botid-land': imdiApp(['Personer', 'Prosent'], {
    'Botid i Norge': BOTID,
    Verdensregion: labels(VERDENSREGION),
  }),
  'imdi-api-sysselsatte-innvkat': imdiApp(['Personer', 'Prosent'], { Bakgrunn: labels(BAKGRUNN) }),
  'imdi-api-intro-deltakere': imdiApp(['Personer'], { Kjønn: KJONN }),
  'imdi-api-intro-status-arbutd': imdiApp(['Personer', 'Prosent'], {
    Kjønn: KJONN,
    [INTRO_AVSLUTTET]: labels(INTRO_AVSLUTTET_GROUPS),
    [INTRO_SITUASJON]: labels(INTRO_SITUASJON_GROUPS),
  }),
  'imdi-api-vedvarende-lavinntekt': imdiApp(['Prosent'], {
    Bakgrunn: labels(BAKGRUNN),
    Verdensregion: labels(VERDENSREGION),
  }),
  'imdi-api-sosialhjelp': imdiApp(['Personer', 'Prosent'], { Kjønn: KJONN, Bakgrunn: labels(BAKGRUNN) }),
  'imdi-api-barnehagedeltakelse-spraak': imdiApp(['Personer', 'Prosent'], {
    Alder: [BARNEHAGE_ALDER_ALLE, ...BARNEHAGE_ALDER_ETT],
    Språk: labels(SPRAAK),
  }),
  'imdi-api-tilskudd': imdiApp(['Kroner'], { Tilskuddstype: labels(TILSKUDDSTYPE) }),
  'ssb-api-07459': {
    columns: ['Region', 'ContentsCode', 'Tid'],
    codes: { ContentsCode: ['Personer1'] },
    units: { 'ContentsCode:Personer1': 'personer' },
    currentKommuner: { column: 'Region', prefix: 'K-' },
  },
  // The labels below are the meaning ingest relies on for each code; they are as public scripts using these
  // tables show them, not checked against the publishers' metadata (no network here): the first online run does.
  'ssb-api-09817': {
    columns: ['Region', 'InnvandrKat', 'Landbakgrunn', 'ContentsCode', 'Tid'],
    codes: { InnvandrKat: ['B'], Landbakgrunn: Object.keys(SSB_LANDBAKGRUNN), ContentsCode: ['Personer1'] },
    units: { 'ContentsCode:Personer1': 'personer' },
    labels: {
      'InnvandrKat:B': 'Innvandrere',
      ...Object.fromEntries(Object.entries(SSB_LANDBAKGRUNN).map(([code, name]) => [`Landbakgrunn:${code}`, name])),
    },
    currentKommuner: { column: 'Region', prefix: 'K-' },
  },
  'ssb-api-11607': {
    columns: ['Region', 'Kjonn', 'Alder', 'Landbakgrunn', 'ContentsCode', 'Tid'],
    codes: { Kjonn: ['0'], Alder: ['15-74'], Landbakgrunn: SSB_11607_LANDBAKGRUNN, ContentsCode: ['Sysselsatte2'] },
    units: { 'ContentsCode:Sysselsatte2': 'prosent' },
    labels: {
      'Landbakgrunn:zzz': 'Innvandrere i alt',
      'Landbakgrunn:abc': 'Befolkningen eksklusive innvandrere',
      'Landbakgrunn:ddd': 'Norden utenom Norge, EU/EFTA, Storbritannia, USA, Canada, Australia, New Zealand',
      'Landbakgrunn:eee':
        'Europa utenom EU/EFTA og Storbritannia, Afrika, Asia, Amerika utenom USA og Canada, Oseania utenom Australia og NZ, polare områder',
    },
    currentKommuner: { column: 'Region', prefix: 'K-' },
  },
  // FHI puts no unit on its categories that we know of: the measure's label says it is a percentage.
  'fhi-api-403': {
    columns: ['GEO', 'AAR', 'ALDER', 'INNVKAT', 'MAAL', 'MEASURE_TYPE'],
    codes: { ALDER: ['0_120', '0_17'], INNVKAT: ['0', '2', '3', '20'], MAAL: ['ant_eu60'], MEASURE_TYPE: ['RATE'] },
    labels: {
      'ALDER:0_120': 'alle aldre',
      'ALDER:0_17': '0-17 år',
      'INNVKAT:0': 'total',
      'INNVKAT:2': 'innvandrere',
      'INNVKAT:3': 'norskfødt med innvandrerforeldre',
      'INNVKAT:20': 'øvrig befolkning',
      'MAAL:ant_eu60': 'EU60',
      'MEASURE_TYPE:RATE': 'andel (prosent)',
    },
    periods: { column: 'AAR', years: 3 },
    currentKommuner: { column: 'GEO', only: '\\d{4}' },
  },
};
