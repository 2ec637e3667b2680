import { scaleLinear } from 'd3-scale';
import { CHART, textWidth } from './theme.ts';
import { niceDomain, r1, svgOpen, unitTicks, xAxis, type Box, type CompareUnit } from './svg.ts';
import { escapeHtml } from '../format/escape-html.ts';
import { formatIndicator, type NumberWords } from '../format/number.ts';

export interface RankItem {
  label: string;
  value: number;
  /** The value as the table writes it («≥ 6,09», «0,9 (352 av 357)»), when it is more than the number. */
  text?: string;
}

/**
 * One year's values as horizontal bars, in the given (ranked) order, each in
 * its series' colour with its value written at the end. Where names would
 * take more than 40 % of the width (a phone), they are written above their
 * bars. Drawn at build time and in the browser (see svg.ts).
 */
export function rankBars(
  items: RankItem[],
  {
    unit,
    color,
    width = CHART.width,
    fontSize = CHART.fontSize,
    ariaLabel = '',
    t,
  }: {
    /** The page's catalogue (the value labels' number format and unit words). */
    t: NumberWords;
    unit: CompareUnit;
    color: (label: string) => string;
    width?: number;
    fontSize?: number;
    ariaLabel?: string;
  },
): string {
  const format = (v: number) => formatIndicator(t, v, unit);
  // textWidth is an average letter; group names with capitals and digits («KOSTRA-gruppe 13 (1 kommune)») run
  // about 10 % wider, and a name cut at the left edge is worse than a little space.
  const longest = Math.max(0, ...items.map((d) => textWidth(d.label, fontSize) * 1.15));
  const above = longest + 20 > width * 0.4;
  const barH = fontSize + 10;
  const labelH = above ? fontSize + 6 : 0;
  const rowH = labelH + barH + 8;
  const values = items.map((d) => d.value);
  const shown = (d: RankItem) => d.text ?? format(d.value);
  const valueW = Math.ceil(Math.max(0, ...items.map((d) => textWidth(shown(d), fontSize)))) + 12;
  const box: Box = {
    width,
    height: 8 + items.length * rowH + fontSize + 16,
    top: 8,
    bottom: fontSize + 16,
    left: above ? 8 : Math.min(330, Math.round(longest + 16)),
    right: valueW,
  };
  const x = scaleLinear(niceDomain(values, { top: unit === 'prosent' ? 100 : 0, count: 5 }), [
    box.left,
    width - box.right,
  ]);
  const zero = r1(x(0));
  const rows = items.map((d, i) => {
    const top = box.top + i * rowH;
    const barTop = top + labelH;
    const mid = r1(barTop + barH / 2);
    const x0 = Math.min(zero, r1(x(d.value)));
    const name = above
      ? `<text x="${box.left}" y="${top}" dy="1em" text-anchor="start">${escapeHtml(d.label)}</text>`
      : `<text x="${box.left - 8}" y="${mid}" dy="0.32em" text-anchor="end">${escapeHtml(d.label)}</text>`;
    return (
      name +
      `<rect x="${x0}" y="${barTop}" width="${r1(Math.abs(x(d.value) - zero))}" height="${barH}" fill="${color(d.label)}"/>` +
      `<text x="${r1(Math.max(zero, x(d.value)) + 4)}" y="${mid}" dy="0.32em" text-anchor="start" font-variant="tabular-nums">${escapeHtml(shown(d))}</text>`
    );
  });
  return (
    svgOpen(box, ariaLabel, fontSize) +
    xAxis(x, box, {
      values: x.ticks(Math.max(2, Math.floor((width - box.left - box.right) / 110))),
      format: unitTicks(unit, Math.max(0, ...values), t),
      grid: true,
    }) +
    `<g class="bars">${rows.join('')}</g>` +
    `<line x1="${zero}" x2="${zero}" y1="${box.top}" y2="${box.height - box.bottom}" stroke="currentColor"/></svg>`
  );
}
