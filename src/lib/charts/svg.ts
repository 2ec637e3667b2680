import { nice, ticks } from 'd3-array';
import { escapeHtml } from '../format/escape-html.ts';
import { textWidth, tickFormatFor } from './theme.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The units the comparison shows. */
export type CompareUnit = 'per 1000' | 'prosent' | 'personer' | 'kroner';

/** The words an axis needs from the page's catalogue: its language (the number format) and the millions tick. */
export interface TickWords {
  lang: string;
  charts: { millionsTick: (v: string) => string };
}

/** Axis tick labels for a unit in the page's language: «20 %», «120 mill.» («NOK 120m») for large kroner amounts, else plain numbers. */
export function unitTicks(unit: CompareUnit, max: number, t: TickWords): (v: number) => string {
  const f = tickFormatFor(max, unit === 'kroner' ? 'kroner' : 'other', {
    locale: t.lang as Locale,
    millions: t.charts.millionsTick,
  });
  return unit === 'prosent' ? (v) => `${f(v)}\u00a0%` : f;
}

/**
 * The few SVG pieces the comparison page's charts are made of, written as
 * strings so the same code draws them at build time and, after every change
 * of view, in the browser. Observable Plot draws the profile charts at build
 * time only; shipping it to the browser would cost about 95 KB gzip for two
 * charts, so the charts redrawn there are written here instead, in Plot's
 * look (axes, grid, tip).
 */

/** Coordinates to 0.1 px. */
export const r1 = (v: number): number => Math.round(v * 10) / 10;

/** A linear scale from values to pixels (d3-scale's, or `linear` below): call it, and ask it for round `ticks(count)`. */
export type Linear = ((v: number) => number) & { ticks(count?: number): number[] };

/**
 * A linear scale for a chart redrawn by a script that must stay small (the planning section's, ≤ 8 KB
 * gzip): the same mapping and d3-array's round ticks as d3-scale's scaleLinear, without its
 * interpolators, which bring d3-interpolate and d3-color (~7 KB gzip) into the script.
 */
export function linear([d0, d1]: [number, number], [r0, r1_]: [number, number]): Linear {
  const k = d1 === d0 ? 0 : (r1_ - r0) / (d1 - d0);
  return Object.assign((v: number) => r0 + (v - d0) * k, { ticks: (count = 10) => ticks(d0, d1, count) });
}

