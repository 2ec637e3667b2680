import type { Figure } from '../domain/figure.ts';
import { partKey, partsNeeded, type CompareMeasure } from './compare-measures.ts';

/**
 * The compact per-kommune file the comparison page loads
 * (/data/kommune/<code>.json): for each measure/group it needs, year →
 * [value, status, flags, source]. Exact values, as published.
 */
export type Cell = [value: number | null, status: string, flags: string, source: string];
export interface SeriesData {
  code: string;
  name: string;
  parts: Record<string, Record<string, Cell>>;
}

export function seriesDataOf(code: string, name: string, figures: Figure[]): SeriesData {
  const wanted = new Set(partsNeeded().map(partKey));
  const parts: SeriesData['parts'] = {};
  for (const f of figures) {
    const k = `${f.measure}|${f.group}`;
    if (!wanted.has(k)) continue;
    (parts[k] ??= {})[f.year] = [f.value, f.status, f.flags.join(';'), f.source];
  }
  return { code, name, parts };
}

export interface Point {
  year: number;
  value: number | null;
  /** ok, lower-bound, suppressed, missing, not-applicable, pending */
  status: string;
  provisional: boolean;
  sources: string[];
}

const plain = (c: Cell | undefined) => !!c && c[1] === 'ok' && c[0] !== null;

/**
 * One kommune's value of a measure in a year: as is, per 1000 inhabitants, or
 * a ratio of two counts. Nothing is computed from a suppressed or missing part.
 */
export function pointOf(d: SeriesData, m: CompareMeasure, year: number, perCapita: boolean): Point {
  const num = d.parts[partKey(m.numerator)]?.[year];
  const den = m.denominator ? d.parts[partKey(m.denominator)]?.[year] : perCapita && m.kind === 'count' ? d.parts['befolkning|']?.[year] : undefined;
  const cells = [num, den].filter((c): c is Cell => !!c);
  const base = { year, provisional: cells.some((c) => c[2].includes('provisional')), sources: [...new Set(cells.map((c) => c[3]))] };
  if (!num) return { ...base, value: null, status: 'missing' };
  if (!plain(num)) return { ...base, value: null, status: num[1] };
  const lower = num[2].includes('lower-bound');
  const needsDen = m.kind === 'ratio' || (perCapita && m.kind === 'count');
  if (!needsDen) return { ...base, value: num[0], status: lower ? 'lower-bound' : 'ok' };
  if (!den) return { ...base, value: null, status: 'missing' };
  if (!plain(den) || den[2].includes('lower-bound')) return { ...base, value: null, status: den[1] === 'ok' ? 'missing' : den[1] };
  if (den[0]! <= 0) return { ...base, value: null, status: 'not-applicable' };
  const scale = m.kind === 'ratio' ? 100 : 1000;
  return { ...base, value: (num[0]! / den[0]!) * scale, status: lower ? 'lower-bound' : 'ok' };
}

export function yearsOf(d: SeriesData, m: CompareMeasure): number[] {
  return Object.keys(d.parts[partKey(m.numerator)] ?? {}).map(Number).sort((a, b) => a - b);
}
