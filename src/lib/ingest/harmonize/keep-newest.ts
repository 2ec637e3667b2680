import { IngestError } from '../../raw/ingest-error.ts';

export interface Sourced {
  source: string;
  status?: string;
  value?: number | null;
  flags?: string[];
  file?: string;
  line?: number;
  column?: string | number;
}

/** A figure for a whole year with no hidden part, over a lower bound or a part-year figure. */
const complete = (x: Sourced) => x.status === 'ok' && !x.flags?.some((f) => f === 'lower-bound' || f === 'provisional');

/**
 * Where several files give the same figure (same key), keep the complete one, then
 * the one from the newest vintage: a newer file's lower bound (a sum of visible
 * cells) does not replace an older file's complete figure. Two figures under one key
 * from the same file is a duplicate-key error; two files of the same vintage (neither more complete) is a manifest error.
 */
export function keepNewest<T extends Sourced>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  vintageOf: (source: string) => string,
  {
    growsWithinYear,
    hiddenYields = () => false,
    dotYieldsToPending = () => false,
  }: {
    growsWithinYear?: (item: T) => boolean;
    hiddenYields?: (item: T) => boolean;
    dotYieldsToPending?: (item: T) => boolean;
  } = {},
): T[] {
  const best = new Map<string, T>();
  const largest = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (growsWithinYear?.(item) && item.status === 'ok') {
      const l = largest.get(key);
      if (!l || (item.value ?? 0) > (l.value ?? 0)) largest.set(key, item);
    }
    const prev = best.get(key);
    if (!prev) {
      best.set(key, item);
      continue;
    }
    if (prev.source === item.source) {
      throw new IngestError(
        { file: item.file ?? item.source, line: item.line, column: item.column },
        `expected one figure per kommune, year, measure and group, found a second for ${key.replaceAll('\t', ' ')}${prev.line ? ` (the first is on line ${prev.line})` : ''}`,
      );
    }
    // A cell a source hides by a rule of its own (SourceSpec.hiddenYields) gives way to another file's figure.
    const yields = (x: T) => x.status === 'suppressed' && hiddenYields(x);
    if (prev.status === 'ok' && yields(item)) continue;
    if (item.status === 'ok' && yields(prev)) {
      best.set(key, item);
      continue;
    }
    // A «.» in a copy that cannot word it (SourceSpec.dotYieldsToPending) does not undo another file's «avventer vedtak».
    const wordless = (x: T) => x.status === 'not-applicable' && dotYieldsToPending(x);
    if (prev.status === 'pending' && wordless(item)) continue;
    if (item.status === 'pending' && wordless(prev)) {
      best.set(key, item);
      continue;
    }
    const bothValues = prev.status === 'ok' && item.status === 'ok';
    if (bothValues && complete(prev) !== complete(item)) {
      if (complete(item)) best.set(key, item);
      continue;
    }
    const a = vintageOf(prev.source);
    const b = vintageOf(item.source);
    if (a === b)
      throw new IngestError(
        { file: item.file ?? item.source, line: item.line, column: item.column },
        `expected one newest file per figure, found two of vintage ${a} for ${key.replaceAll('\t', ' ')}: source ${item.source} and source ${prev.source}${prev.file ? ` (${prev.file}${prev.line ? `, line ${prev.line}` : ''})` : ''} — give the sources different vintages in the manifest, or drop one`,
      );
    if (b > a) best.set(key, item);
  }
  if (growsWithinYear) {
    // A lower bound never sits below a figure some file already printed for the year (Tinn 2023 settled:
    // «≥ 23» from November 2024, but September 2023 already said 24): the bound is the largest figure any file proves.
    for (const [key, b] of best) {
      const l = largest.get(key);
      if (!b.flags?.includes('lower-bound') || !l || l === b || (l.value ?? 0) <= (b.value ?? 0)) continue;
      // Provisional only if the year was still running in the newest file too.
      const own = (l.flags ?? []).filter((f) => f !== 'provisional' && f !== 'lower-bound');
      const flags = [...new Set([...own, ...(b.flags ?? []).filter((f) => f === 'provisional'), 'lower-bound'])].sort();
      best.set(key, { ...l, flags });
    }
  }
  return [...best.values()];
}
