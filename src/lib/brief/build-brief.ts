import type { LegendItem } from '../charts/legend.ts';
import { settlementChart, settlementLegend, type SettlementPoint } from '../charts/settlement.ts';
import { markStatusOf } from '../charts/theme.ts';
import { cutsAmong, groupDecisionsWithheld, measuresOf } from '../domain/request-cut.ts';
import { requestCutNote } from '../format/request-cut-note.ts';
import { caveatOf, caveatsShown, markCaveat, type Caveat } from '../profile/caveats.ts';
import { coverageText } from '../compare/compare-view.ts';
import { divide, exactValue, ratio, seriesOf, single, type Figure, type ShownValue } from '../domain/figure.ts';
import { perCapitaOn } from '../domain/rate-territory.ts';
import { earlyPopulationYear, getView, part, POPULATION } from '../domain/views.ts';
import { measureGroupLabel } from '../../i18n/measures.ts';
import { coverageOfYears, LAST_YEARS, newestYear, yearSpan, type Coverage } from '../domain/coverage.ts';
import { formatFigure, formatIndicator, formatPercent } from '../format/number.ts';
import { messages, type Strings } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { countedShareCell, shareCell } from './small-groups.ts';
import { sentencesFor } from '../sentences/index.ts';
import type { KeyPoint } from '../sentences/shared.ts';
import type { Sentences } from '../sentences/types.ts';

/**
 * The evidence brief for one kommune, as plain data: sentences, small tables,
 * one black-and-white chart, and numbered source notes. Each table row and
 * sentence block points to its sources by number.
 */
export interface BriefTable {
  columns: string[];
  rows: string[][];
  notes: number[];
}

export interface Brief {
  /** «Hovedpunkter»: the newest figures in plain words, no marks (sentences/nb.ts keyPoints). */
  keyPoints: KeyPoint[];
  /** caveats: «§ 2012: …» for figures published with a caveat (data/warnings.csv), marked § in table and chart. */
  funnel: BriefTable & {
    /** The funnel chart in black and white, inline SVG labelled `chartLabel` (charts/settlement.ts). */
    chart: string;
    chartLabel: string;
    legend: LegendItem[];
    caveats: string[];
  };
  funnelNote?: string;
  peers: BriefTable & { caption: string; withheld?: string; early?: string };
  grants: BriefTable & { summary: string; caveats: string[] };
  outcomes: BriefTable;
  request: { heading: string; lines: string[]; notes: number[] }[];
  /** Numbered source notes; `source` is the source's id. */
  sources: { n: number; source: string; text: string }[];
}

export interface BriefInput {
  name: string;
  code: string;
  own: Figure[];
  country: Figure[];
  /**
   * The kommune beside its reference groups (KOSTRA group, fylke, whole country), by the
   * comparison's rules: the groups' labels, and per view, year and per-1000 choice the
   * kommune's value followed by each group's (src/lib/compare/reference-values.ts makes it).
   */
  references: {
    labels: string[];
    valuesOf: (view: string, year: number, perCapita: boolean) => (ShownValue | undefined)[];
  };
  /** A source in words with its address; with `years`, the years its figures are for («tall for 2016–2025»). */
  sourceLabel: (id: string, years?: readonly [number, number]) => string;
  /** Which years the whole dataset covers for a measure (from the data, never a literal). */
  coverage: (measure: string, group?: string) => Coverage;
  /** A former kommune that was split, whose figures stand in the years this kommune has none of its own (Ålesund 2020–2023). */
  splitPredecessor?: { label: string; figures: Figure[] };
  /** The kommune's figures published with a caveat (data/warnings.csv): marked § where shown, said under the table. */
  caveats?: Caveat[];
  /** The reforms, in the profile's words, short (profile/harmonization-note.ts), printed under the funnel. */
  reformNote?: string;
  /** The brief's language (bokmål when left out). */
  locale?: Locale;
}

