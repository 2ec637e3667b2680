/**
 * What `npm run fetch` downloads: every table, where it is asked for and where
 * it is written under the raw directory. The paths are the ones the source
 * manifest (src/lib/ingest/sources/sources.ts) reads; a table the manifest does not
 * declare is downloaded and recorded but not ingested.
 */

export type Publisher = 'imdi' | 'ssb' | 'fhi';

export interface FetchTable {
  /** Unique name used in the report and the fetch manifest. */
  id: string;
  publisher: Publisher;
  /** Publisher's table name or number. */
  table: string;
  /** Path under the raw directory (same layout ingest reads). */
  file: string;
  /** What the body must be for the download to count as complete. */
  kind: 'imdi-csv' | 'json-stat2';
  request: GetRequest | FhiQueryRequest;
  /** Largest body accepted for this table, in bytes (default FETCH_DEFAULTS.maxBytes; `--max-mb` overrides every table). */
  maxBytes?: number;
}

/** A plain GET of `path` with `query` under the publisher's base address. */
export interface GetRequest {
  method: 'GET';
  path: string;
  query?: [string, string][];
}

/**
 * FHI's statistikk API: GET the table's ready-made query (`/Table/<id>/query`, every
 * dimension with its default selection), widen the named dimensions to all values,
 * ask for json-stat2, and POST it to `/Table/<id>/data`.
 */
export interface FhiQueryRequest {
  method: 'FHI-QUERY';
  source: string;
  tableId: string;
  /** Dimension codes to select in full (`filter: all`, `values: ['*']`). */
  all: string[];
  /** Dimension code → the category codes to select (`filter: item`), where the default selection is not what ingest reads. */
  items?: Record<string, string[]>;
}

export const DEFAULT_BASES: Record<Publisher, string> = {
  imdi: 'https://app-simapi-prod.azurewebsites.net',
  ssb: 'https://data.ssb.no/api/pxwebapi/v2',
  fhi: 'https://statistikk-data.fhi.no/api/open/v1',
};

export const FETCH_DEFAULTS = {
  /** Per attempt, including reading the whole body. */
  timeoutMs: 60_000,
  /** Attempts after the first, on 5xx, timeouts and dropped connections. */
  retries: 3,
  /** First wait; doubles each retry (1 s, 2 s, 4 s). */
  backoffMs: 1_000,
  /** Requests in flight at once, across all publishers. */
  concurrency: 2,
  /**
   * Largest body accepted per table: the tables are a few MB at most (IMDi's whole
   * bosatt_anmodede export since 1995 is under 5 MB), so a body ten times that is not the table.
   */
  maxBytes: 50_000_000,
  userAgent: 'bosettingstall-fetch/0.1 (refugee-settlement statistics for Norwegian kommuner; npm run fetch)',
};

/** IMDi's CSV export for all kommuner (`/f/` would give fylker). */
const imdi = (table: string): FetchTable => ({
  id: `imdi-${table}`,
  publisher: 'imdi',
  table,
  file: `imdi-api/k/${table}.csv`,
  kind: 'imdi-csv',
  request: { method: 'GET', path: `/download_csv/k/${table}` },
});

/**
 * The IMDi tables asked for. Names are from IMDikator's table list (SOURCES.md);
 * not every name is guaranteed to exist on the current endpoint, and a 404 is reported, not fatal.
 */
export const IMDI_TABLES = [
  'bosatt_anmodede',
  'enslige_mindrearige',
  'flyktning_botid_flytting',
  'befolkning_innvandringsgrunn',
  'sysselsatte_botid_land',
  'sysselsatte_innvkat',
  'intro_deltakere',
  'intro_status_arbutd',
  'vedvarende_lavinntekt',
  'sosialhjelp',
  'barnehagedeltakelse_spraak',
  'tilskudd',
];

/**
 * SSB PxWebApi v2, json-stat2, with the current kommune structure (code list
 * agg_KommGjeldende) so SSB does the harmonization. Variables that cannot be
 * eliminated are selected in full; eliminated ones give SSB's total.
 */
