import { barsChart, barsLegend, type BarPoint } from '../charts/bars.ts';
import { linesChart, linesLegend, type LinePoint } from '../charts/lines.ts';
import { settlementChart, settlementLegend, type SettlementPoint } from '../charts/settlement.ts';
import { COLORS, markStatusOf, SIZES, type ChartSize, type MarkStatus } from '../charts/theme.ts';
import { exactValue, ratio, seriesOf, single, type Figure } from '../domain/figure.ts';
import { perCapitaOn } from '../domain/rate-territory.ts';
import { yearSpan } from '../domain/coverage.ts';
import { cutsAmong } from '../domain/request-cut.ts';
import { requestCutNote } from '../format/request-cut-note.ts';
import { getMeasure, LANDBAKGRUNN_LARGEST_IN, type Unit } from '../domain/measures.ts';
import { measureGroupLabel, measureLabel } from '../../i18n/measures.ts';
import { formatFigure, formatPercent } from '../format/number.ts';
import { messages, type Strings } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { statusWord } from '../format/status-word.ts';
import { sentencesFor } from '../sentences/index.ts';
import type { Sentences } from '../sentences/types.ts';
import { citationsOf, dropEmptyColumns, flagNotes, shownFigures, type Panel } from './panel.ts';
import { caveatOf, caveatsShown, markCaveat, type Caveat } from './caveats.ts';

export interface ProfileInput {
  name: string;
  /** Rates (employment, low income …) exist only for the former kommuner: say so where they would stand. */
  ratesOnlyForPredecessors?: boolean;
  /** Figures for the kommune's own code. */
  own: Figure[];
  /** The publisher's whole-country figures (region 0000). */
  country: Figure[];
  /** Figures of this kommune published with a caveat (data/warnings.csv): marked § where shown. */
  caveats?: Caveat[];
  /** The page's language (bokmål when left out). */
  locale?: Locale;
  /**
   * A former kommune that was divided, whose figures stand in the years this kommune has none of its own
   * (Ålesund: 1507, 2020–2023, which held Haram): shown in those years marked ‡, as the brief shows them.
   */
  splitPredecessor?: { label: string; figures: Figure[] };
}

/** The page's catalogue and sentences. */
const wordsOf = (input: { locale?: Locale }): { t: Strings; s: Sentences; locale: Locale } => {
  const locale = input.locale ?? DEFAULT_LOCALE;
  return { t: messages(locale), s: sentencesFor(locale), locale };
};

const notesIn = (t: Strings) => (figs: (Figure | undefined)[]) => flagNotes(figs, t.flags, t.flagMarks);
const pctIn = (t: Strings) => (v: number | null) => (v === null ? '–' : formatPercent(v, t.lang));
const years = (m: Map<number, Figure>[]) => [...new Set(m.flatMap((s) => [...s.keys()]))].sort((a, b) => a - b);
const val = (f: Figure | undefined) => (f && f.status === 'ok' ? f.value : null);
/** How a chart draws a figure (charts/theme.ts markStatusOf); no figure is missing only inside the series' own years. */
const markOf = (f: Figure | undefined, s?: Map<number, Figure>, y?: number): MarkStatus | undefined =>
  markStatusOf(f, !(s && y !== undefined && (!s.size || y < Math.min(...s.keys()) || y > Math.max(...s.keys()))));
/** Every year from the first to the last, so a year without figures is said, not skipped. */
const span = (ys: number[]) => (ys.length ? Array.from({ length: ys.at(-1)! - ys[0] + 1 }, (_, i) => ys[0] + i) : []);
/** One chart drawn at both sizes (the desk column and a phone), each one labelled image (`label`, its text alternative). */
const both = (label: string, draw: (size: ChartSize & { label: string }) => string) => ({
  wide: draw({ ...SIZES.wide, label }),
  narrow: draw({ ...SIZES.narrow, label }),
  label,
});

/** The settlement series: the kommune's own, and a former kommune's in the years it has none of its own. */
interface SettlementSeries {
  ownReq: Map<number, Figure>;
  ownDec: Map<number, Figure>;
  ownSet: Map<number, Figure>;
  req: Map<number, Figure>;
  dec: Map<number, Figure>;
  set: Map<number, Figure>;
  /** The years drawn and listed from the former kommune (marked ‡). */
  former: Set<number>;
  ys: number[];
}

/**
 * A divided former kommune's figures in the years the kommune has none of its own (Ålesund 2020–2023 under
 * 1507): drawn and listed for those years marked ‡, never as «mangler» and never as the kommune's own.
 */
