import type { NamePart } from '../domain/kommune.ts';
import { foldName, foldVariants } from '../domain/normalize.ts';

export interface SearchEntry {
  code: string;
  /** Norwegian name. */
  name: string;
  /** The official name's parts (SSB's order, Sami or Kven parts with their language), where it is more than `name`. */
  parts?: NamePart[];
  /** Sami and Kven names. */
  other: string[];
  fylke: string;
  path: string;
}

export interface SearchHit extends SearchEntry {
  /** The name that matched, when it is not the Norwegian one. */
  matched?: string;
  score: number;
}

/** Pre-folded haystacks, built once (also shipped to the browser as JSON). */
export interface IndexedEntry extends SearchEntry {
  keys: string[];
}

export function indexEntries(entries: SearchEntry[]): IndexedEntry[] {
  return entries.map((e) => ({ ...e, keys: [...new Set([e.name, ...e.other].flatMap(foldVariants))] }));
}

/**
 * Find kommuner by name (any language, forgiving of case and diacritics,
 * partial words), by number (prefix), or by fylke name. Best matches first:
 * exact name, then name prefix, then word prefix, then fylke.
 */
export function searchKommuner(index: IndexedEntry[], query: string, limit = 10): SearchHit[] {
  const q = foldName(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  const digits = /^\d+$/.test(q);
  for (const e of index) {
    let score = 0;
    let matched: string | undefined;
    if (digits) {
      if (e.code === q.padStart(4, '0')) score = 100;
      else if (e.code.startsWith(q)) score = 60;
    } else {
      for (const [i, key] of e.keys.entries()) {
        const s =
          key === q
            ? 100
            : key.startsWith(q)
              ? 80
              : key.split(' ').some((w) => w.startsWith(q))
                ? 60
                : q.split(' ').every((t) => key.split(' ').some((w) => w.startsWith(t)))
                  ? 50
                  : 0;
        if (s > score) {
          score = s;
          const original = [e.name, ...e.other].find((n) => foldVariants(n).includes(key));
          matched = i > 0 && original !== e.name ? original : undefined;
        }
      }
      if (
        !score &&
        foldName(e.fylke)
          .split(' ')
          .some((w) => w.startsWith(q))
      )
        score = 20;
    }
    if (score) hits.push({ ...e, matched, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nb')).slice(0, limit);
}
