import { OBSERVATIONS } from './dataset-schema.ts';
import type { Flag, Observation, Status } from './observation.ts';

/**
 * The one calculation: every shown value that is not a published figure as
 * it stands (a share, a rate per 1000, a sum over kommuner, a change) is made
 * here, from published figures, with one set of status rules:
 *
 * - a suppressed, missing, pending or not-applicable part gives no value and
 *   passes its status on (nothing is computed from a hidden figure);
 * - a lower-bound part (a merged kommune's sum with a hidden part) makes a
 *   sum or a numerator a lower bound («minst»), and a denominator unusable;
 * - a sum over a group with parts that have no figure is a lower bound; a
 *   ratio of sums over the members that have both figures is partial
 *   («delvis»).
 */

/** A published figure as read back from data/observations.csv: an observation with its year as a number and its file's vintage. */
export interface Figure extends Omit<Observation, 'period'> {
  year: number;
  vintage: string;
}

/** What the rules need of a figure: a value, its status and its flags. */
export interface Part {
  value: number | null;
  status: Status;
  flags: readonly Flag[];
}

/** A shown value's status: a published status, or one the calculation gives. */
export type ValueStatus = Status | 'lower-bound' | 'partial';
export const VALUE_STATUSES = [
  'ok',
  'lower-bound',
  'partial',
  'suppressed',
  'missing',
  'not-applicable',
  'pending',
] as const;

/** A value derived from published figures, with the figures it came from. */
export interface Derived<P extends Part = Figure> {
  value: number | null;
  status: ValueStatus;
  parts: P[];
}

/** A shown value at a year, with whether a figure it used is provisional and the sources it came from. */
export interface ShownValue {
  year: number;
  value: number | null;
  status: ValueStatus;
  provisional: boolean;
  sources: string[];
}

const present = <P extends Part>(list: (P | undefined)[]) => list.filter((x): x is P => !!x);
const plain = (p: Part) => p.status === 'ok' && p.value !== null;
const lowerBound = (p: Part) => p.flags.includes('lower-bound');

/** A published figure as a shown value: its own value and status, 'lower-bound' when flagged so. */
export function single<P extends Part>(f: P | undefined): Derived<P> {
  if (!f) return { value: null, status: 'missing', parts: [] };
  if (!plain(f)) return { value: null, status: f.status, parts: [f] };
  return { value: f.value, status: lowerBound(f) ? 'lower-bound' : 'ok', parts: [f] };
}

/**
 * a / b × scale, only from two plain values with b > 0. A suppressed or
 * missing part gives no value (its status); a lower-bound numerator gives a
 * lower bound; a lower-bound denominator gives nothing.
 */
export function divide<P extends Part>(a: P | undefined, b: P | undefined, scale: number): Derived<P> {
  const parts = present([a, b]);
  if (!a || !b) return { value: null, status: 'missing', parts };
  if (!plain(a)) return { value: null, status: a.status, parts };
  if (!plain(b)) return { value: null, status: b.status, parts };
  if (b.value! <= 0) return { value: null, status: 'not-applicable', parts };
  if (lowerBound(b)) return { value: null, status: 'missing', parts };
  return { value: (a.value! / b.value!) * scale, status: lowerBound(a) ? 'lower-bound' : 'ok', parts };
}

/** Per `per` inhabitants (default 1000): a figure divided by the same year's population. */
export function perCapita<P extends Part>(a: P | undefined, population: P | undefined, per = 1000): Derived<P> {
  return divide(a, population, per);
}

/** Ratio a/b in percent, only when both are plain, complete values (no lower bounds). */
export function ratio(a: Figure | undefined, b: Figure | undefined): number | null {
  const d = divide(a, b, 100);
  return d.status === 'ok' ? d.value : null;
}

/** A value only when it is exact (status ok): what a share, a sentence or a comparison may be built on. */
export function exactValue(d: Derived<Part>): number | null {
  return d.status === 'ok' ? d.value : null;
}

/**
 * A shown value back as a part for a further calculation (a change between
 * two shown values): a lower bound or a partial value counts as not exact.
 */
