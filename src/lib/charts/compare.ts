import { scaleLinear } from 'd3-scale';
import { CHART, INK, REFERENCE_GREY, textWidth, yearTicks } from './theme.ts';
import {
  dodge,
  niceDomain,
  r1,
  svgOpen,
  unitTicks,
  xAxis,
  yAxis,
  type Box,
  type CompareUnit,
  type TickWords,
} from './svg.ts';
import { escapeHtml } from '../format/escape-html.ts';

export interface ComparePoint {
  year: number;
  series: string;
  kind: 'kommune' | 'referanse';
  value: number | null;
  /** Drawn hollow, as on the profile. */
  provisional?: boolean;
  tip: string;
}

/** A point as drawn: where it is on the chart. */
export type PlacedPoint = ComparePoint & { value: number; x: number; y: number };

/** The first kommune: near-black and thick, so it reads as the subject. */
export const FIRST_COLOR = INK;
/** The other kommuner: each at least 4.5:1 on white, so the same colour serves line (≥ 3:1) and label text. */
export const KOMMUNE_COLORS = [
  '#0072B2',
  '#B84A00',
  '#007A5A',
  '#A6307F',
  '#5E6B00',
  '#3B4A9E',
  '#A5333A',
  '#00707A',
  '#8C6D31',
];
/** References: grey (4.5:1), each with its own dash pattern, also drawn beside its name at the line end. */
export const REFERENCE_COLOR = REFERENCE_GREY;
/** Dash patterns of the references in order (dashed, dotted, dash-dot, long dash), so two never look alike. */
export const REFERENCE_DASHES = ['6,3', '1.5,3', '9,3,2,3', '14,4'];
/** Width of the dash sample drawn before a reference's name. */
const SWATCH = 18;

/** Dash pattern of each reference series, in order of appearance ('' for a kommune). */
export function seriesDash(points: Pick<ComparePoint, 'series' | 'kind'>[]): (series: string) => string {
  const refs = [...new Set(points.filter((p) => p.kind === 'referanse').map((p) => p.series))];
  return (s) => {
    const i = refs.indexOf(s);
    return i < 0 ? '' : REFERENCE_DASHES[i % REFERENCE_DASHES.length];
  };
}

/** Colour of each series: first kommune dark, then the palette, references grey. */
export function seriesColor(points: Pick<ComparePoint, 'series' | 'kind'>[]): (series: string) => string {
  const kommuner = [...new Set(points.filter((p) => p.kind === 'kommune').map((p) => p.series))];
  return (s) => {
    const i = kommuner.indexOf(s);
    if (i < 0) return REFERENCE_COLOR;
    return i === 0 ? FIRST_COLOR : KOMMUNE_COLORS[(i - 1) % KOMMUNE_COLORS.length];
  };
}

export interface CompareChart {
  svg: string;
  width: number;
  height: number;
  /** Every point with a value, where it is drawn (for hover and keyboard reading). */
  points: PlacedPoint[];
  color: (series: string) => string;
}

/**
 * Comparison over time: a line per kommune (the first dark and thick, the
 * others in colour), dashed grey lines for references, gaps where a year has
 * no figure, provisional points hollow, and names at the line ends with a
 * leader where a label had to move (so an exported SVG needs no separate
 * legend). The same function draws the chart at build time and in the
 * browser; hover and focus add a ring and a tip (svg.ts) at `points`.
 */
