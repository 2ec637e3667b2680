import { IngestError } from './ingest-error.ts';

export interface Sourced {
  source: string;
  file?: string;
  line?: number;
  column?: string | number;
}

/**
 * Where several files give the same figure (same key), keep the one from the
 * newest vintage. Two figures under one key from the same file is a
 * duplicate-key error; two files of the same vintage is a manifest error.
 */
export function keepNewest<T extends Sourced>(items: Iterable<T>, keyOf: (item: T) => string, vintageOf: (source: string) => string): T[] {
  const best = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const prev = best.get(key);
    if (!prev) {
      best.set(key, item);
      continue;
    }
    if (prev.source === item.source) {
      throw new IngestError({ file: item.file ?? item.source, line: item.line, column: item.column }, `expected one figure per kommune, year, measure and group, found a second for ${key.replaceAll('\t', ' ')}${prev.line ? ` (the first is on line ${prev.line})` : ''}`);
    }
    const a = vintageOf(prev.source);
    const b = vintageOf(item.source);
    if (a === b) throw new Error(`sources ${prev.source} and ${item.source} have the same vintage and both give ${key.replaceAll('\t', ' ')}`);
    if (b > a) best.set(key, item);
  }
  return [...best.values()];
}
