import * as Plot from '@observablehq/plot';
import { CHART, tickFormatFor } from './theme.ts';

export interface LinePoint {
  year: number;
  series: string;
  value: number | null;
}

/**
 * One line per series over the years. A null value (and a missing year, via
 * withGaps) breaks the line instead of dropping to zero; points get a dot.
 */
export function linesSpec(input: LinePoint[], { label = '', percent = false, kroner = false, colors = [] as string[], width = CHART.width, height = CHART.height } = {}): Plot.PlotOptions {
  const series = [...new Set(input.map((p) => p.series))];
  const points = withGaps(input);
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  return {
    width, height, marginLeft: kroner ? 74 : CHART.marginLeft, style: { fontSize: `${CHART.fontSize}px` },
    x: { label: null, tickFormat: 'd', ticks: 6 },
    y: { grid: true, label, nice: true, zero: true, tickFormat: tickFormatFor(max, kroner ? 'kroner' : 'other'), ...(percent ? { domain: [0, 100] } : {}) },
    color: { domain: series, ...(colors.length ? { range: colors } : {}), legend: series.length > 1 },
    marks: [
      Plot.lineY(points, { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(points.filter((p) => p.value !== null), { x: 'year', y: 'value', fill: 'series', r: 2.5 }),
      Plot.ruleY([0]),
    ],
  };
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
