import { LANDBAKGRUNN } from '../../domain/measures.ts';
import { DEFAULT_BASES, FETCH_TABLES, SSB_LANDBAKGRUNN } from '../../fetch/fetch-config.ts';
import {
  BAKGRUNN,
  BARNEHAGE_ALDER_ALLE,
  BARNEHAGE_ALDER_ETT,
  BOTID,
  EMA_BOSETTING,
  INNVANDRINGSGRUNN,
  INTRO_AVSLUTTET,
  INTRO_AVSLUTTET_GROUPS,
  INTRO_SITUASJON,
  INTRO_SITUASJON_GROUPS,
  SPRAAK,
  TILSKUDDSTYPE,
  VERDENSREGION,
} from './imdi-app-export.ts';
import { SEKUNDAERFLYTTING_NOT_LISTED, VEDTAK_2026_NOT_LISTED } from './completeness-gaps.ts';
import { IMDI_SYMBOLS, type StatusSymbols } from '../../raw/parse-value.ts';
import { fhiKommunehelsa, imdiNokkeltall, imdiStatistics, ssbTable } from './publisher-pages.ts';
import type { RowSpec, SourceSpec, ValueSpec } from './source-spec.ts';

export { CODE_LIST_YEARS, REFERENCES, type ReferenceSpec } from './references.ts';

/**
 * The manifest: every publisher file the dataset is built from: SOURCES (figures)
 * here, REFERENCES (kommune lists, code changes, names, groups, boundaries) beside it. Provenance
 * (origin, commit) is from ../shared/data/raw/SOURCES.md. Vintages give the
 * month the file was made where known; a year alone means only the year is known.
 */

const IMDI_CSV = { kind: 'csv', encoding: 'latin1', delimiter: ';' } as const;
const IMDI_WIDE = { kind: 'wide-csv', encoding: 'latin1', delimiter: ';' } as const;
const IMDIKATOR = { kind: 'csv', encoding: 'utf-8', delimiter: ',' } as const;
const XLSX = { kind: 'xlsx' } as const;

const IMDI_LICENCE = 'Offentlig statistikk fra IMDi (NLOD 2.0 / CC BY 4.0), kreditering påkrevd';
const SSB_LICENCE = 'SSB (NLOD 2.0 / CC BY 4.0), kreditering påkrevd';
const FHI_LICENCE = 'Folkehelseinstituttet, åpent API (vilkår i FHIs statistikkbank); oppgi «Kilde: FHI»';
const TELEMARK = 'evensrii/Telemark, «Data/09_Innvandrere og inkludering/…»';
const MUNCH15 = 'gardenberg/imdikator-munch, data/, commit d1ab9eca3c25913583bff2d4af1d9c7407a92164';
const MUNCH16 = 'gardenberg/imdikator-munch, data_flat_*/, commit 101c0826ec20e8322f515d2679b794f23d0097b0';
const DESKEN = 'Samarbeidsdesken/p02-ukraina, data/, commit fc298da7cb62c4d6b1d3a2920bc04870033c47b9';

const OUTSIDE_KOMMUNER: Record<string, string> = {
  '2100': 'Svalbard (not a kommune)',
  '2111': 'Svalbard',
  '2112': 'Svalbard',
  '2113': 'Svalbard',
  '2115': 'Svalbard',
  '2211': 'Jan Mayen',
  '9999': 'uoppgitt kommune',
  '0000': 'hele landet',
  '21-22': 'Svalbard og Jan Mayen',
  '23': 'Kontinentalsokkelen',
  Rest: 'delte kommuner og uoppgitt',
};
const IMDIKATOR_LEVELS: Record<string, string> = { NULL: 'fylke, bydel or næringsregion row', ...OUTSIDE_KOMMUNER };
/** IMDikator's long exports (2015/2016): a row per kommune (kommune_nr), year (aar) and category, codes of the row's year. */
const IMDIKATOR_ROWS = {
  code: 'kommune_nr',
  year: 'aar',
  structure: 'row-year',
  skipCodes: IMDIKATOR_LEVELS,
  symbols: IMDI_SYMBOLS,
} as const;
const XLSX_PRIKKET: StatusSymbols = { '': 'missing', 'Prikket (<5)': 'suppressed', '<5': 'suppressed' };
const ALESUND_2024: RowSpec['remap'] = [
  { code: '1508', before: 2024, to: '1507', why: 'the file puts 2020–2023 Ålesund (1507, incl. Haram) on 1508' },
  { code: '1580', before: 2024, to: null, why: 'Haram (1580) did not exist before 2024; the file shows 0' },
];
const ALL_KJONN = { kjonn: ['alle'] };
/** IMDi's «Faktisk bosetting» in bosatt_anmodede starts in 2012; every kommune has «.» before. */
const SETTLED_FROM = 2012;
const PARTS_HIDDEN = {
  column: 'ovr_prikket',
  values: ['Obs! Inkluderer ikke anonymiserte tall. Se fanen Tallgrunnlag på nettsiden.'],
};
const ATLAS = 'terchris/atlas, atlas-data/ingest/src/sources/imdi-bosetting/__tests__/fixtures/';
/** IMDi's qualifiers on its «Nøkkeltall bosetting» pages → the kommune's name. */
const NOKKELTALL_ALIASES: Record<string, string> = {
  'Nes (Ak.)': 'Nes',
  'Våler (Hedm.)': 'Våler',
  'Våler (Innlandet)': 'Våler',
  'Os (Hedm.)': 'Os',
  'Herøy (Møre og Romsdal)': 'Herøy',
  'Herøy (Nordland)': 'Herøy',
  'Sande (Møre og Romsdal)': 'Sande',
  'Bø (Nordland)': 'Bø',
};
const NOKKELTALL_SYMBOLS: StatusSymbols = { ':': 'suppressed' };
function nokkeltall(
  year: number,
  file: string,
  vintage: string,
  commit: string,
  page: string,
  extra: ValueSpec[] = [],
): SourceSpec {
  return {
    id: `imdi-nokkeltall-${year}`,
    file: `imdi-nokkeltall-via-terchris-atlas/${file}`,
    publisher: 'IMDi',
    table: `Nøkkeltall bosetting ${year} (nettside)`,
    title: `Anmodning, vedtak og bosatte ${year} (avskrift av IMDis nettside, ${page})`,
    page: imdiNokkeltall(year),
    origin: `${ATLAS}nokkeltall-bosetting-${year}.html, commit ${commit}`,
    licence: 'Avskrift; tallene er IMDis (kreditering: «Kilde: IMDi»)',
    vintage,
    transcribed: true,
    format: { kind: 'nokkeltall-tsv', year, fylke: 'fylke_tabell', name: 'kommune', aliases: NOKKELTALL_ALIASES },
    provisional: 'calendar-year',
    completeness: { years: { from: year, to: year, why: "the page's own year" } },
    rows: {
      code: 'Kommunenummer',
      year: 'year',
      structure: 2024,
      symbols: NOKKELTALL_SYMBOLS,
      values: [
        { measure: 'anmodning', column: 'anmodet' },
        // «-»: no decision because no request; «avventer vedtak»: not yet decided; «0»: decided to settle nobody.
        { measure: 'vedtak', column: 'vedtatt', symbols: { '-': 'not-applicable', 'avventer vedtak': 'pending' } },
        { measure: 'bosatt', column: 'bosatte', group: '' },
        // IMDi's «Antall bosatte personer med kollektiv beskyttelse» (mostly Ukrainians), labelled as IMDi labels it.
        { measure: 'bosatt', column: 'bosatte_kollektiv_beskyttelse', group: 'ukrainere' },
        ...extra,
      ],
    },
    notes:
      'Avskrift av tabellene på IMDis side, celle for celle (MANIFEST.md i kildemappa). Ingen kommunenummer på siden: koblet på fylke + navn. «:» skjult, «-» ingen anmodning og derfor ikke vedtak, «avventer vedtak» eget status.',
  };
}
/** «Antall personer kommunen har avtalt å bosette» and its collective-protection part (2026: every kommune; 2024: Oslo only, empty elsewhere). */
const AVTALT: ValueSpec[] = [
  { measure: 'avtalt-bosatt', column: 'avtalt', group: '', emptyIsAbsent: true },
  { measure: 'avtalt-bosatt', column: 'avtalt_kollektiv_beskyttelse', group: 'kollektiv', emptyIsAbsent: true },
];
// Reasons for rows deliberately not read (RowSpec.skip).
const SHARES_COMPUTED = 'shares are computed from the counts';
const BY_SEX: Record<string, string> = { 0: 'figures by sex are not published', 1: 'figures by sex are not published' };
const ONE_AGE = 'one age year; the 1–5 years total is read';
const SHARES_ONLY = 'only the shares are published for this table';
const BY_SEX_LABELS: Record<string, string> = { Kvinner: BY_SEX[0], Menn: BY_SEX[1] };
/** The 15 countries of background with the most people in all of Norway in 2022 (from the file itself), and Ukraine. */
/** The country list is declared once, with the measure's groups. */
export { LANDBAKGRUNN };

