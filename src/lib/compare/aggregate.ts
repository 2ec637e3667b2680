import { divideSums, single, sum, type Derived } from '../domain/figure.ts';
import {
  COMPARE_MEASURES,
  POPULATION,
  partKey,
  type CompareMeasure,
  type Part as MeasurePart,
} from './compare-measures.ts';
import { groupDecisionsWithheld, measuresOf } from '../domain/request-cut.ts';
import { unallocatedOf, type NationalBasis } from '../domain/national.ts';
import { OTHER_TERRITORY, territoriesDiffer } from '../domain/rate-territory.ts';
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
  /** Members left out of a per-1000 value because their count and population cover different territories. */
  otherTerritory?: number;
  /**
   * The whole country only (domain/national.ts): 'publisher' where the value is the publisher's own national
   * figure, 'sum' where it is the sum of the kommuner — then `unallocated` is what IMDi places in no kommune
   * («9999 Uoppgitt kommune») that year, where known, which the sum does not hold.
   */
  basis?: NationalBasis;
  unallocated?: number;
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
  /** The publisher's own national row (region 0000), when the group is the whole country. */
  publisherRow?: SeriesData;
  /** The whole country: its counts are the publisher's national figure where there is one (domain/national.ts). */
  national?: boolean;
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
  if (!g.national) return sumPoint(g, m, year, perCapita, check);
  // The whole country: the publisher's own national figure where the dataset has one, else the sum of the kommuner.
  const own = perCapita || m.kind !== 'count' ? undefined : publisherPoint(g, m, year);
  if (own && own.value !== null) return { ...own, basis: 'publisher' };
  const sum = sumPoint(g, m, year, perCapita, check);
  if (!sum) return null;
  const rest = [m.numerator, ...(perCapita ? [] : m.denominator ? [m.denominator] : [])]
    .map((p) => unallocatedOf(p, year))
    .find((u) => u);
  return { ...sum, basis: 'sum', ...(rest ? { unallocated: rest.value } : {}) };
}

function sumPoint(g: Group, m: CompareMeasure, year: number, perCapita: boolean, check: boolean): GroupPoint | null {
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
  // A member whose count and population cover different territories (domain/rate-territory.ts: Sandefjord before
  // 2017, whose population has Stokke while Stokke's counts are kept apart) is left out of both sums — unless the
  // group holds the whole divided kommune: every successor a member and its count added above, so the group's counts
  // and population cover the same land (Vestfold, the country). Left out, the value says «n av m».
  const offTerritory = new Set(
    partKey(den) === partKey(POPULATION) && partKey(m.numerator) !== partKey(POPULATION)
      ? g.members.filter((code) => territoriesDiffer(code, year, denYear) && !wholeInGroup(g, code, year, inner))
      : [],
  );
  const pairs = regions.filter((c) => !unknown.includes(c));
  if (offTerritory.size && !pairs.some((c) => c.member && !offTerritory.has(c.key)))
    return { ...groupPoint(year, OTHER_TERRITORY, 0, g.members.length), otherTerritory: offTerritory.size };
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
      // A member off its territory keeps its count but no population: divideSums leaves the pair out («n av m»).
      ...pairs.map((c): [SourcedPart | undefined, SourcedPart | undefined] => [
        c.n,
        offTerritory.has(c.key)
          ? undefined
          : (c.q ?? (inner.includes(c) ? inSuccessors(g, c, den, denYear) : undefined)),
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
  const point = groupPoint(year, d, counted, g.members.length);
  return offTerritory.size ? { ...point, otherTerritory: offTerritory.size } : point;
}

/**
 * Whether the former kommuner a member's territory changed with (a divided kommune kept apart: Stokke, Tysfjord,
 * Snillfjord) lie wholly inside the group with their counts added (`inner`), so the group's sums cover the same land.
 */
function wholeInGroup(g: Group, code: string, year: number, inner: Contribution[]): boolean {
  const members = new Set(g.members);
  // Keys are «code:last year» (data/predecessors.csv): only a divided kommune that still held counts in the year.
  const lastYear = (key: string) => Number(key.split(':')[1] ?? Number.POSITIVE_INFINITY);
  const divided = g.predecessors.filter(
    (p) => p.successors.length > 1 && p.successors.includes(code) && year <= lastYear(p.key),
  );
  return (
    divided.length > 0 &&
    divided.every((p) => p.successors.every((s) => members.has(s)) && inner.some((c) => c.key === p.key))
  );
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
