/**
 * npm run fetch -- --out DIR [--only ID,ID] [--imdi-base URL] [--ssb-base URL] [--fhi-base URL]
 *                  [--timeout SECONDS] [--retries N] [--concurrency N] [--max-mb MB]
 * Downloads the publishers' current tables (src/lib/fetch/fetch-config.ts) into
 * DIR, in the layout ingest reads, and records each file in DIR/fetch-manifest.json.
 * A file is replaced only by a complete, checked download (written to a temporary
 * name, then renamed); a failed table keeps its previous file and manifest entry.
 * Exit 0: all fetched (404s are listed as warnings); 1: some failed; 2: no publisher reachable, or the
 * existing fetch-manifest.json unreadable (one line; nothing changed).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import {
  DEFAULT_BASES,
  FETCH_DEFAULTS,
  FETCH_TABLES,
  type FetchTable,
  type Publisher,
} from '../src/lib/fetch/fetch-config.ts';
import {
  FETCH_MANIFEST,
  mergeFetchManifest,
  parseFetchManifest,
  serializeFetchManifest,
  type FetchedFile,
  type FetchManifest,
} from '../src/lib/fetch/fetch-manifest.ts';
import { fetchTables, type Fetched, type NotFetched } from '../src/lib/fetch/fetch-tables.ts';
import { probeHosts } from '../src/lib/fetch/probe-hosts.ts';
import { SOURCES } from '../src/lib/ingest/sources/sources.ts';

export interface RunFetchOptions {
  out: string;
  bases?: Partial<Record<Publisher, string>>;
  tables?: FetchTable[];
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  concurrency?: number;
  /** Largest body accepted for every table (default: each table's own limit). */
  maxBytes?: number;
  /** Seconds for the reachability probe of each publisher. */
  probeTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface FetchReport {
  /** 0 all fetched, 1 some failed, 2 no publisher reachable. */
  exitCode: 0 | 1 | 2;
  fetched: (Fetched & { change: 'new' | 'changed' | 'unchanged' })[];
  failed: NotFetched[];
  notFound: NotFetched[];
  unreachable: Publisher[];
  lines: string[];
}

