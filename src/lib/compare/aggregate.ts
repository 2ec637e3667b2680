import { divideSums, single, sum } from '../domain/figure.ts';
import { COMPARE_MEASURES, partKey, type CompareMeasure, type Part as MeasurePart } from './compare-measures.ts';
import { denominatorOf, pointFrom, scaleOf, type Point, type SeriesData, type SourcedPart } from './series-data.ts';

/**
 * A reference group (the whole country, a fylke, a KOSTRA group, a centrality
 * class) as one series per measure: sums of the members' counts, and ratios
 * of those sums — never an average of the members' percentages.
 *
 * A group's regions are its current kommuner plus the former kommuner that
 * lie wholly inside it (so Heim's 2016 figures, kept under Hemne, Halsa and
 * Snillfjord, count for Trøndelag). A year where a member's figure is
 * suppressed or missing, or a member has no figure that any former kommune
 * covers, is marked: a sum is then a lower bound ("minst"), a ratio is over
 * the members with both figures ("delvis").
 */
export interface GroupPoint extends Point {
  /** Regions whose figures went into the value, of the group's current kommuner. */
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
  n?: SourcedPart;
  q?: SourcedPart;
  /** A current kommune of the group (not a former kommune inside it). */
  member: boolean;
  /** A member with no figure of its own whose territory the former kommuner inside the group cover that year. */
  covered: boolean;
}

/** Every region's numerator and denominator for the year: the former kommuner wholly inside the group, then the members. */
function contributionsOf(g: Group, num: MeasurePart, den: MeasurePart | undefined, year: number): Contribution[] {
  const memberSet = new Set(g.members);
  const cellOf = (region: string) => {
    const d = g.dataOf(region);
    return { n: d?.parts[partKey(num)]?.[year], q: den ? d?.parts[partKey(den)]?.[year] : undefined };
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
    if (inside) out.push({ ...c, member: false, covered: false });
  }
  for (const code of g.members)
    out.push({ ...cellOf(code), member: true, covered: coveredBy.has(code) && !partlyOutside.has(code) });
  return out;
}

export function aggregatePoint(g: Group, m: CompareMeasure, year: number, perCapita: boolean): GroupPoint | null {
  if (m.kind === 'rate') return publisherPoint(g, m, year);
  const den = denominatorOf(m, perCapita);
  const all = contributionsOf(g, m.numerator, den, year);
  if (!all.some((c) => c.n)) return null;
  // A region without a figure is a gap only when it is a member that no former kommune covers.
  const gaps = all.filter((c) => !c.n && c.member && !c.covered).length;
  const withFigure = all.filter((c) => c.n);
  const d = den
    ? divideSums(
        withFigure.map((c): [SourcedPart | undefined, SourcedPart | undefined] => [c.n, c.q]),
        scaleOf(m),
        { gaps },
      )
    : sum(
        withFigure.map((c) => c.n),
        { gaps },
      );
  const used = new Set(d.parts);
  const counted = all.filter((c) => c.member && (c.n ? used.has(c.n) : c.covered)).length;
  const point = pointFrom(year, d);
  return { ...point, sources: point.sources.sort(), counted, members: g.members.length };
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
