import * as Plot from '@observablehq/plot';
import { CHART, tickFormatFor } from './theme.ts';

export interface ComparePoint {
  year: number;
  series: string;
  kind: 'kommune' | 'referanse';
  value: number | null;
  tip: string;
}

/** The first kommune: near-black and thick, so it reads as the subject. */
export const FIRST_COLOR = '#1a1a1a';
/** The other kommuner: each at least 4.5:1 on white, so the same colour serves line (≥ 3:1) and label text. */
export const KOMMUNE_COLORS = [
  '#0072B2',
  '#B84A00',
  '#007A5A',
  '#A6307F',
  '#5E6B00',
  '#3B4A9E',
  '#A5333A',
  '#00707A',
  '#8C6D31',
];
/** References: grey, dashed (4.5:1). */
export const REFERENCE_COLOR = '#767676';

/** Colour of each series: first kommune dark, then the palette, references grey. */
export function seriesColor(points: Pick<ComparePoint, 'series' | 'kind'>[]): (series: string) => string {
  const kommuner = [...new Set(points.filter((p) => p.kind === 'kommune').map((p) => p.series))];
  return (s) => {
    const i = kommuner.indexOf(s);
    if (i < 0) return REFERENCE_COLOR;
    return i === 0 ? FIRST_COLOR : KOMMUNE_COLORS[(i - 1) % KOMMUNE_COLORS.length];
  };
}

/**
 * Comparison over time: a line per kommune (the first dark and thick, the
 * others in colour), dashed grey lines for references, names at the line
 * ends with a leader where a label had to move (so an exported SVG needs no
 * separate legend), and on hover a ring on the nearest point with a tip
 * giving the exact value, status and source. Used at build time and in the
 * browser.
 */
export function compareSpec(
  points: ComparePoint[],
  { label = '', percent = false, width = CHART.width + 120, height = 340 } = {},
): Plot.PlotOptions {
  const names = [...new Set(points.map((p) => p.series))];
  const kommuner = [...new Set(points.filter((p) => p.kind === 'kommune').map((p) => p.series))];
  const color = seriesColor(points);
  const defined = points.filter((p) => p.value !== null);
  const last = names.map((n) => defined.filter((p) => p.series === n).at(-1)).filter((p): p is ComparePoint => !!p);
  // End labels: short names, nudged apart so they do not overprint (in data units).
  const values = defined.map((p) => p.value!);
  const top = percent ? Math.max(100, ...values) : Math.max(0, ...values);
  const span = Math.max(1e-9, top - Math.min(0, ...values));
  const labels = last
    .map((p) => ({ ...p, short: p.series.replace(/ \(\d+ kommuner\)$/, ''), ly: p.value! }))
    .sort((a, b) => a.ly - b.ly);
  const narrow = width < 560;
  for (let i = 1; i < labels.length; i++) labels[i].ly = Math.max(labels[i].ly, labels[i - 1].ly + span * 0.065);
  const moved = labels.filter((l) => Math.abs(l.ly - l.value!) > span * 0.01);
  const width0 = (n: string) => (kommuner[0] === n ? 3.5 : kommuner.includes(n) ? 2 : 1.5);
  return {
    width,
    height,
    marginLeft: width < 560 ? 44 : CHART.marginLeft,
    marginRight: width < 560 ? 96 : 190,
    style: { fontSize: `${CHART.fontSize}px` },
    x: { label: null, tickFormat: 'd', ticks: narrow ? 4 : 8 },
    y: {
      grid: true,
      label,
      nice: true,
      zero: true,
      tickFormat: tickFormatFor(Math.max(0, ...values), label === 'Kroner' ? 'kroner' : 'other'),
      ...(percent ? { domain: [0, top] } : {}),
    },
    marks: [
      Plot.ruleY([0]),
      ...names.map((n) =>
        Plot.lineY(
          points.filter((p) => p.series === n),
          {
            x: 'year',
            y: 'value',
            stroke: color(n),
            strokeWidth: width0(n),
            strokeDasharray: kommuner.includes(n) ? undefined : '5,3',
          },
        ),
      ),
      Plot.dot(defined, {
        x: 'year',
        y: 'value',
        fill: (d: ComparePoint) => color(d.series),
        r: (d: ComparePoint) => (d.series === kommuner[0] ? 3 : 2.5),
      }),
      Plot.link(moved, {
        x1: 'year',
        x2: 'year',
        y1: 'value',
        y2: 'ly',
        dx: 5,
        stroke: (d: ComparePoint) => color(d.series),
        strokeWidth: 0.8,
      }),
      Plot.text(
        labels.filter((l) => l.series !== kommuner[0]),
        { x: 'year', y: 'ly', text: 'short', dx: 9, textAnchor: 'start', fill: (d: ComparePoint) => color(d.series) },
      ),
      Plot.text(
        labels.filter((l) => l.series === kommuner[0]),
        { x: 'year', y: 'ly', text: 'short', dx: 9, textAnchor: 'start', fill: FIRST_COLOR, fontWeight: 'bold' },
      ),
      Plot.dot(
        defined,
        Plot.pointer({
          x: 'year',
          y: 'value',
          r: 7,
          fill: 'none',
          stroke: (d: ComparePoint) => color(d.series),
          strokeWidth: 2.5,
        }),
      ),
      Plot.tip(defined, Plot.pointer({ x: 'year', y: 'value', title: 'tip' })),
    ],
  };
}
