import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Figures read straight from IMDi's Figur1 file, to check the pages against the publisher. */
export const RAW = resolve(process.env.RAW_DIR ?? '../shared/data/raw');
export const haveRaw = existsSync(`${RAW}/SOURCES.md`);

export function figur1(code: string, year: number, bosetting: string): string | undefined {
  const text = new TextDecoder('latin1').decode(readFileSync(`${RAW}/imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv`));
  for (const line of text.split('\n')) {
    const c = line.split(';');
    if (c[0] === 'Personer' && c[1] === String(year) && c[2] === code && c[4] === bosetting) return c[5].trim();
  }
  return undefined;
}