function settlementSeries(input: ProfileInput): SettlementSeries {
  const ownReq = seriesOf(input.own, 'anmodning');
  const ownDec = seriesOf(input.own, 'vedtak');
  const ownSet = seriesOf(input.own, 'bosatt');
  const ownYears = years([ownReq, ownDec, ownSet]);
  const pf = input.splitPredecessor?.figures ?? [];
  const [pr, pd, ps] = [seriesOf(pf, 'anmodning'), seriesOf(pf, 'vedtak'), seriesOf(pf, 'bosatt')];
  const former = new Set(years([pr, pd, ps]).filter((y) => !ownYears.includes(y)));
  const pick = (own_: Map<number, Figure>, pred: Map<number, Figure>) =>
    new Map([...own_, ...[...pred].filter(([y]) => former.has(y))]);
  const [req, dec, set] = [pick(ownReq, pr), pick(ownDec, pd), pick(ownSet, ps)];
  return { ownReq, ownDec, ownSet, req, dec, set, former, ys: years([req, dec, set]) };
}

/** The settlement table's rows, oldest first: request, decision, settled, agreed, and the two ratios. */
function settlementRows(input: ProfileInput, t: Strings, s: SettlementSeries, agreed: Map<number, Figure>) {
  const { req, dec, set, former } = s;
  const pct = pctIn(t);
  const yearLabel = (y: number) => (former.has(y) ? `${y}${t.brief.formerMark}` : String(y));
  return s.ys.map((y) => [
    yearLabel(y),
    markCaveat(t, formatFigure(t, req.get(y), 'personer'), req.get(y), input.caveats),
    markCaveat(t, formatFigure(t, dec.get(y), 'personer'), dec.get(y), input.caveats),
    markCaveat(t, formatFigure(t, set.get(y), 'personer'), set.get(y), input.caveats),
    agreed.has(y) ? formatFigure(t, agreed.get(y), 'personer') : '–',
    pct(ratio(dec.get(y), req.get(y))),
    pct(ratio(set.get(y), dec.get(y))),
  ]);
}

/** The settlement chart's bars and marks, one per year from 2005 (a year without figures is drawn as such). */
function settlementPoints(input: ProfileInput, s: SettlementSeries, chartYears: number[]): SettlementPoint[] {
  const { req, dec, set, former } = s;
  return chartYears.map((y) => ({
    year: y,
    request: val(req.get(y)),
    decision: val(dec.get(y)),
    settled: val(set.get(y)),
    settledStatus: markOf(set.get(y), set, y),
    caveat: [req, dec, set].some((x) => caveatOf(input.caveats, x.get(y))),
    ...(former.has(y) ? { former: true } : {}),
  }));
}

/** Request, decision, settled per year, with the two ratios, as chart + table. */
export function settlementPanel(input: ProfileInput): Panel | null {
  const { name, own, caveats } = input;
  const { t, s: say } = wordsOf(input);
  const notes = notesIn(t);
  const C = t.profile.columns;
  const p = input.splitPredecessor;
  const series = settlementSeries(input);
  const { ownReq, ownDec, ownSet, req, dec, set, former, ys } = series;
  if (!ys.length) return null;
  const figs = ys.flatMap((y) => [req.get(y), dec.get(y), set.get(y)]);
  // Agreed but not yet settled when the file was made (IMDi, 2024): beside the settled figure it adds to.
  const agreed = seriesOf(own, 'avtalt-bosatt');
  const figs2 = [...figs, ...agreed.values()];
  const rows = settlementRows(input, t, series, agreed);
  const chartYears = span(ys.filter((y) => y >= 2005));
  const chartPoints = settlementPoints(input, series, chartYears);
  return {
    id: 'bosetting',
    title: t.panels['bosetting'],
    // The sentences speak of the kommune's own figures only (the ‡ years are a former kommune's).
    summary: say.profile.settlement(name, ownReq, ownDec, ownSet),
    chart: {
      ...both(say.profile.settlementChart(name, chartYears[0], chartYears.at(-1)!), (size) =>
        settlementChart(chartPoints, { ...size, t, locale: input.locale }),
      ),
      legend: settlementLegend(chartPoints, { t, former: p?.label }),
    },
    table: {
      caption: say.profile.settlementCaption(name),
      columns: [
        t.profile.year,
        C.requested,
        C.decided,
        C.settled,
        C.agreedYet,
        C.decisionOfRequest,
        C.settledOfDecision,
      ],
      rows: rows.reverse(),
    },
    citations: citationsOf(figs2),
    figures: shownFigures(figs2),
    caveats: caveatsShown(figs, caveats),
    // A year whose request IMDi cut mid-year: said in full, with the kommune's original request where a source has it.
    notices: cutsAmong(['anmodning', 'vedtak'], ys).map((c) => ({
      year: c.year,
      text: requestCutNote(t, c, exactValue(single(seriesOf(own, 'opprinnelig-anmodning').get(c.year)))),
    })),
    notes: [
      ...notes(figs2),
      ...(p && former.size ? [say.brief.formerYears(t.brief.formerMark, p.label)] : []),
      t.profile.panelFootnotes.sharesKnown,
      ...(agreed.size ? [t.profile.panelFootnotes.agreed] : []),
    ],
  };
}

