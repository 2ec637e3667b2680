import { escapeHtml } from '../lib/format/escape-html.ts';
import { sourceLabel, type SourceLabel } from '../lib/format/source-label.ts';
import type { Citation } from '../lib/profile/panel.ts';
import { getSource } from './dataset.ts';

/** A panel's citation: the publisher's page (link text and address), then table, the years it covers and the file date. */
export function citationParts(c: Citation): SourceLabel {
  return sourceLabel(getSource(c.source), c.years);
}

/** A citation as HTML: the publisher's page a link, then table, years and file date (source lines the browser redraws). */
export function citationHtml(c: Citation): string {
  const p = citationParts(c);
  return `<a href="${escapeHtml(p.url)}">${escapeHtml(p.name)}</a>, ${escapeHtml(p.detail)}`;
}

/** "IMDi: Nøkkeltall bosetting 2024, fil fra 15. januar 2025" as plain text (no brackets: table names may carry their own). */
export function citationText(c: Citation): string {
  return citationParts(c).text;
}
