import { parseHTML } from 'linkedom';

/**
 * Where each text of a rendered chart reaches horizontally, estimated without
 * a browser: its translate() chain, x/dx, text-anchor and font size, with
 * character widths a little above DejaVu Sans' (digits 0.64 em, «%» 0.95 em,
 * letters about 0.5 em on average). Rotated texts are left out. Used to check
 * that no label is cut by the SVG's edge.
 */
export function textExtents(svg: string): { text: string; left: number; right: number; width: number }[] {
  const { document } = parseHTML(`<div>${svg}</div>`);
  const root = document.querySelector('svg')!;
  const width = Number(root.getAttribute('width'));
  const rootSize = Number(
    /font-size:\s*([\d.]+)px/.exec(root.getAttribute('style') ?? '')?.[1] ?? root.getAttribute('font-size') ?? 10,
  );
  const out: { text: string; left: number; right: number; width: number }[] = [];
  for (const t of root.querySelectorAll('text')) {
    let x = Number(t.getAttribute('x') ?? 0) + parseFloat(t.getAttribute('dx') ?? '0');
    let anchor: string | null = null;
    let size: number | null = null;
    let rotated = false;
    for (let el: Element | null = t; el && el !== root.parentElement; el = el.parentElement) {
      const tr = el.getAttribute('transform') ?? '';
      if (/rotate/.test(tr)) rotated = true;
      const m = /translate\(\s*(-?[\d.]+)/.exec(tr);
      if (m) x += Number(m[1]);
      anchor ??= el.getAttribute('text-anchor');
      if (size === null && el !== root && el.getAttribute('font-size')) size = Number(el.getAttribute('font-size'));
    }
    if (rotated) continue;
    const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
    const w = Math.max(...(lines.length ? lines : [t.textContent ?? '']).map(em)) * (size ?? rootSize);
    const left = anchor === 'end' ? x - w : anchor === 'start' ? x : x - w / 2;
    out.push({ text: t.textContent ?? '', left, right: left + w, width });
  }
  return out;
}

/** A line's width in em. */
function em(s: string): number {
  let w = 0;
  for (const c of s)
    w += /\d/.test(c) ? 0.64 : /[\s.,:;il|]/.test(c) ? 0.32 : c === '%' ? 0.95 : /[A-ZÆØÅmw]/.test(c) ? 0.75 : 0.58;
  return w;
}

/** The texts that reach past the chart's left or right edge. */
export function clippedTexts(svg: string): string[] {
  return textExtents(svg)
    .filter((e) => e.left < -0.5 || e.right > e.width + 0.5)
    .map((e) => `«${e.text}» ${Math.round(e.left)}–${Math.round(e.right)} of ${e.width}`);
}
