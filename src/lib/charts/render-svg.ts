import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/**
 * Render Plot options to an SVG string at build time (no browser needed).
 * Plot puts aria-label on <g> elements, which have no role that allows it
 * (axe: aria-prohibited-attr). The chart's text alternative is its summary
 * and data table, so the SVG is one image with one label and its inner
 * labels are removed.
 */
export function renderSvg(options: Plot.PlotOptions, label: string): string {
  const node = plotNode(options);
  fixAria(node, label);
  return node.outerHTML;
}

/** Plot's output as a server-side DOM node, for callers that post-process it. */
export function plotNode(options: Plot.PlotOptions): Element {
  return Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
}

export { document as serverDocument };

/**
 * Plot returns an <svg>, or a <figure> holding legend swatches (small svgs
 * beside visible text) and the chart <svg>. Inner aria-labels go; swatches are
 * hidden from assistive technology; the chart svg becomes one labelled image.
 */
export function fixAria(node: Element, label: string): void {
  for (const el of [node, ...node.querySelectorAll('*')]) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
  const chart = svgs.at(-1);
  if (!chart) throw new Error('Plot returned no SVG');
  for (const s of svgs) if (s !== chart) s.setAttribute('aria-hidden', 'true');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', label);
}