export interface Column {
  measure: string;
  group?: string;
  label?: string;
  /** Name at the line's end in the chart, where the table's label is long. */
  short?: string;
}

/** Figures over years, one column per measure/group (rows = years, newest first), optionally as lines. */
export function yearTablePanel(
  input: ProfileInput,
  o: {
    id: string;
    title: string;
    columns: Column[];
    summary?: (s: Map<number, Figure>[], ys: number[]) => string;
    chart?: boolean;
    fromYear?: number;
    chartLabel?: string;
  },
): Panel | null {
  const { t, s: say, locale } = wordsOf(input);
  const notes = notesIn(t);
  const series = o.columns.map((c) => seriesOf(input.own, c.measure, c.group ?? ''));
  const ys = years(series).filter((y) => y >= (o.fromYear ?? 0));
  if (!ys.length) return null;
  const units = o.columns.map((c) => getMeasure(c.measure).unit);
  const labels = o.columns.map(
    (c) => c.label ?? (c.group ? measureGroupLabel(c.measure, c.group, locale) : measureLabel(c.measure, locale)),
  );
  const figs = ys.flatMap((y) => series.map((s) => s.get(y)));
  const yearSpan = `${ys[0]}${ys.length > 1 ? `–${ys.at(-1)}` : ''}`;
  const panel: Panel = {
    id: o.id,
    title: o.title,
    // No sentence rather than one that restates the heading.
    summary: o.summary ? o.summary(series, ys) : '',
    table: {
      caption: say.profile.tableCaption(o.title, input.name),
      columns: [t.profile.year, ...labels],
      rows: ys
        .map((y) => [
          String(y),
          ...series.map((s, i) => markCaveat(t, formatFigure(t, s.get(y), units[i]), s.get(y), input.caveats)),
        ])
        .reverse(),
    },
    citations: citationsOf(figs),
    figures: shownFigures(figs),
    caveats: caveatsShown(figs, input.caveats),
    notes: notes(figs),
  };
  if (o.chart && ys.filter((y) => series.some((s) => val(s.get(y)) !== null)).length > 1) {
    const names = o.columns.map((c, i) => c.short ?? labels[i]);
    panel.chart = yearLinesChart(input, o, { series, ys, names, unit: units[0], yearSpan });
  }
  return panel;
}

/** A year table's columns as lines, one per column, named at the line's end. */
function yearLinesChart(
  input: ProfileInput,
  o: { title: string; chartLabel?: string },
  d: { series: Map<number, Figure>[]; ys: number[]; names: string[]; unit: Unit; yearSpan: string },
): Panel['chart'] {
  const { t, s: say } = wordsOf(input);
  const points: LinePoint[] = span(d.ys).flatMap((y) =>
    d.series.map((s, i) => ({
      year: y,
      series: d.names[i],
      value: val(s.get(y)),
      status: markOf(s.get(y), s, y),
      caveat: !!caveatOf(input.caveats, s.get(y)),
    })),
  );
  const opts = {
    axis: o.chartLabel ?? t.profile.axis[d.unit] ?? t.profile.axis.personer,
    percent: d.unit === 'prosent',
    colors: [COLORS.immigrants, COLORS.rest, COLORS.all, COLORS.refugees, COLORS.settled, COLORS.request],
  };
  return {
    ...both(say.profile.linesChart(o.title, input.name, d.yearSpan), (size) =>
      linesChart(points, { ...opts, ...size, t, locale: input.locale }),
    ),
    legend: linesLegend(points, t),
  };
}

