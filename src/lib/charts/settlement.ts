import * as Plot from '@observablehq/plot';
import { CHART, COLORS, tickFormatFor } from './theme.ts';

export interface SettlementPoint {
  year: number;
  request: number | null;
  decision: number | null;
  settled: number | null;
}

/**
 * Request → decision → settled per year: settled as bars, the request as a
 * grey tick and the decision as a blue tick over each bar. Years without a
 * value leave gaps; nothing is drawn as 0 unless the figure is 0.
 */
export function settlementSpec(points: SettlementPoint[], { width = CHART.width, height = CHART.height, mono = false } = {}): Plot.PlotOptions {
  const long = points.flatMap((p) => [
    { year: p.year, kind: 'Anmodet', value: p.request },
    { year: p.year, kind: 'Vedtatt', value: p.decision },
  ]).filter((d) => d.value !== null);
  const bars = points.filter((p) => p.settled !== null);
  // Every year in the span, so a year without figures shows as a gap, not as a missing column.
  const ys = points.map((p) => p.year);
  const years = ys.length ? Array.from({ length: Math.max(...ys) - Math.min(...ys) + 1 }, (_, i) => Math.min(...ys) + i) : [];
  return {
    width, height, marginLeft: CHART.marginLeft, style: { fontSize: `${CHART.fontSize}px` },
    // Label every year when there is room, else every 2nd or 5th.
    x: { type: 'band', domain: years, label: null, tickFormat: (y: number) => { const step = years.length * 34 > width ? (years.length * 17 > width ? 5 : 2) : 1; return y % step === 0 ? String(y) : ''; } },
    y: { grid: true, label: 'Personer', nice: true, zero: true, tickFormat: tickFormatFor(0) },
    // mono: black-and-white safe for print (grey bars, black request, dark grey decision ticks).
    color: { domain: ['Bosatt', 'Anmodet', 'Vedtatt'], range: mono ? ['#bdbdbd', '#000000', '#6b6b6b'] : [COLORS.settled, COLORS.request, COLORS.decision], legend: true },
    marks: [
      Plot.barY(bars, { x: 'year', y: 'settled', fill: () => 'Bosatt' }),
      // Request and decision as separate ticks; in print the request is dashed so the two differ without colour.
      Plot.tickY(long.filter((d) => d.kind === 'Anmodet'), { x: 'year', y: 'value', stroke: 'kind', strokeWidth: 3, strokeDasharray: mono ? '3,2' : undefined }),
      Plot.tickY(long.filter((d) => d.kind === 'Vedtatt'), { x: 'year', y: 'value', stroke: 'kind', strokeWidth: 3 }),
      Plot.ruleY([0]),
    ],
  };
}