class Notes {
  private spans = new Map<string, [number, number]>();
  private order: string[] = [];
  cite(source: string, year: number): number {
    const s = this.spans.get(source);
    if (!s) {
      this.spans.set(source, [year, year]);
      this.order.push(source);
    } else this.spans.set(source, [Math.min(s[0], year), Math.max(s[1], year)]);
    return this.order.indexOf(source) + 1;
  }
  citeAll(items: { source: string; year: number }[]): number[] {
    return [...new Set(items.map((i) => this.cite(i.source, i.year)))].sort((a, b) => a - b);
  }
  /** Each source's note: its label says the years it is cited for (format/source-label.ts), before the file's date. */
  list(label: (id: string, years: readonly [number, number]) => string, note: (label: string) => string) {
    return this.order.map((id, i) => ({ n: i + 1, source: id, text: note(label(id, this.spans.get(id)!)) }));
  }
}

const figs = (list: (Figure | undefined)[]) =>
  list.filter((f): f is Figure => !!f).map((f) => ({ source: f.source, year: f.year }));
const pts = (list: (ShownValue | undefined)[]) =>
  list.filter((p): p is ShownValue => !!p).flatMap((p) => p.sources.map((s) => ({ source: s, year: p.year })));
const val = (f: Figure | undefined) => (f && f.status === 'ok' ? f.value : null);
/** A year inside the years a series has figures for (a year without one there is missing, not uncovered). */
const within = (s: Map<number, Figure>, y: number) =>
  s.size > 0 && y >= Math.min(...s.keys()) && y <= Math.max(...s.keys());
/** Figures in the brief's narrow tables: short status words («skjult», explained in the chart key by format/status-word.ts's rule). */
const fig = (t: Strings, f: Figure | undefined, unit: 'personer' | 'kroner' | 'prosent') =>
  formatFigure(t, f, unit, { short: true });

/** What every step of the brief reads: the input, the page's words, the numbered notes, and the settlement series. */
interface Ctx {
  input: BriefInput;
  t: Strings;
  say: Sentences;
  notes: Notes;
  req: Map<number, Figure>;
  dec: Map<number, Figure>;
  set: Map<number, Figure>;
  /** The years the kommune has a request, decision or settled figure of its own. */
  years: number[];
  /** A divided former kommune (p) and its series, said in the years the kommune has none of its own. */
  p: BriefInput['splitPredecessor'];
  pr: Map<number, Figure>;
  pd: Map<number, Figure>;
  ps: Map<number, Figure>;
  /** The predecessor's years that are not the kommune's own. */
  predYears: number[];
  /** A figure in a narrow table, marked § where published with a caveat. */
  cav: (f: Figure | undefined, unit: 'personer' | 'kroner') => string;
}

function contextOf(input: BriefInput): Ctx {
  const t = messages(input.locale ?? DEFAULT_LOCALE);
  const req = seriesOf(input.own, 'anmodning');
  const dec = seriesOf(input.own, 'vedtak');
  const set = seriesOf(input.own, 'bosatt');
  const years = [...new Set([...req.keys(), ...dec.keys(), ...set.keys()])].sort((a, b) => a - b);
  const p = input.splitPredecessor;
  const pr = seriesOf(p?.figures ?? [], 'anmodning');
  const pd = seriesOf(p?.figures ?? [], 'vedtak');
  const ps = seriesOf(p?.figures ?? [], 'bosatt');
  const predYears = [...new Set([...pr.keys(), ...pd.keys(), ...ps.keys()])].filter((y) => !years.includes(y));
  return {
    input,
    t,
    say: sentencesFor(input.locale ?? DEFAULT_LOCALE),
    notes: new Notes(),
    req,
    dec,
    set,
    years,
    p,
    pr,
    pd,
    ps,
    predYears,
    cav: (f, unit) => markCaveat(t, fig(t, f, unit), f, input.caveats),
  };
}

/**
 * The brief's sections in page order. The steps run in this order because each cites its sources
 * as it goes: the notes are numbered by first citation.
 */
