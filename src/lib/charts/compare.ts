import * as Plot from '@observablehq/plot';
import { CHART, tickFormatFor } from './theme.ts';

export interface ComparePoint {
  year: number;
  series: string;
  kind: 'kommune' | 'referanse';
  value: number | null;
  tip: string;
}

/** Okabe–Ito, then greys for references. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#8c6d31', '#6b6ecf'];

/**
 * Comparison over time: a line per kommune, dashed grey lines for references,
 * names at the line ends (so an exported SVG needs no separate legend), and a
 * tip with the exact value, status and source on hover. Used at build time
 * and in the browser.
 */
export function compareSpec(points: ComparePoint[], { label = '', percent = false, width = CHART.width + 120, height = 340 } = {}): Plot.PlotOptions {
  const names = [...new Set(points.map((p) => p.series))];
  const kommuner = [...new Set(points.filter((p) => p.kind === 'kommune').map((p) => p.series))];
  const color = (s: string) => (kommuner.includes(s) ? PALETTE[kommuner.indexOf(s) % PALETTE.length] : '#666');
  const defined = points.filter((p) => p.value !== null);
  const last = names.map((n) => defined.filter((p) => p.series === n).at(-1)).filter((p): p is ComparePoint => !!p);
  // End labels: short names, nudged apart so they do not overprint (in data units).
  const values = defined.map((p) => p.value!);
  const span = Math.max(1e-9, Math.max(0, ...values) - Math.min(0, ...values));
  const labels = last.map((p) => ({ ...p, short: p.series.replace(/ \(\d+ kommuner\)$/, ''), ly: p.value! })).sort((a, b) => a.ly - b.ly);
  for (let i = 1; i < labels.length; i++) labels[i].ly = Math.max(labels[i].ly, labels[i - 1].ly + span * 0.06);
  return {
    width, height, marginLeft: CHART.marginLeft, marginRight: 190, style: { fontSize: `${CHART.fontSize}px` },
    x: { label: null, tickFormat: 'd', ticks: 8 },
    y: { grid: true, label, nice: true, zero: true, tickFormat: tickFormatFor(Math.max(0, ...values), label === 'Kroner' ? 'kroner' : 'other'), ...(percent ? { domain: [0, Math.max(100, ...defined.map((p) => p.value!))] } : {}) },
    marks: [
      Plot.ruleY([0]),
      ...names.map((n) => Plot.lineY(points.filter((p) => p.series === n), { x: 'year', y: 'value', stroke: color(n), strokeWidth: kommuner.includes(n) ? 2.5 : 1.5, strokeDasharray: kommuner.includes(n) ? undefined : '5,3' })),
      Plot.dot(defined, { x: 'year', y: 'value', fill: (d: ComparePoint) => color(d.series), r: 2.5 }),
      Plot.text(labels, { x: 'year', y: 'ly', text: 'short', dx: 6, textAnchor: 'start', fill: (d: ComparePoint) => color(d.series) }),
      Plot.tip(defined, Plot.pointer({ x: 'year', y: 'value', title: 'tip' })),
    ],
  };
}