export function partOf(value: number | null, status: ValueStatus): Part {
  if (status === 'lower-bound' || status === 'partial') return { value, status: 'ok', flags: ['lower-bound'] };
  return { value: status === 'ok' ? value : null, status, flags: [] };
}

/** a − b (a change from the year before, a gap between groups): only from two exact values. */
export function change<P extends Part>(a: P | undefined, b: P | undefined): Derived<P> {
  const parts = present([a, b]);
  if (!a || !b) return { value: null, status: 'missing', parts };
  for (const f of [a, b]) if (!plain(f)) return { value: null, status: f.status, parts };
  if (lowerBound(a) || lowerBound(b)) return { value: null, status: 'missing', parts };
  return { value: a.value! - b.value!, status: 'ok', parts };
}

/**
 * A sum of counts. `gaps` counts parts expected but absent (a member with no
 * figure). Not-applicable parts are left out. A hidden, missing or
 * lower-bound part, or a gap, makes the sum a lower bound; with nothing to
 * add, the status says why (suppressed before missing before not-applicable).
 * `parts` are the figures the value was built from.
 */
export function sum<P extends Part>(list: (P | undefined)[], { gaps = 0 } = {}): Derived<P> {
  const considered = present(list).filter((p) => p.status !== 'not-applicable');
  const used = considered.filter(plain);
  const short = gaps + considered.length - used.length + used.filter(lowerBound).length;
  if (!used.length) return { value: null, status: nothingStatus(considered, gaps), parts: [] };
  return { value: used.reduce((t, p) => t + p.value!, 0), status: short ? 'lower-bound' : 'ok', parts: used };
}

/**
 * Σa / Σb × scale over pairs (one pair per member): a pair is counted only
 * when both are plain and complete; the result is partial if any pair, or
 * `gaps` expected pairs, could not be counted. Pairs whose a is not
 * applicable are left out. Where every pair's a is a lower bound (and none
 * is absent), Σa / Σb is itself a lower bound. `parts` are the figures the value was built from.
 */
export function divideSums<P extends Part>(
  pairs: [P | undefined, P | undefined][],
  scale: number,
  { gaps = 0 } = {},
): Derived<P> {
  const considered = pairs.filter(([a]) => a?.status !== 'not-applicable');
  const usable = (p: P | undefined): p is P => !!p && plain(p) && !lowerBound(p);
  const used = considered.filter((pair): pair is [P, P] => usable(pair[0]) && usable(pair[1]));
  const short = gaps + considered.length - used.length;
  if (!used.length) {
    // Every numerator a lower bound over a complete denominator (a group of one such kommune): a lower bound, as divide gives.
    const bounds = considered.filter(
      (pair): pair is [P, P] => !!pair[0] && plain(pair[0]) && lowerBound(pair[0]) && usable(pair[1]),
    );
    if (!gaps && bounds.length && bounds.length === considered.length) {
      const d = bounds.reduce((t, [, b]) => t + b.value!, 0);
      if (d > 0)
        return {
          value: (bounds.reduce((t, [a]) => t + a.value!, 0) / d) * scale,
          status: 'lower-bound',
          parts: bounds.flat(),
        };
    }
    return { value: null, status: nothingStatus(present(considered.flat()), gaps), parts: [] };
  }
  const den = used.reduce((t, [, b]) => t + b.value!, 0);
  if (den <= 0) return { value: null, status: 'not-applicable', parts: used.flat() };
  const num = used.reduce((t, [a]) => t + a.value!, 0);
  return { value: (num / den) * scale, status: short ? 'partial' : 'ok', parts: used.flat() };
}

function nothingStatus(considered: Part[], gaps: number): ValueStatus {
  if (considered.some((p) => p.status === 'suppressed')) return 'suppressed';
  return gaps || considered.length ? 'missing' : 'not-applicable';
}

/** A row of data/observations.csv as a figure (the columns are declared in dataset-schema.ts). */
export function parseFigure(r: Record<string, string>): Figure {
  return OBSERVATIONS.read(r);
}

/** Year → figure for one measure and group, from one region's figures. */
export function seriesOf(figures: Figure[], measure: string, group = ''): Map<number, Figure> {
  const out = new Map<number, Figure>();
  for (const f of figures) if (f.measure === measure && f.group === group) out.set(f.year, f);
  return out;
}