export function buildBrief(input: BriefInput): Brief {
  const c = contextOf(input);
  const keyPoints = keyPointsOf(c);
  const minors = minorsOf(c);
  const funnel = funnelOf(c);
  const peers = peersOf(c);
  const grants = grantsOf(c);
  const outcomes = outcomesOf(c);
  const request = requestOf(c, minors);
  return {
    keyPoints,
    funnel: funnel.funnel,
    funnelNote: funnel.note,
    peers,
    grants,
    outcomes,
    request,
    sources: c.notes.list(input.sourceLabel, c.say.brief.sourceNote),
  };
}

/** 1. Hovedpunkter (the divided former kommune's years are said apart). */
function keyPointsOf(c: Ctx): KeyPoint[] {
  const { input, req, dec, set, years, p, ps } = c;
  const totals = new Map(
    input.own.filter((f) => f.measure === 'tilskudd' && f.group === 'totalt').map((f) => [f.year, f]),
  );
  const ownYears = new Set(years);
  const elsewhere = p
    ? { years: [...ps.keys()].filter((y) => !ownYears.has(y)).sort((a, b) => a - b), label: p.label, settled: ps }
    : undefined;
  const points = c.say.brief.keyPoints(input.name, { req, dec, set, grants: totals, elsewhere });
  c.notes.citeAll(
    figs([...req.values(), ...dec.values(), ...set.values()].filter((f) => f.year >= (years.at(-3) ?? 0))),
  );
  return points;
}

/** Unaccompanied minors: the lines for IMDi's question, cited here (before the funnel) and again under it. */
interface Minors {
  lines: string[];
  figures: Figure[];
}

function minorsOf(c: Ctx): Minors {
  const emaReq = seriesOf(c.input.own, 'ema-anmodning');
  const emaDec = seriesOf(c.input.own, 'ema-vedtak');
  const emaSet = seriesOf(c.input.own, 'ema-bosatt');
  const lines = c.say.brief.minors(emaReq, emaDec, emaSet);
  const figures = [...emaReq.values(), ...emaDec.values(), ...emaSet.values()];
  c.notes.citeAll(figs(figures));
  return { lines, figures };
}

/**
 * 2. Funnel, last ten years with figures: the kommune's own, and a divided former kommune's (‡)
 * in the years the kommune has none of its own (Ålesund and Haram 2020–2023, Hamarøy before 2020).
 */
