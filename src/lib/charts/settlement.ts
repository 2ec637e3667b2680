import * as Plot from '@observablehq/plot';
import type { LegendItem } from './legend.ts';
import { CHART, COLORS, tickFormatFor, yearTicks, type MarkStatus } from './theme.ts';
import { t } from '../../i18n/nb.ts';

export interface SettlementPoint {
  year: number;
  request: number | null;
  decision: number | null;
  settled: number | null;
  /** How the settled figure is drawn: provisional hollow; suppressed and missing as a labelled marker at the baseline. */
  settledStatus?: MarkStatus;
  /** One of the year's figures was published with a caveat (data/warnings.csv): a § over the year's marks. */
  caveat?: boolean;
  /** The year's figures are a divided former kommune's (Ålesund 1507 in 2020–2023): ‡ on the year, a dashed bar. */
  former?: boolean;
}

const FORMER = t.brief.formerMark;
const MONO = { settled: '#bdbdbd', request: '#000000', decision: '#000000' };
/** The request's ring: radius and stroke, shared with the legend's glyph (legend.ts «dot-hollow»). */
const RING = { r: 3.5, strokeWidth: 1.5 };
const MUTED = '#555555';
/** On screen the request ring is dark grey, not COLORS.request: a thin light-grey ring is too faint (under 3:1 on white). */
const SCREEN = { ...COLORS, request: '#333333' };

/**
 * Request → decision → settled per year: settled as bars (hollow while
 * provisional), the decision as a solid tick across the bar and the request as
 * a hollow ring on top of it, so the two stay apart where they are equal (a ring
 * on the line) and in black-and-white print (shape, not colour, tells them
 * apart). A year without a value is a gap; a hidden or missing
 * settled figure is said at the baseline, never drawn as 0.
 * Every year is a hover/focus target (class "hit", titled with its year).
 */
