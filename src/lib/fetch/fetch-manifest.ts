/**
 * fetch-manifest.json, written by `npm run fetch` at the top of the raw
 * directory: for each file, where it came from, when, the HTTP status, size,
 * SHA-256 and the publisher's own «updated» stamp. Ingest takes a fetched
 * file's vintage from here and refuses a file that differs from its entry.
 */
export const FETCH_MANIFEST = 'fetch-manifest.json';

export interface FetchedFile {
  /** FetchTable id (src/lib/fetch/fetch-config.ts). */
  id: string;
  url: string;
  method: 'GET' | 'POST';
  /** The JSON query POSTed (FHI), so the request can be repeated. */
  body?: string;
  /** ISO time the body was complete. */
  fetchedAt: string;
  status: number;
  bytes: number;
  sha256: string;
  /** The publisher's «updated» stamp (JSON-stat `updated`, else the Last-Modified header), or null. */
  updated: string | null;
  attempts: number;
}

export interface FetchManifest {
  /** Keyed by path under the raw directory, sorted. */
  files: Record<string, FetchedFile>;
}

export function parseFetchManifest(text: string): FetchManifest {
  const m = JSON.parse(text) as FetchManifest;
  if (typeof m !== 'object' || m === null || typeof m.files !== 'object' || m.files === null)
    throw new Error('expected {"files": {…}}');
  return m;
}

/** Previous entries are kept for files this run could not refresh (their files are kept too). */
export function mergeFetchManifest(
  previous: FetchManifest | undefined,
  fresh: Record<string, FetchedFile>,
): FetchManifest {
  const files = { ...(previous?.files ?? {}), ...fresh };
  return { files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) };
}

export function serializeFetchManifest(m: FetchManifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

/** The date a fetched file's figures are from: the publisher's stamp, else the day it was fetched (YYYY-MM-DD). */
export function vintageOf(entry: FetchedFile): string {
  const stamp = entry.updated ? new Date(entry.updated) : null;
  const when = stamp && !Number.isNaN(stamp.getTime()) ? stamp : new Date(entry.fetchedAt);
  return when.toISOString().slice(0, 10);
}
