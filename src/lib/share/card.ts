/**
 * A kommune's share card (Open Graph / Twitter image) as SVG: its name, the
 * newest settlement figures as numbers beside the chart's own marks (ring =
 * request, tick = decision, bar = settled; the profile's legend), and the
 * profile's settlement chart (charts/settlement.ts, the page's own SVG). No
 * words but the name, so one image serves every language of the page.
 * render-card.ts turns it into a PNG at build time. pageCardSvg: the card of
 * a page that is not a kommune's (the front page, the comparison), in its
 * language.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { escapeHtml } from '../format/escape-html.ts';
import { COLORS, INK, MUTED, REQUEST_RING } from '../charts/theme.ts';
import { CARD } from './tags.ts';

/** The request ring is dark grey on screen (settlement.ts SCREEN), as in the chart under it. */
const RING = REQUEST_RING;

export interface CardFigure {
  kind: 'request' | 'decision' | 'settled';
  /** The number as the page writes it; a figure that is not a number (a status in words) is left out by the caller. */
  value: string;
  /** A settled figure for a year not over when the file was made: a hollow bar, as in the chart. */
  provisional?: boolean;
}
export interface CardGroup {
  year: number;
  figures: CardFigure[];
}
export interface CardInput {
  name: string;
  groups: CardGroup[];
  /** The settlement chart's SVG (with width, height and viewBox), or none when the kommune has no settlement figures. */
  chart?: string;
}

const FONT = 'DejaVu Sans';
/** DejaVu Sans' digit and space advance (0.636 em): the figures are laid out without measuring text. */
const em = 0.636;

function glyph({ kind, provisional }: CardFigure, x: number, y: number): string {
  if (kind === 'request')
    return `<circle cx="${x + 12}" cy="${y}" r="10" fill="none" stroke="${RING}" stroke-width="4"/>`;
  if (kind === 'decision') return `<rect x="${x}" y="${y - 4}" width="24" height="8" fill="${COLORS.decision}"/>`;
  return provisional
    ? `<rect x="${x + 3.5}" y="${y - 12.5}" width="17" height="25" fill="none" stroke="${COLORS.settled}" stroke-width="3"/>`
    : `<rect x="${x + 2}" y="${y - 14}" width="20" height="28" fill="${COLORS.settled}"/>`;
}

/** The chart's own SVG placed in a box, scaled to fit (its viewBox keeps its proportions). */
function placeChart(chart: string, box: { x: number; y: number; width: number; height: number }): string {
  const open = /^<svg\b[^>]*>/.exec(chart.trim());
  if (!open) return '';
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open[0]);
  if (!vb) return '';
  const [w, h] = [Number(vb[1]), Number(vb[2])];
  const scale = Math.min(box.width / w, box.height / h);
  const x = box.x + (box.width - w * scale) / 2;
  // The chart's outer element keeps its font, anchor and colour (fill="currentColor" needs a color).
  const attrs = open[0]
    .replace(/^<svg\b/, '')
    .replace(/>$/, '')
    .replace(/\s(?:width|height|viewBox|xmlns|role|aria-label|class)="[^"]*"/g, '');
  const body = chart
    .trim()
    .slice(open[0].length)
    .replace(/<\/svg>\s*$/, '');
  return `<g transform="translate(${Math.round(x)},${box.y}) scale(${scale.toFixed(4)})" color="${INK}"${attrs}>${body}</g>`;
}

export function cardSvg({ name, groups, chart }: CardInput): string {
  const { width, height } = CARD;
  const size = 40;
  // A long official name (three languages' names) gets smaller so it fits the card's width (bold ≈ 0.7 em a letter).
  const nameSize = Math.min(60, Math.floor((width - 120) / (name.length * 0.7)));
  let x = 60;
  const y = 150;
  const figs: string[] = [];
  for (const g of groups) {
    figs.push(`<text x="${x}" y="${y + 14}" font-size="${size}" font-weight="bold" fill="${MUTED}">${g.year}</text>`);
    x += Math.round(4 * size * em) + 28;
    for (const f of g.figures) {
      figs.push(glyph(f, x, y));
      x += 34;
      figs.push(`<text x="${x}" y="${y + 14}" font-size="${size}" fill="${INK}">${escapeHtml(f.value)}</text>`);
      x += Math.round(f.value.length * size * em) + 30;
    }
    x += 30;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<rect width="${width}" height="12" fill="${COLORS.decision}"/>` +
    `<text x="60" y="92" font-size="${nameSize}" font-weight="bold" fill="${INK}">${escapeHtml(name)}</text>` +
    figs.join('') +
    (chart ? placeChart(chart, { x: 40, y: 200, width: width - 80, height: height - 220 }) : '') +
    '</svg>'
  );
}

/** The picture on a page's card: Norway's outline in one light tint (no figure is drawn). */
const LAND = '#d6e6f2';

export interface PageCardInput {
  /** Small, above the title (the site's name on the comparison's card); none on the front page's. */
  kicker?: string;
  title: string;
  /** The sentence under the title, wrapped to the text column. */
  text: string;
  /** Norway's outline as GeoJSON (data/front.ts mapOutline: the kommuner merged). */
  outline: unknown;
}

/**
 * Words to lines of at most `chars` characters (resvg draws no wrapped text). DejaVu Sans is
 * wide: ~0.58 em a character in running text, so `chars` is the column's width over that.
 */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Norway in a box, in the front map's projection (transverse Mercator at 15° E), paths rounded to 0.1 px. */
function norway(outline: unknown, box: { x: number; y: number; width: number; height: number }): string {
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitExtent(
      [
        [box.x, box.y],
        [box.x + box.width, box.y + box.height],
      ],
      outline as never,
    );
  const path = geoPath(projection).digits(1);
  return `<path d="${path(outline as never) ?? ''}" fill="${LAND}" stroke="${MUTED}" stroke-width="1"/>`;
}

export function pageCardSvg({ kicker, title, text, outline }: PageCardInput): string {
  const { width, height } = CARD;
  const column = 700;
  const titleSize = Math.min(72, Math.floor(column / (title.length * 0.72)));
  const textSize = 36;
  const lines = wrapWords(text, Math.floor(column / (textSize * 0.58)));
  let y = kicker ? 130 : 150;
  const parts: string[] = [];
  if (kicker) {
    parts.push(`<text x="60" y="${y}" font-size="36" font-weight="bold" fill="${MUTED}">${escapeHtml(kicker)}</text>`);
    y += titleSize + 20;
  }
  parts.push(
    `<text x="60" y="${y}" font-size="${titleSize}" font-weight="bold" fill="${INK}">${escapeHtml(title)}</text>`,
  );
  y += Math.round(titleSize * 0.5) + textSize + 10;
  for (const l of lines) {
    parts.push(`<text x="60" y="${y}" font-size="${textSize}" fill="${INK}">${escapeHtml(l)}</text>`);
    y += Math.round(textSize * 1.35);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    norway(outline, { x: 820, y: 40, width: 340, height: height - 70 }) +
    `<rect width="${width}" height="12" fill="${COLORS.decision}"/>` +
    parts.join('') +
    '</svg>'
  );
}
