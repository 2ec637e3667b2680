import { checkBody } from './check-body.ts';
import { download, DownloadError, type FailureKind } from './download.ts';
import { FETCH_DEFAULTS, type FetchTable, type FhiQueryRequest, type Publisher } from './fetch-config.ts';

export interface FetchTablesOptions {
  bases: Record<Publisher, string>;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  concurrency: number;
  userAgent: string;
  /** Largest body accepted for every table, replacing each table's own limit (`--max-mb`). */
  maxBytes?: number;
  /** Publishers found unreachable before starting: their tables fail at once. */
  unreachable?: ReadonlySet<Publisher>;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** One line per finished table (progress on stderr). */
  log?: (line: string) => void;
}

export interface Fetched {
  ok: true;
  table: FetchTable;
  url: string;
  method: 'GET' | 'POST';
  /** The POST body sent (FHI), kept in the manifest so the request can be repeated. */
  body?: string;
  status: number;
  bytes: Uint8Array;
  updated: string | null;
  fetchedAt: string;
  attempts: number;
}

export interface NotFetched {
  ok: false;
  table: FetchTable;
  url: string;
  /** `invalid`: a complete answer that is not a usable table (HTML error page, broken JSON-stat, short rows). */
  kind: FailureKind | 'invalid';
  status?: number;
  message: string;
  attempts: number;
}

/**
 * Download every table, at most `concurrency` at a time, and check each body
 * before it counts. Never throws for one table's failure: each table gets a
 * Fetched or a NotFetched, in the order given.
 */
export async function fetchTables(
  tables: FetchTable[],
  options: FetchTablesOptions,
): Promise<(Fetched | NotFetched)[]> {
  const results: (Fetched | NotFetched)[] = new Array(tables.length);
  let next = 0;
  const worker = async () => {
    while (next < tables.length) {
      const i = next++;
      results[i] = await fetchTable(tables[i], options);
      const r = results[i];
      options.log?.(
        r.ok
          ? `  ok    ${r.table.file} (${r.bytes.length} bytes, HTTP ${r.status}${r.attempts > 1 ? `, ${r.attempts} attempts` : ''})`
          : `  FAIL  ${r.table.file}: ${r.message}`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, tables.length)) }, worker));
  return results;
}

export async function fetchTable(table: FetchTable, options: FetchTablesOptions): Promise<Fetched | NotFetched> {
  const { bases, now = () => new Date() } = options;
  const base = bases[table.publisher].replace(/\/+$/, '');
  const dl = {
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    backoffMs: options.backoffMs,
    userAgent: options.userAgent,
    maxBytes: options.maxBytes ?? table.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    sleep: options.sleep,
  };
  let url = base;
  let attempts = 0;
  if (options.unreachable?.has(table.publisher)) {
    return {
      ok: false,
      table,
      url: base,
      kind: 'network',
      message: `${new URL(base).host} could not be reached`,
      attempts: 0,
    };
  }
  try {
    let method: 'GET' | 'POST' = 'GET';
    let body: string | undefined;
    const req = table.request;
    if (req.method === 'GET') {
      url = `${base}${req.path}${req.query?.length ? `?${new URLSearchParams(req.query)}` : ''}`;
    } else {
      url = `${base}/${req.source}/Table/${req.tableId}/query`;
      const q = await download(url, {
        ...dl,
        headers: { Accept: 'application/json' },
      });
      attempts += q.attempts;
      body = fhiDataQuery(new TextDecoder().decode(q.bytes), req, url);
      url = `${base}/${req.source}/Table/${req.tableId}/data`;
      method = 'POST';
    }
    const r = await download(url, {
      ...dl,
      method,
      body,
      headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : {},
    });
    attempts += r.attempts;
    let updated: string | null;
    try {
      updated = checkBody(table, r.bytes).updated ?? r.headers.get('last-modified');
    } catch (e) {
      return {
        ok: false,
        table,
        url,
        kind: 'invalid',
        status: r.status,
        message: `not a usable table: ${(e as Error).message}`,
        attempts,
      };
    }
    return {
      ok: true,
      table,
      url,
      method,
      body,
      status: r.status,
      bytes: r.bytes,
      updated,
      fetchedAt: now().toISOString(),
      attempts,
    };
  } catch (e) {
    if (e instanceof DownloadError)
      return {
        ok: false,
        table,
        url: e.url,
        kind: e.kind,
        status: e.status,
        message: `${e.message}${e.attempts > 1 ? ` (after ${e.attempts} attempts)` : ''}`,
        attempts: attempts + e.attempts,
      };
    return { ok: false, table, url, kind: 'invalid', message: (e as Error).message, attempts };
  }
}

/**
 * FHI's ready-made query for a table (every dimension with a default selection)
 * → the data query: named dimensions widened to all values or set to the listed
 * categories, json-stat2 asked for. A named dimension the query lacks is an error.
 */
export function fhiDataQuery(text: string, req: FhiQueryRequest, url: string): string {
  let q: { dimensions?: { code: string; filter: string; values: string[] }[]; response?: Record<string, unknown> };
  try {
    q = JSON.parse(text);
  } catch (e) {
    throw new Error(`${url}: expected the table's query as JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(q.dimensions)) throw new Error(`${url}: expected the table's query with a "dimensions" list`);
  const named = [...req.all, ...Object.keys(req.items ?? {})];
  const absent = named.filter((c) => !q.dimensions!.some((d) => d.code === c));
  if (absent.length)
    throw new Error(
      `${url}: expected dimension${absent.length > 1 ? 's' : ''} ${absent.map((c) => JSON.stringify(c)).join(', ')} in the table's query, found ${q.dimensions.map((d) => JSON.stringify(d.code)).join(', ')}: the table changed`,
    );
  const dimensions = q.dimensions.map((d) =>
    req.all.includes(d.code)
      ? { code: d.code, filter: 'all', values: ['*'] }
      : req.items?.[d.code]
        ? { code: d.code, filter: 'item', values: req.items[d.code] }
        : d,
  );
  return JSON.stringify({ dimensions, response: { format: 'json-stat2' } });
}
