import { IngestError } from './ingest-error.ts';

/** Kommuner in each structure (SSB KLASS 131): a reference list with another count is broken. */
export const KOMMUNER_IN_STRUCTURE: Record<number, number> = { 2020: 356, 2024: 357 };

/**
 * Reference tables have one row per key, like figure files: a duplicated row
 * (Oslo twice) is an error naming both lines, never a silent 358th kommune.
 */
export function assertUniqueKeys<T extends object>(
  rows: T[],
  key: (row: T) => string,
  { file, column }: { file: string; column: string },
): void {
  const seen = new Map<string, number | undefined>();
  for (const r of rows) {
    const k = key(r);
    const line = (r as { line?: number }).line;
    if (seen.has(k)) {
      const first = seen.get(k);
      throw new IngestError(
        { file, line, column },
        `expected one row per ${column}, found ${JSON.stringify(k)} again${first !== undefined ? ` (first on line ${first})` : ''}`,
      );
    }
    seen.set(k, line);
  }
}

/** The kommune list of a structure must have exactly its number of kommuner. */
export function assertKommuneCount(count: number, structure: number, { file }: { file: string }): void {
  const expected = KOMMUNER_IN_STRUCTURE[structure];
  if (expected !== undefined && count !== expected) {
    throw new IngestError({ file }, `expected the ${expected} kommuner of the ${structure} structure, found ${count}`);
  }
}
