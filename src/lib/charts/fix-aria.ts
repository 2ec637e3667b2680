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
