import { scaleLinear } from 'd3-scale';
import { escapeHtml } from '../format/escape-html.ts';
import type { Strings } from '../../i18n/nb.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { LegendItem } from './legend.ts';
import { dodge, hitRects, niceDomain, r1, svgOpen, xAxis, yAxis, type Box } from './svg.ts';
import {
  CHART,
  GAP_BAND,
  INK,
  MUTED,
  numberFormat,
  textWidth,
  tickFormatFor,
  yearTicks,
  type MarkStatus,
} from './theme.ts';

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
  /** The value axis' title. */
  axis?: string;
  percent?: boolean;
  kroner?: boolean;
  colors?: string[];
  width?: number;
  height?: number;
  fontSize?: number;
  /** Series name and last value at each line's end (the default), instead of a legend. */
  directLabels?: boolean;
  /** The chart's text alternative (aria-label): the SVG is one labelled image beside its table. */
  label?: string;
  /** The page's catalogue: units, marker words, the § mark. */
  t: Strings;
  /** The page's language, for numbers on the axis and at the line ends. */
  locale?: Locale;
}

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
const PALETTE = ['#D55E00', '#0072B2', '#555555', '#009E73', '#E69F00', '#999999', '#CC79A7'];

/** A value as the chart's labels write it: «61,5 %», «107,0 mill. kr», «1 234». */
export function lineValueFormat(
  t: Strings,
  {
    percent = false,
    kroner = false,
    locale = DEFAULT_LOCALE,
  }: { percent?: boolean; kroner?: boolean; locale?: Locale } = {},
): (v: number) => string {
  const one = numberFormat(locale, 1, true);
  if (percent) return (v) => `${one.format(v)}\u00a0%`;
  if (kroner) return (v) => t.charts.millionsValue(one.format(v / 1e6));
  const int = numberFormat(locale, 0);
  return (v) => int.format(v);
}

/** Split a label into lines of at most `n` characters at spaces. */
function wrap(s: string, n: number): string[] {
  const out: string[] = [];
  for (const w of s.split(' ')) {
    if (out.length && `${out.at(-1)!} ${w}`.length <= n) out[out.length - 1] += ` ${w}`;
    else out.push(w);
  }
  return out;
}

