/**
 * The publishers' raw files for the tests that check against them: RAW_DIR,
 * default ../shared/data/raw beside the repository. On a fresh clone with
 * nothing beside it those suites skip, each with one line saying what it
 * checks and how to run it; in CI (`CI` set) a missing raw directory fails.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const RAW = resolve(process.env.RAW_DIR ?? '../shared/data/raw');
export const HAVE_RAW = existsSync(join(RAW, 'SOURCES.md'));

/** Whether a suite that needs the raw files runs here; throws in CI when they are missing. */
export function rawSuite(what: string): boolean {
  if (HAVE_RAW) return true;
  if (process.env.CI)
    throw new Error(`raw publisher files expected under ${RAW} in CI (set RAW_DIR): needed to check ${what}`);
  console.warn(
    `skipped: ${what} — needs the raw publisher files, none at ${RAW}; run with RAW_DIR=/path/to/raw npx vitest run --project unit`,
  );
  return false;
}