export function settlementSpec(
  points: SettlementPoint[],
  { width = CHART.width, height = CHART.height, mono = false, fontSize = CHART.fontSize } = {},
): Plot.PlotOptions {
  const colors = mono ? MONO : SCREEN;
  const status = (p: SettlementPoint): MarkStatus => p.settledStatus ?? 'ok';
  const bars = points.filter((p) => p.settled !== null);
  const ys = points.map((p) => p.year);
  const first = Math.min(...ys);
  const last = Math.max(...ys);
  // Every year in the span, so a year without figures shows as a gap, not as a missing column.
  const years = ys.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const max = Math.max(1, ...points.flatMap((p) => [p.request ?? 0, p.decision ?? 0, p.settled ?? 0]));
  const marginLeft = Math.max(
    CHART.marginLeft,
    Math.round(fontSize * 0.6 * String(Math.round(max)).length + fontSize * 1.6),
  );
  const markers = points.filter((p) => p.settled === null && (status(p) === 'suppressed' || status(p) === 'missing'));
  // A former kommune's years carry the table's ‡ on the axis and over their marks, and a dashed outline on the bar.
  const former = new Set(points.filter((p) => p.former).map((p) => p.year));
  return {
    width,
    height,
    marginLeft,
    marginRight: 8,
    marginTop: fontSize + 14,
    marginBottom: fontSize + 14,
    style: { fontSize: `${fontSize}px` },
    x: {
      type: 'band',
      domain: years,
      label: null,
      padding: 0.2,
      ticks: yearTicks(first, last, width - marginLeft - 8, fontSize),
      tickFormat: (y: number) => (former.has(y) ? `${y}${FORMER}` : String(y)),
    },
    y: {
      grid: true,
      label: 'Personer',
      labelAnchor: 'top',
      nice: true,
      zero: true,
      ticks: 5,
      tickFormat: tickFormatFor(0),
    },
    marks: [
      Plot.barY(
        bars.filter((p) => status(p) !== 'provisional' && !p.former),
        { x: 'year', y: 'settled', fill: colors.settled },
      ),
      Plot.barY(
        bars.filter((p) => status(p) !== 'provisional' && p.former),
        {
          x: 'year',
          y: 'settled',
          fill: colors.settled,
          fillOpacity: 0.45,
          stroke: mono ? '#000000' : colors.settled,
          strokeWidth: 1.5,
          strokeDasharray: '3,2',
          inset: 0.75,
        },
      ),
      Plot.barY(
        bars.filter((p) => status(p) === 'provisional'),
        {
          x: 'year',
          y: 'settled',
          fill: '#ffffff',
          stroke: mono ? '#000000' : colors.settled,
          strokeWidth: 1.5,
          inset: 0.75,
        },
      ),
      // The decision as a solid tick, the request as a hollow ring drawn over it: equal values show as a ring on the line.
      Plot.tickY(
        points.filter((p) => p.decision !== null),
        { x: 'year', y: 'decision', stroke: colors.decision, strokeWidth: 2.5 },
      ),
      Plot.dot(
        points.filter((p) => p.request !== null),
        { x: 'year', y: 'request', r: RING.r, fill: '#ffffff', stroke: colors.request, strokeWidth: RING.strokeWidth },
      ),
      Plot.text(markers, {
        x: 'year',
        y: 0,
        text: (p: SettlementPoint) => (status(p) === 'suppressed' ? 'skjult' : 'mangler'),
        rotate: -90,
        textAnchor: 'start',
        dx: 0,
        dy: -4,
        fill: MUTED,
        fontSize,
      }),
      Plot.text(
        points.filter((p) => p.former),
        {
          x: 'year',
          y: (p: SettlementPoint) => Math.max(p.request ?? 0, p.decision ?? 0, p.settled ?? 0),
          text: () => FORMER,
          // Clear of the request's ring drawn at the top of the year's marks.
          dy: -Math.round(fontSize * 1.2),
          fontSize,
          fontWeight: 700,
          fill: '#1a1a1a',
        },
      ),
      Plot.text(
        points.filter((p) => p.caveat),
        {
          x: 'year',
          y: (p: SettlementPoint) => Math.max(p.request ?? 0, p.decision ?? 0, p.settled ?? 0),
          text: () => t.caveats.mark,
          dy: -Math.round(fontSize * 0.9),
          fontSize: fontSize + 2,
          fontWeight: 700,
          fill: '#1a1a1a',
        },
      ),
      Plot.ruleY([0]),
      ...(mono
        ? []
        : [
            Plot.barY(years, {
              x: (y: number) => y,
              y1: 0,
              y2: max,
              fill: 'transparent',
              title: (y: number) => String(y),
              className: 'hit',
            }),
          ]),
    ],
  };
}

/**
 * The settlement chart's legend, drawn with its own marks; markers only when
 * the chart has them. `former` names the divided former kommune whose years
 * are marked ‡ («Ålesund (1507, 2020–2023)»).
 */
export function settlementLegend(
  points: SettlementPoint[],
  { mono = false, former }: { mono?: boolean; former?: string } = {},
): LegendItem[] {
  const colors = mono ? MONO : SCREEN;
  const has = (s: MarkStatus) => points.some((p) => p.settledStatus === s);
  return [
    { label: 'Bosatt', glyph: 'bar', color: colors.settled },
    ...(has('provisional')
      ? // In black and white the hollow bar is outlined in black, as the chart draws it.
        [{ label: 'Bosatt, foreløpig', glyph: 'bar-hollow', color: mono ? '#000000' : colors.settled } as LegendItem]
      : []),
    ...(points.some((p) => p.former)
      ? [
          {
            label: t.charts.formerYears(former ?? t.charts.formerKommune),
            glyph: 'bar-dashed',
            color: mono ? '#000000' : colors.settled,
          } as LegendItem,
        ]
      : []),
    { label: 'Anmodet (IMDi)', glyph: 'dot-hollow', color: colors.request },
    { label: 'Vedtatt (kommunen)', glyph: 'tick', color: colors.decision },
    ...(points.some((p) => p.caveat)
      ? [{ label: t.caveats.legend, glyph: 'caveat', color: '#1a1a1a' } as LegendItem]
      : []),
  ];
}