/** Employment rate: immigrants vs the rest, with the whole country for reference. */
export function employmentPanel(input: ProfileInput): Panel | null {
  const { t, s: say } = wordsOf(input);
  const p = yearTablePanel(input, {
    id: 'sysselsetting',
    title: t.panels['sysselsetting'],
    chart: true,
    columns: [
      { measure: 'sysselsatte-andel', group: 'innvandrere' },
      { measure: 'sysselsatte-andel', group: 'befolkningen_ellers' },
    ],
    summary: (s, ys) => {
      const y = ys.at(-1)!;
      const a = val(s[0].get(y));
      const b = val(s[1].get(y));
      if (a === null || b === null) return '';
      return say.profile.employment(input.name, y, a, b);
    },
  });
  if (!p) return null;
  const c = seriesOf(input.country, 'sysselsatte-andel', 'innvandrere');
  const ce = seriesOf(input.country, 'sysselsatte-andel', 'befolkningen_ellers');
  p.table!.columns.push(t.profile.columns.countryImmigrants, t.profile.columns.countryRest);
  for (const row of p.table!.rows) {
    const y = Number(row[0]);
    row.push(formatFigure(t, c.get(y), 'prosent'), formatFigure(t, ce.get(y), 'prosent'));
  }
  p.citations = citationsOf([
    ...input.own.filter((f) => f.measure === 'sysselsatte-andel'),
    ...c.values(),
    ...ce.values(),
  ]);
  // The downloads hold what the table shows: the kommune's two series and the country's in the same years.
  const tableYears = new Set(p.table!.rows.map((r) => Number(r[0])));
  p.figures = shownFigures([
    ...(p.figures ?? []),
    ...[...c.values(), ...ce.values()].filter((f) => tableYears.has(f.year)),
  ]);
  return p;
}

/** One year's breakdown as shares computed from counts (denominator = the 'all' group). */
export function sharesPanel(
  input: ProfileInput,
  o: {
    id: string;
    measure: string;
    title: string;
    /** The finding, from the year and each row's share (the sentence module's introShare or educationGap). */
    finding: (year: number, points: BarPoint[]) => string | null;
    rows: { group: string; of: string; label: string; who?: string; level?: string }[];
  },
): Panel | null {
  const { t, s: say } = wordsOf(input);
  const notes = notesIn(t);
  const C = t.profile.columns;
  const figs = input.own.filter((f) => f.measure === o.measure);
  if (!figs.length) return null;
  const y = Math.max(...figs.map((f) => f.year));
  const get = (g: string) => figs.find((f) => f.year === y && f.group === g);
  const shown: (Figure | undefined)[] = [];
  const rows = o.rows.map((r) => {
    const a = get(r.group);
    const b = get(r.of);
    shown.push(a, b);
    const share = ratio(a, b);
    return [r.label, formatFigure(t, a, 'personer'), share === null ? '–' : formatPercent(share, t.lang)];
  });
  // Grouped bars where the rows compare two groups (immigrants vs the rest): one bar per group within each level.
  const points: BarPoint[] = o.rows.flatMap((r) => {
    const v = ratio(get(r.group), get(r.of));
    return v === null ? [] : [{ label: r.level ?? r.label, group: r.who, value: v, row: r.label }];
  });
  return {
    id: o.id,
    title: o.title,
    summary: o.finding(y, points) ?? '',
    chart: points.length
      ? {
          ...both(say.profile.sharesChart(o.title, input.name, y), (size) =>
            barsChart(points, { percent: true, values: true, hits: true, ...size, locale: input.locale }),
          ),
          legend: barsLegend(points),
        }
      : undefined,
    table: {
      caption: say.profile.tableCaption(o.title, input.name, y),
      columns: [C.group, C.people, C.share],
      rows,
    },
    citations: citationsOf(shown),
    figures: shownFigures(shown),
    notes: notes(shown),
  };
}

/** Latest year of a rate measure by group, beside the whole country. */
export function latestRatePanel(
  input: ProfileInput,
  o: { id: string; measure: string; title: string; groups: string[]; note?: string },
): Panel | null {
  const { t, s: say, locale } = wordsOf(input);
  const notes = notesIn(t);
  const m = getMeasure(o.measure);
  const figs = input.own.filter((f) => f.measure === o.measure && o.groups.includes(f.group));
  if (!figs.length) return null;
  const y = Math.max(...figs.map((f) => f.year));
  const shown: (Figure | undefined)[] = [];
  const rows = o.groups.map((g) => {
    const a = figs.find((f) => f.year === y && f.group === g);
    const c = input.country.find((f) => f.measure === o.measure && f.year === y && f.group === g);
    shown.push(a, c);
    return [measureGroupLabel(o.measure, g, locale), formatFigure(t, a, m.unit), formatFigure(t, c, m.unit)];
  });
  return {
    id: o.id,
    title: o.title,
    summary:
      (say.profile.countryComparison(
        input.name,
        y,
        o.groups.map((g) => ({
          label: measureGroupLabel(o.measure, g, locale),
          own: figs.find((f) => f.year === y && f.group === g),
          country: input.country.find((f) => f.measure === o.measure && f.year === y && f.group === g),
        })),
      ) ?? '') + (o.note ? ` ${o.note}` : ''),
    table: {
      caption: say.profile.tableCaption(o.title, String(y)),
      columns: [t.profile.columns.group, input.name, t.profile.columns.country],
      rows,
    },
    citations: citationsOf(shown),
    figures: shownFigures(shown),
    notes: notes(shown),
  };
}

