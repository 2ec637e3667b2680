import { formatPer1000 } from '../format/decimals.ts';
import { escapeHtml } from '../format/escape-html.ts';
import { type Box, linear, niceDomain, r1, svgOpen, yAxis } from '../charts/svg.ts';
import { COLORS } from '../charts/theme.ts';
import type { RateAt } from '../domain/scenario.ts';

/**
 * The kommune's settled per 1000 inhabitants over its last ten years as
 * bars, and the proposal as a marked point after them with a dashed line at
 * its level, so the eye can hold it against every year. Drawn as a string
 * (charts/svg.ts) at build time and again in the browser as the proposal
 * changes. A provisional year is hollow, a lower bound hollow and dashed, a
 * hidden or missing year a word at the baseline. The history table beside it
 * is the text alternative.
 */
export interface ProposalChartOptions {
  label: string;
  /** Words for the marks: the proposal's label and the status words at the baseline. */
  words: { proposal: string; axis: string; suppressed: string; missing: string };
  width?: number;
  height?: number;
  fontSize?: number;
  /** The page's language (the numbers' format). */
  locale?: string;
}

export function proposalChart(
  history: RateAt[],
  proposal: number | null,
  { label, words, width = 340, height = 190, fontSize = 12, locale = 'nb' }: ProposalChartOptions,
): string {
  const box: Box = { width, height, top: 22, right: 8, bottom: 24, left: 40 };
  const values = [...history.map((h) => h.value ?? 0), proposal ?? 0];
  // The small scale, not d3-scale's: this chart is redrawn by the planning section's script (svg.ts linear).
  const y = linear(niceDomain(values, { top: 1, count: 4 }), [height - box.bottom, box.top]);
  const slots = history.length + 1;
  const step = (width - box.left - box.right) / slots;
  const x = (i: number) => box.left + step * i + step / 2;
  const bw = Math.max(4, step * 0.6);
  const base = y(0);
  const bars = history.map((h, i) => {
    const cx = x(i);
    if (h.value === null) {
      // Not applicable (no request that year) is not drawn, as on every chart (charts/theme.ts markStatusOf).
      if (h.status === 'not-applicable') return '';
      const word = h.status === 'suppressed' ? words.suppressed : words.missing;
      return `<text x="${r1(cx)}" y="${r1(base - 4)}" font-size="${fontSize - 2}" transform="rotate(-90 ${r1(cx)} ${r1(base - 4)})" text-anchor="start" dy="0.32em">${escapeHtml(word)}</text>`;
    }
    const top = y(h.value);
    const hollow = h.provisional || h.status === 'lower-bound';
    const dash = h.status === 'lower-bound' ? ' stroke-dasharray="3 2"' : '';
    return `<rect x="${r1(cx - bw / 2)}" y="${r1(top)}" width="${r1(bw)}" height="${r1(Math.max(0, base - top))}" fill="${hollow ? 'none' : COLORS.settled}" stroke="${COLORS.settled}" stroke-width="1.5"${dash}/>`;
  });
  // Two-digit years («’16») fit every slot down to phone width.
  const years = history.map(
    (h, i) => `<text x="${r1(x(i))}" y="${height - box.bottom + 6}" dy="0.71em">’${String(h.year).slice(-2)}</text>`,
  );
  const px = x(history.length);
  const mark =
    proposal === null
      ? ''
      : `<line x1="${box.left}" x2="${r1(px)}" y1="${r1(y(proposal))}" y2="${r1(y(proposal))}" stroke="currentColor" stroke-dasharray="4 3"/>` +
        `<path d="M${r1(px)},${r1(y(proposal) - 6)}l6,6l-6,6l-6,-6z" fill="currentColor" data-proposal="${formatPer1000(proposal, { locale })}"/>` +
        `<text x="${r1(px + 6)}" y="${r1(y(proposal) - 9)}" text-anchor="end" font-weight="bold">${escapeHtml(`${words.proposal}: ${formatPer1000(proposal, { locale })}`)}</text>`;
  return (
    svgOpen({ width, height }, label, fontSize) +
    yAxis(y, box, {
      values: y.ticks(4),
      format: (v) => formatPer1000(v, { locale }).replace(/[,.]00$/, ''),
      label: words.axis,
    }) +
    `<g>${bars.join('')}</g>` +
    `<g font-variant="tabular-nums">${years.join('')}</g>` +
    mark +
    '</svg>'
  );
}
