import { escapeHtml } from '../format/escape-html.ts';

/**
 * A chart as a file of its own (the profile's panels and the comparison:
 * «Last ned figuren»): the chart's SVG inside a white frame that says what it
 * is, whose figures they are and when — the title above, the legend, under
 * the chart each source (publisher, table, years, file date, address), the
 * notes the chart needs (provisional marks), and the dataset's version and
 * date with the page's address. Everything is in the picture itself, not only
 * in the file name, so a copy pasted into a case paper still names its source.
 * Self-contained: no stylesheet, no font file, no external reference (a
 * system font stack; the chart's marks carry their own colours, `currentColor`
 * is the ink).
 *
 * Lines are wrapped by `measure` (the browser measures the real text on a
 * canvas; without one, an estimate of the font's average width). This module
 * imports nothing from the charts so that the download code, loaded on click,
 * shares no chunk with the profile's other scripts (the planning section's
 * 8 KB budget counts its chunks).
 */
export interface ChartFrame {
  title: string;
  /** The chart's legend as on the page: each glyph (the markup inside an 18×16 box) beside its words. */
  legend?: { glyph: string; label: string }[];
  /** The source line(s): «Kilde: IMDi: …, tabell …, tall for 2005–2026, fil fra … (https://…)». */
  sources: string[];
  /** Notes under the sources (what a hollow mark means …). */
  notes?: string[];
  /** The last line: dataset version and date, the page's address. */
  stamp: string;
}

export interface FrameStyle {
  /** The text's colour and the chart's `currentColor` (the page's --ink). */
  ink: string;
  /** The last line's colour (the page's --muted). */
  muted: string;
  /** The width of a text at a font size in px; an estimate when left out. */
  measure?: (text: string, size: number) => number;
}

/** The font stack of the pictures, as the page's (Base.astro) with DejaVu for a machine that has only that. */
export const EXPORT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const PAD = 12;
const TITLE = 16;
const SMALL = 11;
const LEGEND = 12;
const LINE = 1.35;
/** Without a measure: the average width of a sans-serif character, as a share of the font size. */
const estimate = (text: string, size: number) => text.length * size * 0.56;

/** Words into lines no wider than `width` (a word longer than the line stands alone). */
export function wrapBy(measure: (text: string, size: number) => number, text: string, width: number, size: number) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width and height an SVG string declares (its first `<svg>`'s `width`/`height`, else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1] ?? Number.NaN);
  const vb = /\sviewBox="([-\d.\s]+)"/.exec(open)?.[1].trim().split(/\s+/).map(Number);
  return { width: attr('width') || vb?.[2] || 800, height: attr('height') || vb?.[3] || 300 };
}

/** The chart SVG (markup of one `<svg>`) framed with title, legend, sources, notes and stamp: a standalone SVG document. */
export function framedSvg(chart: string, frame: ChartFrame, style: FrameStyle): string {
  const measure = style.measure ?? estimate;
  const { width, height } = svgSize(chart);
  const wrap = (text: string, size: number) => wrapBy(measure, text, width, size);
  const text = (lines: string[], y0: number, size: number, extra = '') =>
    lines
      .map(
        (l, i) =>
          `<text x="${PAD}" y="${(y0 + i * size * LINE).toFixed(1)}" font-size="${size}"${extra}>${escapeHtml(l)}</text>`,
      )
      .join('');
  const titleLines = wrap(frame.title, TITLE);
  const legendTop = PAD + TITLE + (titleLines.length - 1) * TITLE * LINE + PAD * 0.75;
  // The legend in rows under the title, each entry its glyph and words, wrapped at the chart's width.
  const ROW = 20;
  let x = 0;
  let row = 0;
  const legend = (frame.legend ?? [])
    .map((item) => {
      const w = 18 + 5 + measure(item.label, LEGEND) + 16;
      if (x > 0 && x + w > width) {
        x = 0;
        row++;
      }
      const at = { x: PAD + x, y: legendTop + row * ROW };
      x += w;
      return (
        `<svg x="${at.x.toFixed(1)}" y="${at.y.toFixed(1)}" width="18" height="16" viewBox="0 0 18 16">${item.glyph}</svg>` +
        `<text x="${(at.x + 23).toFixed(1)}" y="${(at.y + 12).toFixed(1)}" font-size="${LEGEND}">${escapeHtml(item.label)}</text>`
      );
    })
    .join('');
  const top = legendTop + (frame.legend?.length ? (row + 1) * ROW + PAD * 0.25 : 0);
  const foot = [...frame.sources, ...(frame.notes ?? [])].flatMap((s) => wrap(s, SMALL));
  const stamp = wrap(frame.stamp, SMALL);
  const footY = top + height + PAD + SMALL;
  const stampY = footY + foot.length * SMALL * LINE + (foot.length ? SMALL * 0.5 : 0);
  const total = Math.ceil(stampY + (stamp.length - 1) * SMALL * LINE + PAD);
  const W = Math.ceil(width + 2 * PAD);
  // The chart placed under the title and legend; its own width, height and viewBox kept, so it draws exactly as on the page.
  const placed = chart.trim().replace(/^<svg\b/, `<svg x="${PAD}" y="${top.toFixed(1)}"`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${total}" viewBox="0 0 ${W} ${total}" font-family="${escapeHtml(EXPORT_FONT)}" color="${style.ink}" fill="${style.ink}">` +
    `<title>${escapeHtml(frame.title)}</title>` +
    `<rect width="${W}" height="${total}" fill="#fff"/>` +
    text(titleLines, PAD + TITLE, TITLE, ' font-weight="bold"') +
    legend +
    placed +
    text(foot, footY, SMALL) +
    text(stamp, stampY, SMALL, ` fill="${style.muted}"`) +
    `</svg>\n`
  );
}
