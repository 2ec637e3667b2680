import { divideSums, single, sum, type Derived } from '../domain/figure.ts';
import {
  COMPARE_MEASURES,
  POPULATION,
  partKey,
  type CompareMeasure,
  type Part as MeasurePart,
} from './compare-measures.ts';
import { groupDecisionsWithheld, measuresOf } from '../domain/request-cut.ts';
import { denominatorYear } from '../domain/views.ts';
import {
  denominatorOf,
  newestPopulation,
  pointFrom,
  scaleOf,
  type Point,
  type SeriesData,
  type SourcedPart,
} from './series-data.ts';

/**
 * A reference group (the whole country, a fylke, a KOSTRA group, a centrality
 * class) as one series per measure: sums of the members' counts, and ratios
 * of those sums — never an average of the members' percentages.
 *
 * A group's regions are its current kommuner plus the former kommuner that
 * lie wholly inside it (so Heim's 2016 figures, kept under Hemne, Halsa and
 * Snillfjord, count for Trøndelag). A year where a member's figure is
 * suppressed or missing, or a member has no figure that any former kommune
 * covers, is marked: a sum is then a lower bound ("minst"). A ratio (a share,
 * a rate per 1000) counts every member whose denominator is known, its
 * numerator as published: a «≥» figure with its value and a hidden one as at
 * least 0 make the ratio a lower bound, «ikke aktuelt» (no request) is none.
 * Members whose denominator is unknown, or whose numerator is missing, are
 * left out and the value says «n av m» (`counted` of `members`), also beside
 * a «≥». So Hele landet 2023 per 1000 is «≥ 6,09» over all 357 kommuner, not
 * 7,72 over the 231 whose figures were exact (domain/figure.ts divideSums).
 */
export interface GroupPoint extends Point {
  /** Members whose figures went into the value (a covered member counts with the former kommuner that feed it), of the group's current kommuner. */
  counted: number;
  members: number;
}

export interface GroupSeries {
  id: string;
  label: string;
  members: string[];
  /** measure id → 'abs' | 'per1000' → year → point */
  series: Record<string, Record<'abs' | 'per1000', Record<string, GroupPoint>>>;
}

export interface PredecessorRef {
  key: string;
  successors: string[];
}

export interface Group {
  members: string[];
  /** Region data by code or predecessor key. */
  dataOf: (region: string) => SeriesData | undefined;
  predecessors: PredecessorRef[];
  /** The publisher's own national row (for rates), when the group is the whole country. */
  publisherRow?: SeriesData;
}

/** Rates cannot be summed: a group has only the publisher's own national row, where it exists. */
function publisherPoint(g: Group, m: CompareMeasure, year: number): GroupPoint | null {
  const c = g.publisherRow?.parts[partKey(m.numerator)]?.[year];
  if (!c) return null;
  return { ...pointFrom(year, single(c)), counted: g.members.length, members: g.members.length };
}

interface Contribution {
  /** The region: a member's code or a former kommune's key. */
  key: string;
  n?: SourcedPart;
  q?: SourcedPart;
  /** A current kommune of the group (not a former kommune inside it). */
  member: boolean;
  /** A member with no figure of its own whose territory the former kommuner inside the group cover that year. */
  covered: boolean;
}

/** Every region's numerator and denominator for the year: the former kommuner wholly inside the group, then the members. */
function contributionsOf(
  g: Group,
  num: MeasurePart,
  den: MeasurePart | undefined,
  year: number,
  denYear: number,
): Contribution[] {
  const memberSet = new Set(g.members);
  const cellOf = (region: string) => {
    const d = g.dataOf(region);
    return { n: d?.parts[partKey(num)]?.[year], q: den ? d?.parts[partKey(den)]?.[denYear] : undefined };
  };
  // A member with no figure of its own is covered by the former kommuner inside the group that
  // have one — unless a former kommune split with kommuner outside the group also fed it that year.
  const out: Contribution[] = [];
  const coveredBy = new Set<string>();
  const partlyOutside = new Set<string>();
  for (const p of g.predecessors) {
    if (!p.successors.some((s) => memberSet.has(s))) continue;
    const c = cellOf(p.key);
    const inside = p.successors.every((s) => memberSet.has(s));
    if (c.n) for (const s of p.successors) (inside ? coveredBy : partlyOutside).add(s);
    if (inside) out.push({ ...c, key: p.key, member: false, covered: false });
  }
  for (const code of g.members) {
    const c = cellOf(code);
    out.push({ ...c, key: code, member: true, covered: !c.n && coveredBy.has(code) && !partlyOutside.has(code) });
  }
  return out;
}

/**
 * `check`: the sum even where the site withholds it (a year's decisions after a request cut), for
 * comparing with the publishers' own totals (compare/publisher-totals.ts); never shown.
 */
