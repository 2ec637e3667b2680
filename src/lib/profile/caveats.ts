import { TOTAL_GROUPS } from '../domain/measures.ts';
import type { Figure } from '../domain/figure.ts';
import type { Strings } from '../../i18n/nb.ts';

/**
 * A figure ingest published as the source gave it but with a caveat
 * (data/warnings.csv: a part above its own total, one figure given twice with
 * different values): for a kommune, a year and a measure, in the source's words.
 */
export interface Caveat {
  year: number;
  measure: string;
  text: string;
}

/**
 * The caveat on a shown figure, if any. A warning names a measure and a year,
 * not a group: for a measure with the publisher's own total (grants, settled,
 * immigrants by reason) it marks the total, which the charts draw and the
 * sentences quote; for any other measure every group of that year.
 */
export function caveatOf(caveats: readonly Caveat[] | undefined, f: Figure | undefined): Caveat | undefined {
  if (!f || !caveats?.length) return undefined;
  const total = TOTAL_GROUPS[f.measure];
  if (total !== undefined && f.group !== total) return undefined;
  return caveats.find((c) => c.year === f.year && c.measure === f.measure);
}

/** A formatted cell with the caveat mark (§) after it where its figure has a caveat. */
export function markCaveat(
  t: Strings,
  cell: string,
  f: Figure | undefined,
  caveats: readonly Caveat[] | undefined,
): string {
  return caveatOf(caveats, f) ? `${cell}${t.caveats.mark}` : cell;
}

/** The caveats of the figures shown, once each, oldest year first: the notes beside the table or chart. */
export function caveatsShown(figures: (Figure | undefined)[], caveats: readonly Caveat[] | undefined): Caveat[] {
  const out = new Set<Caveat>();
  for (const f of figures) {
    const c = caveatOf(caveats, f);
    if (c) out.add(c);
  }
  return [...out].sort((a, b) => a.year - b.year || a.measure.localeCompare(b.measure));
}