export async function runFetch(options: RunFetchOptions): Promise<FetchReport> {
  const out = resolve(options.out);
  const tables = options.tables ?? FETCH_TABLES;
  const bases = {
    ...DEFAULT_BASES,
    ...Object.fromEntries(Object.entries(options.bases ?? {}).filter(([, v]) => v)),
  } as Record<Publisher, string>;
  const log = options.log ?? (() => {});
  // Before any request: a manifest cut short (a killed run, a full disk) stops the run with nothing changed.
  const previous = readManifest(out);
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const used = [...new Set(tables.map((t) => t.publisher))];
  const probe = await probeHosts(
    used.map((p) => [p, bases[p]] as const),
    { timeoutMs: options.probeTimeoutMs ?? Math.min(timeoutMs, 10_000), userAgent: FETCH_DEFAULTS.userAgent },
  );
  const unreachable = used.filter((p) => probe.get(p));
  if (unreachable.length === used.length) {
    const lines = [
      'fetch failed: no publisher could be reached, so nothing was downloaded and nothing under the output directory was changed.',
      ...unreachable.map((p) => `  ${p}: ${bases[p]} — ${probe.get(p)}`),
      'Check the network connection (or --imdi-base/--ssb-base/--fhi-base for a mirror) and run again.',
    ];
    return { exitCode: 2, fetched: [], failed: [], notFound: [], unreachable, lines };
  }
  log(`fetch: ${tables.length} tables → ${out}`);
  const results = await fetchTables(tables, {
    bases,
    timeoutMs,
    retries: options.retries ?? FETCH_DEFAULTS.retries,
    backoffMs: options.backoffMs ?? FETCH_DEFAULTS.backoffMs,
    concurrency: options.concurrency ?? FETCH_DEFAULTS.concurrency,
    maxBytes: options.maxBytes,
    userAgent: FETCH_DEFAULTS.userAgent,
    unreachable: new Set(unreachable),
    log,
  });
  const fetched: FetchReport['fetched'] = [];
  const entries: Record<string, FetchedFile> = {};
  for (const r of results) {
    if (!r.ok) continue;
    const sha256 = createHash('sha256').update(r.bytes).digest('hex');
    const before = previous?.files[r.table.file];
    const change =
      !before || !existsSync(join(out, r.table.file)) ? 'new' : before.sha256 === sha256 ? 'unchanged' : 'changed';
    writeAtomically(join(out, r.table.file), r.bytes);
    entries[r.table.file] = {
      id: r.table.id,
      url: r.url,
      method: r.method,
      ...(r.body ? { body: r.body } : {}),
      fetchedAt: r.fetchedAt,
      status: r.status,
      bytes: r.bytes.length,
      sha256,
      updated: r.updated,
      attempts: r.attempts,
    };
    fetched.push({ ...r, change });
  }
  if (fetched.length)
    writeAtomically(
      join(out, FETCH_MANIFEST),
      new TextEncoder().encode(serializeFetchManifest(mergeFetchManifest(previous, entries))),
    );
  const notFound = results.filter((r): r is NotFetched => !r.ok && r.kind === 'http' && r.status === 404);
  const failed = results.filter((r): r is NotFetched => !r.ok && !notFound.includes(r));
  const lines = [`fetch: ${fetched.length} of ${tables.length} tables fetched into ${out}`];
  const ingested = new Set(SOURCES.filter((s) => s.fetched).map((s) => s.file));
  for (const f of fetched) {
    const notes = [
      f.updated ? `publisher updated ${f.updated}` : '',
      ingested.has(f.table.file) ? '' : 'recorded only: no manifest entry reads it yet',
    ];
    lines.push(
      `  ${f.change.padEnd(9)} ${f.table.file}${notes.some(Boolean) ? ` (${notes.filter(Boolean).join('; ')})` : ''}`,
    );
  }
  if (notFound.length) {
    lines.push(
      `${notFound.length} table(s) not found at the publisher (404; the name may be retired): nothing kept or changed for them`,
    );
    for (const r of notFound) lines.push(`  404       ${r.table.id}: ${r.url}`);
  }
  if (failed.length) {
    lines.push(
      `${failed.length} table(s) FAILED; each keeps its previous file and manifest entry${failed.some((r) => existsSync(join(out, r.table.file))) ? '' : ' (none had one)'}:`,
    );
    for (const r of failed) lines.push(`  ${r.kind.padEnd(9)} ${r.table.file}: ${r.message} — ${r.url}`);
  }
  if (fetched.length) lines.push(`Next: npm run ingest -- --raw ${out}`);
  return { exitCode: failed.length ? 1 : 0, fetched, failed, notFound, unreachable, lines };
}

function readManifest(out: string): FetchManifest | undefined {
  const p = join(out, FETCH_MANIFEST);
  if (!existsSync(p)) return undefined;
  try {
    return parseFetchManifest(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new Error(
      `${p}: expected the fetch manifest as JSON (${(e as Error).message}); move it away to start a new one`,
    );
  }
}

function writeAtomically(path: string, bytes: Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.part`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const out = arg('--out');
  if (!out) {
    console.error(
      'usage: npm run fetch -- --out DIR [--only ID,ID] [--imdi-base URL] [--ssb-base URL] [--fhi-base URL] [--timeout SECONDS] [--retries N] [--concurrency N] [--max-mb MB]',
    );
    process.exit(2);
  }
  const only = arg('--only')?.split(',');
  const tables = only ? FETCH_TABLES.filter((t) => only.includes(t.id)) : FETCH_TABLES;
  if (only && tables.length !== only.length) {
    console.error(
      `unknown table id(s): ${only.filter((id) => !FETCH_TABLES.some((t) => t.id === id)).join(', ')}; known: ${FETCH_TABLES.map((t) => t.id).join(', ')}`,
    );
    process.exit(2);
  }
  const num = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));
  const report = await runFetch({
    out,
    tables,
    bases: { imdi: arg('--imdi-base'), ssb: arg('--ssb-base'), fhi: arg('--fhi-base') } as Partial<
      Record<Publisher, string>
    >,
    timeoutMs: num('--timeout') === undefined ? undefined : num('--timeout')! * 1000,
    retries: num('--retries'),
    concurrency: num('--concurrency'),
    maxBytes: num('--max-mb') === undefined ? undefined : num('--max-mb')! * 1e6,
    log: (l) => console.error(l),
  }).catch((e: Error) => {
    // One line, no stack: e.g. a fetch-manifest.json cut short by a killed run.
    console.error(`fetch failed: ${e.message}`);
    process.exit(2);
  });
  for (const l of report.lines) console.error(l);
  process.exit(report.exitCode);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
