import * as Plot from '@observablehq/plot';
import { CHART, COLORS, tickFormatFor } from './theme.ts';

export interface BarPoint {
  label: string;
  value: number;
  /** References are drawn grey. */
  kind?: 'kommune' | 'referanse';
}

/** Horizontal bars for one year's breakdown, in the given order. */
export function barsSpec(points: BarPoint[], { label = '', percent = false, color = COLORS.decision, width = CHART.width } = {}): Plot.PlotOptions {
  return {
    width, height: 30 + points.length * 26, marginLeft: Math.min(330, 20 + 6.6 * Math.max(0, ...points.map((p) => p.label.length))), style: { fontSize: `${CHART.fontSize}px` },
    x: { grid: true, label: label || null, nice: true, tickFormat: tickFormatFor(0), ...(percent ? { domain: [0, 100] } : {}) },
    y: { label: null, domain: points.map((p) => p.label) },
    marks: [Plot.barX(points, { x: 'value', y: 'label', fill: (d: BarPoint) => (d.kind === 'referanse' ? '#8a8a8a' : color) }), Plot.ruleX([0])],
  };
}