export function aggregatePoint(
  g: Group,
  m: CompareMeasure,
  year: number,
  perCapita: boolean,
  { check = false } = {},
): GroupPoint | null {
  if (m.kind === 'rate') return publisherPoint(g, m, year);
  // The kommuner's decisions for a year whose request was cut answer two requests: their sum is no one's decision.
  if (!check && groupDecisionsWithheld(measuresOf(m), year)) return null;
  const den = denominatorOf(m, perCapita);
  // The population's year by the publisher's rule (views.ts populationYear), newest over the members.
  const newest = Math.max(...g.members.map((c) => newestPopulation(g.dataOf(c)) ?? Number.NEGATIVE_INFINITY));
  const denYear = denominatorYear(m.numerator, den, year, Number.isFinite(newest) ? newest : undefined);
  const all = contributionsOf(g, m.numerator, den, year, denYear);
  if (!all.some((c) => c.n)) return null;
  if (!den) {
    // A region without a figure is a gap only when it is a member that no former kommune covers.
    const gaps = all.filter((c) => !c.n && c.member && !c.covered).length;
    const d = sum(
      all.filter((c) => c.n).map((c) => c.n),
      { gaps },
    );
    const used = new Set(d.parts);
    const counted = all.filter((c) => c.member && (c.n ? used.has(c.n) : c.covered)).length;
    return groupPoint(year, d, counted, g.members.length);
  }
  // One pair per region whose territory is not counted through others: a member covered by the
  // former kommuner inside the group adds nothing of its own; divideSums decides which pairs count.
  const regions = all.filter((c) => !c.covered && (c.member || c.n || c.q));
  // A former kommune whose inhabitants are in its successors' population: its count is added (a
  // not-applicable denominator counts as 0); an unknown count of it makes the value a lower bound.
  const inner = regions.filter((c) => !c.q && inSuccessors(g, c, den, denYear));
  const unknown = inner.filter((c) =>
    !c.n || c.n.value === null ? c.n?.status !== 'not-applicable' : c.n.status !== 'ok',
  );
  const pairs = regions.filter((c) => !unknown.includes(c));
  // A member covered by former kommuner counted through their successors' population (a count of
  // one year over the population 1 January the year after, when the former kommuner are gone):
  // its population is where their inhabitants are, so it is added with no count of its own.
  const through = new Set(
    inner
      .filter((c) => !unknown.includes(c))
      .flatMap((c) => g.predecessors.find((p) => p.key === c.key)?.successors ?? []),
  );
  const populationOnly = all.filter((c) => c.covered && c.q && through.has(c.key));
  const d = divideSums(
    [
      ...pairs.map((c): [SourcedPart | undefined, SourcedPart | undefined] => [
        c.n,
        c.q ?? (inner.includes(c) ? inSuccessors(g, c, den, denYear) : undefined),
      ]),
      ...populationOnly.map((c): [SourcedPart, SourcedPart | undefined] => [
        { value: null, status: 'not-applicable', flags: [], source: c.q!.source },
        c.q,
      ]),
    ],
    scaleOf(m),
    { bounds: unknown.length },
  );
  const used = new Set(d.parts);
  const counts = (c: Contribution) => unknown.includes(c) || (c.q ? used.has(c.q) : !!c.n && used.has(c.n));
  // A member counts when its whole territory is in the value: its own pair counted, and every former
  // kommune inside the group that feeds it too (for a covered member, those are all it has).
  const left = new Set(
    g.predecessors.filter((p) => regions.some((c) => c.key === p.key && !counts(c))).flatMap((p) => p.successors),
  );
  const counted = all.filter((c) => c.member && !left.has(c.key) && (c.covered || counts(c))).length;
  return groupPoint(year, d, counted, g.members.length);
}

/**
 * A former kommune with a count but no population of its own (Stokke, split in 2017): SSB's
 * population is on today's borders, so its inhabitants are in its successors' rows. When every
 * successor is a member with a population that year, its count is added and nothing to the
 * population (a not-applicable denominator counts as 0 in divideSums); otherwise it is left out.
 * Returns that zero denominator, or undefined when the rule does not apply.
 */
function inSuccessors(g: Group, c: Contribution, den: MeasurePart, year: number): SourcedPart | undefined {
  if (c.member || partKey(den) !== partKey(POPULATION)) return undefined;
  const succ = g.predecessors.find((p) => p.key === c.key)?.successors ?? [];
  const pops = succ.map((s) => g.dataOf(s)?.parts[partKey(den)]?.[year]);
  if (
    !succ.length ||
    !pops.every((p) => p && p.status === 'ok' && p.value !== null && !p.flags.includes('lower-bound'))
  )
    return undefined;
  return { value: null, status: 'not-applicable', flags: [], source: pops[0]!.source };
}

function groupPoint(year: number, d: Derived<SourcedPart>, counted: number, members: number): GroupPoint {
  const point = pointFrom(year, d);
  return { ...point, sources: point.sources.sort(), counted, members };
}

export function aggregateGroup(id: string, label: string, g: Group, years: number[]): GroupSeries {
  const series: GroupSeries['series'] = {};
  for (const m of COMPARE_MEASURES) {
    const abs: Record<string, GroupPoint> = {};
    const per: Record<string, GroupPoint> = {};
    for (const y of years) {
      const a = aggregatePoint(g, m, y, false);
      if (a) abs[y] = a;
      if (m.kind === 'count') {
        const p = aggregatePoint(g, m, y, true);
        if (p) per[y] = p;
      }
    }
    series[m.id] = { abs, per1000: per };
  }
  return { id, label, members: g.members, series };
}