export function compareChart(
  points: ComparePoint[],
  {
    unit,
    label = '',
    width = CHART.width + 120,
    height = 340,
    fontSize = CHART.fontSize,
    ariaLabel = '',
    proposal,
    t,
  }: {
    /** The page's catalogue: the axis ticks' number format and words. */
    t: TickWords;
    unit: CompareUnit;
    label?: string;
    width?: number;
    height?: number;
    fontSize?: number;
    ariaLabel?: string;
    /**
     * A proposed decision for a kommune's coming year (compare/proposal.ts): drawn as a mark of its own
     * (an open diamond in the kommune's colour, «Forslag 2027» written beside it), not joined to the line.
     */
    proposal?: { series: string; year: number; value: number; label: string };
  },
): CompareChart {
  const narrow = width < 560;
  const names = [...new Set(points.map((p) => p.series))];
  const kommuner = [...new Set(points.filter((p) => p.kind === 'kommune').map((p) => p.series))];
  const color = seriesColor(points);
  const dash = seriesDash(points);
  // On a phone the names alone label the lines (no room for a dash sample beside them).
  const swatchOf = (n: string) => (narrow ? '' : dash(n));
  const shortName = (n: string) => n.replace(/ \(\d+ kommuner?\)$/, '');
  // The right margin holds the names at the line ends: as wide as the longest needs, no wider
  // (textWidth is an average letter; names with capitals run about 10 % wider, bold a little more).
  const widthOf = (text: string, n: string) =>
    textWidth(text, fontSize) * (n === kommuner[0] ? 1.15 : 1.1) + (swatchOf(n) ? SWATCH + 4 : 0);
  const cap = narrow ? 96 : 190;
  // A name wider than the margin that is an official name in two or three languages
  // («Guovdageaidnu – Kautokeino» on a phone) is written a part to a line, in a margin a little wider.
  const linesOf = (n: string) => {
    const short = shortName(n);
    return widthOf(short, n) + 16 <= cap || !short.includes(' – ')
      ? [short]
      : short.split(' – ').map((part, i, all) => (i < all.length - 1 ? `${part} –` : part));
  };
  const wrapped = names.some((n) => linesOf(n).length > 1);
  const labelRoom = Math.max(0, ...names.flatMap((n) => linesOf(n).map((l) => widthOf(l, n))));
  const box: Box = {
    width,
    height,
    top: 20,
    bottom: 30,
    left: narrow ? 44 : CHART.marginLeft,
    right: Math.min(wrapped && narrow ? 140 : cap, Math.ceil(labelRoom) + 16),
  };
  const years = [...points.map((p) => p.year), ...(proposal ? [proposal.year] : [])];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const x = scaleLinear([first, last], [box.left, width - box.right]);
  const values = [...points.flatMap((p) => (p.value === null ? [] : [p.value])), ...(proposal ? [proposal.value] : [])];
  const y = scaleLinear(niceDomain(values, { top: unit === 'prosent' ? 100 : 0, count: 8 }), [
    height - box.bottom,
    box.top,
  ]);
  const placed: PlacedPoint[] = points
    .filter((p): p is ComparePoint & { value: number } => p.value !== null)
    .map((p) => ({ ...p, x: r1(x(p.year)), y: r1(y(p.value)) }));
  const isFirst = (n: string) => n === kommuner[0];

  const lines = names.map((n) => {
    // Solid between final figures; a segment that reaches a provisional (part-year) figure is drawn
    // dashed, so a part-year does not read as a fall. A year without a figure breaks the line.
    let solid = '';
    let prov = '';
    let prev: ComparePoint | undefined;
    let pen = false; // the solid path ends at prev
    for (const p of points.filter((q) => q.series === n).sort((a, b) => a.year - b.year)) {
      if (p.value === null) {
        prev = undefined;
        pen = false;
        continue;
      }
      const at = `${r1(x(p.year))},${r1(y(p.value))}`;
      if (prev && (prev.provisional || p.provisional)) {
        prov += `M${r1(x(prev.year))},${r1(y(prev.value!))}L${at}`;
        pen = false;
      } else {
        // Pick up again from a final year the dashed segment ended on.
        if (!pen && prev) solid += `M${r1(x(prev.year))},${r1(y(prev.value!))}`;
        solid += `${pen || prev ? 'L' : 'M'}${at}`;
        pen = true;
      }
      prev = p;
    }
    const w = isFirst(n) ? 3.5 : kommuner.includes(n) ? 2 : 1.5;
    const ref = !kommuner.includes(n);
    const path = (d: string, dash: string) =>
      d
        ? `<path d="${d}" fill="none" stroke="${color(n)}" stroke-width="${w}"${dash ? ` stroke-dasharray="${dash}"` : ''} stroke-linejoin="round" stroke-linecap="round"/>`
        : '';
    return path(solid, ref ? dash(n) : '') + path(prov, ref ? '1,4' : '2,5');
  });

  const dots = placed.map((p) => {
    const c = color(p.series);
    const rad = isFirst(p.series) ? 3 : 2.5;
    return p.provisional
      ? `<circle cx="${p.x}" cy="${p.y}" r="${rad}" fill="white" stroke="${c}" stroke-width="1.5"/>`
      : `<circle cx="${p.x}" cy="${p.y}" r="${rad}" fill="${c}"/>`;
  });

  // End labels: each series' last point, nudged apart vertically so no two overprint.
  const ends = names
    .map((n) => placed.filter((p) => p.series === n).at(-1))
    .filter((p): p is PlacedPoint => !!p)
    .map((p) => ({ p, ly: p.y }))
    .sort((a, b) => a.ly - b.ly);
  // Each label's lines (a two-language name on a phone takes two), its first line on its point where it can be
  // (svg.ts dodge, as the profile's line ends).
  const lineH = fontSize + 2;
  const tops = dodge(
    ends.map((e) => {
      const n = linesOf(e.p.series).length;
      return { y: e.ly + ((n - 1) * lineH) / 2, h: n * lineH };
    }),
    { top: fontSize / 2 - lineH / 2, bottom: height - box.bottom + lineH / 2 },
  );
  ends.forEach((e, i) => {
    e.ly = tops[i] + lineH / 2;
  });
  // With a proposal the names stand after its year, each led from its line's end.
  const labelAt = proposal ? r1(x(proposal.year)) : null;
  const labels = ends.map(({ p: end, ly }) => {
    const c = color(end.series);
    const lines = linesOf(end.series);
    const p = { ...end, x: labelAt ?? end.x };
    const leader =
      labelAt !== null && labelAt > end.x
        ? `<line x1="${end.x + 4}" x2="${p.x + 5}" y1="${end.y}" y2="${r1(ly)}" stroke="${c}" stroke-width="0.8" stroke-dasharray="1,2"/>`
        : Math.abs(ly - p.y) > 1
          ? `<line x1="${p.x + 5}" x2="${p.x + 5}" y1="${p.y}" y2="${r1(ly)}" stroke="${c}" stroke-width="0.8"/>`
          : '';
    const bold = isFirst(p.series) ? ' font-weight="bold"' : '';
    // A reference's name starts with a sample of its dash pattern: the label says which grey line is which.
    const d = swatchOf(p.series);
    const swatch = d
      ? `<line class="swatch" x1="${p.x + 9}" x2="${p.x + 9 + SWATCH}" y1="${r1(ly)}" y2="${r1(ly)}" stroke="${c}" stroke-width="2" stroke-dasharray="${d}"/>`
      : '';
    const x = p.x + 9 + (d ? SWATCH + 4 : 0);
    const text =
      lines.length === 1
        ? escapeHtml(lines[0])
        : lines.map((l, i) => `<tspan x="${x}"${i ? ` dy="${lineH}"` : ''}>${escapeHtml(l)}</tspan>`).join('');
    return `${leader}${swatch}<text x="${x}" y="${r1(ly)}" dy="0.32em" text-anchor="start" fill="${c}"${bold}>${text}</text>`;
  });

  // The proposal: an open diamond, its words to its left at its height, inside the plot.
  const mark = proposal
    ? ((px: number, py: number, c: string) =>
        `<g class="proposal" data-proposal="${proposal.year}"><path d="M${px},${r1(py - 7)}L${r1(px + 7)},${py}L${px},${r1(py + 7)}L${r1(px - 7)},${py}Z" fill="white" stroke="${c}" stroke-width="2.5"/>` +
        `<text x="${r1(px - 11)}" y="${py}" dy="0.32em" text-anchor="end" font-weight="bold" fill="${c}" stroke="white" stroke-width="3" paint-order="stroke">${escapeHtml(proposal.label)}</text></g>`)(
        r1(x(proposal.year)),
        r1(y(proposal.value)),
        color(proposal.series),
      )
    : '';
  const max = Math.max(0, ...values);
  const svg =
    svgOpen(box, ariaLabel, fontSize) +
    yAxis(y, box, {
      values: y.ticks(Math.max(3, Math.round((height - box.top - box.bottom) / 35))),
      format: unitTicks(unit, max, t),
      label,
    }) +
    xAxis(x, box, {
      values: yearTicks(first, last, width - box.left - box.right, fontSize),
      format: String,
    }) +
    `<line x1="${box.left}" x2="${width - box.right}" y1="${r1(y(0))}" y2="${r1(y(0))}" stroke="currentColor"/>` +
    `<g class="lines">${lines.join('')}</g><g class="dots">${dots.join('')}</g><g class="labels">${labels.join('')}</g>${mark}</svg>`;
  return { svg, width, height, points: placed, color };
}

/** The drawn point nearest (x, y) in chart pixels, if one is within `within` px: what hover marks. */
export function nearestPoint(points: PlacedPoint[], x: number, y: number, within = 40): PlacedPoint | undefined {
  let best: PlacedPoint | undefined;
  let bestD = within * within;
  for (const p of points) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}
