import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { fixAria } from './fix-aria.ts';

export { fixAria };

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
