import { scaleBand, scaleLinear } from 'd3-scale';
import { escapeHtml } from '../format/escape-html.ts';
import type { Strings } from '../../i18n/nb.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { LegendItem } from './legend.ts';
import { hitRects, niceDomain, r1, svgOpen, yAxis, type Box } from './svg.ts';
import { CHART, COLORS, INK, MUTED, REQUEST_RING, tickFormatFor, yearTicks, type MarkStatus } from './theme.ts';

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

export interface SettlementOptions {
  width?: number;
  height?: number;
  fontSize?: number;
  /** Black and white, for print (the brief). */
  mono?: boolean;
  /** The chart's text alternative (aria-label): the SVG is one labelled image beside its table. */
  label?: string;
  /** The page's catalogue: axis title, marker words, the § and ‡ marks. */
  t: Strings;
  /** The page's language, for the numbers on the axis. */
  locale?: Locale;
}

const MONO = { settled: '#bdbdbd', request: '#000000', decision: '#000000' };
/** The request's ring: radius and stroke, shared with the legend's glyph (legend.ts «dot-hollow»). */
const RING = { r: 3.5, strokeWidth: 1.5 };
/** On screen the request ring is dark grey, not COLORS.request: a thin light-grey ring is too faint (under 3:1 on white). */
const SCREEN = { ...COLORS, request: REQUEST_RING };

/**
 * Request → decision → settled per year, as inline SVG: settled as bars
 * (hollow while provisional), the decision as a solid tick across the bar and
 * the request as a hollow ring on top of it, so the two stay apart where they
 * are equal (a ring on the line) and in black-and-white print (shape, not
 * colour, tells them apart). A year without a value is a gap; a hidden or
 * missing settled figure is said at the baseline, never drawn as 0. On screen
 * every year is a hover/focus target (class "hit", data-row = its year).
 */
