/**
 * What `npm run fetch` downloads: every table, where it is asked for and where
 * it is written under the raw directory. The paths are the ones the source
 * manifest (src/lib/ingest/sources.ts) reads; a table the manifest does not
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
const fhi = (tableId: string): FetchTable => ({
  id: `fhi-${tableId}`,
  publisher: 'fhi',
  table: tableId,
  file: `fhi-api/${tableId}.json`,
  kind: 'json-stat2',
  request: { method: 'FHI-QUERY', source: 'nokkel', tableId, all: ['GEO', 'AAR'] },
});

export const FETCH_TABLES: FetchTable[] = [
  ...IMDI_TABLES.map(imdi),
  // Population 1 January, both sexes, all ages.
  ssb('07459', { ContentsCode: 'Personer1', Tid: '*' }),
  // Immigrants (InnvandrKat B) by country background, the last 5 years: every country at once stays under
  // SSB's cell limit per request (357 × ~250 countries × 5 years ≈ 450 000 cells).
  ssb('09817', { InnvandrKat: 'B', Landbakgrunn: '*', ContentsCode: 'Personer1', Tid: 'top(5)' }),
  // Employed by country background (register-based employment).
  ssb('11607', { Landbakgrunn: '*', ContentsCode: '*', Tid: '*' }),
  // Persistent low income by immigrant category.
  fhi('403'),
  fhi('650'),
];
