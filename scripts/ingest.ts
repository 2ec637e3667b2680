/**
 * npm run ingest -- --raw DIR [--out DIR]
 * Reads the publishers' files under DIR and writes the published dataset to
 * data/. Every file is written to a temporary name first and renamed only
 * when all of them are ready, so a failed ingest leaves data/ untouched.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from '../src/lib/ingest/build-dataset.ts';
import { IngestError } from '../src/lib/ingest/ingest-error.ts';
import { serializeDataset } from '../src/lib/ingest/serialize.ts';

export async function ingest(rawDir: string, outDir: string): Promise<Record<string, string>> {
  const read = (path: string) => {
    try {
      return new Uint8Array(readFileSync(join(rawDir, path)));
    } catch (e) {
      throw new IngestError({ file: path }, `expected the file under ${rawDir} (${(e as NodeJS.ErrnoException).code})`);
    }
  };
  const files = serializeDataset(await buildDataset(read));
  mkdirSync(outDir, { recursive: true });
  const tmp: string[] = [];
  try {
    for (const [name, text] of Object.entries(files)) {
      const p = join(outDir, `.${name}.${process.pid}.tmp`);
      writeFileSync(p, text);
      tmp.push(p);
    }
    for (const name of Object.keys(files)) renameSync(join(outDir, `.${name}.${process.pid}.tmp`), join(outDir, name));
  } finally {
    for (const p of tmp) rmSync(p, { force: true });
  }
  return files;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const raw = arg('--raw');
  if (!raw) {
    console.error('usage: npm run ingest -- --raw DIR [--out DIR]');
    process.exit(2);
  }
  const out = resolve(arg('--out') ?? 'data');
  const t0 = performance.now();
  try {
    const files = await ingest(resolve(raw), out);
    const rows = files['observations.csv'].split('\n').length - 2;
    console.error(`ingest: ${rows} figures, ${Object.keys(files).length} files → ${out} in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  } catch (e) {
    if (e instanceof IngestError) {
      console.error(`ingest failed: ${e.message}\nNothing under ${out} was changed.`);
      process.exit(1);
    }
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
