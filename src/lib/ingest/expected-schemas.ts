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

/**
 * What each fetched table looked like when its manifest entry was written:
 * columns (or JSON-stat dimensions) in order, the codes of the dimensions that
 * ingest selects on, the units, and the region code list. Ingest compares every
 * fetched file with this before reading a figure from it, and stops with what
 * changed (src/lib/ingest/check-schema.ts). When a publisher changes a table on
 * purpose, update the entry here together with the manifest entry that reads it.
 */
export interface ExpectedSchema {
  /** Header (CSV) or dimension ids (JSON-stat), in order. */
  columns: string[];
  /** Every code each named column may hold; a new or a vanished code is a change. */
  codes?: Record<string, string[]>;
  /** JSON-stat only: `dimension:code` → unit label. */
  units?: Record<string, string>;
  /** The column whose codes must be the current kommuner (SSB's code list agg_KommGjeldende): none missing, none unknown. */
  currentKommuner?: { column: string; prefix?: string };
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
};