/** A row spec for IMDi's app export (long format: codes in each row's year's structure, the value in `Antall`). */
function imdiAppRows(rows: Pick<RowSpec, 'values'> & Partial<RowSpec>): RowSpec {
  return {
    code: 'Kommunenummer',
    year: 'År',
    structure: 'row-year',
    skipCodes: OUTSIDE_KOMMUNER,
    symbols: IMDI_SYMBOLS,
    ...rows,
  };
}

/** IMDi's «Bosetting» dimension (request, original request, decision, settled), read from `column`. */
const bosettingValues = (column: string): RowSpec['values'] => [
  { measure: 'anmodning', column, when: { Bosetting: ['Anmodning om bosetting'] } },
  { measure: 'opprinnelig-anmodning', column, when: { Bosetting: ['Opprinnelig anmodning'] } },
  { measure: 'vedtak', column, when: { Bosetting: ['Vedtak om bosetting'] } },
  { measure: 'bosatt', column, when: { Bosetting: ['Faktisk bosetting'] }, group: '', fromYear: SETTLED_FROM },
];

/** IMDi's long export of bosatt_anmodede (the Telemark copy and the app's own CSV download). */
const BOSATT_ANMODEDE_ROWS = imdiAppRows({
  keep: { Enhet: ['Personer'] },
  skip: { Enhet: { Prosent: SHARES_COMPUTED } },
  values: bosettingValues('Antall'),
});

/** IMDi's long export of flyktning_botid_flytting (the Telemark copy and the app's own CSV download). */
const FLYKTNING_BOTID_FLYTTING_ROWS = imdiAppRows({
  keep: { Enhet: ['Personer'] },
  values: [
    {
      measure: 'sekundaerflytting',
      column: 'Antall',
      group: '{Sekundærflytting}|{Botid i Norge}',
      groupMap: {
        'Bosatt her': 'bosatt-her',
        'Flyttet hit': 'flyttet-hit',
        Uoppgitt: 'uoppgitt',
        alle: 'alle',
        Alle: 'alle',
        '0-4 år': '0-4',
        '5+ år': '5+',
      },
    },
  ],
});

/** SSB's 2024-structure population series (the committed copy and PxWebApi's agg_KommGjeldende): Ålesund/Haram 2020–2023 and the split kommuner' placeholder zeros. */
const SSB_2024_SERIES: Pick<RowSpec, 'remap' | 'zeroNotAvailable'> = {
  remap: [
    {
      code: '1508',
      from: 2020,
      before: 2024,
      to: '1507',
      why: "SSB puts all of 2020–2023 Ålesund (1507, incl. Haram) on 1508; before 2020 1508 is today's Ålesund",
    },
    {
      code: '1580',
      from: 2020,
      before: 2024,
      to: null,
      why: "SSB shows 0 for Haram in 2020–2023, when it was part of Ålesund; before 2020 it is Haram's own series",
    },
  ],
  zeroNotAvailable: [{ codes: ['5055', '5056', '5059', '1806', '1875'], from: 1986, to: 2019 }],
};

/**
 * A table `npm run fetch` downloads from IMDi's app: its raw file and address from the fetch config
 * (src/lib/fetch/fetch-config.ts), read with IMDi's long-export row spec. Each one's columns and labels
 * are declared in ./imdi-app-export.ts (what is seen and what is assumed) and checked against
 * ./expected-schemas.ts before a figure is read.
 */
function imdiApp(
  table: string,
  title: string,
  rows: RowSpec,
  notes = 'Hentet direkte fra IMDi.',
  extra: Pick<SourceSpec, 'dotYieldsToPending'> = {},
): SourceSpec {
  const t = FETCH_TABLES.find((x) => x.publisher === 'imdi' && x.table === table);
  if (t?.request.method !== 'GET')
    throw new Error(`src/lib/fetch/fetch-config.ts does not fetch IMDi table ${JSON.stringify(table)}`);
  return {
    id: `imdi-api-${table.replaceAll('_', '-')}`,
    file: t.file,
    fetched: true,
    publisher: 'IMDi',
    table,
    title: `${title} (IMDis CSV-eksport)`,
    page: imdiStatistics(table),
    origin: `${DEFAULT_BASES.imdi}${t.request.path}`,
    licence: IMDI_LICENCE,
    vintage: '',
    format: IMDI_CSV,
    provisional: 'calendar-year',
    completeness: {
      unchecked:
        "which kommuner, years and categories IMDi's live export has is not yet seen (no network here): declare them from the first fetched file",
    },
    rows,
    notes,
    ...extra,
  };
}
/** A count and its share, by one dimension whose labels map to the measures' groups. */
const countAndShare = (count: string, share: string, column: string, groupMap: Record<string, string>) => [
  { measure: count, column: 'Antall', when: { Enhet: ['Personer'] }, group: `{${column}}`, groupMap },
  { measure: share, column: 'Antall', when: { Enhet: ['Prosent'] }, group: `{${column}}`, groupMap },
];
const [EU_EFTA, REST_OF_WORLD] = Object.keys(VERDENSREGION).filter((l) => VERDENSREGION[l] !== 'alle');
/**
 * SSB's standard symbols on a cell without a figure (PxWebApi json-stat2 `status`): «..» and «...» no figure
 * (not yet) available, «.» cannot occur, «:» hidden for confidentiality. A null cell without a symbol is missing.
 */
const SSB_SYMBOLS: StatusSymbols = {
  '': 'missing',
  '..': 'missing',
  '...': 'missing',
  '.': 'not-applicable',
  ':': 'suppressed',
};
/** A JSON-stat dataset has a cell for every region × year × category: a hole is a null cell, read as missing. */
const JSON_STAT_CUBE = {
  unchecked:
    'a JSON-stat cube has every cell (null = missing); its region list is checked against the current kommuner (expected-schemas.ts)',
};
/** FHI's json-stat2 writes «:» (hidden: too few people) in place of the number; a null cell is missing. */
const FHI_SYMBOLS: StatusSymbols = { '': 'missing', ':': 'suppressed', '..': 'missing', '.': 'not-applicable' };

