import * as Plot from '@observablehq/plot';
import { CHART, COLORS } from './theme.ts';

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
export function settlementSpec(points: SettlementPoint[], { width = CHART.width, height = CHART.height } = {}): Plot.PlotOptions {
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
    x: { type: 'band', domain: years, label: null, tickFormat: (y: number) => (y % 5 === 0 || years.length < 12 ? String(y) : '') },
    y: { grid: true, label: 'Personer', nice: true, zero: true },
    color: { domain: ['Bosatt', 'Anmodet', 'Vedtatt'], range: [COLORS.settled, COLORS.request, COLORS.decision], legend: true },
    marks: [
      Plot.barY(bars, { x: 'year', y: 'settled', fill: () => 'Bosatt' }),
      Plot.tickY(long, { x: 'year', y: 'value', stroke: 'kind', strokeWidth: 3 }),
      Plot.ruleY([0]),
    ],
  };
}