/** The grants table's rows, newest first: per inhabitant, then each grant type in millions. */
function grantRows(
  input: ProfileInput,
  d: {
    figs: Figure[];
    ys: number[];
    groups: string[];
    pop: Map<number, Figure>;
    get: (y: number, g: string) => Figure | undefined;
  },
): string[][] {
  const { t, s: say } = wordsOf(input);
  const { ys, groups, get } = d;
  const perInhabitant = (y: number) => {
    const r = perCapitaOn(d.figs[0].region, get(y, 'totalt'), y, d.pop.get(y), y, 1);
    // The count and the population cover different territories (domain/rate-territory.ts): said, not a dash.
    if (r.status === 'other-territory') return t.status['other-territory'];
    return r.value === null ? '–' : say.profile.kronerCell(r.value);
  };
  // One unit style for grants everywhere on the page: «mill. kr» (per inhabitant stays in kroner).
  // Years no source covers between two grant years get a row of their own, so the table never jumps (2022 → 2015).
  return ys
    .flatMap((y, i) => [
      ...(i > 0 && y - ys[i - 1] > 1
        ? [[yearSpan(ys[i - 1] + 1, y - 1), t.status.absent, ...groups.map(() => '–')]]
        : []),
      [
        String(y),
        perInhabitant(y),
        ...groups.map((g) =>
          markCaveat(t, formatFigure(t, get(y, g), 'kroner', { millions: true }), get(y, g), input.caveats),
        ),
      ],
    ])
    .reverse();
}

/** Grants per year: total, per inhabitant, and each grant type. */
export function grantsPanel(input: ProfileInput): Panel | null {
  const { t, s: say, locale } = wordsOf(input);
  const notes = notesIn(t);
  const figs = input.own.filter((f) => f.measure === 'tilskudd');
  if (!figs.length) return null;
  const ys = [...new Set(figs.map((f) => f.year))].sort((a, b) => a - b);
  const groups = Object.keys(getMeasure('tilskudd').groups!).filter((g) => figs.some((f) => f.group === g));
  const pop = seriesOf(input.own, 'befolkning');
  const get = (y: number, g: string) => figs.find((f) => f.year === y && f.group === g);
  const perInhabitantValue = (y: number) => perCapitaOn(figs[0].region, get(y, 'totalt'), y, pop.get(y), y, 1).value;
  const rows = grantRows(input, { figs, ys, groups, pop, get });
  const totalSeries = new Map(figs.filter((f) => f.group === 'totalt').map((f) => [f.year, f]));
  const totals: LinePoint[] = span(ys).map((y) => ({
    year: y,
    series: t.profile.series.total,
    value: val(get(y, 'totalt')),
    status: markOf(get(y, 'totalt'), totalSeries, y),
    caveat: !!caveatOf(input.caveats, get(y, 'totalt')),
  }));
  const lastOk = [...ys].reverse().find((y) => val(get(y, 'totalt')) !== null);
  const shown = [...figs, ...ys.map((y) => pop.get(y))];
  const grantGaps = say.missingYearsSentence(totalSeries);
  return {
    id: 'tilskudd',
    title: t.panels['tilskudd'],
    summary:
      lastOk !== undefined
        ? say.profile.grants(input.name, lastOk, val(get(lastOk, 'totalt'))!, perInhabitantValue(lastOk), grantGaps)
        : say.profile.noGrants(input.name),
    chart:
      totals.filter((d) => d.value !== null).length > 1
        ? {
            ...both(say.profile.grantsChart(input.name, grantGaps), (size) =>
              linesChart(totals, { axis: t.profile.axis.kroner, kroner: true, ...size, t, locale: input.locale }),
            ),
            legend: linesLegend(totals, t),
          }
        : undefined,
    table: {
      caption: say.profile.grantsCaption(input.name),
      columns: [
        t.profile.year,
        t.profile.columns.perInhabitant,
        ...groups.map((g) => measureGroupLabel('tilskudd', g, locale)),
      ],
      rows,
    },
    citations: citationsOf(shown),
    figures: shownFigures(shown),
    caveats: caveatsShown(figs, input.caveats),
    notes: [...notes(shown), t.profile.panelFootnotes.perInhabitant],
  };
}

