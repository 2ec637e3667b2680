import * as Plot from '@observablehq/plot';
import { CHART } from './theme.ts';

export interface LinePoint {
  year: number;
  series: string;
  value: number | null;
}

/**
 * One line per series over the years. Missing years break the line (Plot's
 * `defined`) instead of dropping to zero; single points get a dot.
 */
export function linesSpec(points: LinePoint[], { label = '', percent = false, colors = [] as string[], width = CHART.width, height = CHART.height } = {}): Plot.PlotOptions {
  const series = [...new Set(points.map((p) => p.series))];
  return {
    width, height, marginLeft: CHART.marginLeft, style: { fontSize: `${CHART.fontSize}px` },
    x: { label: null, tickFormat: 'd', ticks: 6 },
    y: { grid: true, label, nice: true, zero: true, ...(percent ? { domain: [0, 100] } : {}) },
    color: { domain: series, ...(colors.length ? { range: colors } : {}), legend: series.length > 1 },
    marks: [
      Plot.lineY(points, { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2, defined: (d: LinePoint) => d.value !== null }),
      Plot.dot(points.filter((p) => p.value !== null), { x: 'year', y: 'value', fill: 'series', r: 2.5 }),
      Plot.ruleY([0]),
    ],
  };
}
