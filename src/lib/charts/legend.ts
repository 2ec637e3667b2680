import { escapeHtml } from '../format/escape-html.ts';

/** A legend entry drawn with the same mark as the chart: a bar, a hollow bar, a tick, a (dashed) line, a marker. */
export interface LegendItem {
  label: string;
  glyph:
    | 'bar'
    | 'bar-hollow'
    | 'bar-dashed'
    | 'tick'
    | 'tick-dashed'
    | 'line'
    | 'line-dashed'
    | 'dot-hollow'
    | 'cross'
    | 'ring'
    | 'band'
    | 'caveat';
  color: string;
  /** The character a 'caveat' glyph draws (the catalogue's caveats.mark, «§»). */
  mark?: string;
}

const GLYPHS: Record<LegendItem['glyph'], (c: string, mark: string) => string> = {
  bar: (c) => `<rect x="3" y="2" width="12" height="12" fill="${c}"/>`,
  'bar-hollow': (c) =>
    `<rect x="3.75" y="2.75" width="10.5" height="10.5" fill="#fff" stroke="${c}" stroke-width="1.5"/>`,
  'bar-dashed': (c) =>
    `<rect x="3.75" y="2.75" width="10.5" height="10.5" fill="${c}" fill-opacity=".45" stroke="${c}" stroke-width="1.5" stroke-dasharray="3,2"/>`,
  tick: (c) => `<path d="M1 8H17" stroke="${c}" stroke-width="2.5"/>`,
  'tick-dashed': (c) => `<path d="M1 8H17" stroke="${c}" stroke-width="3" stroke-dasharray="3,2"/>`,
  line: (c) => `<path d="M1 8H17" stroke="${c}" stroke-width="2"/>`,
  'line-dashed': (c) => `<path d="M1 8H17" stroke="${c}" stroke-width="2" stroke-dasharray="4,3"/>`,
  'dot-hollow': (c) => `<circle cx="9" cy="8" r="3.5" fill="#fff" stroke="${c}" stroke-width="1.5"/>`,
  cross: (c) => `<path d="M5 4L13 12M13 4L5 12" stroke="${c}" stroke-width="2"/>`,
  band: (c) => `<rect x="1" y="1" width="16" height="14" fill="${c}"/>`,
  ring: (c) => `<circle cx="9" cy="8" r="4" fill="none" stroke="${c}" stroke-width="1.5"/>`,
  caveat: (c, mark) =>
    `<text x="9" y="13" text-anchor="middle" font-size="14" font-weight="700" fill="${c}">${escapeHtml(mark)}</text>`,
};

/** The legend as HTML: each glyph a tiny decorative SVG beside its text. */
export function legendHtml(items: LegendItem[]): string {
  return items
    .map(
      (i) =>
        `<li><svg aria-hidden="true" width="18" height="16" viewBox="0 0 18 16">${GLYPHS[i.glyph](i.color, i.mark ?? '§')}</svg>${escapeHtml(i.label)}</li>`,
    )
    .join('');
}
