import { escapeHtml } from '../lib/format/escape-html.ts';
import { sourceLabel, type SourceLabel } from '../lib/format/source-label.ts';
import type { Citation } from '../lib/profile/panel.ts';
import { getSource } from './dataset.ts';
import { messages, type Locale } from '../i18n/index.ts';

/** A panel's citation: the publisher's page (link text and address), then table, the years it covers and the file date. */
export function citationParts(c: Citation, locale: Locale): SourceLabel {
  return sourceLabel(messages(locale), getSource(c.source), c.years);
}

/** A citation as HTML: the publisher's page a link, then table, years and file date (source lines the browser redraws). */
export function citationHtml(c: Citation, locale: Locale): string {
  const p = citationParts(c, locale);
  // The publishers' page names are bokmål: marked so on a nynorsk or English page.
  return `<a href="${escapeHtml(p.url)}"${locale === 'nb' ? '' : ' lang="nb"'}>${escapeHtml(p.name)}</a>, ${escapeHtml(p.detail)}`;
}

/** "IMDi: Nøkkeltall bosetting 2024, fil fra 15. januar 2025" as plain text (no brackets: table names may carry their own). */
export function citationText(c: Citation, locale: Locale): string {
  return citationParts(c, locale).text;
}
