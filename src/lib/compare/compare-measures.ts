import { POPULATION, partKey, VIEWS, type MeasurePart, type View } from '../domain/views.ts';

/**
 * What the comparison page can show: the views of domain/views.ts marked
 * for it. A count can be shown as is or per 1000 inhabitants (same year's
 * population); a ratio is computed from two counts (for a group, from the
 * group's summed counts); a rate is published as a percentage and cannot be
 * summed, so groups have no value for it (the whole country uses the
 * publisher's own national row where there is one).
 */
export type Part = MeasurePart;

export type CompareMeasure = View & { kind: 'count' | 'ratio' | 'rate'; unit: 'personer' | 'kroner' | 'prosent' };

export { POPULATION, partKey };

export const COMPARE_MEASURES: CompareMeasure[] = VIEWS.filter((v): v is CompareMeasure => {
  if (!v.compare) return false;
  if (v.kind === 'difference' || v.unit === 'per 1000' || v.unit === 'prosentpoeng')
    throw new Error(`view ${v.id} cannot be compared`);
  return true;
});

export function getCompareMeasure(id: string): CompareMeasure | undefined {
  return COMPARE_MEASURES.find((m) => m.id === id);
}

/** Every measure/group the comparison reads (what the per-kommune files must hold). */
export function partsNeeded(): Part[] {
  const seen = new Map<string, Part>();
  for (const m of COMPARE_MEASURES)
    for (const p of [m.numerator, m.denominator, POPULATION]) if (p) seen.set(partKey(p), p);
  return [...seen.values()];
}