export function settlementChart(
  points: SettlementPoint[],
  {
    width = CHART.width,
    height = CHART.height,
    mono = false,
    fontSize = CHART.fontSize,
    label = '',
    t,
    locale = DEFAULT_LOCALE,
  }: SettlementOptions,
): string {
  const colors = mono ? MONO : SCREEN;
  const FORMER = t.brief.formerMark;
  const status = (p: SettlementPoint): MarkStatus => p.settledStatus ?? 'ok';
  const ys = points.map((p) => p.year);
  const first = Math.min(...ys);
  const last = Math.max(...ys);
  // Every year in the span, so a year without figures shows as a gap, not as a missing column.
  const years = ys.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const max = Math.max(1, ...points.flatMap((p) => [p.request ?? 0, p.decision ?? 0, p.settled ?? 0]));
  const box: Box = {
    width,
    height,
    top: fontSize + 14,
    bottom: fontSize + 14,
    left: Math.max(CHART.marginLeft, Math.round(fontSize * 0.6 * String(Math.round(max)).length + fontSize * 1.6)),
    right: 8,
  };
  const x = scaleBand<number>(years, [box.left, width - box.right]).padding(0.2);
  const bw = x.bandwidth();
  const cx = (year: number) => x(year)! + bw / 2;
  const y = scaleLinear(niceDomain([max], { count: 10 }), [height - box.bottom, box.top]);
  const y0 = r1(y(0));
  const at = (v: number) => r1(y(v));
  const former = new Set(points.filter((p) => p.former).map((p) => p.year));
  const bars = points.filter((p) => p.settled !== null);
  const bar = (p: SettlementPoint, inset = 0) =>
    `<rect x="${r1(x(p.year)! + inset)}" y="${r1(at(p.settled!) + inset)}" width="${r1(bw - 2 * inset)}" height="${r1(Math.max(0, y0 - at(p.settled!) - 2 * inset))}"/>`;
  const group = (attrs: string, items: string[]) => (items.length ? `<g ${attrs}>${items.join('')}</g>` : '');
  const outline = mono ? '#000000' : colors.settled;
  const top = (p: SettlementPoint) => at(Math.max(p.request ?? 0, p.decision ?? 0, p.settled ?? 0));
  const markers = points.filter((p) => p.settled === null && (status(p) === 'suppressed' || status(p) === 'missing'));
  const ticks = yearTicks(first, last, width - box.left - box.right, fontSize);
  const tickFormat = tickFormatFor(0, 'other', { locale });
  const base = height - box.bottom;
  return (
    svgOpen(box, label, fontSize) +
    yAxis(y, box, { values: y.ticks(5), format: tickFormat, label: t.profile.axis.personer }) +
    // The year axis: a year of a divided former kommune carries the table's ‡.
    `<g stroke="currentColor" aria-hidden="true">${ticks.map((yr) => `<line x1="${r1(cx(yr))}" x2="${r1(cx(yr))}" y1="${base}" y2="${base + 6}"/>`).join('')}</g>` +
    `<g>${ticks.map((yr) => `<text x="${r1(cx(yr))}" y="${base + 9}" dy="0.71em">${yr}${former.has(yr) ? FORMER : ''}</text>`).join('')}</g>` +
    group(
      `fill="${colors.settled}"`,
      bars.filter((p) => status(p) !== 'provisional' && !p.former).map((p) => bar(p)),
    ) +
    // A former kommune's years: a dashed outline on a lighter bar.
    group(
      `fill="${colors.settled}" fill-opacity="0.45" stroke="${outline}" stroke-width="1.5" stroke-dasharray="3,2"`,
      bars.filter((p) => status(p) !== 'provisional' && p.former).map((p) => bar(p, 0.75)),
    ) +
    // A provisional settled figure: a hollow bar.
    group(
      `fill="#ffffff" stroke="${outline}" stroke-width="1.5"`,
      bars.filter((p) => status(p) === 'provisional').map((p) => bar(p, 0.75)),
    ) +
    // The decision as a solid tick, the request as a hollow ring drawn over it: equal values show as a ring on the line.
    group(
      `stroke="${colors.decision}" stroke-width="2.5"`,
      points
        .filter((p) => p.decision !== null)
        .map(
          (p) =>
            `<line x1="${r1(x(p.year)!)}" x2="${r1(x(p.year)! + bw)}" y1="${at(p.decision!)}" y2="${at(p.decision!)}"/>`,
        ),
    ) +
    group(
      `fill="#ffffff" stroke="${colors.request}" stroke-width="${RING.strokeWidth}"`,
      points
        .filter((p) => p.request !== null)
        .map((p) => `<circle cx="${r1(cx(p.year))}" cy="${at(p.request!)}" r="${RING.r}"/>`),
    ) +
    group(
      `fill="${MUTED}" text-anchor="start"`,
      markers.map(
        (p) =>
          `<text transform="translate(${r1(cx(p.year))},${r1(y0 - 4)}) rotate(-90)" dy="0.32em">${escapeHtml(status(p) === 'suppressed' ? t.statusShort.suppressed : t.statusShort.missing)}</text>`,
      ),
    ) +
    // ‡ over a former kommune's year, clear of the request's ring at the top of its marks; § over a year with a caveat.
    group(
      `fill="${INK}" font-weight="700"`,
      points
        .filter((p) => p.former)
        .map(
          (p) =>
            `<text x="${r1(cx(p.year))}" y="${r1(top(p) - Math.round(fontSize * 1.2))}" dy="0.32em">${escapeHtml(FORMER)}</text>`,
        ),
    ) +
    group(
      `fill="${INK}" font-weight="700" font-size="${fontSize + 2}"`,
      points
        .filter((p) => p.caveat)
        .map(
          (p) =>
            `<text x="${r1(cx(p.year))}" y="${r1(top(p) - Math.round(fontSize * 0.9))}" dy="0.32em">${escapeHtml(t.caveats.mark)}</text>`,
        ),
    ) +
    `<line x1="${box.left}" x2="${width - box.right}" y1="${y0}" y2="${y0}" stroke="currentColor"/>` +
    (mono ? '' : hitRects(years.map((yr) => ({ x: x(yr)!, y: at(max), w: bw, h: y0 - at(max), row: String(yr) })))) +
    '</svg>'
  );
}

/**
 * The settlement chart's legend, drawn with its own marks; markers only when
 * the chart has them. `former` names the divided former kommune whose years
 * are marked ‡ («Ålesund (1507, 2020–2023)»).
 */
export function settlementLegend(
  points: SettlementPoint[],
  { mono = false, former, t }: { mono?: boolean; former?: string; t: Strings },
): LegendItem[] {
  const colors = mono ? MONO : SCREEN;
  const has = (s: MarkStatus) => points.some((p) => p.settledStatus === s);
  const L = t.charts.settlement;
  return [
    { label: L.settled, glyph: 'bar', color: colors.settled },
    ...(has('provisional')
      ? // In black and white the hollow bar is outlined in black, as the chart draws it.
        [{ label: L.settledProvisional, glyph: 'bar-hollow', color: mono ? '#000000' : colors.settled } as LegendItem]
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
    { label: L.requested, glyph: 'dot-hollow', color: colors.request },
    { label: L.decided, glyph: 'tick', color: colors.decision },
    ...(points.some((p) => p.caveat)
      ? [{ label: t.caveats.legend, glyph: 'caveat', color: INK, mark: t.caveats.mark } as LegendItem]
      : []),
  ];
}