/** The kommune's largest countries of background among those published, newest year first, with earlier years. */
export function countriesPanel(input: ProfileInput, { top = 10 } = {}): Panel | null {
  const { t, s: say, locale } = wordsOf(input);
  // The country's name in the page's language (i18n/measures-*.ts groups); the data's group is the bokmål key.
  const land = (g: string) => measureGroupLabel('landbakgrunn', g, locale);
  const notes = notesIn(t);
  const figs = input.own.filter((f) => f.measure === 'landbakgrunn');
  const ok = figs.filter((f) => f.status === 'ok');
  if (!ok.length) return null;
  const y = Math.max(...ok.map((f) => f.year));
  const earlier = [2014, 2006].filter((e) => e < y && figs.some((f) => f.year === e));
  const get = (g: string, yy: number) => figs.find((f) => f.group === g && f.year === yy);
  const ranked = [...new Set(figs.map((f) => f.group))]
    .map((g) => ({ g, v: val(get(g, y)) }))
    .filter((x) => x.v !== null && x.v > 0)
    .sort((a, b) => b.v! - a.v! || a.g.localeCompare(b.g, 'nb'))
    .slice(0, top);
  if (!ranked.length) return null;
  const shown = ranked.flatMap((r) => [y, ...earlier].map((yy) => get(r.g, yy)));
  const hidden = [...new Set(figs.map((f) => f.group))].filter((g) => get(g, y)?.status === 'suppressed');
  return {
    id: 'landbakgrunn',
    title: t.panels['landbakgrunn'],
    summary: say.profile.countries({
      name: input.name,
      largestIn: LANDBAKGRUNN_LARGEST_IN,
      top: land(ranked[0].g),
      value: ranked[0].v!,
      year: y,
      hidden: hidden.length
        ? {
            count: hidden.length,
            first: land(hidden[0]),
            word: statusWord(t, 'suppressed', {
              measure: 'landbakgrunn',
              source: get(hidden[0], y)!.source,
              flags: get(hidden[0], y)!.flags,
            }),
          }
        : null,
    }),
    chart:
      ranked.length > 1
        ? {
            ...both(say.profile.countriesChart(input.name, y), (size) =>
              barsChart(
                ranked.map((r) => ({ label: land(r.g), value: r.v! })),
                { values: true, hits: true, ...size, locale: input.locale },
              ),
            ),
          }
        : undefined,
    table: {
      caption: say.profile.countriesCaption(input.name),
      columns: [t.profile.columns.land, String(y), ...earlier.map(String)],
      rows: ranked.map((r) => [land(r.g), ...[y, ...earlier].map((yy) => formatFigure(t, get(r.g, yy), 'personer'))]),
    },
    citations: citationsOf(shown),
    figures: shownFigures(shown),
    notes: [...notes(shown), t.profile.panelFootnotes.countries],
  };
}

/** Newest year with a value, per topic, so the page can say how old its figures are. */
export function newestByTopic(figures: Figure[]): { topic: string; year: number }[] {
  const best = new Map<string, number>();
  for (const f of figures) {
    if (f.status !== 'ok') continue;
    const topic = getMeasure(f.measure).topic;
    best.set(topic, Math.max(best.get(topic) ?? 0, f.year));
  }
  const order = ['bosetting', 'tilskudd', 'befolkning', 'arbeid', 'levekar'];
  return order.filter((o) => best.has(o)).map((topic) => ({ topic, year: best.get(topic)! }));
}

/**
 * The topics among work and living conditions whose newest figure is more
 * than five years older than the page's newest (the «Eldre tall» rule), so
 * the page can say that the sources have nothing newer for them — and says
 * nothing once a refresh brings newer figures.
 */
export function olderTopics(newest: { topic: string; year: number }[]): string[] {
  const top = Math.max(0, ...newest.map((n) => n.year));
  return newest.filter((n) => (n.topic === 'arbeid' || n.topic === 'levekar') && n.year < top - 5).map((n) => n.topic);
}

type Section = { section: string; panels: (Panel | null)[] };

