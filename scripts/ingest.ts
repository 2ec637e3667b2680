/**
 * npm run ingest -- --raw DIR [--out DIR] [--previous FILE] [--verbose]
 * Reads the publishers' files under DIR and publishes the dataset to data/
 * all or nothing (src/lib/ingest/publish/publish.ts): a failed ingest leaves data/
 * as it was and no temporary files behind. Every failure is one line naming
 * the file and what was wrong; --verbose adds the stack.
 * The figures are compared with the previously published observations.csv
 * (or --previous FILE) and the changes logged in CHANGES.md (src/lib/ingest/publish/changelog.ts).
 */
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from '../src/lib/ingest/build-dataset.ts';
import { buildChangelog, CHANGELOG_FILE, type PreviousRelease } from '../src/lib/ingest/publish/changelog.ts';
import { IngestError } from '../src/lib/raw/ingest-error.ts';
import { describe, openPublish, PublishError, type PublishFs } from '../src/lib/ingest/publish/publish.ts';
import { serializeDataset } from '../src/lib/ingest/publish/serialize.ts';

/** The real filesystem for publish: files are flushed to disk before they are renamed into place. */
export const nodeFs: PublishFs = {
  exists: (p) => existsSync(p),
  isDirectory: (p) => statSync(p).isDirectory(),
  mkdir: (p) => mkdirSync(p),
  writeFile: (p, text) => {
    const fd = openSync(p, 'wx');
    try {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: (a, b) => renameSync(a, b),
  remove: (p) => rmSync(p, { recursive: true, force: true }),
  list: (p) => readdirSync(p),
  readFile: (p) => readFileSync(p, 'utf8'),
  writable: (p) => {
    if ((statSync(p).mode & 0o222) === 0) return false;
    try {
      accessSync(p, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
  alive: (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  pid: process.pid,
};

/** One source's row accounting as one line: "imdi-…: 37 985 rows read; skipped: 36 913 Enhet = Prosent: …". */
export function describeRows({
  source,
  read,
  skipped,
}: {
  source: string;
  read: number;
  skipped: Record<string, number>;
}): string {
  const parts = Object.entries(skipped).map(([why, n]) => `${n} ${why}`);
  return `${source}: ${read} rows read${parts.length ? `; skipped: ${parts.join('; ')}` : ''}`;
}

export interface IngestOptions {
  /** Print each source's rows read and skipped (with the reason). */
  verbose?: boolean;
  /** Filesystem for publishing (tests pass one that fails on purpose). */
  fs?: PublishFs;
  /** Read one raw file (tests pass mutated copies). */
  read?: (path: string) => Uint8Array;
  /** The observations.csv to compare with, instead of the one published in outDir. */
  previous?: string;
  /**
   * Stop on SIGTERM and SIGINT as on a failure: remove the staging directory, say so in one line, exit 143/130
   * (the CLI; publish itself is synchronous, so a signal never lands half-way through the swap).
   */
  handleSignals?: boolean;
}

export async function ingest(
  rawDir: string,
  outDir: string,
  { fs = nodeFs, read, verbose = false, previous, handleSignals = false }: IngestOptions = {},
): Promise<Record<string, string>> {
  if (!read && !(existsSync(rawDir) && statSync(rawDir).isDirectory())) {
    throw new IngestError({ file: rawDir }, 'expected the directory of raw publisher files (--raw), found none');
  }
  const readRaw =
    read ??
    ((path: string) => {
      try {
        return new Uint8Array(readFileSync(join(rawDir, path)));
      } catch (e) {
        throw new IngestError({ file: path }, `expected a readable file under ${rawDir}, ${describe(e)}`);
      }
    });
  // Claim the staging directory first: an impossible --out fails before the build.
  const publish = openPublish(outDir, fs);
  for (const n of publish.notes) console.error(`warning: ${n}`);
  const onSignal = (signal: NodeJS.Signals) => {
    publish.abort();
    console.error(`ingest stopped by ${signal}: nothing under ${outDir} was changed.`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (handleSignals) for (const s of ['SIGTERM', 'SIGINT'] as const) process.once(s, onSignal);
  try {
    const before = readPrevious(outDir, fs, previous);
    const dataset = await buildDataset(readRaw);
    if (verbose) for (const a of dataset.rowAccounts) console.error(describeRows(a));
    for (const w of dataset.warnings)
      console.error(`warning: ${w.region} ${w.period} ${w.measure} (${w.source}): ${w.message}`);
    const published = serializeDataset(dataset);
    const changelog = buildChangelog(published, before);
    for (const line of changelog.summary) console.error(line);
    const files = { ...published, ...changelog.files };
    publish.commit(files);
    return files;
  } catch (e) {
    publish.abort();
    throw e;
  } finally {
    for (const s of ['SIGTERM', 'SIGINT'] as const) process.off(s, onSignal);
  }
}

/** The published release the new one is compared with (read before publishing replaces it). */
function readPrevious(outDir: string, fs: PublishFs, observations?: string): PreviousRelease {
  const read = (path: string) => (fs.exists(path) ? fs.readFile(path) : undefined);
  if (observations && !fs.exists(observations))
    throw new IngestError(
      { file: observations },
      'expected the previous observations.csv to compare with (--previous)',
    );
  return {
    observations: read(observations ?? join(outDir, 'observations.csv')),
    changelog: read(join(outDir, CHANGELOG_FILE)),
    releases: read(join(outDir, 'releases.csv')),
    revisions: read(join(outDir, 'revisions.csv')),
    regions: read(join(outDir, 'release-regions.csv')),
    predecessors: read(join(outDir, 'predecessors.csv')),
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const raw = arg('--raw');
  if (!raw) {
    console.error('usage: npm run ingest -- --raw DIR [--out DIR] [--previous FILE] [--verbose]');
    process.exit(2);
  }
  const verbose = process.argv.includes('--verbose');
  const out = resolve(arg('--out') ?? 'data');
  const t0 = performance.now();
  try {
    const previous = arg('--previous');
    const files = await ingest(resolve(raw), out, {
      verbose,
      previous: previous && resolve(previous),
      handleSignals: true,
    });
    const rows = files['observations.csv'].split('\n').length - 2;
    console.error(
      `ingest: ${rows} figures, ${Object.keys(files).length} files → ${out} in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
    );
  } catch (e) {
    const known = e instanceof IngestError || e instanceof PublishError;
    const message = known ? (e as Error).message : `unexpected error: ${oneLine(e)}`;
    const unchanged = message.includes('could not restore') ? '' : `\nNothing under ${out} was changed.`;
    console.error(`ingest failed: ${message}${unchanged}${verbose || known ? '' : ' (--verbose shows where)'}`);
    if (verbose && e instanceof Error) console.error(e.stack);
    process.exit(1);
  }
}

/** The first line of an error, at most 300 characters (a parser may quote a whole file). */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const first = text.split('\n')[0];
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
