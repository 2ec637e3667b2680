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
  const node = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error('Plot returned no SVG');
  fixAria(svg, label);
  return node.outerHTML;
}

export function fixAria(svg: Element, label: string): void {
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
}