// Over 60 lines: the section's panels in page order, one declarative spec each (split, the order would be scattered).
/** Settlement: the main panel, collective protection, agreed-not-settled, minors and their 2026 request by age, moving. */
function settlementSection(input: ProfileInput): Section {
  const { t, s: say } = wordsOf(input);
  const C = t.profile.columns;
  const S = t.profile.series;
  return {
    section: 'settlement',
    panels: [
      settlementPanel(input),
      yearTablePanel(input, {
        id: 'ukrainere',
        title: t.panels['ukrainere'],
        fromYear: 2022,
        columns: [
          { measure: 'bosatt', group: '' },
          { measure: 'bosatt', group: 'ukrainere' },
          { measure: 'bosatt', group: 'ovrige' },
        ],
        summary: ([all, ukr], ys) => say.profile.ukrainians(input.name, all, ukr, ys),
      }),
      // Agreed but not yet settled (IMDi: Oslo 2024, every kommune 2026): its own table, so each stays readable on a phone.
      yearTablePanel(input, {
        id: 'avtalt',
        title: t.panels['avtalt'],
        fromYear: 2022,
        columns: [
          { measure: 'avtalt-bosatt', label: C.agreed },
          { measure: 'avtalt-bosatt', group: 'kollektiv', label: C.agreedCollective },
        ],
      }),
      yearTablePanel(input, {
        id: 'ema',
        title: t.panels['ema'],
        columns: [
          { measure: 'ema-anmodning', label: C.requested },
          { measure: 'ema-vedtak', label: C.decided },
          { measure: 'ema-bosatt', label: C.settled },
        ],
        summary: ([req, dec, set], ys) => say.profile.minors(input.name, req, dec, set, ys),
      }),
      // IMDi's 2026 request for unaccompanied minors by age (its «Nøkkeltall anmodning 2026»).
      yearTablePanel(input, {
        id: 'ema-alder',
        title: t.panels['ema-alder'],
        columns: [
          { measure: 'ema-anmodning', label: C.requested },
          { measure: 'ema-anmodning', group: 'under-15', label: C.under15 },
          { measure: 'ema-anmodning', group: '15-18', label: C.age15to18 },
        ],
        fromYear: 2026,
      }),
      yearTablePanel(input, {
        id: 'sekundaerflytting',
        title: t.panels['sekundaerflytting'],
        chart: true,
        columns: [
          { measure: 'sekundaerflytting', group: 'bosatt-her|alle', short: S.livesHere },
          { measure: 'sekundaerflytting', group: 'flyttet-hit|alle', short: S.movedHere },
          { measure: 'sekundaerflytting', group: 'alle|alle', short: S.all },
          { measure: 'sekundaerflytting', group: 'uoppgitt|alle', short: S.unknown },
        ],
        summary: ([, hit, all]) => say.profile.movedHere(input.name, all, hit) ?? '',
      }),
    ],
  };
}

/** Population: the population over time, immigrants by reason, countries of background. */
function populationSection(input: ProfileInput): Section {
  const { t, s: say } = wordsOf(input);
  return {
    section: 'population',
    panels: [
      yearTablePanel(input, {
        id: 'folketall',
        title: t.panels['folketall'],
        chart: true,
        columns: [{ measure: 'befolkning', label: t.profile.columns.population }],
        summary: ([s]) => say.profile.population(s) ?? '',
      }),
      yearTablePanel(input, {
        id: 'innvandringsgrunn',
        title: t.panels['innvandringsgrunn'],
        chart: true,
        columns: (['alle', 'flukt', 'arbeid', 'familie', 'utdanning', 'uoppgitt'] as const).map((g) => ({
          measure: 'innvandrere-grunn',
          group: g,
          short: t.profile.series[g],
        })),
        summary: ([all, refugees]) => say.profile.immigrants(all, refugees) ?? '',
      }),
      countriesPanel(input),
    ],
  };
}

/** The education rows: immigrants and the rest by highest level (the rest has no «uoppgitt» row). */
function educationRows(t: Strings) {
  const E = t.profile.education;
  const rows = (who: 'innvandrere' | 'ellers', levels: readonly ('grunnskole' | 'vgs' | 'uh' | 'uoppgitt')[]) =>
    levels.map((level) => ({
      group: `${who}|${level}`,
      of: `${who}|alle`,
      label: `${E[who]}: ${E[level].toLowerCase()}`,
      who: E[who],
      level: E[level],
    }));
  return [
    ...rows('innvandrere', ['grunnskole', 'vgs', 'uh', 'uoppgitt']),
    ...rows('ellers', ['grunnskole', 'vgs', 'uh']),
  ];
}

/** The education gap sentence from the bars: per level, immigrants' share beside the rest's. */
function educationFinding(say: Sentences, rows: ReturnType<typeof educationRows>) {
  return (year: number, points: BarPoint[]) =>
    say.profile.educationGap(
      year,
      [...new Set(rows.map((r) => r.level))].map((level) => ({
        level,
        a: points.find((p) => p.label === level && p.group === rows[0].who)?.value ?? null,
        b: points.find((p) => p.label === level && p.group !== rows[0].who)?.value ?? null,
      })),
    );
}

