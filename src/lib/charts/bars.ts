import { scaleLinear } from 'd3-scale';
import { escapeHtml } from '../format/escape-html.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { LegendItem } from './legend.ts';
import { hitRects, niceDomain, r1, svgOpen, xAxis, type Box } from './svg.ts';
import { CHART, COLORS, INK, numberFormat, REFERENCE_GREY, textWidth } from './theme.ts';

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
  /** Add transparent hover/focus targets (class "hit") carrying each bar's table row. */
  hits?: boolean;
  /** The chart's text alternative (aria-label): the SVG is one labelled image beside its table. */
  label?: string;
  /** The page's language, for the numbers. */
  locale?: Locale;
}

/**
 * Horizontal bars for one year's breakdown, in the given order, as inline SVG;
 * with groups, one bar per group within each label. Where labels would take
 * more than 40 % of the width (a phone), they are written above their bars.
 */
export function barsChart(
  points: BarPoint[],
  {
    percent = false,
    color = COLORS.decision,
    width = CHART.width,
    fontSize = CHART.fontSize,
    values = false,
    groupColors = [COLORS.immigrants, COLORS.rest],
    hits = false,
    label = '',
    locale = DEFAULT_LOCALE,
  }: BarsOptions = {},
): string {
  const labels = [...new Set(points.map((p) => p.label))];
  const groups = [...new Set(points.map((p) => p.group).filter((g): g is string => !!g))];
  const longest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  const above = longest + 20 > width * 0.4;
  const barH = fontSize + 12;
  const labelH = above ? fontSize + 6 : 0;
  const perLabel = (groups.length || 1) * barH + labelH + 8;
  const fill = (d: BarPoint) =>
    d.group
      ? groupColors[groups.indexOf(d.group) % groupColors.length]
      : d.kind === 'referanse'
        ? REFERENCE_GREY
        : color;
  const one = numberFormat(locale, 1, true);
  const int = numberFormat(locale, 0);
  const fmt = percent ? (v: number) => `${one.format(v)}\u00a0%` : (v: number) => int.format(v);
  const maxValue = Math.max(0, ...points.map((p) => p.value));
  const tick = numberFormat(locale);
  const tickFormat = percent ? (d: number) => `${tick.format(d)} %` : (d: number) => tick.format(d);
  // The axis' first and last tick labels are centred on the plot's edges: half of each must fit in the margin («0 %» on a phone).
  const domain = percent ? [0, 100] : niceDomain([maxValue || 1], { count: 10 });
  const halfTick = (d: number) => Math.ceil(textWidth(tickFormat(d), fontSize) * 0.6) + 4;
  const marginRight = Math.max(halfTick(domain[1]), values ? Math.round(textWidth(fmt(maxValue), fontSize) + 12) : 20);
  const marginLeft = Math.max(halfTick(domain[0]), above ? 8 : Math.min(330, Math.round(longest + 16)));
  const marginTop = fontSize + 10;
  const marginBottom = fontSize + 16;
  const height = marginTop + marginBottom + labels.length * perLabel;
  const box: Box = { width, height, top: marginTop, right: marginRight, bottom: marginBottom, left: marginLeft };
  const x = scaleLinear(domain, [marginLeft, width - marginRight]);
  const zero = r1(x(0));
  // Each label's row: its name above (on a phone) or to the left, then one bar per group, a little apart.
  const inset = Math.round(barH * 0.06);
  const rowTop = (i: number) => marginTop + i * perLabel + 4;
  const barTop = (d: BarPoint) =>
    rowTop(labels.indexOf(d.label)) + labelH + (groups.length ? groups.indexOf(d.group ?? '') : 0) * barH + inset;
  const thick = barH - 2 * inset;
  const names = labels.map((l, i) =>
    above
      ? `<text x="${marginLeft}" y="${rowTop(i) + 2}" dy="0.71em" text-anchor="start">${escapeHtml(l)}</text>`
      : `<text x="${marginLeft - 6}" y="${r1(rowTop(i) + (perLabel - 8) / 2)}" dy="0.32em" text-anchor="end">${escapeHtml(l)}</text>`,
  );
  const bars = points.map(
    (d) =>
      `<rect x="${Math.min(zero, r1(x(d.value)))}" y="${r1(barTop(d))}" width="${r1(Math.abs(x(d.value) - zero))}" height="${r1(thick)}" fill="${fill(d)}"/>`,
  );
  const texts = values
    ? points.map(
        (d) =>
          `<text x="${r1(x(d.value) + 4)}" y="${r1(barTop(d) + thick / 2)}" dy="0.32em">${escapeHtml(fmt(d.value))}</text>`,
      )
    : [];
  return (
    svgOpen(box, label, fontSize) +
    xAxis(x, box, {
      values: x.ticks(Math.max(2, Math.floor(width / 110))),
      format: tickFormat,
      grid: true,
    }) +
    `<g fill="${INK}">${names.join('')}</g>` +
    `<g class="bars">${bars.join('')}</g>` +
    (texts.length ? `<g fill="${INK}" text-anchor="start" font-variant="tabular-nums">${texts.join('')}</g>` : '') +
    `<line x1="${zero}" x2="${zero}" y1="${marginTop}" y2="${height - marginBottom}" stroke="currentColor"/>` +
    (hits
      ? hitRects(
          points.map((d) => ({
            x: zero,
            y: barTop(d),
            w: x(percent ? 100 : maxValue) - zero,
            h: thick,
            row: d.row ?? d.label,
          })),
        )
      : '') +
    '</svg>'
  );
}

/** Legend for grouped bars: one entry per group with its colour. */
export function barsLegend(points: BarPoint[], { groupColors = [COLORS.immigrants, COLORS.rest] } = {}): LegendItem[] {
  const groups = [...new Set(points.map((p) => p.group).filter((g): g is string => !!g))];
  return groups.map((g, i) => ({ label: g, glyph: 'bar', color: groupColors[i % groupColors.length] }));
}