export const SOURCES: SourceSpec[] = [
  {
    id: 'imdi-bosatt-anmodede-2023',
    file: 'imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv',
    publisher: 'IMDi',
    table: 'bosatt_anmodede',
    title: 'Anmodning, vedtak og faktisk bosetting 1995–2023',
    page: imdiStatistics('bosatt_anmodede'),
    origin: `${TELEMARK}Bosetting av flyktninger/2023/Figur1_bosatt_anmodede.csv, commit 83541874fe640c1b444c4d08dc571e8de5706086`,
    licence: IMDI_LICENCE,
    vintage: '2023-09',
    format: IMDI_CSV,
    provisional: 'calendar-year',
    completeness: {
      exceptions: [
        ...[[1995, 2019] as const, [2021, 2021] as const, [2023, 2023] as const].map(([a, b]) => ({
          years: [a, b] as [number, number],
          categories: ['opprinnelig-anmodning'],
          why: 'IMDi gives the original request only for the years it was revised (2020, 2022)',
        })),
        {
          codes: ['1145', '1834', '1836', '1850', '1852', '1856', '1857', '2011'],
          years: [2016, 2016],
          categories: ['vedtak'],
          why: "no decision row for 2016 in IMDi's file (its share rows say 0 % decided)",
        },
      ],
    },
    rows: BOSATT_ANMODEDE_ROWS,
    notes: 'Prosent-radene leses ikke: andeler regnes fra antallene.',
  },
  {
    id: 'imdi-bosatt-anmodede-2022',
    file: 'imdi-via-evensrii-telemark/bosatt_anmodede_sep22.csv',
    publisher: 'IMDi',
    table: 'bosatt_anmodede',
    title: 'Anmodning, vedtak og bosetting 1995–2022 (eldre uttrekk, bred tabell)',
    page: imdiStatistics('bosatt_anmodede'),
    origin: `${TELEMARK}Bosetting/2022-tall/bosatt_anmodede_sep22.csv, HEAD 2f2c2110de64611a0bab80a5f8f109183475bc50`,
    licence: IMDI_LICENCE,
    vintage: '2022-09',
    format: IMDI_WIDE,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      code: 'Region',
      codePrefix: 'K',
      year: 'År',
      structure: 'row-year',
      keep: { Enhet: ['Personer'] },
      skipCodes: OUTSIDE_KOMMUNER,
      symbols: IMDI_SYMBOLS,
      skip: {
        Bosetting: {
          'Faktisk bosetting (sammenslått for tidligere fylker)': 'settled by former fylke, not by kommune',
        },
      },
      values: bosettingValues('value'),
    },
    notes: 'Eldre uttrekk; brukes bare der nyere filer mangler tallet.',
  },
  {
    id: 'imdi-bosetting-2015',
    file: 'imdi-imdikator-munch-2015/bosetting.csv',
    publisher: 'IMDi',
    table: 'bosetting',
    title: 'Bosetting 2012–2014 (IMDikator-eksport)',
    page: imdiStatistics(
      'bosatt_anmodede',
      'IMDis gamle tabell «bosetting» har ingen egen side; anmodning, vedtak og bosatte står i tabellen bosatt_anmodede',
    ),
    origin: MUNCH15,
    licence: IMDI_LICENCE,
    vintage: '2015-10',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {
      exceptions: [{ codes: ['0101'], why: "IMDikator's 2015 export has no row for Halden (0101)" }],
    },
    rows: {
      code: 'kommune_id',
      year: 'aar',
      structure: 'row-year',
      keep: { enhet: ['personer'] },
      skipCodes: IMDIKATOR_LEVELS,
      symbols: IMDI_SYMBOLS,
      skip: {
        enhet: { prosent: SHARES_COMPUTED, promille: 'per mille of the population, computed from the counts' },
        bosetting: { bosatt_siste_trear: 'three-year sum of the yearly figures' },
      },
      values: [
        { measure: 'anmodning', column: 'tabellvariabel', when: { bosetting: ['anmodning'] } },
        { measure: 'vedtak', column: 'tabellvariabel', when: { bosetting: ['vedtak'] } },
        { measure: 'bosatt', column: 'tabellvariabel', when: { bosetting: ['bosatt'] }, group: '' },
      ],
    },
  },
  {
    id: 'imdi-flyktninger-2024',
    file: 'imdi-via-samarbeidsdesken/app_flyktninger_oppsummert.xlsx',
    publisher: 'IMDi',
    table: 'Nøkkeltall bosetting (uttrekk mottatt 13.11.2024)',
    title: 'Bosatte flyktninger 2022–2024, anmodning og vedtak 2024',
    page: {
      ...imdiNokkeltall(2024),
      notOwn:
        'uttrekket har ingen egen side hos IMDi; tallene for 2024 står på denne siden, for 2022–2023 i IMDis tabell bosatt_anmodede',
    },
    origin: `${DESKEN} (app_flyktninger_oppsummert.xlsx)`,
    licence: IMDI_LICENCE,
    vintage: '2024-11-13',
    format: XLSX,
    provisional: 'calendar-year',
    completeness: {
      exceptions: [
        {
          years: [2022, 2023],
          categories: ['anmodning', 'vedtak', 'ema-anmodning', 'ema-vedtak'],
          why: 'the file has requests and decisions for 2024 only',
        },
        {
          years: [2024, 2024],
          categories: ['bosatt|ovrige'],
          why: '«øvrige» is read for 2023 only (see the value spec)',
        },
        {
          years: [2022, 2022],
          categories: ['bosatt|ovrige'],
          why: "«øvrige» is read for 2023 only: for 2022 IMDi's final page gives the total and the collective-protection part (see the value spec)",
        },
      ],
    },
    rows: {
      code: 'Kommunenummer',
      year: 'year',
      structure: 2024,
      remap: ALESUND_2024,
      symbols: XLSX_PRIKKET,
      values: [
        // «Øvrige» is a sum of the visible cells of app_flyktninger.xlsx; where one was hidden the file says so, and the total is a lower bound too.
        { measure: 'bosatt', column: 'innvandr', group: '', lowerBoundWhen: [PARTS_HIDDEN] },
        {
          measure: 'bosatt',
          column: 'ukrainere',
          group: 'ukrainere',
          suppressedFlag: { column: 'ukr_prikket', values: ['Prikket (<5)'] },
        },
        // For 2022 and 2024 IMDi's final pages give the total and the collective-protection part: «øvrige» from this
        // November extract would not add up with them.
        {
          measure: 'bosatt',
          column: 'ovrige',
          group: 'ovrige',
          when: { year: ['2023'] },
          suppressedFlag: { column: 'ovr_prikket', values: ['Prikket (<5)'] },
          lowerBoundWhen: [PARTS_HIDDEN],
        },
        { measure: 'anmodning', column: 'innvandr_anmodet', when: { year: ['2024'] } },
        {
          measure: 'vedtak',
          column: 'innvandr_vedtak',
          when: { year: ['2024'] },
          symbols: { 'avventer vedtak': 'pending' },
        },
        // An empty request cell: IMDi did not ask the kommune to settle unaccompanied minors.
        {
          measure: 'ema-anmodning',
          column: 'ema_anmodet_2024',
          when: { year: ['2024'] },
          symbols: { '': 'not-applicable' },
        },
        {
          measure: 'ema-vedtak',
          column: 'ema_vedtak_2024',
          when: { year: ['2024'] },
          symbols: { '': 'not-applicable' },
          // Requested, no number decided yet: pending, as for the ordinary decisions («avventer vedtak»).
          statusWhen: { column: 'ema_vedtak_2024_string', contains: 'har ikke vedtatt hvor mange', status: 'pending' },
        },
      ],
    },
    notes:
      'Tom anmodning/vedtak for enslige mindreårige betyr at IMDi ikke anmodet kommunen eller at vedtak ikke er registrert. «avventer vedtak» er egen status.',
  },
  {
    ...nokkeltall(
      2022,
      'imdi_nokkeltall_bosetting_2022_kommune.tsv',
      '2025-02-19',
      '0465248c30e64eee1211adc309568e879891dcb4',
      'endelige tall for 2022, publisert 19. februar 2025',
    ),
    format: {
      kind: 'nokkeltall-tsv',
      year: 2022,
      fylke: 'fylke_tabell',
      name: 'kommune',
      aliases: NOKKELTALL_ALIASES,
      codes: 'kommunenummer_2020',
    },
    // The page hides where settled minus collective protection is under 5: 170 rows hide the collective-protection cell
    // only, 4 hide both. One rule decides every hidden cell (hidesDifference): it gives way to another IMDi file's figure
    // unless that, beside the page's own figures, would reveal the difference IMDi hides. So the settled totals hidden
    // with their part give way to IMDi's export (Figur1, which the page matches for 350 of 352 settled figures: Kvænangen
    // 5, Osen 8), and the 174 hidden collective-protection cells stay hidden, though the November 2024 extract has
    // numbers for them (its «ukrainere» column is another extract besides: equal to the page in 132 of 181 cells).
    hiddenYields: [{ measure: 'bosatt', group: '' }],
    hidesDifference: { total: { measure: 'bosatt', group: '' }, part: { measure: 'bosatt', group: 'ukrainere' } },
    rows: {
      // The transcriber added the 2020–2023 codes (kommunenummer_2020; not on the page): the page lists the kommuner of 2022.
      code: 'kommunenummer_2020',
      year: 'year',
      structure: 'row-year',
      symbols: NOKKELTALL_SYMBOLS,
      values: [
        { measure: 'anmodning', column: 'anmodet' },
        { measure: 'vedtak', column: 'vedtatt' },
        { measure: 'bosatt', column: 'bosatte', group: '' },
        { measure: 'bosatt', column: 'bosatte_kollektiv_beskyttelse', group: 'ukrainere' },
      ],
      misprints: [
        {
          code: '3413',
          year: 2022,
          measure: 'vedtak',
          printed: '500',
          why: 'IMDis side «Nøkkeltall bosetting 2022» oppgir at Stange vedtok å bosette 500, med anmodning 150 og 156 bosatte; IMDis egen eksport (september 2023) sier 150. Trolig en skrivefeil på siden: tallet 500 er ikke brukt, og vedtaket som vises er fra eksporten.',
        },
      ],
    },
    notes:
      'Endelige tall for 2022 (356 kommuner, inndelingen 2020–2023). Avskrift av IMDis side, celle for celle; kommunenumrene er lagt til av den som skrev av (MANIFEST.md i kildemappa). Stemmer med IMDis eksport fra september 2023 for anmodning (352 av 352 kommuner), vedtak (351 av 352: Stange, se over) og bosatte (350 av 352; de to andre er skjult på siden). Der siden skjuler et tall som en annen IMDi-fil oppgir, vises det tallet. Kollektiv beskyttelse er IMDis egen inndeling (for det meste ukrainere).',
  },
  nokkeltall(
    2024,
    'imdi_nokkeltall_bosetting_2024_kommune.tsv',
    '2025-01-15',
    '0465248c30e64eee1211adc309568e879891dcb4',
    'tall per 15. januar 2025',
    AVTALT,
  ),
  {
    ...nokkeltall(
      2025,
      'imdi_nokkeltall_bosetting_2025_kommune.tsv',
      '2026-10-01',
      '8e672cf6f73ac53e6cc54d03969e2473f8ab375c',
      'endelige tall for 2025',
    ),
    notes:
      'Endelige tall for 2025. Anmodningen ble satt ned fra 18 900 til 12 640 sommeren 2025, og bare noen kommuner endret vedtaket: kommunenes vedtak blander opprinnelig og ny anmodning, og summen av dem (15 631) er ikke IMDis nasjonale vedtakstall (12 919). Avskrift av IMDis side, koblet på fylke + navn.',
  },
  nokkeltall(
    2026,
    'imdi_nokkeltall_bosetting_2026_kommune_oppdatert_2026-09-28.tsv',
    '2026-09-28',
    '0465248c30e64eee1211adc309568e879891dcb4',
    'oppdatert 28. september 2026',
    AVTALT,
  ),
  {
    id: 'imdi-anmodning-2026',
    file: 'imdi-anmodning-2026-via-terchris-atlas/imdi_anmodning_2026_ema_kommune.tsv',
    publisher: 'IMDi',
    // The section «Nøkkeltall anmodning 2026» of the 2026 settlement page.
    page: {
      ...imdiNokkeltall(2026),
      notOwn:
        'anmodningen for 2026 med enslige mindreårige står i avsnittet «Nøkkeltall anmodning 2026» lenger ned på samme side som bosettingstallene for 2026',
    },
    table: 'Nøkkeltall anmodning 2026 (nettside)',
    title:
      'Anmodning om bosetting av enslige mindreårige 2026, etter alder (avskrift av IMDis nettside, oppdatert 31. oktober)',
    origin: `${ATLAS}nokkeltall-bosetting-2026.html (avsnittet «Nøkkeltall anmodning 2026»), commit 0465248c30e64eee1211adc309568e879891dcb4`,
    licence: 'Avskrift; tallene er IMDis (kreditering: «Kilde: IMDi»)',
    // «oppdatert 31. oktober» without a year: 31 October 2025, when the 2026 request went out, is the plausible reading (MANIFEST.md).
    vintage: '2025-10-31',
    transcribed: true,
    format: { kind: 'nokkeltall-tsv', year: 2026, fylke: 'fylke_tabell', name: 'kommune', aliases: NOKKELTALL_ALIASES },
    provisional: 'calendar-year',
    completeness: { years: { from: 2026, to: 2026, why: "the page's own year" } },
    rows: {
      code: 'Kommunenummer',
      year: 'year',
      structure: 2024,
      // A blank cell: IMDi asked the kommune for no unaccompanied minors (of that age); the fylke table prints 0 there.
      symbols: { '': 'not-applicable' },
      values: [
        { measure: 'ema-anmodning', column: 'ema_hvorav', group: '' },
        // 14 tables print «under 15» before «15–18»; the transcription keeps each cell under the header printed above it.
        { measure: 'ema-anmodning', column: 'ema_under_15', group: 'under-15', when: { tabell_merknad: [''] } },
        { measure: 'ema-anmodning', column: 'ema_15_18', group: '15-18', when: { tabell_merknad: [''] } },
        // Akershus prints the two headers the other way round. Read by position, as every other table, its cells sum
        // to IMDi's own fylke table (under 15: 12, 15–18: 40); as printed they would not (40 / 12). So the cell printed
        // under «mellom 15 og 18» is the under-15 figure, and the one under «under 15» the 15–18 figure.
        {
          measure: 'ema-anmodning',
          column: 'ema_15_18',
          group: 'under-15',
          when: { tabell_merknad: ['akershus_overskrift_15-18_foer_under_15'] },
        },
        {
          measure: 'ema-anmodning',
          column: 'ema_under_15',
          group: '15-18',
          when: { tabell_merknad: ['akershus_overskrift_15-18_foer_under_15'] },
        },
      ],
    },
    notes:
      'Avskrift av IMDis side, celle for celle (MANIFEST.md i kildemappa); koblet på fylke + navn. Tom celle: IMDi anmodet ikke om enslige mindreårige (i den alderen). Akershus-tabellen har overskriftene for under 15 år og 15–18 år i motsatt rekkefølge av de andre; tallene er lest etter plassering, slik at de stemmer med IMDis fylkestabell (12 under 15 år, 40 mellom 15 og 18). Anmodningen i alt leses fra «Nøkkeltall bosetting 2026».',
  },
  {
    id: 'imdi-ema-2024',
    file: 'imdi-via-samarbeidsdesken/ema.xlsx',
    publisher: 'IMDi',
    table: 'enslige_mindrearige',
    title: 'Bosatte enslige mindreårige 2022–2024',
    page: imdiStatistics('enslige_mindrearige'),
    origin: `${DESKEN} (ema.xlsx)`,
    licence: IMDI_LICENCE,
    vintage: '2024-11',
    format: XLSX,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      code: 'Kommunenummer',
      year: 'year',
      structure: 2024,
      remap: ALESUND_2024,
      symbols: XLSX_PRIKKET,
      skipCodes: OUTSIDE_KOMMUNER,
      skipCodesHoldNoFigure: true,
      values: [
        { measure: 'ema-bosatt', column: 'ema', suppressedFlag: { column: 'prikket', values: ['Prikket (<5)'] } },
      ],
    },
  },
  {
    id: 'imdi-vedtak-2026',
    file: 'imdi-via-selvbosetting/kommuner_sannsynlighet_bosetting_2026.txt',
    publisher: 'IMDi',
    table: 'Nøkkeltall bosetting 2026 (nettside, avskrift)',
    title: 'Vedtak om bosetting 2026 (avskrift av IMDis nettside)',
    page: imdiNokkeltall(2026),
    origin:
      'murasamadsp/selvbosetting, kommuner_sannsynlighet_bosetting_2026.txt, commit 37d9bcdf4be72eedab626c3c5ad5294fbcf1ba66',
    licence: 'Avskrift uten lisens; tallene er IMDis',
    vintage: '2026-04-08',
    format: { kind: 'vedtak-list', year: 2026, measure: 'vedtak' },
    provisional: 'calendar-year',
    completeness: {
      exceptions: [{ codes: VEDTAK_2026_NOT_LISTED, why: 'not on the April 2026 list (unknown, not 0)' }],
    },
    notes: 'Koblet til kommunenummer på fylke + navn. 57 kommuner står ikke på lista (ikke 0, men ukjent).',
  },
  {
    id: 'imdi-sekundaerflytting-2022',
    file: 'imdi-via-evensrii-telemark/Figur3_flytting_2022.csv',
    publisher: 'IMDi',
    table: 'flyktning_botid_flytting',
    title: 'Flyktninger etter bosettingskommune og botid 2014–2022',
    page: imdiStatistics('flyktning_botid_flytting'),
    origin: `${TELEMARK}Bosetting av flyktninger/2023/Figur3_flytting_2022.csv, commit 83541874fe640c1b444c4d08dc571e8de5706086`,
    licence: IMDI_LICENCE,
    vintage: '2023-09',
    format: IMDI_CSV,
    provisional: 'calendar-year',
    completeness: {
      exceptions: [
        {
          years: [2014, 2014],
          categories: [
            'sekundaerflytting|uoppgitt|0-4',
            'sekundaerflytting|uoppgitt|5+',
            'sekundaerflytting|uoppgitt|alle',
            'sekundaerflytting|bosatt-her|alle',
            'sekundaerflytting|flyttet-hit|alle',
          ],
          why: 'the 2014 rows split «Bosatt her» and «Flyttet hit» only by length of residence, and have no «Uoppgitt»',
        },
        ...SEKUNDAERFLYTTING_NOT_LISTED,
      ],
    },
    rows: FLYKTNING_BOTID_FLYTTING_ROWS,
  },
  {
    id: 'imdi-tilskudd-2011-2014',
    file: 'imdi-imdikator-munch-2015/tilskudd.csv',
    publisher: 'IMDi',
    table: 'tilskudd',
    title: 'Tilskudd til kommuner 2011–2014',
    page: imdiStatistics('tilskudd'),
    origin: MUNCH15,
    licence: IMDI_LICENCE,
    vintage: '2015-10',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {
      exceptions: [
        {
          codes: ['1915'],
          years: [2011, 2012],
          why: "no row for Bjarkøy (1915, part of Harstad from 2013) in IMDikator's export",
        },
        {
          codes: ['1723'],
          years: [2011, 2011],
          why: "no row for Mosvik (1723, part of Inderøy from 2012) in IMDikator's export",
        },
      ],
    },
    rows: {
      ...IMDIKATOR_ROWS,
      keep: { enhet: ['kroner'] },
      country: { column: 'fylke_nr', value: '00' },
      values: [{ measure: 'tilskudd', column: 'tabellvariabel', group: '{tilskudd_til_kommuner}' }],
    },
  },
  {
    id: 'imdi-tilskudd-2015',
    file: 'imdi-imdikator-munch-2016/tilskudd-kommune-2015.csv',
    publisher: 'IMDi',
    table: 'tilskudd',
    title: 'Tilskudd til kommuner 2015',
    page: imdiStatistics('tilskudd'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      keep: { enhet: ['kroner'] },
      values: [{ measure: 'tilskudd', column: 'tabellvariabel', group: '{tilskudd_til_kommuner}' }],
    },
  },
  {
    id: 'imdi-tilskudd-2022-2024',
    file: 'imdi-via-samarbeidsdesken/tilskudd.xlsx',
    publisher: 'IMDi',
    table: 'tilskudd',
    title: 'Tilskudd til kommuner 2022–2024',
    page: imdiStatistics('tilskudd'),
    origin: `${DESKEN} (tilskudd.xlsx)`,
    licence: IMDI_LICENCE,
    vintage: '2024-11',
    format: XLSX,
    provisional: 'calendar-year',
    completeness: {
      exceptions: [
        { codes: ['1580'], years: [2022, 2023], why: 'Haram (1580) was part of Ålesund (1507) in 2020–2023' },
        {
          codes: ['1580'],
          years: [2024, 2024],
          categories: ['tilskudd|totalt'],
          why: 'the November 2024 extract has no 2024 total for Haram (1580), re-established that year',
        },
        { years: [2022, 2022], categories: ['tilskudd|utover_anmodning_2023'], why: 'a grant for 2023 only' },
        { years: [2023, 2024], categories: ['tilskudd|integreringspakke'], why: 'a grant for 2022 only' },
        {
          years: [2024, 2024],
          categories: Object.values(TILSKUDDSTYPE)
            .filter((g) => g !== 'totalt')
            .map((g) => `tilskudd|${g}`),
          why: 'the November 2024 extract has only the total for 2024 (its other rows are not there yet)',
        },
      ],
    },
    rows: {
      code: 'Kommunenummer',
      year: 'År',
      structure: 2024,
      remap: ALESUND_2024,
      // The unit is read to be checked: «Kroner», or empty on the rows without a figure («Ikke tilgjengelig»).
      keep: { Enhet: ['Kroner', ''] },
      symbols: { '': 'missing' },
      values: [
        {
          measure: 'tilskudd',
          column: 'Antall',
          group: '{Tilskuddstype}',
          suppressedFlag: {
            column: 'Kommentar',
            values: ['Anonymisert'],
            others: { 'Ikke tilgjengelig': 'no figure yet: the empty cell is read as missing' },
          },
          groupMap: TILSKUDDSTYPE,
        },
      ],
    },
    notes: '«Anonymisert» = skjult; «Ikke tilgjengelig» = mangler (de fleste 2024-tallene).',
  },
  {
    id: 'ssb-07459-2024',
    file: 'ssb-via-oystess-valg/befolkning_2024.csv',
    publisher: 'SSB',
    table: '07459',
    title: 'Befolkning 1. januar 1986–2026, 2024-kommuner (sammenslåtte tidsserier)',
    page: ssbTable('07459', 'befolkning 1. januar, etter kommune'),
    origin:
      'oystess/valg_analyser, data/processed/befolkning_2024.csv, commit e53f365310e17e03dd90cc2e0ef766e354817ca6',
    licence: SSB_LICENCE,
    vintage: '2026-06',
    format: { kind: 'csv', encoding: 'utf-8', delimiter: ',' },
    provisional: 'never',
    completeness: {},
    rows: {
      code: 'kom2024',
      year: 'aar',
      structure: 2024,
      symbols: {},
      ...SSB_2024_SERIES,
      values: [{ measure: 'befolkning', column: 'befolkning' }],
    },
    notes:
      'SSB har 0 for kommuner opprettet ved deling før de fantes (Heim, Hitra, Orkland, Narvik, Hamarøy før 2020): vist som «ikke tilgjengelig», ikke 0.',
  },
  {
    id: 'imdi-innvandringsgrunn-2021',
    file: 'imdi-via-evensrii-telemark/befolkning_innvandringsgrunn alle kommuner.csv',
    publisher: 'IMDi',
    table: 'befolkning_innvandringsgrunn',
    title: 'Innvandrere etter innvandringsgrunn 2006–2021',
    page: imdiStatistics('befolkning_innvandringsgrunn'),
    origin: `${TELEMARK}befolkning_innvandringsgrunn alle kommuner.csv, commit ffacbc49b9199a3731094111934aa4f6f7558907`,
    licence: IMDI_LICENCE,
    vintage: '2022',
    format: IMDI_WIDE,
    provisional: 'never',
    completeness: {},
    rows: {
      code: 'Region',
      codePrefix: 'K',
      year: 'År',
      structure: 'row-year',
      keep: { Enhet: ['Personer'], Kjønn: ['Alle'] },
      skipCodes: OUTSIDE_KOMMUNER,
      symbols: IMDI_SYMBOLS,
      values: [
        {
          measure: 'innvandrere-grunn',
          column: 'value',
          group: '{Innvandringsgrunn}',
          groupMap: INNVANDRINGSGRUNN,
        },
      ],
    },
    notes: 'Tom celle = ingen verdi (mangler).',
  },
  {
    id: 'imdi-landbakgrunn-2022',
    file: 'imdi-via-evensrii-telemark/befolkning_opprinnelsesland_2022.csv',
    publisher: 'IMDi',
    table: 'befolkning_opprinnelsesland',
    title: 'Personer etter landbakgrunn 2006–2022 (utvalgte land)',
    page: imdiStatistics('befolkning_opprinnelsesland'),
    origin: `${TELEMARK}Innvandrerbefolkningen/2022-tall/befolkning_opprinnelsesland_2022.csv, commit 180b3e86dcec44c844f4e26d99658c9ac3dba3c7`,
    licence: IMDI_LICENCE,
    vintage: '2022',
    format: IMDI_WIDE,
    provisional: 'never',
    completeness: {},
    rows: {
      code: 'Region',
      codePrefix: 'K',
      year: 'År',
      structure: 'row-year',
      skipCodes: OUTSIDE_KOMMUNER,
      symbols: IMDI_SYMBOLS,
      keep: { Enhet: ['Personer'], Landbakgrunn: LANDBAKGRUNN },
      values: [{ measure: 'landbakgrunn', column: 'value', group: '{Landbakgrunn}' }],
    },
    // «.» cells not published as rows of their own, counted at ingest (build-dataset.ts checkDotsNotPublished) and said on
    // «Om dataene»; the file's other «.» cells are published as «mangler» (row-status.ts country-background-dot).
    dotsNotPublished: { outOfPeriod: 11646, folded: 3794 },
    notes:
      'Bare de 15 landene med flest personer i hele landet i 2022, og Ukraina. Fila har ingen verdensregioner. Tom celle = ingen verdi (mangler).',
  },
  {
    id: 'imdi-sysselsatte-innvkat-2014',
    file: 'imdi-imdikator-munch-2016/sysselsatte_innvkat-kommune-2006_2014.csv',
    publisher: 'IMDi',
    table: 'sysselsatte_innvkat',
    title: 'Sysselsatte 15–74 år etter innvandringskategori 2006–2014',
    page: imdiStatistics('sysselsatte_innvkat'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      country: { column: 'kommune_nr', value: '0000' },
      values: [
        { measure: 'sysselsatte', column: 'tabellvariabel', when: { enhet: ['personer'] }, group: '{innvkat_3}' },
        { measure: 'sysselsatte-andel', column: 'tabellvariabel', when: { enhet: ['prosent'] }, group: '{innvkat_3}' },
      ],
    },
  },
  {
    id: 'imdi-sysselsatte-botid-2014',
    file: 'imdi-imdikator-munch-2016/sysselsatte_botid-kommune-2006_2014.csv',
    publisher: 'IMDi',
    table: 'sysselsatte_botid',
    title: 'Sysselsatte innvandrere etter botid 2006–2014',
    page: imdiStatistics('sysselsatte_botid'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      country: { column: 'kommune_nr', value: '0000' },
      skip: { enhet: { personer: SHARES_ONLY } },
      values: [
        {
          measure: 'sysselsatte-botid-andel',
          column: 'tabellvariabel',
          when: { enhet: ['prosent'] },
          group: '{botid_5}',
        },
      ],
    },
  },
  {
    id: 'imdi-sysselsatte-grunn-2013',
    file: 'imdi-imdikator-munch-2015/sysselsatte_innvandringsgrunn.csv',
    publisher: 'IMDi',
    table: 'sysselsatte_innvandringsgrunn',
    title: 'Sysselsatte innvandrere etter innvandringsgrunn 2013',
    page: imdiStatistics('sysselsatte_innvandringsgrunn'),
    origin: MUNCH15,
    licence: IMDI_LICENCE,
    vintage: '2015-10',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      keep: ALL_KJONN,
      country: { column: 'fylke_nr', value: '00' },
      skip: { kjonn: BY_SEX, enhet: { personer: SHARES_ONLY } },
      values: [
        {
          measure: 'sysselsatte-grunn-andel',
          column: 'tabellvariabel',
          when: { enhet: ['prosent'] },
          group: '{innvgrunn_5}',
        },
      ],
    },
    notes:
      'Fila oppgir ikke aldersgruppen. Totalene stemmer med 20–66 år, ikke med 15–74 år som de andre sysselsettingsfilene.',
  },
  {
    id: 'imdi-lavinntekt-2013',
    file: 'imdi-imdikator-munch-2015/vedvarende_lavinntekt.csv',
    publisher: 'IMDi',
    table: 'vedvarende_lavinntekt',
    title: 'Vedvarende lavinntekt 2011–2013',
    page: imdiStatistics('vedvarende_lavinntekt'),
    origin: MUNCH15,
    licence: IMDI_LICENCE,
    vintage: '2015-10',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {
      years: { from: 2013, to: 2013, why: 'persistent low income over 2011–2013 is one figure, given for 2013' },
    },
    rows: {
      ...IMDIKATOR_ROWS,
      country: { column: 'fylke_nr', value: '00' },
      values: [
        {
          measure: 'lavinntekt-andel',
          column: 'tabellvariabel',
          when: { enhet: ['prosent'] },
          group: '{innvkat_3}|{vreg_3}',
        },
      ],
    },
  },
  {
    id: 'imdi-lavinntekt-2014',
    file: 'imdi-imdikator-munch-2016/vedvarende_lavinntekt-kommune-2014.csv',
    publisher: 'IMDi',
    table: 'vedvarende_lavinntekt',
    title: 'Vedvarende lavinntekt 2012–2014',
    page: imdiStatistics('vedvarende_lavinntekt'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {
      years: { from: 2014, to: 2014, why: 'persistent low income over 2012–2014 is one figure, given for 2014' },
    },
    rows: {
      ...IMDIKATOR_ROWS,
      country: { column: 'kommune_nr', value: '0000' },
      values: [
        {
          measure: 'lavinntekt-andel',
          column: 'tabellvariabel',
          when: { enhet: ['prosent'] },
          group: '{innvkat_3}|{vreg_3}',
        },
      ],
    },
  },
  {
    id: 'imdi-sosialhjelp-2014',
    file: 'imdi-imdikator-munch-2016/sosialhjelp-alle-2013_2014.csv',
    publisher: 'IMDi',
    table: 'sosialhjelp',
    title: 'Sosialhjelpsmottakere 2013–2014',
    page: imdiStatistics('sosialhjelp'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      keep: ALL_KJONN,
      country: { column: 'fylke_nr', value: '00' },
      skip: { kjonn: BY_SEX },
      values: [
        { measure: 'sosialhjelp', column: 'tabellvariabel', when: { enhet: ['personer'] }, group: '{innvkat_3}' },
        { measure: 'sosialhjelp-andel', column: 'tabellvariabel', when: { enhet: ['prosent'] }, group: '{innvkat_3}' },
      ],
    },
  },
  {
    id: 'imdi-utdanning-2020',
    file: 'imdi-via-evensrii-telemark/utdanningsnivå_alle_fylker_2020.csv',
    publisher: 'IMDi',
    table: 'utdanningsniva',
    title: 'Høyeste fullførte utdanning 2011–2020',
    page: imdiStatistics('utdanningsniva'),
    origin: `${TELEMARK}Utdanningsnivå Telemark/2020-tall/utdanningsnivå_alle_fylker_2020.csv, commit fb87efe95e2aba9b7ecafe71bc068d56c71f8c1e`,
    licence: IMDI_LICENCE,
    vintage: '2022-11',
    format: IMDI_WIDE,
    provisional: 'never',
    completeness: {},
    rows: {
      code: 'Region',
      codePrefix: 'K',
      year: 'År',
      structure: 'row-year',
      keep: { Enhet: ['Personer'], Kjønn: ['Alle'] },
      skipCodes: OUTSIDE_KOMMUNER,
      symbols: IMDI_SYMBOLS,
      values: [
        {
          measure: 'utdanning',
          column: 'value',
          group: '{Bakgrunn}|{Utdanningsnivå}',
          groupMap: {
            'Hele befolkningen': 'alle',
            Innvandrere: 'innvandrere',
            'Befolkningen unntatt innvandrere': 'ellers',
            alle: 'alle',
            ingen: 'ingen',
            Grunnskole: 'grunnskole',
            'Videregående skole': 'vgs',
            'Universitet og høgskole': 'uh',
            uoppgitt: 'uoppgitt',
          },
        },
      ],
    },
    notes: 'Fila oppgir ikke aldersgruppen. Andeler regnes fra antallene.',
  },
  {
    id: 'imdi-intro-deltakere-2015',
    file: 'imdi-imdikator-munch-2016/intro_deltakere.csv',
    publisher: 'IMDi',
    table: 'intro_deltakere',
    title: 'Deltakere i introduksjonsprogram 2015',
    page: imdiStatistics('intro_deltakere'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      keep: ALL_KJONN,
      country: { column: 'fylke_nr', value: '00' },
      skip: { kjonn: BY_SEX },
      values: [{ measure: 'intro-deltakere', column: 'tabellvariabel', when: { enhet: ['personer'] } }],
    },
  },
  {
    id: 'imdi-intro-status-2014',
    file: 'imdi-imdikator-munch-2016/intro_status_arbutd-kommune-2014.csv',
    publisher: 'IMDi',
    table: 'intro_status_arbutd',
    title: 'Status etter introduksjonsprogram, 2014',
    page: imdiStatistics('intro_status_arbutd'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      keep: ALL_KJONN,
      country: { column: 'kommune_nr', value: '0000' },
      skip: { kjonn: BY_SEX, enhet: { prosent: SHARES_COMPUTED } },
      values: [
        {
          measure: 'intro-status',
          column: 'tabellvariabel',
          when: { enhet: ['personer'] },
          group: '{avslutta}|{avslstat4}',
        },
      ],
    },
  },
  {
    id: 'imdi-barnehage-2014',
    file: 'imdi-imdikator-munch-2016/barnehagedeltakelse_spraak-kommune-2014.csv',
    publisher: 'IMDi',
    table: 'barnehagedeltakelse_spraak',
    title: 'Barnehagedeltakelse etter språk 2014',
    page: imdiStatistics('barnehagedeltakelse_spraak'),
    origin: MUNCH16,
    licence: IMDI_LICENCE,
    vintage: '2016-03-23',
    format: IMDIKATOR,
    provisional: 'calendar-year',
    completeness: {},
    rows: {
      ...IMDIKATOR_ROWS,
      keep: { bhgalder: ['1_5'] },
      country: { column: 'kommune_nr', value: '0000' },
      decimalComma: true,
      skip: {
        bhgalder: { 1: ONE_AGE, 2: ONE_AGE, 3: ONE_AGE, 4: ONE_AGE, 5: ONE_AGE },
        enhet: { personer: SHARES_ONLY },
      },
      values: [
        { measure: 'barnehage-andel', column: 'tabellvariabel', when: { enhet: ['prosent'] }, group: '{spraak}' },
      ],
    },
    notes: 'Prosent med desimalkomma i fila.',
  },

  // ── Fetched by `npm run fetch` (issue 13; config in src/lib/fetch/fetch-config.ts, expected schemas in
  // ./expected-schemas.ts). Read only when the raw directory has the file, so the committed raw directory
  // (which has none of them) gives the same data/. Vintage from the raw directory's fetch-manifest.json.
  imdiApp(
    'bosatt_anmodede',
    'Anmodning, vedtak og faktisk bosetting',
    BOSATT_ANMODEDE_ROWS,
    'Hentet direkte fra IMDi. Prosent-radene leses ikke: andeler regnes fra antallene.',
    // The export has no wording column: its «.» for a decision cannot say «avventer vedtak» where IMDi's pages do.
    { dotYieldsToPending: [{ measure: 'vedtak', group: '' }] },
  ),
  imdiApp('flyktning_botid_flytting', 'Flyktninger etter bosettingskommune og botid', FLYKTNING_BOTID_FLYTTING_ROWS),
  // The ten below extend the series of IMDi's older exports of the same tables (same measures and groups);
  // their columns and labels are assumed (./imdi-app-export.ts), not verified against the live endpoint.
  imdiApp(
    'enslige_mindrearige',
    'Enslige mindreårige: anmodning, vedtak og bosetting',
    imdiAppRows({
      keep: { Enhet: ['Personer'] },
      skip: {
        Enhet: { Prosent: SHARES_COMPUTED },
        [EMA_BOSETTING]: { 'Opprinnelig anmodning': 'the first request for unaccompanied minors is not published' },
      },
      values: [
        { measure: 'ema-anmodning', column: 'Antall', when: { [EMA_BOSETTING]: ['Anmodning om bosetting'] } },
        { measure: 'ema-vedtak', column: 'Antall', when: { [EMA_BOSETTING]: ['Vedtak om bosetting'] } },
        { measure: 'ema-bosatt', column: 'Antall', when: { [EMA_BOSETTING]: ['Faktisk bosetting'] } },
      ],
    }),
    'Hentet direkte fra IMDi. «.» i vedtak der IMDi anmodet kommunen: vedtak ikke registrert (mangler), men der en annen IMDi-fil sier «har ikke vedtatt hvor mange» (avventer vedtak), står det.',
    // The export has no wording column (Oslo 2024: «har ikke vedtatt hvor mange» in the November 2024 extract).
    { dotYieldsToPending: [{ measure: 'ema-vedtak', group: '' }] },
  ),
  imdiApp(
    'befolkning_innvandringsgrunn',
    'Innvandrere etter innvandringsgrunn',
    imdiAppRows({
      keep: { Enhet: ['Personer'], Kjønn: ['Alle'] },
      skip: { Enhet: { Prosent: SHARES_COMPUTED }, Kjønn: BY_SEX_LABELS },
      values: [
        {
          measure: 'innvandrere-grunn',
          column: 'Antall',
          group: '{Innvandringsgrunn}',
          groupMap: INNVANDRINGSGRUNN,
        },
      ],
    }),
  ),
  // Employed immigrants by length of residence and world region. Its «Alle, Alle» share is the figure of
  // sysselsatte_innvandringsgrunn's «alle» (equal for every kommune in IMDi's 2013 exports of both, 20–66 år);
  // sysselsatte-botid-andel is another population (15–74 år, from sysselsatte_botid) and is not fed from here.
  imdiApp(
    'sysselsatte_botid_land',
    'Sysselsatte innvandrere etter botid og verdensregion',
    imdiAppRows({
      keep: { Enhet: ['Prosent'], 'Botid i Norge': ['Alle'], Verdensregion: ['Alle'] },
      skip: {
        Enhet: { Personer: SHARES_ONLY },
        'Botid i Norge': Object.fromEntries(
          BOTID.filter((b) => b !== 'Alle').map((b) => [b, 'no measure by length of residence for this population']),
        ),
        Verdensregion: {
          [EU_EFTA]: 'no measure by world region for this population',
          [REST_OF_WORLD]: 'no measure by world region for this population',
        },
      },
      values: [{ measure: 'sysselsatte-grunn-andel', column: 'Antall', group: 'alle' }],
    }),
    'Hentet direkte fra IMDi. Bare andelen for alle innvandrere leses (samme tall som sysselsatte_innvandringsgrunn «alle»).',
  ),
  imdiApp(
    'sysselsatte_innvkat',
    'Sysselsatte etter innvandringskategori',
    imdiAppRows({ values: countAndShare('sysselsatte', 'sysselsatte-andel', 'Bakgrunn', BAKGRUNN) }),
  ),
  imdiApp(
    'intro_deltakere',
    'Deltakere i introduksjonsprogram',
    imdiAppRows({
      keep: { Enhet: ['Personer'], Kjønn: ['Alle'] },
      skip: { Kjønn: BY_SEX_LABELS },
      values: [{ measure: 'intro-deltakere', column: 'Antall' }],
    }),
  ),
  imdiApp(
    'intro_status_arbutd',
    'Status etter introduksjonsprogram',
    imdiAppRows({
      keep: { Enhet: ['Personer'], Kjønn: ['Alle'] },
      skip: { Enhet: { Prosent: SHARES_COMPUTED }, Kjønn: BY_SEX_LABELS },
      values: [
        {
          measure: 'intro-status',
          column: 'Antall',
          group: `{${INTRO_AVSLUTTET}}|{${INTRO_SITUASJON}}`,
          groupMap: { ...INTRO_AVSLUTTET_GROUPS, ...INTRO_SITUASJON_GROUPS },
        },
      ],
    }),
  ),
  imdiApp(
    'vedvarende_lavinntekt',
    'Vedvarende lavinntekt',
    imdiAppRows({
      keep: { Enhet: ['Prosent'] },
      values: [
        // Every group of the whole region, and immigrants by world region (the measure's five groups).
        {
          measure: 'lavinntekt-andel',
          column: 'Antall',
          when: { Verdensregion: ['Alle'] },
          group: '{Bakgrunn}|{Verdensregion}',
          groupMap: { ...BAKGRUNN, ...VERDENSREGION },
        },
        {
          measure: 'lavinntekt-andel',
          column: 'Antall',
          when: { Bakgrunn: ['Innvandrere'], Verdensregion: [EU_EFTA, REST_OF_WORLD] },
          group: '{Bakgrunn}|{Verdensregion}',
          groupMap: { ...BAKGRUNN, ...VERDENSREGION },
        },
      ],
    }),
  ),
  imdiApp(
    'sosialhjelp',
    'Sosialhjelpsmottakere',
    imdiAppRows({
      keep: { Kjønn: ['Alle'] },
      skip: { Kjønn: BY_SEX_LABELS },
      values: countAndShare('sosialhjelp', 'sosialhjelp-andel', 'Bakgrunn', BAKGRUNN),
    }),
  ),
  imdiApp(
    'barnehagedeltakelse_spraak',
    'Barnehagedeltakelse etter språk',
    imdiAppRows({
      keep: { Alder: [BARNEHAGE_ALDER_ALLE] },
      skip: {
        Alder: Object.fromEntries(BARNEHAGE_ALDER_ETT.map((a) => [a, ONE_AGE])),
        Enhet: { Personer: SHARES_ONLY },
      },
      values: [
        {
          measure: 'barnehage-andel',
          column: 'Antall',
          when: { Enhet: ['Prosent'] },
          group: '{Språk}',
          groupMap: SPRAAK,
        },
      ],
    }),
  ),
  imdiApp(
    'tilskudd',
    'Tilskudd til kommuner',
    imdiAppRows({
      keep: { Enhet: ['Kroner'] },
      values: [{ measure: 'tilskudd', column: 'Antall', group: '{Tilskuddstype}', groupMap: TILSKUDDSTYPE }],
    }),
  ),
  {
    id: 'ssb-api-07459',
    file: 'ssb-api/07459.json',
    fetched: true,
    publisher: 'SSB',
    table: '07459',
    title: 'Befolkning 1. januar, dagens kommuner (PxWebApi v2, kodeliste agg_KommGjeldende)',
    page: ssbTable('07459', 'befolkning 1. januar, etter kommune'),
    origin: 'https://data.ssb.no/api/pxwebapi/v2/tables/07459/data (json-stat2, codelist[Region]=agg_KommGjeldende)',
    licence: SSB_LICENCE,
    vintage: '',
    format: { kind: 'json-stat' },
    provisional: 'never',
    completeness: JSON_STAT_CUBE,
    rows: {
      code: 'Region',
      codePrefix: 'K-',
      year: 'Tid',
      structure: 2024,
      keep: { ContentsCode: ['Personer1'] },
      symbols: SSB_SYMBOLS,
      ...SSB_2024_SERIES,
      values: [{ measure: 'befolkning', column: 'value' }],
    },
    notes:
      'Hentet direkte fra SSB. Som ssb-07459-2024: 0 for kommuner opprettet ved deling før de fantes vises som «ikke tilgjengelig».',
  },
  {
    id: 'ssb-api-09817',
    file: 'ssb-api/09817.json',
    fetched: true,
    publisher: 'SSB',
    table: '09817',
    title: 'Innvandrere etter landbakgrunn, dagens kommuner (PxWebApi v2, kodeliste agg_KommGjeldende)',
    page: ssbTable('09817', 'innvandrere etter landbakgrunn'),
    origin: 'https://data.ssb.no/api/pxwebapi/v2/tables/09817/data (json-stat2, codelist[Region]=agg_KommGjeldende)',
    licence: SSB_LICENCE,
    vintage: '',
    format: { kind: 'json-stat' },
    provisional: 'never',
    completeness: JSON_STAT_CUBE,
    rows: {
      code: 'Region',
      codePrefix: 'K-',
      year: 'Tid',
      structure: 2024,
      keep: { InnvandrKat: ['B'], ContentsCode: ['Personer1'] },
      symbols: SSB_SYMBOLS,
      ...SSB_2024_SERIES,
      values: [
        { measure: 'innvandrere-landbakgrunn', column: 'value', group: '{Landbakgrunn}', groupMap: SSB_LANDBAKGRUNN },
      ],
    },
    notes:
      'Hentet direkte fra SSB. Bare innvandrere (InnvandrKat B), ikke norskfødte med innvandrerforeldre, og bare landene i IMDis fil befolkning_opprinnelsesland. Eget mål (innvandrere-landbakgrunn), ikke landbakgrunn: IMDis fil sier ikke om norskfødte med innvandrerforeldre er med. Ålesund/Haram 2020–2023 og delte kommuner som i 07459 (antatt samme kodeliste-oppførsel).',
  },
  {
    id: 'ssb-api-11607',
    file: 'ssb-api/11607.json',
    fetched: true,
    publisher: 'SSB',
    table: '11607',
    title: 'Sysselsatte 15–74 år etter landbakgrunn, andel, dagens kommuner (PxWebApi v2, kodeliste agg_KommGjeldende)',
    page: ssbTable('11607', 'sysselsatte etter landbakgrunn'),
    origin: 'https://data.ssb.no/api/pxwebapi/v2/tables/11607/data (json-stat2, codelist[Region]=agg_KommGjeldende)',
    licence: SSB_LICENCE,
    vintage: '',
    format: { kind: 'json-stat' },
    provisional: 'never',
    completeness: JSON_STAT_CUBE,
    rows: {
      code: 'Region',
      codePrefix: 'K-',
      year: 'Tid',
      structure: 2024,
      keep: { Kjonn: ['0'], Alder: ['15-74'], ContentsCode: ['Sysselsatte2'] },
      symbols: SSB_SYMBOLS,
      ...SSB_2024_SERIES,
      values: [
        {
          measure: 'sysselsatte-landbakgrunn-andel',
          column: 'value',
          group: '{Landbakgrunn}',
          groupMap: { zzz: 'innvandrere', abc: 'ellers', ddd: 'landgruppe1', eee: 'landgruppe2' },
        },
      ],
    },
    notes:
      'Hentet direkte fra SSB. Eget mål (sysselsatte-landbakgrunn-andel), ikke sysselsatte-andel: gruppene er landbakgrunn (innvandrere i alt, to landgrupper, befolkningen unntatt innvandrere), ikke IMDis innvandringskategori, og SSBs serie er ikke koblet til IMDis tall til 2014. Ålesund/Haram 2020–2023 og delte kommuner som i 07459 (antatt samme kodeliste-oppførsel).',
  },
  {
    id: 'fhi-api-403',
    file: 'fhi-api/403.json',
    fetched: true,
    publisher: 'FHI',
    table: '403',
    title: 'Vedvarende lavinntekt etter innvandringskategori, treårsperioder (FHI statistikk-API, nøkkeltall)',
    page: fhiKommunehelsa('403', 'vedvarende lavinntekt etter innvandringskategori'),
    origin: 'https://statistikk-data.fhi.no/api/open/v1/nokkel/Table/403/data (json-stat2)',
    licence: FHI_LICENCE,
    vintage: '',
    format: { kind: 'json-stat' },
    provisional: 'never',
    completeness: JSON_STAT_CUBE,
    rows: {
      code: 'GEO',
      year: 'AAR',
      yearIs: 'period-end',
      structure: 2024,
      keep: { MAAL: ['ant_eu60'], MEASURE_TYPE: ['RATE'] },
      country: { column: 'GEO', value: '0' },
      skipCodesMatching: [
        { pattern: '\\d{2}', why: 'fylke' },
        { pattern: '\\d{6}', why: 'bydel' },
      ],
      symbols: FHI_SYMBOLS,
      values: [
        {
          measure: 'lavinntekt-fhi-andel',
          column: 'value',
          group: '{INNVKAT}|{ALDER}',
          groupMap: {
            '0': 'alle',
            '2': 'innvandrere',
            '3': 'norskfodte',
            '20': 'ovrige',
            '0_120': 'alle',
            '0_17': '0-17',
          },
        },
      ],
    },
    notes:
      'Hentet direkte fra FHI. Treårsperioder (AAR-kode «2023_2023» = perioden 2021–2023) vist på periodens siste år; lengden sjekkes mot etiketten. Eget mål (lavinntekt-fhi-andel), ikke lavinntekt-andel: FHIs grupper (total, innvandrere, norskfødte med innvandrerforeldre, øvrig befolkning) og aldersgrupper er ikke IMDis innvandringskategori × landgruppe, og IMDis lavinntektsgrense er ikke oppgitt i fila. Hele landet (GEO 0) som landstall; fylker hoppes over. «:» = skjult.',
  },
  // ── end of fetched sources
];

export function getSource(id: string): SourceSpec {
  const s = SOURCES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source ${JSON.stringify(id)}`);
  return s;
}
