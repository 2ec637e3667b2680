import type { Figure } from '../../domain/figure.ts';
import type { Flag, Status } from '../../domain/observation.ts';

/**
 * What a release changes against the previous one, figure by figure: a figure
 * is one (region, year, measure, group). It is added or removed when the key
 * appears or disappears, and revised when its value, status or flags change
 * (e.g. 110 → 115, ok → suppressed, 1 357 → ≥ 1 357). A figure that only
 * moved to another source or vintage with the same value is not a change.
 * Pure: both releases come in as figures, the diff comes out sorted.
 */
export type ChangeKind = 'added' | 'removed' | 'revised';

/** A figure's state in one release: what a reader sees, and where it came from. */
export interface FigureState {
  value: number | null;
  status: Status;
  flags: readonly Flag[];
  source: string;
}

export interface FigureChange {
  kind: ChangeKind;
  region: string;
  year: number;
  measure: string;
  group: string;
  /** Absent for an added figure. */
  old?: FigureState;
  /** Absent for a removed figure. */
  new?: FigureState;
}

/** Counts per measure and year (only the pairs with a change). */
export interface ChangeCount {
  measure: string;
  year: number;
  added: number;
  removed: number;
  revised: number;
}

export interface ReleaseDiff {
  changes: FigureChange[];
  counts: ChangeCount[];
}

type FigureLike = Pick<Figure, 'region' | 'year' | 'measure' | 'group' | 'value' | 'status' | 'flags' | 'source'>;

const keyOf = (f: Pick<FigureLike, 'region' | 'year' | 'measure' | 'group'>) =>
  `${f.region}\u0000${f.year}\u0000${f.measure}\u0000${f.group}`;
const stateOf = (f: FigureLike): FigureState => ({
  value: f.value,
  status: f.status,
  flags: [...f.flags].sort(),
  source: f.source,
});
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether a reader would see a different figure (value, status or flags). */
export function sameFigure(a: FigureState, b: FigureState): boolean {
  return (
    a.value === b.value &&
    a.status === b.status &&
    a.flags.length === b.flags.length &&
    a.flags.every((f, i) => f === b.flags[i])
  );
}

export function diffReleases(previous: Iterable<FigureLike>, next: Iterable<FigureLike>): ReleaseDiff {
  const before = new Map<string, FigureLike>();
  for (const f of previous) before.set(keyOf(f), f);
  const changes: FigureChange[] = [];
  const at = (f: FigureLike) => ({ region: f.region, year: f.year, measure: f.measure, group: f.group });
  for (const f of next) {
    const k = keyOf(f);
    const old = before.get(k);
    before.delete(k);
    if (!old) changes.push({ kind: 'added', ...at(f), new: stateOf(f) });
    else if (!sameFigure(stateOf(old), stateOf(f)))
      changes.push({ kind: 'revised', ...at(f), old: stateOf(old), new: stateOf(f) });
  }
  for (const old of before.values()) changes.push({ kind: 'removed', ...at(old), old: stateOf(old) });
  changes.sort(
    (a, b) => cmp(a.measure, b.measure) || a.year - b.year || cmp(a.region, b.region) || cmp(a.group, b.group),
  );
  return { changes, counts: countChanges(changes) };
}

/** Counts per measure and year, in the changes' order (measure, then year). */
export function countChanges(changes: readonly FigureChange[]): ChangeCount[] {
  const counts = new Map<string, ChangeCount>();
  for (const c of changes) {
    const k = `${c.measure}\u0000${c.year}`;
    const n = counts.get(k) ?? { measure: c.measure, year: c.year, added: 0, removed: 0, revised: 0 };
    counts.set(k, n);
    n[c.kind]++;
  }
  return [...counts.values()].sort((a, b) => cmp(a.measure, b.measure) || a.year - b.year);
}

/** How often a measure's figures moved from one status to another (an added figure comes from «no row», a removed one goes to it). */
export interface StatusChangeCount {
  measure: string;
  from: string;
  to: string;
  count: number;
}

/** A figure's status as the changelog names it: its status, «lower-bound» for a figure flagged as a bound, «no row» when absent. */
const statusName = (s: FigureState | undefined): string =>
  !s ? 'no row' : s.status === 'ok' && s.flags.includes('lower-bound') ? 'lower-bound' : s.status;

/** Counts of status changes per measure (only where the status differs), sorted by measure, then count (largest first). */
export function countStatusChanges(changes: readonly FigureChange[]): StatusChangeCount[] {
  const counts = new Map<string, StatusChangeCount>();
  for (const c of changes) {
    const from = statusName(c.old);
    const to = statusName(c.new);
    if (from === to) continue;
    const k = `${c.measure}\u0000${from}\u0000${to}`;
    const n = counts.get(k) ?? { measure: c.measure, from, to, count: 0 };
    counts.set(k, n);
    n.count++;
  }
  return [...counts.values()].sort(
    (a, b) => cmp(a.measure, b.measure) || b.count - a.count || cmp(a.from, b.from) || cmp(a.to, b.to),
  );
}

export interface MeasureCount {
  measure: string;
  /** The years with a change, ascending. */
  years: number[];
  added: number;
  removed: number;
  revised: number;
}

/** Counts per measure over all its years (for a short summary), in the counts' order. */
export function countsByMeasure(counts: readonly ChangeCount[]): MeasureCount[] {
  const byMeasure = new Map<string, MeasureCount>();
  for (const c of counts) {
    const m = byMeasure.get(c.measure) ?? { measure: c.measure, years: [], added: 0, removed: 0, revised: 0 };
    byMeasure.set(c.measure, m);
    m.years.push(c.year);
    m.added += c.added;
    m.removed += c.removed;
    m.revised += c.revised;
  }
  for (const m of byMeasure.values()) m.years.sort((a, b) => a - b);
  return [...byMeasure.values()];
}

/** A release's changes in one region, and the profile pages that show the region's figures. */
export interface RegionCount {
  region: string;
  /**
   * Today's kommuner whose profile shows the region's figures: a kommune's own
   * code is its own page; a former kommune (`code:lastYear`) is shown on its
   * successors' pages (predecessors.csv), as listed in the new release for an
   * added or revised figure and in the previous one for a removed figure (a
   * series re-keyed or dropped is still attributed to the page it was on).
   * Empty for the country (0000).
   */
  kommuner: string[];
  added: number;
  removed: number;
  revised: number;
}

/** Former kommune key → today's successors, as one release's predecessors.csv lists them. */
export type Successors = ReadonlyMap<string, readonly string[]>;

/** Counts per region (sorted by region), each with the pages that show it (see RegionCount.kommuner). */
export function countsByRegion(
  changes: readonly FigureChange[],
  { now, before }: { now: Successors; before: Successors },
): RegionCount[] {
  const byRegion = new Map<string, RegionCount & { pages: Set<string> }>();
  for (const c of changes) {
    let n = byRegion.get(c.region);
    if (!n)
      byRegion.set(
        c.region,
        (n = { region: c.region, kommuner: [], pages: new Set(), added: 0, removed: 0, revised: 0 }),
      );
    n[c.kind]++;
    if (!c.region.includes(':')) {
      if (c.region !== '0000') n.pages.add(c.region);
    } else for (const k of (c.kind === 'removed' ? before : now).get(c.region) ?? []) n.pages.add(k);
  }
  return [...byRegion.values()]
    .sort((a, b) => cmp(a.region, b.region))
    .map(({ pages, ...n }) => ({ ...n, kommuner: [...pages].sort() }));
}
