import * as Plot from '@observablehq/plot';
import { formatInt, formatMillions, formatPercent } from '../format/number.ts';
import type { LegendItem } from './legend.ts';
import { CHART, kronerScale, textWidth, tickFormatFor, yearTicks, type MarkStatus } from './theme.ts';
import { t } from '../../i18n/nb.ts';

export interface LinePoint {
  year: number;
  series: string;
  value: number | null;
  /** provisional: hollow point and dashed last segment; suppressed/missing: a marker at the baseline. */
  status?: MarkStatus;
  /** Published with a caveat (data/warnings.csv): a § over the point, explained under the chart. */
  caveat?: boolean;
}

export interface LinesOptions {
  label?: string;
  percent?: boolean;
  kroner?: boolean;
  colors?: string[];
  width?: number;
  height?: number;
  fontSize?: number;
  /** Series name and last value at each line's end (the default), instead of a legend. */
  directLabels?: boolean;
}

const MUTED = '#555555';
/** The band over years without a figure: light enough that the lines over it keep their contrast. */
const GAP = '#ececec';

/** Runs of years a figure is missing for in every series (a year another series has a figure for is no gap). */
function missingRuns(points: LinePoint[]): { a: number; b: number }[] {
  const years = [...new Set(points.filter((p) => p.value === null && p.status === 'missing').map((p) => p.year))]
    .filter((y) => points.every((p) => p.year !== y || p.value === null))
    .sort((a, b) => a - b);
  const runs: { a: number; b: number }[] = [];
  for (const y of years) {
    const r = runs.at(-1);
    if (r && r.b === y - 1) r.b = y;
    else runs.push({ a: y, b: y });
  }
  return runs;
}
const mill = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const PALETTE = ['#D55E00', '#0072B2', '#555555', '#009E73', '#E69F00', '#999999', '#CC79A7'];

/** A value as the chart's labels write it: «61,5 %», «107 mill. kr», «1 234». */
export function lineValueFormat({ percent = false, kroner = false, max = 0 } = {}): (v: number) => string {
  if (percent) return formatPercent;
  if (kroner) {
    const k = kronerScale(max);
    return k.divisor > 1 ? formatMillions : (v: number) => `${formatInt(v)} kr`;
  }
  return formatInt;
}

/** Split a label into lines of at most `n` characters at spaces. */
function wrap(s: string, n: number): string[] {
  const out: string[] = [];
  for (const w of s.split(' ')) {
    if (out.length && (out.at(-1)! + ' ' + w).length <= n) out[out.length - 1] += ' ' + w;
    else out.push(w);
  }
  return out;
}

/**
 * One line per series over the years. A null value (and a missing year, via
 * withGaps) breaks the line instead of dropping to zero; a provisional point
 * is hollow and the segment to it dashed; a hidden or missing figure is a
 * marker at the baseline. Each line is labelled at its end with its name and
 * last value; each year is a hover/focus target (class "hit").
 */
