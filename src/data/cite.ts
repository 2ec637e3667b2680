import { escapeHtml } from '../lib/format/escape-html.ts';
import { sourceLabel, type SourceLabel } from '../lib/format/source-label.ts';
import type { Citation } from '../lib/profile/panel.ts';
import { getSource } from './dataset.ts';

/** A panel's citation: the publisher's page (link text and address), then table and file date, and the years it covers. */
export function citationParts(c: Citation): SourceLabel & { span: string } {
  const span = c.years[0] === c.years[1] ? String(c.years[0]) : `${c.years[0]}–${c.years[1]}`;
  return { ...sourceLabel(getSource(c.source)), span };
}

/** A citation as HTML: the publisher's page a link, then table, file date and years (source lines the browser redraws). */
export function citationHtml(c: Citation): string {
  const p = citationParts(c);
  return `<a href="${escapeHtml(p.url)}">${escapeHtml(p.name)}</a>, ${escapeHtml(p.detail)}, ${p.span}`;
}

/** "IMDi: Nøkkeltall bosetting 2024, fil fra 15. januar 2025, 2024" as plain text (no brackets: table names may carry their own). */
export function citationText(c: Citation): string {
  const p = citationParts(c);
  return `${p.text}, ${p.span}`;
}