// Over 60 lines: the section's panels in page order, one declarative spec each (split, the order would be scattered).
/** Work and living conditions: employment, SSB's and IMDi's breakdowns, the introduction programme, low income, education, kindergarten. */
function workSection(input: ProfileInput): Section {
  const { t, s: say } = wordsOf(input);
  const intro = (['ettaar', 'toaar', 'treaar', 'fireaar', 'femaar'] as const).map((key, i) => ({
    group: `${key}|arbutd`,
    of: `${key}|alle`,
    label: t.profile.introYears(i + 1),
  }));
  const education = educationRows(t);
  const rate = (id: string, measure: string, groups: string[], note?: string) =>
    latestRatePanel(input, { id, measure, title: t.panels[id as keyof Strings['panels']], groups, note });
  return {
    section: 'work',
    panels: [
      employmentPanel(input) ??
        (input.ratesOnlyForPredecessors
          ? {
              id: 'andeler-tidligere',
              title: t.panels['andeler-tidligere'],
              citations: [],
              notes: [],
              summary: say.profile.ratesOnlyForPredecessors(input.name),
            }
          : null),
      // SSB 11607 (fetched): its own groups, shown beside IMDi's series, not joined with it.
      rate('sysselsatte-landbakgrunn', 'sysselsatte-landbakgrunn-andel', [
        'innvandrere',
        'landgruppe1',
        'landgruppe2',
        'ellers',
      ]),
      rate('botid', 'sysselsatte-botid-andel', ['alle', '0_4', '5_9', '10+']),
      // 20–66 år, beside 15–74 år everywhere else on the page (review finding 25).
      rate(
        'innvandringsgrunn-arbeid',
        'sysselsatte-grunn-andel',
        ['alle', 'flukt', 'familie', 'arbeid', 'annet_uoppgitt'],
        t.panelNotes['innvandringsgrunn-arbeid'],
      ),
      sharesPanel(input, {
        id: 'intro-status',
        measure: 'intro-status',
        title: t.panels['intro-status'],
        finding: (y, points) =>
          say.profile.introShare(
            y,
            points.map((p) => ({ label: p.label, value: p.value })),
          ),
        rows: intro,
      }),
      yearTablePanel(input, {
        id: 'intro-deltakere',
        title: t.panels['intro-deltakere'],
        columns: [{ measure: 'intro-deltakere', label: t.profile.columns.participants }],
        summary: ([s]) => say.profile.participants(s) ?? '',
      }),
      rate('lavinntekt', 'lavinntekt-andel', [
        'alle|alle',
        'innvandrere|alle',
        'innvandrere|1',
        'innvandrere|2',
        'befolkningen_ellers|alle',
      ]),
      // FHI 403 (fetched): its own groups and line, shown beside IMDi's series, not joined with it.
      rate('lavinntekt-fhi', 'lavinntekt-fhi-andel', [
        'alle|alle',
        'innvandrere|alle',
        'norskfodte|alle',
        'ovrige|alle',
        'alle|0-17',
        'innvandrere|0-17',
      ]),
      rate('sosialhjelp', 'sosialhjelp-andel', ['alle', 'innvandrere', 'befolkningen_ellers']),
      sharesPanel(input, {
        id: 'utdanning',
        measure: 'utdanning',
        title: t.panels['utdanning'],
        finding: educationFinding(say, education),
        rows: education,
      }),
      rate('barnehage', 'barnehage-andel', ['alle', 'minoritet', 'ikke_minoritet']),
    ],
  };
}

/** Every panel of a profile, in page order, grouped by section. Empty panels are left out. */
export function buildProfile(input: ProfileInput): { section: string; panels: Panel[] }[] {
  const sections: Section[] = [
    settlementSection(input),
    { section: 'grants', panels: [grantsPanel(input)] },
    populationSection(input),
    workSection(input),
  ];
  const kept = sections.map((s) => ({
    section: s.section,
    panels: s.panels
      .filter((p): p is Panel => p !== null)
      .map((p) => (p.table ? { ...p, table: dropEmptyColumns(p.table) } : p)),
  }));
  return markOld(kept).filter((s) => s.panels.length);
}

/**
 * Panels whose newest figure is more than five years older than the page's
 * newest get an «Eldre tall (year)» badge and move after the current panels
 * of their section (order otherwise kept).
 */
export function markOld(
  sections: { section: string; panels: Panel[] }[],
  { years = 5 } = {},
): { section: string; panels: Panel[] }[] {
  const newestOf = (p: Panel) => Math.max(0, ...p.citations.map((c) => c.years[1]));
  const pageNewest = Math.max(0, ...sections.flatMap((s) => s.panels.map(newestOf)));
  return sections.map((s) => {
    const panels = s.panels.map((p) => {
      const n = newestOf(p);
      return n && pageNewest - n > years ? { ...p, oldYear: n } : p;
    });
    return { section: s.section, panels: [...panels.filter((p) => !p.oldYear), ...panels.filter((p) => p.oldYear)] };
  });
}