/** A path through the points in order, broken where a value is null. */
function pathOf(pts: { year: number; value: number | null }[], x: (v: number) => number, y: (v: number) => number) {
  let d = '';
  let pen = false;
  for (const p of pts) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r1(x(p.year))},${r1(y(p.value))}`;
    pen = true;
  }
  return d;
}

/**
 * One line per series over the years, as inline SVG. A null value (and a
 * missing year, via withGaps) breaks the line instead of dropping to zero; a
 * provisional point is hollow and the segment to it dashed; a hidden figure is
 * a cross at the baseline and a run of years without any figure a labelled
 * grey band. Each line is labelled at its end with its name and last value;
 * each year is a hover/focus target (class "hit", data-row = its year).
 */
export function linesChart(
  input: LinePoint[],
  {
    axis = '',
    percent = false,
    kroner = false,
    colors = [],
    width = CHART.width,
    height = CHART.height,
    fontSize = CHART.fontSize,
    directLabels = true,
    label = '',
    t,
    locale = DEFAULT_LOCALE,
  }: LinesOptions,
): string {
  const series = [...new Set(input.map((p) => p.series))];
  const color = (s: string) =>
    (colors.length ? colors : PALETTE)[series.indexOf(s) % (colors.length || PALETTE.length)];
  const points = withGaps(input);
  const defined = points.filter((p) => p.value !== null);
  const max = Math.max(0, ...defined.map((p) => p.value!));
  const fmt = lineValueFormat(t, { percent, kroner, locale });
  const top = percent ? 100 : Math.max(1, niceDomain([max || 1], { count: 10 })[1]);
  const years = input.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const narrow = width < 500;
  const marginTop = fontSize + 14;
  const marginBottom = fontSize + 14;
  const plotH = height - marginTop - marginBottom;

  // Direct labels: name and last value at each line's end, pushed apart so they never overlap.
  const ends = directLabels
    ? series.flatMap((s) => {
        const end = defined.filter((p) => p.series === s).at(-1);
        if (!end) return [];
        const name = series.length > 1 ? s : '';
        const one = `${name ? `${name} ` : ''}${fmt(end.value!)}`;
        const lines =
          narrow && textWidth(one, fontSize) > width * 0.3 ? [...(name ? wrap(name, 16) : []), fmt(end.value!)] : [one];
        return [{ series: s, year: end.year, lines, py: marginTop + (1 - end.value! / top) * plotH }];
      })
    : [];
  const lineH = fontSize + 2;
  // A clear gap between two stacked labels, so close values («Bor her 25 434», «Flyttet hit 25 171») never touch;
  // a stack running below the plot moves up.
  const gap = Math.round(fontSize * 0.4);
  const tops = dodge(
    ends.map((e) => ({ y: e.py, h: e.lines.length * lineH })),
    { gap, top: lineH / 2, bottom: height - marginBottom + lineH - gap },
  );
  const labelWidth = Math.max(0, ...ends.flatMap((e) => e.lines.map((l) => textWidth(l, fontSize))));
  const marginRight = ends.length ? Math.min(Math.round(width * 0.45), Math.round(labelWidth + 14)) : 12;
  const tickFormat = kroner
    ? (d: number) => numberFormat(locale).format(d / 1e6)
    : tickFormatFor(max, 'other', { locale });
  const marginLeft = Math.max(36, Math.round(textWidth(tickFormat(top), fontSize) + 16));
  const box: Box = { width, height, top: marginTop, right: marginRight, bottom: marginBottom, left: marginLeft };
  const x = scaleLinear([first, last], [marginLeft, width - marginRight]);
  const y = scaleLinear([0, top], [height - marginBottom, marginTop]);
  const y0 = r1(y(0));
  const status = (p: LinePoint) => p.status ?? 'ok';
  const lineOf = (d: string, c: string, dash = '') =>
    d
      ? `<path d="${d}" fill="none" stroke="${c}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''} stroke-linejoin="round" stroke-linecap="round"/>`
      : '';
  const lines = series.map((s) => {
    const own = points.filter((p) => p.series === s);
    // Solid between final figures; the segment to a provisional point dashed, from the series' previous point.
    const solid = pathOf(
      own.map((p) => (status(p) === 'provisional' ? { ...p, value: null } : p)),
      x,
      y,
    );
    const dashed = own
      .flatMap((p, i) =>
        status(p) === 'provisional' && p.value !== null && own[i - 1]?.value != null
          ? [pathOf([own[i - 1], p], x, y)]
          : [],
      )
      .join('');
    return lineOf(solid, color(s)) + lineOf(dashed, color(s), '4,3');
  });
  const dots = defined.map((p) =>
    status(p) === 'provisional'
      ? `<circle cx="${r1(x(p.year))}" cy="${r1(y(p.value!))}" r="3.5" fill="#ffffff" stroke="${color(p.series)}" stroke-width="1.5"/>`
      : `<circle cx="${r1(x(p.year))}" cy="${r1(y(p.value!))}" r="2.5" fill="${color(p.series)}"/>`,
  );
  // A hidden figure is a cross at the baseline; a missing one is a gap, never a mark on the zero line that
  // reads as 0: a grey band over the run of years no series has a figure for, labelled «mangler».
  const crosses = points
    .filter((p) => p.value === null && status(p) === 'suppressed')
    .map((p) => {
      const cx = r1(x(p.year));
      const cy = r1(y0 - 5);
      const a = 2.5; // the cross' half-width: Plot's «times» symbol at r 3.5
      return `<path d="M${r1(cx - a)},${r1(cy - a)}L${r1(cx + a)},${r1(cy + a)}M${r1(cx + a)},${r1(cy - a)}L${r1(cx - a)},${r1(cy + a)}" stroke="${color(p.series)}"/>`;
    });
  const bands = missingRuns(points).map((g) => {
    const x1 = x(Math.max(first, g.a - 0.5));
    const x2 = x(Math.min(last, g.b + 0.5));
    return {
      rect: `<rect x="${r1(x1)}" y="${r1(y(top))}" width="${r1(x2 - x1)}" height="${r1(y0 - y(top))}"/>`,
      text: `<text transform="translate(${r1((x1 + x2) / 2)},${r1(y0 - 4)}) rotate(-90)" dy="0.32em">${escapeHtml(t.statusShort.missing)}</text>`,
    };
  });
  const caveats = defined
    .filter((p) => p.caveat)
    .map(
      (p) =>
        `<text x="${r1(x(p.year))}" y="${r1(y(p.value!) - Math.round(fontSize * 0.9))}" dy="0.32em">${escapeHtml(t.caveats.mark)}</text>`,
    );
  const labels = ends.map((e, i) => {
    const lx = r1(x(e.year) + 8);
    const body =
      e.lines.length === 1
        ? escapeHtml(e.lines[0])
        : e.lines.map((l, j) => `<tspan x="${lx}" dy="${j ? '1em' : '0'}">${escapeHtml(l)}</tspan>`).join('');
    return `<text x="${lx}" y="${r1(tops[i])}" dy="0.71em">${body}</text>`;
  });
  return (
    svgOpen(box, label, fontSize) +
    (bands.length
      ? `<g fill="${GAP_BAND}">${bands.map((b) => b.rect).join('')}</g><g fill="${MUTED}" text-anchor="start">${bands.map((b) => b.text).join('')}</g>`
      : '') +
    yAxis(y, box, { values: y.ticks(5), format: tickFormat, label: kroner ? t.charts.millionsAxis : axis }) +
    xAxis(x, box, { values: yearTicks(first, last, width - marginLeft - marginRight, fontSize), format: String }) +
    `<line x1="${marginLeft}" x2="${width - marginRight}" y1="${y0}" y2="${y0}" stroke="currentColor"/>` +
    `<g class="lines">${lines.join('')}</g>` +
    `<g class="dots">${dots.join('')}</g>` +
    (crosses.length ? `<g fill="none" stroke-width="1.5">${crosses.join('')}</g>` : '') +
    (caveats.length ? `<g fill="${INK}" font-weight="700" font-size="${fontSize + 2}">${caveats.join('')}</g>` : '') +
    (labels.length ? `<g class="ends" fill="${INK}" text-anchor="start">${labels.join('')}</g>` : '') +
    hitRects(
      Array.from({ length: last - first + 1 }, (_, i) => first + i).map((yr) => ({
        x: x(yr - 0.5),
        y: y(top),
        w: x(yr + 0.5) - x(yr - 0.5),
        h: y0 - y(top),
        row: String(yr),
      })),
    ) +
    '</svg>'
  );
}

/** The markers' legend: only what the chart shows besides its labelled lines. */
export function linesLegend(input: LinePoint[], t: Strings): LegendItem[] {
  const has = (s: MarkStatus) => input.some((p) => p.status === s);
  return [
    ...(has('provisional')
      ? [
          { label: t.charts.provisionalPoint, glyph: 'dot-hollow', color: MUTED } as LegendItem,
          { label: t.charts.toProvisional, glyph: 'line-dashed', color: MUTED } as LegendItem,
        ]
      : []),
    ...(has('suppressed') ? [{ label: t.statusShort.suppressed, glyph: 'cross', color: MUTED } as LegendItem] : []),
    ...(missingRuns(input).length
      ? [{ label: t.charts.missingBand, glyph: 'band', color: GAP_BAND } as LegendItem]
      : []),
    ...(input.some((p) => p.caveat)
      ? [{ label: t.caveats.legend, glyph: 'caveat', color: INK, mark: t.caveats.mark } as LegendItem]
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
