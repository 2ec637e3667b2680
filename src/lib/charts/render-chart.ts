import type * as Plot from '@observablehq/plot';
import { fixAria, plotNode } from './render-svg.ts';

/**
 * A profile chart as inline SVG: one labelled image (see render-svg.ts) whose
 * hover/focus targets (marks with class "hit") carry the table row they stand
 * for as data-row, instead of a <title>, so a small script can show that row.
 */
export function renderChart(options: Plot.PlotOptions, label: string): string {
  const node = plotNode(options);
  fixAria(node, label);
  for (const g of node.querySelectorAll('g.hit')) {
    for (const el of g.children) {
      const title = el.querySelector('title');
      if (!title) continue;
      el.setAttribute('data-row', title.textContent ?? '');
      title.remove();
    }
  }
  // Coordinates to 0.1 px: invisible on screen, a tenth of the bytes of a page with many charts.
  return node.outerHTML.replace(/="([^"]*)"/g, (_a, v: string) => `="${v.replace(/(\d\.\d)\d+/g, '$1')}"`);
}