function funnelOf(c: Ctx): { funnel: Brief['funnel']; note: string | undefined } {
  const { input, t, say, req, dec, set, years, p, pr, pd, ps, predYears } = c;
  const shownYears = [...new Set([...years, ...predYears])].sort((a, b) => a - b).slice(-LAST_YEARS);
  const last10 = shownYears.filter((y) => years.includes(y));
  const pys = shownYears.filter((y) => predYears.includes(y));
  const rowOf = (label: string, r?: Figure, d?: Figure, s?: Figure) => [
    label,
    c.cav(r, 'personer'),
    c.cav(d, 'personer'),
    c.cav(s, 'personer'),
    pctOf(ratio(d, r), t.lang),
    pctOf(ratio(s, d), t.lang),
  ];
  const rows = shownYears.map((y) =>
    pys.includes(y)
      ? rowOf(`${y}${t.brief.formerMark}`, pr.get(y), pd.get(y), ps.get(y))
      : rowOf(String(y), req.get(y), dec.get(y), set.get(y)),
  );
  const notes = c.notes.citeAll(
    figs([
      ...last10.flatMap((y) => [req.get(y), dec.get(y), set.get(y)]),
      ...pys.flatMap((y) => [pr.get(y), pd.get(y), ps.get(y)]),
    ]),
  );
  const drawn = funnelChartOf(c, shownYears, pys);
  const caveats = caveatsShown(
    shownYears.flatMap((y) => [req.get(y), dec.get(y), set.get(y)]),
    input.caveats,
  );
  // Who was merged or divided, and when (the profile's note, short), then what ‡ means.
  const note =
    [input.reformNote, p && pys.length ? say.brief.formerYears(t.brief.formerMark, p.label) : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const funnel = {
    columns: [...t.brief.funnelColumns],
    rows: rows.reverse(),
    notes: [...new Set(notes)].sort((a, b) => a - b),
    chart: drawn.chart,
    legend: settlementLegend(drawn.points, { mono: true, former: p?.label, t }),
    caveats: [
      ...caveats.map((x) => caveatLine(x, t)),
      ...cutsAmong(['anmodning', 'vedtak'], shownYears).map((x) =>
        requestCutNote(t, x, exactValue(single(seriesOf(input.own, 'opprinnelig-anmodning').get(x.year)))),
      ),
    ],
    chartLabel: drawn.label,
  };
  return { funnel, note };
}

/** The funnel's chart in black and white; `pys` are the years drawn from the former kommune (‡). */
function funnelChartOf(c: Ctx, shownYears: number[], pys: number[]) {
  const { input, req, dec, set, pr, pd, ps } = c;
  // Provisional, hidden and missing settled figures drawn as the profile draws them (hollow bar, word at the baseline).
  const points: SettlementPoint[] = shownYears.map((yy) => {
    const [r, d, s] = pys.includes(yy) ? [pr, pd, ps] : [req, dec, set];
    return {
      year: yy,
      request: val(r.get(yy)),
      decision: val(d.get(yy)),
      settled: val(s.get(yy)),
      settledStatus: markStatusOf(s.get(yy), within(s, yy)),
      caveat: [r, d, s].some((x) => caveatOf(input.caveats, x.get(yy))),
      former: pys.includes(yy),
    };
  });
  points.sort((a, b) => a.year - b.year);
  const chartYears = points.map((p) => p.year);
  const label = c.say.brief.funnelChart(input.name, chartYears[0] ?? '', chartYears.at(-1) ?? '');
  const chart = settlementChart(points, {
    width: 340,
    height: 170,
    mono: true,
    label,
    t: c.t,
    locale: input.locale,
  });
  return { points, label, chart };
}

/**
 * The year the peers table compares: the newest year with a final settled figure; else the newest
 * with any; else the newest year at all.
 */
function peerYearOf(c: Ctx): number {
  const withValue = [...c.set.entries()].filter(([, f]) => f.status === 'ok').map(([yy]) => yy);
  const final = [...c.set.entries()]
    .filter(([, f]) => f.status === 'ok' && !f.flags.includes('provisional'))
    .map(([yy]) => yy);
  return final.length ? Math.max(...final) : withValue.length ? Math.max(...withValue) : Math.max(0, ...c.years);
}

/** 3. Fair peers, per 1000 inhabitants, for the newest complete year. */
function peersOf(c: Ctx): Brief['peers'] {
  const { input, t } = c;
  const y = peerYearOf(c);
  const rows: string[][] = [];
  const cites: { source: string; year: number }[] = [];
  const row = (label: string, view: string, year: number, per: boolean, unit: PeerUnit, scale = 1) => {
    const r = peerRow(c, label, view, year, per, unit, scale);
    rows.push(r.row);
    cites.push(...r.cites);
  };
  const R = t.brief.peerRows;
  const newestPop = newestYear(seriesOf(input.own, 'befolkning')) ?? undefined;
  const early = y ? earlyPopulationYear(part('bosatt'), POPULATION, y, newestPop) : null;
  if (y) {
    row(R.settled, 'bosatt', y, true, 'per 1000');
    row(R.requested, 'anmodning', y, true, 'per 1000');
    row(R.decisionOfRequest, 'vedtak-av-anmodning', y, false, 'prosent');
    row(R.settledOfDecision, 'bosatt-av-vedtak', y, false, 'prosent');
  }
  const grantYear = latestYear(input.own, 'tilskudd', 'totalt');
  if (grantYear) row(R.grants, 'tilskudd', grantYear, true, 'kroner', 1 / 1000);
  const refYear = latestYear(input.own, 'innvandrere-grunn', 'flukt');
  if (refYear) row(R.refugees, 'flyktninger', refYear, true, 'per 1000');
  const empYear = latestYear(input.own, 'sysselsatte-andel', 'innvandrere');
  if (empYear) row(R.employed, 'sysselsatte-innvandrere', empYear, false, 'prosent');
  return {
    caption: t.brief.peersCaption,
    columns: [t.brief.measureColumn, t.brief.yearColumn, input.name, ...input.references.labels],
    rows,
    notes: c.notes.citeAll(cites),
    // The groups' decision sums for a year whose request was cut are not shown (domain/request-cut.ts).
    withheld: y && groupDecisionsWithheld(['vedtak'], y) ? t.requestCut.briefWithheld(y) : undefined,
    // Settled and requested per 1000 of a year whose year-end population is not published yet (views.ts earlyPopulationYear).
    early: early === null ? undefined : t.rateNote.early(y, early),
  };
}

type PeerUnit = 'per 1000' | 'prosent' | 'kroner';

/** One row of the peers table: the kommune's value and each group's, and the sources they rest on. */
function peerRow(c: Ctx, label: string, view: string, year: number, per: boolean, unit: PeerUnit, scale: number) {
  const { t } = c;
  const values = c.input.references.valuesOf(view, year, per);
  // As on the comparison page: «≥» for a lower bound, «(n av m)» for a group value built on some members only.
  const f = (p: ShownValue | undefined) =>
    p ? `${formatIndicator(t, p.value === null ? null : p.value * scale, unit, p.status)}${coverageText(t, p)}` : '–';
  // A group's decision sum for a year whose request was cut is not shown, and says so.
  const withheld = groupDecisionsWithheld(measuresOf(getView(view)!), year);
  return {
    row: [label, String(year), ...values.map((p, i) => (i > 0 && !p && withheld ? t.requestCut.withheldCell : f(p)))],
    cites: pts(values),
  };
}

/** 4. Grants: total, per inhabitant, per refugee settled that year. */
function grantsOf(c: Ctx): Brief['grants'] {
  const { input, t, say, set } = c;
  const tot = input.own.filter((f) => f.measure === 'tilskudd' && f.group === 'totalt').sort((a, b) => a.year - b.year);
  const pop = seriesOf(input.own, 'befolkning');
  const kroner = (v: number | null) => (v === null ? '–' : say.brief.kronerCell(v));
  // Count and population on different territories (domain/rate-territory.ts): said, not a dash.
  const perInhabitantCell = (d: { value: number | null; status: string }) =>
    d.status === 'other-territory' ? t.statusShort['other-territory'] : kroner(d.value);
  // Years no source covers between two grant years get a row of their own («2016–2021: ikke i kilden»), so the table never jumps.
  const rows = tot.flatMap((f, i) => [
    ...(i > 0 && f.year - tot[i - 1].year > 1
      ? [[yearSpan(tot[i - 1].year + 1, f.year - 1), t.status.absent, '–', '–']]
      : []),
    [
      String(f.year),
      c.cav(f, 'kroner'),
      perInhabitantCell(perCapitaOn(f.region, f, f.year, pop.get(f.year), f.year, 1)),
      kroner(divide(f, set.get(f.year), 1).value),
    ],
  ]);
  const notes = c.notes.citeAll(figs([...tot, ...tot.map((f) => pop.get(f.year)), ...tot.map((f) => set.get(f.year))]));
  return {
    columns: [...t.brief.grantsColumns],
    rows: rows.reverse(),
    notes,
    summary: grantSummaryOf(c, tot),
    caveats: caveatsShown(tot, input.caveats).map((x) => caveatLine(x, t)),
  };
}

/** The grants in words: the newest year's three largest kinds, and the kommune's own missing years. */
function grantSummaryOf(c: Ctx, tot: Figure[]): string {
  const { input, say } = c;
  const lastGrant = [...tot].reverse().find((f) => f.value !== null);
  // The kommune's own missing years, the «mangler» rows of the table included (never a literal).
  const grantGaps = say.missingYearsSentence(new Map(tot.map((f) => [f.year, f])));
  if (!lastGrant) return say.brief.noGrants;
  const types = input.own
    .filter(
      (f) =>
        f.measure === 'tilskudd' && f.year === lastGrant.year && f.group !== 'totalt' && f.status === 'ok' && f.value,
    )
    .sort((a, b) => b.value! - a.value!)
    .slice(0, 3);
  return say.brief.grants(
    lastGrant.year,
    types.map((f) => ({
      label: measureGroupLabel('tilskudd', f.group, input.locale ?? DEFAULT_LOCALE),
      value: f.value!,
    })),
    grantGaps,
  );
}

/** Rows of the outcomes table being built, and the sources they rest on. */
interface OutcomeRows {
  rows: string[][];
  cites: { source: string; year: number }[];
}

/**
 * 5. Outcomes for those already settled. Long labels carry a soft hyphen or a break after «/», so a
 * phone breaks them there (introduksjons-program), never inside a word at random.
 */
function outcomesOf(c: Ctx): Brief['outcomes'] {
  const { t } = c;
  const out: OutcomeRows = { rows: [], cites: [] };
  const O = t.brief.outcomeRows;
  const employed = { measure: 'sysselsatte', group: 'innvandrere' };
  outcomeRow(c, out, O.employed, 'sysselsatte-andel', 'innvandrere', employed);
  const employedRest = { measure: 'sysselsatte', group: 'befolkningen_ellers' };
  outcomeRow(c, out, O.employedRest, 'sysselsatte-andel', 'befolkningen_ellers', employedRest, false);
  outcomeRow(c, out, O.employed04, 'sysselsatte-botid-andel', '0_4');
  outcomeRow(c, out, O.employed10, 'sysselsatte-botid-andel', '10+');
  // IMDi's file by reason for immigration counts 20–66-year-olds (the rows above: 15–74): the label says so.
  outcomeRow(c, out, O.employedRefugees, 'sysselsatte-grunn-andel', 'flukt');
  outcomeRow(c, out, O.lowIncome, 'lavinntekt-andel', 'innvandrere|alle');
  outcomeRow(c, out, O.lowIncomeAll, 'lavinntekt-andel', 'alle|alle', undefined, false);
  // Shares computed from counts.
  countedShareRow(c, out, O.intro, 'intro-status', 'ettaar|arbutd', 'ettaar|alle');
  countedShareRow(c, out, O.university, 'utdanning', 'innvandrere|uh', 'innvandrere|alle');
  return {
    columns: [t.brief.measureColumn, t.brief.yearColumn, c.input.name, t.brief.countryColumn],
    rows: out.rows,
    notes: c.notes.citeAll(out.cites),
  };
}

/** The immigrant population of the year or the nearest (to judge a group's size). */
const immigrants = (list: Figure[], year: number) =>
  nearestYear(
    list.filter((x) => x.measure === 'innvandrere-grunn' && x.group === 'alle'),
    year,
  );

/**
 * A published share, the kommune's newest beside the country's, each with the count of people behind
 * it where the dataset has one, and «for få personer» for very small groups (src/lib/brief/small-groups.ts).
 */
function outcomeRow(
  c: Ctx,
  out: OutcomeRows,
  label: string,
  measure: string,
  group: string,
  count?: { measure: string; group: string },
  ofImmigrants = true,
) {
  const { input, t } = c;
  const own = input.own.filter((f) => f.measure === measure && f.group === group);
  const f = own.sort((a, b) => b.year - a.year)[0];
  if (!f) return;
  const cf = input.country.find((x) => x.measure === measure && x.group === group && x.year === f.year);
  const countIn = (list: Figure[]) =>
    count ? list.find((x) => x.measure === count.measure && x.group === count.group && x.year === f.year) : undefined;
  const ownCount = countIn(input.own);
  const countryCount = countIn(input.country);
  const ownBase = ofImmigrants ? immigrants(input.own, f.year) : undefined;
  const cell = shareCell(t, f, ownCount, ownBase);
  // The immigrant population is cited only where it hid a share.
  out.cites.push(...figs([f, cf, ownCount, countryCount, ...(!ownCount && cell === t.brief.tooFew ? [ownBase] : [])]));
  out.rows.push([
    label,
    String(f.year),
    cell,
    shareCell(t, cf, countryCount, ofImmigrants ? immigrants(input.country, f.year) : undefined),
  ]);
}

/** A share the brief computes from two counts of the newest year (the kommune only). */
function countedShareRow(c: Ctx, out: OutcomeRows, label: string, measure: string, group: string, of: string) {
  const list = c.input.own.filter((f) => f.measure === measure);
  const yy = Math.max(0, ...list.map((f) => f.year));
  const a = list.find((f) => f.year === yy && f.group === group);
  const b = list.find((f) => f.year === yy && f.group === of);
  if (!a || !b) return;
  out.cites.push(...figs([a, b]));
  out.rows.push([label, String(yy), countedShareCell(c.t, a, b), '–']);
}

/** 6. Mirroring IMDi's request: how many, unaccompanied minors, capacity, and what the dataset holds. */
function requestOf(c: Ctx, minors: Minors): Brief['request'] {
  const { input, say, req, dec, set, p, ps, predYears } = c;
  const cap = say.brief.capacity(set, dec, p ? { years: predYears, label: p.label, settled: ps } : undefined);
  const latestReq = [...req.entries()].filter(([, f]) => f.status === 'ok').sort((a, b) => b[0] - a[0])[0];
  const reqLine = say.brief.latestRequest(req);
  // The record is said once, under capacity; the mean and «flere enn vedtatt» answer «how many».
  const howMany = [...(reqLine ? [reqLine] : []), ...cap.slice(1)];
  const flytt = seriesOf(input.own, 'sekundaerflytting', 'flyttet-hit|alle');
  const alle = seriesOf(input.own, 'sekundaerflytting', 'alle|alle');
  const fy = [...flytt.keys()].sort((a, b) => b - a)[0];
  const capacity = [...cap.slice(0, 1)];
  const r = fy !== undefined ? ratio(flytt.get(fy), alle.get(fy)) : null;
  if (fy !== undefined && r !== null) capacity.push(say.brief.movedHere(r, fy));
  const H = c.t.brief.requestHeadings;
  return [
    { heading: H.howMany, lines: howMany, notes: c.notes.citeAll(figs([latestReq?.[1], ...set.values()])) },
    {
      heading: H.minors,
      lines: minors.lines.length ? minors.lines : [say.brief.noMinors],
      notes: c.notes.citeAll(figs(minors.figures)),
    },
    {
      heading: H.capacity,
      lines: capacity.length ? capacity : [say.brief.noCapacity],
      notes: c.notes.citeAll(figs([...set.values(), fy !== undefined ? flytt.get(fy) : undefined])),
    },
    {
      heading: H.keep,
      lines: [datasetHasLine(input.coverage, say), say.brief.datasetLacks],
      notes: [],
    },
  ];
}

/** A share in the brief's tables: one decimal, as everywhere else (132,8 %, not 133 % beside 132,8 %). */
/** «§ 2012: … Se «Tall vist med forbehold» under Om dataene.» */
function caveatLine(c: Caveat, t: Strings): string {
  return `${t.caveats.note(c.year, c.text)} ${t.caveats.see}`;
}

function pctOf(v: number | null, locale: string): string {
  return v === null ? '–' : formatPercent(v, locale);
}

/** The figure of the year, else of the nearest year (only to judge a group's size, never shown). */
function nearestYear(list: Figure[], year: number): Figure | undefined {
  return [...list]
    .filter((f) => f.status === 'ok')
    .sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year)[0];
}

function latestYear(own: Figure[], measure: string, group: string): number | null {
  const ys = own.filter((f) => f.measure === measure && f.group === group && f.status === 'ok').map((f) => f.year);
  return ys.length ? Math.max(...ys) : null;
}

/** What the dataset has figures for, with the years read from the data. */
function datasetHasLine(coverage: BriefInput['coverage'], say: ReturnType<typeof sentencesFor>): string {
  const work = coverageOfYears([...coverage('sysselsatte-andel').years, ...coverage('lavinntekt-andel').years]);
  const intro = coverageOfYears([...coverage('intro-status').years, ...coverage('intro-deltakere').years]);
  const kindergarten = coverage('barnehage-andel');
  return say.brief.datasetHas({
    workLast: work.last,
    educationLast: coverage('utdanning').last,
    intro: yearSpan(intro.first, intro.last),
    kindergarten: yearSpan(kindergarten.first, kindergarten.last),
  });
}
