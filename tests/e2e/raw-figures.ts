import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Figures read straight from IMDi's Figur1 file, to check the pages against the publisher.
 * RAW_DIR names the raw directory (default ../shared/data/raw). In CI the checks
 * must run: a missing directory fails the run instead of skipping them quietly.
 */
export const RAW = resolve(process.env.RAW_DIR ?? '../shared/data/raw');
export const haveRaw = rawAvailable();

function rawAvailable(): boolean {
  if (existsSync(`${RAW}/SOURCES.md`)) return true;
  if (process.env.CI)
    throw new Error(`raw files not found in ${RAW} (set RAW_DIR): the checks against the publishers' files cannot run`);
  console.warn(`raw files not found in ${RAW}: checks against the publishers' files are skipped (set RAW_DIR)`);
  return false;
}

export function figur1(code: string, year: number, bosetting: string): string | undefined {
  const text = new TextDecoder('latin1').decode(
    readFileSync(`${RAW}/imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv`),
  );
  for (const line of text.split('\n')) {
    const c = line.split(';');
    if (c[0] === 'Personer' && c[1] === String(year) && c[2] === code && c[4] === bosetting) return c[5].trim();
  }
  return undefined;
}