export function linesSpec(
  input: LinePoint[],
  {
    label = '',
    percent = false,
    kroner = false,
    colors = [],
    width = CHART.width,
    height = CHART.height,
    fontSize = CHART.fontSize,
    directLabels = true,
  }: LinesOptions = {},
): Plot.PlotOptions {
  const series = [...new Set(input.map((p) => p.series))];
  const color = (s: string) =>
    (colors.length ? colors : PALETTE)[series.indexOf(s) % (colors.length || PALETTE.length)];
  const points = withGaps(input);
  const defined = points.filter((p) => p.value !== null);
  const max = Math.max(0, ...defined.map((p) => p.value!));
  const k = kroner ? kronerScale(max) : { divisor: 1, unit: '' };
  const fmt = lineValueFormat({ percent, kroner, max });
  const top = percent
    ? 100
    : Math.max(1, (Plot.scale({ y: { domain: [0, max || 1], nice: true } }).domain as number[])[1]);
  const years = input.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const narrow = width < 500;
  const marginTop = fontSize + 14;
  const marginBottom = fontSize + 14;
  const plotH = height - marginTop - marginBottom;

  // Direct labels: name and last value at each line's end, pushed apart so they never overlap.
  const ends = directLabels
    ? series
        .map((s) => {
          const last = defined.filter((p) => p.series === s).at(-1);
          if (!last) return null;
          const name = series.length > 1 ? s : '';
          const one = `${name ? `${name} ` : ''}${fmt(last.value!)}`;
          const lines =
            narrow && textWidth(one, fontSize) > width * 0.3
              ? [...(name ? wrap(name, 16) : []), fmt(last.value!)]
              : [one];
          return {
            series: s,
            year: last.year,
            value: last.value!,
            lines,
            py: marginTop + (1 - last.value! / top) * plotH,
          };
        })
        .filter((e): e is NonNullable<typeof e> => !!e)
        .sort((a, b) => a.py - b.py)
    : [];
  const lineH = fontSize + 2;
  // A clear gap between two stacked labels, so close values («Bor her 25 434», «Flyttet hit 25 171») never touch.
  const gap = Math.round(fontSize * 0.4);
  let floor = -Infinity;
  for (const e of ends) {
    const h = e.lines.length * lineH;
    e.py = Math.max(e.py - h / 2 + lineH / 2, floor);
    floor = e.py + h + gap;
  }
  // If the last label runs below the plot, shift the stack up.
  const over = Math.min(floor - (height - marginBottom + lineH), (ends[0]?.py ?? 0) - lineH);
  if (over > 0) for (const e of ends) e.py -= over;
  const labelWidth = Math.max(0, ...ends.flatMap((e) => e.lines.map((l) => textWidth(l, fontSize))));
  const marginRight = ends.length ? Math.min(Math.round(width * 0.45), Math.round(labelWidth + 14)) : 12;
  const millions = (d: number) => mill.format(d / k.divisor);
  const tickFormat = kroner ? millions : tickFormatFor(max);
  const marginLeft = Math.max(36, Math.round(textWidth(tickFormat(top), fontSize) + 16));
  const status = (p: LinePoint) => p.status ?? 'ok';
  // A provisional point's segment: from the series' previous point, dashed.
  const dashed = series.flatMap((s) => {
    const own = points.filter((p) => p.series === s);
    return own.flatMap((p, i) =>
      status(p) === 'provisional' && p.value !== null && own[i - 1]?.value != null
        ? [
            { ...own[i - 1], seg: `${s}|${p.year}` },
            { ...p, seg: `${s}|${p.year}` },
          ]
        : [],
    );
  });
  const solid = points.map((p) => (status(p) === 'provisional' ? { ...p, value: null } : p));
  // A hidden figure is a cross at the baseline; a missing one is a gap, never a mark on the zero line that
  // reads as 0: a grey band over the run of years no series has a figure for, labelled «mangler».
  const markers = points.filter((p) => p.value === null && status(p) === 'suppressed');
  const gaps = missingRuns(points);
  return {
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px` },
    x: {
      label: null,
      domain: [first, last],
      ticks: yearTicks(first, last, width - marginLeft - marginRight, fontSize),
      tickFormat: 'd',
    },
    y: { grid: true, label: kroner ? 'Mill. kr' : label, labelAnchor: 'top', domain: [0, top], ticks: 5, tickFormat },
    marks: [
      Plot.rect(gaps, {
        x1: (g: { a: number }) => Math.max(first, g.a - 0.5),
        x2: (g: { b: number }) => Math.min(last, g.b + 0.5),
        y1: 0,
        y2: top,
        fill: GAP,
      }),
      Plot.text(gaps, {
        x: (g: { a: number; b: number }) => (Math.max(first, g.a - 0.5) + Math.min(last, g.b + 0.5)) / 2,
        y: 0,
        text: () => t.statusShort.missing,
        rotate: -90,
        textAnchor: 'start',
        dy: -4,
        fill: MUTED,
        fontSize,
      }),
      Plot.ruleY([0]),
      Plot.lineY(solid, {
        x: 'year',
        y: 'value',
        z: 'series',
        stroke: (p: LinePoint) => color(p.series),
        strokeWidth: 2,
      }),
      Plot.lineY(dashed, {
        x: 'year',
        y: 'value',
        z: 'seg',
        stroke: (p: LinePoint) => color(p.series),
        strokeWidth: 2,
        strokeDasharray: '4,3',
      }),
      Plot.dot(
        defined.filter((p) => status(p) !== 'provisional'),
        { x: 'year', y: 'value', fill: (p: LinePoint) => color(p.series), r: 2.5 },
      ),
      Plot.dot(
        defined.filter((p) => status(p) === 'provisional'),
        { x: 'year', y: 'value', fill: '#ffffff', stroke: (p: LinePoint) => color(p.series), strokeWidth: 1.5, r: 3.5 },
      ),
      Plot.dot(markers, {
        x: 'year',
        y: 0,
        symbol: 'times',
        stroke: (p: LinePoint) => color(p.series),
        fill: 'none',
        r: 3.5,
        dy: -5,
        strokeWidth: 1.5,
      }),
      Plot.text(
        defined.filter((p) => p.caveat),
        {
          x: 'year',
          y: 'value',
          text: () => t.caveats.mark,
          dy: -Math.round(fontSize * 0.9),
          fontSize: fontSize + 2,
          fontWeight: 700,
          fill: '#1a1a1a',
        },
      ),
      Plot.text(ends, {
        x: 'year',
        y: (e: (typeof ends)[number]) => (1 - (e.py - marginTop) / plotH) * top,
        text: (e: (typeof ends)[number]) => e.lines.join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        dx: 8,
        dy: -lineH / 2,
        fill: '#1a1a1a',
        fontSize,
        clip: false,
      }),
      Plot.rectY(
        Array.from({ length: last - first + 1 }, (_, i) => first + i),
        {
          x1: (y: number) => y - 0.5,
          x2: (y: number) => y + 0.5,
          y1: 0,
          y2: top,
          fill: 'transparent',
          title: (y: number) => String(y),
          className: 'hit',
        },
      ),
    ],
  };
}

/** The markers' legend: only what the chart shows besides its labelled lines. */
export function linesLegend(input: LinePoint[]): LegendItem[] {
  const has = (s: MarkStatus) => input.some((p) => p.status === s);
  return [
    ...(has('provisional')
      ? [
          { label: 'foreløpig tall', glyph: 'dot-hollow', color: MUTED } as LegendItem,
          { label: 'fram til foreløpig tall', glyph: 'line-dashed', color: MUTED } as LegendItem,
        ]
      : []),
    ...(has('suppressed') ? [{ label: t.statusShort.suppressed, glyph: 'cross', color: MUTED } as LegendItem] : []),
    ...(missingRuns(input).length ? [{ label: t.charts.missingBand, glyph: 'band', color: GAP } as LegendItem] : []),
    ...(input.some((p) => p.caveat)
      ? [{ label: t.caveats.legend, glyph: 'caveat', color: '#1a1a1a' } as LegendItem]
      : []),
  ];
}

/** A year missing between two years of a series becomes an explicit gap (null), so no line bridges it. */
export function withGaps(points: LinePoint[]): LinePoint[] {
  const out: LinePoint[] = [];
  for (const s of [...new Set(points.map((p) => p.series))]) {
    const own = points.filter((p) => p.series === s).sort((a, b) => a.year - b.year);
    own.forEach((p, i) => {
      const prev = own[i - 1];
      if (prev && p.year - prev.year > 1) out.push({ year: prev.year + 1, series: s, value: null });
      out.push(p);
    });
  }
  return out;
}
