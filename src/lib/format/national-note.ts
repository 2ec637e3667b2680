import type { Strings } from '../../i18n/nb.ts';
import type { NationalBasis } from '../domain/national.ts';
import { formatIndicator } from './number.ts';

/** A whole-country point as compare/aggregate.ts gives it (basis and unallocated are set for the country only). */
export interface NationalPoint {
  year: number;
  value: number | null;
  basis?: NationalBasis;
  unallocated?: number;
}

/**
 * The one sentence for «Hele landet» wherever the whole country is shown beside kommuner (domain/national.ts):
 * it is the sum of the kommuner («sum av kommunene»), except the years where it is the source's own national
 * figure, and what IMDi places in no kommune («uoppgitt kommune») in the years shown, said in words.
 * `unit` is the unit of the count the remainder is of (persons or kroner). Empty when no point is the country's.
 */
export function nationalNote(t: Strings, points: readonly NationalPoint[], unit: 'personer' | 'kroner'): string {
  const shown = points.filter((p) => p.basis && p.value !== null);
  if (!shown.length) return '';
  const own = shown.filter((p) => p.basis === 'publisher').map((p) => String(p.year));
  const rest = shown
    .filter((p) => p.basis === 'sum' && p.unallocated)
    .map((p) => t.national.restIn(formatIndicator(t, p.unallocated!, unit), p.year));
  return t.national.note(own.length ? t.list(own) : null, rest.length ? t.list(rest) : null);
}

/** The same for one point (a download row's «merknad»). */
export function nationalPointNote(t: Strings, p: NationalPoint, unit: 'personer' | 'kroner'): string {
  if (!p.basis || p.value === null) return '';
  if (p.basis === 'publisher') return t.national.publisher;
  return nationalNote(t, [{ ...p, basis: 'sum' }], unit);
}