const ssb = (table: string, select: Record<string, string>): FetchTable => ({
  id: `ssb-${table}`,
  publisher: 'ssb',
  table,
  file: `ssb-api/${table}.json`,
  kind: 'json-stat2',
  request: {
    method: 'GET',
    path: `/tables/${table}/data`,
    query: [
      ['lang', 'no'],
      ['outputFormat', 'json-stat2'],
      ['codelist[Region]', 'agg_KommGjeldende'],
      ['valueCodes[Region]', '*'],
      ...Object.entries(select).map(([k, v]) => [`valueCodes[${k}]`, v] as [string, string]),
    ],
  },
});

/** FHI statistikk API, source `nokkel` (Norgeshelsa/kommunehelsa nøkkeltall), json-stat2. */
const fhi = (tableId: string, items?: Record<string, string[]>): FetchTable => ({
  id: `fhi-${tableId}`,
  publisher: 'fhi',
  table: tableId,
  file: `fhi-api/${tableId}.json`,
  kind: 'json-stat2',
  request: { method: 'FHI-QUERY', source: 'nokkel', tableId, all: ['GEO', 'AAR'], items },
});

/**
 * SSB's country codes (Landbakgrunn in 09817) for the countries of IMDi's befolkning_opprinnelsesland
 * file (LANDBAKGRUNN in domain/measures.ts), so both tables show the same countries. Ingest checks each
 * code's label against the name (expected-schemas.ts), so a wrong code stops ingest instead of
 * mislabelling a country; the codes are not verified against SSB's metadata (no network here).
 */
export const SSB_LANDBAKGRUNN: Record<string, string> = {
  '131': 'Polen',
  '136': 'Litauen',
  '106': 'Sverige',
  '564': 'Syria',
  '346': 'Somalia',
  '144': 'Tyskland',
  '241': 'Eritrea',
  '452': 'Irak',
  '428': 'Filippinene',
  '534': 'Pakistan',
  '568': 'Thailand',
  '456': 'Iran',
  '101': 'Danmark',
  '140': 'Russland',
  '404': 'Afghanistan',
  '148': 'Ukraina',
};

/**
 * SSB 11607's Landbakgrunn codes read: immigrants in all, the population except immigrants, and the
 * two country groups (the codes and labels public scripts use with this table; verified on the first online run).
 */
export const SSB_11607_LANDBAKGRUNN = ['zzz', 'abc', 'ddd', 'eee'];

export const FETCH_TABLES: FetchTable[] = [
  ...IMDI_TABLES.map(imdi),
  // Population 1 January, both sexes, all ages.
  ssb('07459', { ContentsCode: 'Personer1', Tid: '*' }),
  // Immigrants (InnvandrKat B) from the countries in SSB_LANDBAKGRUNN, the last 5 years (357 × 16 × 5 cells).
  ssb('09817', {
    InnvandrKat: 'B',
    Landbakgrunn: Object.keys(SSB_LANDBAKGRUNN).join(','),
    ContentsCode: 'Personer1',
    Tid: 'top(5)',
  }),
  // Employed 15–74 years, both sexes, as a percentage of the group (Sysselsatte2), every year.
  ssb('11607', {
    Landbakgrunn: SSB_11607_LANDBAKGRUNN.join(','),
    Alder: '15-74',
    Kjonn: '0',
    ContentsCode: 'Sysselsatte2',
    Tid: '*',
  }),
  // Persistent low income (EU60, three-year periods) by immigrant category, all ages and 0–17 years.
  fhi('403', { ALDER: ['0_120', '0_17'], INNVKAT: ['0', '2', '3', '20'], MAAL: ['ant_eu60'], MEASURE_TYPE: ['RATE'] }),
  // FHI table 650 was named in issue 13 without saying what it holds. No description of it (FHI's documentation,
  // SOURCES.md, public scripts) could be found offline, so it is not fetched: a table whose meaning is unknown
  // cannot be checked or read. Add it here, with a manifest entry and an expected schema, once its content is known.
];