/** A value domain rounded out to round numbers: always including zero, `top` at least, `count` ticks. */
export function niceDomain(values: number[], { top = 0, count = 6 } = {}): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(top, 0, ...values);
  if (hi === lo) return [lo, lo + 1];
  return nice(lo, hi, count) as [number, number];
}

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The outer <svg>: one labelled image (its table and sentence are the text alternative). */
export function svgOpen(box: Pick<Box, 'width' | 'height'>, label: string, fontSize: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(label)}" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}" font-family="system-ui, sans-serif" font-size="${fontSize}" text-anchor="middle" fill="currentColor" class="chart-svg">`;
}

/** Horizontal grid lines, tick marks and labels of a value axis on the left, and its label above. */
export function yAxis(
  y: Linear,
  box: Box,
  { values, format, label }: { values: number[]; format: (v: number) => string; label?: string },
): string {
  const grid = values.map(
    (v) => `<line x1="${box.left}" x2="${box.width - box.right}" y1="${r1(y(v))}" y2="${r1(y(v))}"/>`,
  );
  const marks = values.map((v) => `<line x1="${box.left - 6}" x2="${box.left}" y1="${r1(y(v))}" y2="${r1(y(v))}"/>`);
  const text = values.map(
    (v) => `<text x="${box.left - 9}" y="${r1(y(v))}" dy="0.32em">${escapeHtml(format(v))}</text>`,
  );
  return (
    `<g stroke="currentColor" stroke-opacity="0.1" aria-hidden="true">${grid.join('')}</g>` +
    `<g stroke="currentColor" aria-hidden="true">${marks.join('')}</g>` +
    `<g text-anchor="end" font-variant="tabular-nums">${text.join('')}</g>` +
    (label ? `<text x="3" y="3" dy="0.71em" text-anchor="start">↑ ${escapeHtml(label)}</text>` : '')
  );
}

/** Tick marks and labels of an axis along the bottom. */
export function xAxis(
  x: Linear,
  box: Box,
  { values, format, grid = false }: { values: number[]; format: (v: number) => string; grid?: boolean },
): string {
  const base = box.height - box.bottom;
  return (
    (grid
      ? `<g stroke="currentColor" stroke-opacity="0.1" aria-hidden="true">${values.map((v) => `<line x1="${r1(x(v))}" x2="${r1(x(v))}" y1="${box.top}" y2="${base}"/>`).join('')}</g>`
      : '') +
    `<g stroke="currentColor" aria-hidden="true">${values.map((v) => `<line x1="${r1(x(v))}" x2="${r1(x(v))}" y1="${base}" y2="${base + 6}"/>`).join('')}</g>` +
    `<g font-variant="tabular-nums">${values.map((v) => `<text x="${r1(x(v))}" y="${base + 9}" dy="0.71em">${escapeHtml(format(v))}</text>`).join('')}</g>`
  );
}

/**
 * Labels wanted at vertical centres `y` (each `h` px tall), pushed apart top to
 * bottom so that each starts at least `gap` below the one above; a stack that
 * runs past `bottom` moves up as a whole, never above `top`. Returns each
 * label's top, in input order. The one label-dodging rule of the profile's
 * line ends (lines.ts) and the comparison's (compare.ts).
 */
export function dodge(
  items: { y: number; h: number }[],
  { gap = 0, top = Number.NEGATIVE_INFINITY, bottom = Number.POSITIVE_INFINITY } = {},
): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].y - items[b].y);
  const tops = new Array<number>(items.length);
  let floor = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    tops[i] = Math.max(items[i].y - items[i].h / 2, floor);
    floor = tops[i] + items[i].h + gap;
  }
  if (order.length) {
    const last = order.at(-1)!;
    const over = Math.min(tops[last] + items[last].h - bottom, tops[order[0]] - top);
    if (over > 0) for (const i of order) tops[i] -= over;
  }
  return tops;
}

/** Transparent hover/focus targets, each carrying the table row it stands for (components/chart-tips.ts). */
export function hitRects(rects: { x: number; y: number; w: number; h: number; row: string }[]): string {
  return `<g class="hit" fill="transparent">${rects
    .map(
      (r) =>
        `<rect x="${r1(r.x)}" y="${r1(r.y)}" width="${r1(r.w)}" height="${r1(r.h)}" data-row="${escapeHtml(r.row)}"/>`,
    )
    .join('')}</g>`;
}

/** Text broken into lines at its own line breaks and between words, each at most `maxWidth` px wide (estimated). */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  return text.split('\n').flatMap((para) => {
    const out: string[] = [];
    let line = '';
    for (const word of para.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, fontSize) > maxWidth) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
    return out;
  });
}

/**
 * A tip beside the point (x, y): a white box with `text` (wrapped), to the
 * right and above where it fits in the chart, else to the left; kept inside `box`.
 */
export function tipSvg(x: number, y: number, text: string, box: Pick<Box, 'width' | 'height'>, fontSize = 12): string {
  const maxW = Math.min(340, box.width * 0.9 - 16);
  const head = text.split('\n')[0];
  const bold = wrap(head, maxW, fontSize).length;
  const lines = wrap(text, maxW, fontSize);
  const lineH = Math.round(fontSize * 1.3);
  const w = Math.ceil(Math.max(...lines.map((l) => textWidth(l, fontSize)))) + 16;
  const h = lines.length * lineH + 10;
  const left = x + 12 + w <= box.width ? x + 12 : Math.max(0, x - 12 - w);
  const top = Math.min(Math.max(0, y - h - 8), box.height - h);
  return (
    `<g class="tip" pointer-events="none" text-anchor="start">` +
    `<rect x="${r1(left)}" y="${r1(top)}" width="${w}" height="${h}" rx="3" fill="white" stroke="currentColor" stroke-opacity="0.5"/>` +
    `<text x="${r1(left + 8)}" y="${r1(top + 5)}">${lines
      .map(
        (l, i) =>
          `<tspan x="${r1(left + 8)}" dy="${i === 0 ? '1em' : `${lineH}px`}"${i < bold ? ' font-weight="bold"' : ''}>${escapeHtml(l)}</tspan>`,
      )
      .join('')}</text></g>`
  );
}
