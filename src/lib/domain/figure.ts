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
 *   ratio of sums counts every member whose denominator is known, a hidden
 *   or lower-bound numerator making it a lower bound, and leaves the others
 *   out («n av m»): see divideSums.
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
/** 'other-territory': no rate, because the count and the population cover different territories (domain/rate-territory.ts). */
export type ValueStatus = Status | 'lower-bound' | 'partial' | 'other-territory';
export const VALUE_STATUSES = [
  'ok',
  'lower-bound',
  'partial',
  'suppressed',
  'missing',
  'not-applicable',
  'pending',
  'other-territory',
] as const;

/** A value derived from published figures, with the figures it came from. */
export interface Derived<P extends Part = Figure> {
  value: number | null;
  status: ValueStatus;
  parts: P[];
  /** Over some of the expected parts only (a ratio of sums that left pairs out); also on a lower bound. */
  partial?: boolean;
}

/** A shown value at a year, with whether a figure it used is provisional and the sources it came from. */
export interface ShownValue {
  year: number;
  value: number | null;
  status: ValueStatus;
  provisional: boolean;
  sources: string[];
  /** Over some members only («n av m»), also when the status is 'lower-bound'. */
  partial?: boolean;
  /** A hidden value from a transcription of IMDi's web page (flag scraped): hidden by privacy rules, not «under 5». */
  scraped?: boolean;
  /** Not shown on purpose: a group sum of decisions for a year whose request was cut (domain/request-cut.ts). */
  withheld?: boolean;
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
  // A rate not computed (count and population on different territories) gives nothing further.
  if (status === 'other-territory') return { value: null, status: 'missing', flags: [] };
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
 * Σa / Σb × scale over pairs (one pair per member: a a count, b what it is
 * divided by). The rule, so a group's value is true and agrees with its
 * members' own rows:
 *
 * - b decides whether a pair counts. A plain, complete b counts; «ikke
 *   aktuelt» counts as 0 (IMDi's «.» where no request was made means none:
 *   its own totals count it so). A hidden, missing, pending, lower-bound or
 *   absent b leaves the pair out, and the value is over the other pairs
 *   (`partial`: «n av m»).
 * - In a counted pair, a plain a adds its value; a lower-bound a adds its
 *   value and makes the result a lower bound («≥»); «ikke aktuelt» adds 0; a
 *   hidden or pending a adds nothing and makes the result a lower bound (it is
 *   at least 0). A missing or absent a says nothing of its size: the pair is
 *   left out (partial).
 * - `gaps` are expected pairs with no figures at all: left out (partial).
 * - `bounds` are expected pairs whose count is unknown but whose denominator
 *   is already in the others' (a former kommune whose inhabitants are in its
 *   successors' population): the value is a lower bound.
 * - With no counted a that has a value (all hidden, pending or «ikke
 *   aktuelt»), there is no value: the status says why (suppressed first).
 *
 * The status is 'lower-bound' when a counted a was not exact, else
 * 'partial' when a pair was left out, else 'ok'; `partial` is also set on a
 * lower bound over some pairs only, so a value can say both («≥ 6,1 (350 av
 * 357)»). `parts` are the figures the value was built from.
 */
export function divideSums<P extends Part>(
  pairs: [P | undefined, P | undefined][],
  scale: number,
  { gaps = 0, bounds = 0 } = {},
): Derived<P> {
  const na = (p: P | undefined) => p?.status === 'not-applicable';
  const exact = (p: P | undefined): p is P => !!p && plain(p) && !lowerBound(p);
  const atLeastZero = (p: P | undefined) => p?.status === 'suppressed' || p?.status === 'pending';
  const used = pairs.filter(([a, b]) => (exact(b) || na(b)) && ((!!a && plain(a)) || na(a) || atLeastZero(a)));
  const short = gaps + pairs.length - used.length;
  const bound = bounds > 0 || used.some(([a]) => !exact(a) && !na(a));
  const parts = present(used.flat());
  // Nothing but hidden, pending and not-applicable numerators: no value (a group of one hidden figure is hidden, not «≥ 0»).
  if (!used.some(([a]) => a && plain(a)))
    return {
      value: null,
      status:
        !gaps && pairs.length && pairs.every(([a]) => na(a))
          ? 'not-applicable'
          : nothingStatus(present(pairs.flat()), gaps || 1),
      parts: [],
    };
  const den = used.reduce((t, [, b]) => t + (exact(b) ? b.value! : 0), 0);
  if (den <= 0) return { value: null, status: 'not-applicable', parts };
  const num = used.reduce((t, [a]) => t + (a && plain(a) ? a.value! : 0), 0);
  return {
    value: (num / den) * scale,
    status: bound ? 'lower-bound' : short ? 'partial' : 'ok',
    parts,
    ...(short ? { partial: true } : {}),
  };
}

function nothingStatus(considered: Part[], gaps: number): ValueStatus {
  if (considered.some((p) => p.status === 'suppressed')) return 'suppressed';
  return gaps || considered.length ? 'missing' : 'not-applicable';
}

/** Year → figure for one measure and group, from one region's figures. */
export function seriesOf(figures: Figure[], measure: string, group = ''): Map<number, Figure> {
  const out = new Map<number, Figure>();
  for (const f of figures) if (f.measure === measure && f.group === group) out.set(f.year, f);
  return out;
}
