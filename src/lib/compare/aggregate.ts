import { COMPARE_MEASURES, partKey, type CompareMeasure } from './compare-measures.ts';
import type { Cell, Point, SeriesData } from './series-data.ts';

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

const ok = (c: Cell | undefined): c is Cell => !!c && c[1] === 'ok' && c[0] !== null && !c[2].includes('lower-bound');
/** A numerator may itself be a lower bound (a merged kommune with a suppressed part): it is summed, and the sum is then a lower bound too. */
const okNumerator = (c: Cell | undefined): c is Cell => !!c && c[1] === 'ok' && c[0] !== null;

export function aggregatePoint(g: Group, m: CompareMeasure, year: number, perCapita: boolean): GroupPoint | null {
  if (m.kind === 'rate') {
    // Rates cannot be summed: only the publisher's own national row, where it exists.
    const c = g.publisherRow?.parts[partKey(m.numerator)]?.[year];
    if (!c) return null;
    return { year, value: c[1] === 'ok' ? c[0] : null, status: c[1], provisional: c[2].includes('provisional'), sources: [c[3]], counted: g.members.length, members: g.members.length };
  }
  const memberSet = new Set(g.members);
  const inside = g.predecessors.filter((p) => p.successors.every((s) => memberSet.has(s)));
  const denPart = m.denominator ?? (perCapita ? { measure: 'befolkning', group: '' } : undefined);
  const cellOf = (region: string) => {
    const d = g.dataOf(region);
    return { n: d?.parts[partKey(m.numerator)]?.[year], q: denPart ? d?.parts[partKey(denPart)]?.[year] : undefined };
  };
  let num = 0;
  let den = 0;
  let counted = 0;
  let gaps = 0;
  let hidden = false;
  let any = false;
  let provisional = false;
  const sources = new Set<string>();
  const add = (n: Cell | undefined, q: Cell | undefined, isMember: boolean, covered: boolean) => {
    if (n) any = true;
    if (!okNumerator(n) || (denPart && (!ok(q) || n[2].includes('lower-bound')))) {
      const absent = !n;
      if (n?.[1] === 'not-applicable' || (absent && (!isMember || covered))) return;
      gaps++;
      if (n?.[1] === 'suppressed' || q?.[1] === 'suppressed') hidden = true;
      return;
    }
    num += n[0]!;
    if (n[2].includes('lower-bound')) gaps++;
    if (denPart) den += q![0]!;
    if (isMember) counted++;
    provisional ||= n[2].includes('provisional') || (!!q && q[2].includes('provisional'));
    sources.add(n[3]);
    if (q) sources.add(q[3]);
  };
  // A member with no figure of its own is covered by the former kommuner inside the group that
  // have one — unless a former kommune split with kommuner outside the group also fed it that year.
  const coveredBy = new Set<string>();
  const partlyOutside = new Set<string>();
  for (const p of g.predecessors) {
    if (!p.successors.some((s) => memberSet.has(s))) continue;
    const { n, q } = cellOf(p.key);
    const isInside = inside.includes(p);
    if (n) for (const s of p.successors) (isInside ? coveredBy : partlyOutside).add(s);
    if (isInside) add(n, q, false, false);
  }
  for (const code of g.members) {
    const { n, q } = cellOf(code);
    const covered = coveredBy.has(code) && !partlyOutside.has(code);
    add(n, q, true, covered);
    if (!n && covered) counted++;
  }
  if (!any) return null;
  const base = { year, provisional, sources: [...sources].sort(), counted, members: g.members.length };
  // Nothing counted: hidden if a part was suppressed, missing if parts lacked figures, else not applicable (no request that year …).
  if (!sources.size) return { ...base, value: null, status: hidden ? 'suppressed' : gaps ? 'missing' : 'not-applicable' };
  if (denPart && den <= 0) return { ...base, value: null, status: 'not-applicable' };
  const value = denPart ? (num / den) * (m.kind === 'ratio' ? 100 : 1000) : num;
  return { ...base, value, status: gaps ? (denPart ? 'partial' : 'lower-bound') : 'ok' };
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
