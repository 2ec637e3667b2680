import * as Plot from '@observablehq/plot';
import { formatInt, formatPercent } from '../format/number.ts';
import type { LegendItem } from './legend.ts';
import { CHART, COLORS, textWidth, tickFormatFor } from './theme.ts';

export interface BarPoint {
  label: string;
  value: number;
  /** References are drawn grey. */
  kind?: 'kommune' | 'referanse';
  /** Bars with a group are drawn side by side per label (grouped bars), coloured by group. */
  group?: string;
  /** The table row this bar stands for (hover/focus target); the label when not given. */
  row?: string;
}

export interface BarsOptions {
  percent?: boolean;
  color?: string;
  width?: number;
  fontSize?: number;
  /** Write each bar's value at its end. */
  values?: boolean;
  /** Group colours, in group order. */
  groupColors?: string[];
  /** Add transparent hover/focus targets (class "hit") titled with each bar's table row. */
  hits?: boolean;
}

/**
 * Horizontal bars for one year's breakdown, in the given order; with groups,
 * one bar per group within each label. Where labels would take more than
 * 40 % of the width (a phone), they are written above their bars.
 */
export function barsSpec(
  points: BarPoint[],
  {
    percent = false,
    color = COLORS.decision,
    width = CHART.width,
    fontSize = CHART.fontSize,
    values = false,
    groupColors = [COLORS.immigrants, COLORS.rest],
    hits = false,
  }: BarsOptions = {},
): Plot.PlotOptions {
  const labels = [...new Set(points.map((p) => p.label))];
  const groups = [...new Set(points.map((p) => p.group).filter((g): g is string => !!g))];
  const longest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  const above = longest + 20 > width * 0.4;
  const barH = fontSize + 12;
  const perLabel = (groups.length || 1) * barH + (above ? fontSize + 6 : 0) + 8;
  const fill = (d: BarPoint) =>
    d.group ? groupColors[groups.indexOf(d.group) % groupColors.length] : d.kind === 'referanse' ? '#8a8a8a' : color;
  const fmt = percent ? formatPercent : formatInt;
  const maxValue = Math.max(0, ...points.map((p) => p.value));
  const tickFormat = percent ? (d: number) => `${d} %` : tickFormatFor(0);
  // The axis' first and last tick labels are centred on the plot's edges: half of each must fit in the margin («0 %» on a phone).
  const domain = percent
    ? [0, 100]
    : (Plot.scale({ x: { domain: [0, maxValue || 1], nice: true } }).domain as number[]);
  const halfTick = (d: number) => Math.ceil(textWidth(tickFormat(d), fontSize) * 0.6) + 4;
  const marginRight = Math.max(halfTick(domain[1]), values ? Math.round(textWidth(fmt(maxValue), fontSize) + 12) : 20);
  const marginLeft = Math.max(halfTick(domain[0]), above ? 8 : Math.min(330, Math.round(longest + 16)));
  const facet = groups.length > 0 || above;
  const y = facet ? (d: BarPoint) => d.group ?? '' : 'label';
  const fy = facet ? 'label' : undefined;
  const labelH = above ? fontSize + 6 : 0;
  const marginTop = fontSize + 10;
  const marginBottom = fontSize + 16;
  return {
    width,
    height: marginTop + marginBottom + labels.length * perLabel,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px` },
    x: {
      grid: true,
      label: null,
      nice: true,
      ticks: Math.max(2, Math.floor(width / 110)),
      tickFormat,
      ...(percent ? { domain: [0, 100] } : {}),
    },
    y: facet
      ? { label: null, axis: null, domain: groups.length ? groups : [''], insetTop: labelH, padding: 0.12 }
      : { label: null, domain: labels },
    ...(facet ? { fy: { label: null, domain: labels, axis: above ? null : 'left', padding: 0.08 } } : {}),
    marks: [
      Plot.barX(points, { x: 'value', y, fy, fill }),
      ...(above
        ? [
            Plot.text(labels, {
              fy: (l: string) => l,
              text: (l: string) => l,
              frameAnchor: 'top-left',
              dy: 2,
              fill: '#1a1a1a',
              fontSize,
            }),
          ]
        : []),
      ...(values
        ? [
            Plot.text(points, {
              x: 'value',
              y,
              fy,
              text: (d: BarPoint) => fmt(d.value),
              textAnchor: 'start',
              dx: 4,
              fill: '#1a1a1a',
              fontSize,
            }),
          ]
        : []),
      Plot.ruleX([0]),
      ...(hits
        ? [
            Plot.barX(points, {
              x1: 0,
              x2: percent ? 100 : maxValue,
              y,
              fy,
              fill: 'transparent',
              title: (d: BarPoint) => d.row ?? d.label,
              className: 'hit',
            }),
          ]
        : []),
    ],
  };
}

/** Legend for grouped bars: one entry per group with its colour. */
export function barsLegend(points: BarPoint[], { groupColors = [COLORS.immigrants, COLORS.rest] } = {}): LegendItem[] {
  const groups = [...new Set(points.map((p) => p.group).filter((g): g is string => !!g))];
  return groups.map((g, i) => ({ label: g, glyph: 'bar', color: groupColors[i % groupColors.length] }));
}
