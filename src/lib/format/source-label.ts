import type { Strings } from '../../i18n/nb.ts';
import type { SourceFileRow } from '../domain/dataset-schema.ts';
import { yearSpan } from '../domain/coverage.ts';
import { dateInWords } from './date.ts';
import { escapeHtml } from './escape-html.ts';

export type LabelledSource = Pick<
  SourceFileRow,
  'publisher' | 'table' | 'vintage' | 'publisherPage' | 'publisherUrl' | 'publisherPageNote'
>;

export interface SourceLabel {
  /** The publisher and its page or table in words: the link's text. */
  name: string;
  /** The publisher's own page (https). */
  url: string;
  /** After the link: the table's identifier where the page name does not carry it, and the file's date in words. */
  detail: string;
  /** name and detail as one line of plain text. */
  text: string;
}

/**
 * How a source is named to a reader, everywhere (profile, brief, comparison, ranking, downloads):
 * the publisher's own page first, then the table and the date of the file used, in words
 * («IMDi: Nøkkeltall bosetting 2024, fil fra 15. januar 2025»). The re-publisher's copy is not
 * named here: it is provenance, on «Om dataene». With `years`, the years the figures cited are for
 * («SSB: Statistikkbanken, tabell 07459, tall for 2016–2025, fil fra juni 2026»).
 */
export function sourceLabel(t: Strings, s: LabelledSource, years?: readonly [number, number]): SourceLabel {
  const name = t.source.name(s.publisher, s.publisherPage);
  // A table identifier (bosatt_anmodede, 07459) is said unless the page's name already holds it.
  const table =
    /^\w+$/.test(s.table) && !new RegExp(`\\b${s.table}\\b`).test(s.publisherPage) ? t.source.table(s.table) : null;
  // The years cited, said before the file's date («tall for 2016–2025, fil fra …»), never trailing it as a bare
  // year; left out where the page's name already names the one year («Nøkkeltall bosetting 2024»).
  const span = years ? yearSpan(years[0], years[1]) : null;
  const said = span !== null && !new RegExp(`\\b${span}\\b`).test(s.publisherPage);
  const detail = [table, said ? t.source.years(span) : null, t.source.file(dateInWords(s.vintage, t.lang))]
    .filter(Boolean)
    .join(', ');
  return { name, url: s.publisherUrl, detail, text: `${name}, ${detail}` };
}

/** A source as one line of plain text with its address (downloads, chart tips, kilder.json). */
export function sourcePlainText(t: Strings, s: LabelledSource, years?: readonly [number, number]): string {
  return plainText(t, sourceLabel(t, s, years));
}

/** A label as one line of plain text with its address. */
export function plainText(t: Strings, l: SourceLabel): string {
  return t.source.withUrl(l.text, l.url);
}

/** Sources as HTML: each publisher's page a link, then the table and file date («Kilde» lines the browser redraws). */
export function sourceLinksHtml(labels: SourceLabel[], lang = 'nb'): string {
  // The publishers' page names are bokmål: marked so on a nynorsk or English page.
  const mark = lang === 'nb' ? '' : ' lang="nb"';
  return labels
    .map((l) => `<a href="${escapeHtml(l.url)}"${mark}>${escapeHtml(l.name)}</a>, ${escapeHtml(l.detail)}`)
    .join('; ');
}

/** The comparison's «Kilde:» line (page and embed): the sources the view's points cite that have a label, then the legend. */
export function compareSourceLineHtml(
  t: Strings,
  series: { points: { sources: string[] }[] }[],
  labels: Record<string, SourceLabel>,
): string {
  const used = [...new Set(series.flatMap((s) => s.points.flatMap((p) => p.sources)))].filter((id) => labels[id]);
  return `${escapeHtml(t.profile.source)}: ${
    sourceLinksHtml(
      used.map((id) => labels[id]),
      t.lang,
    ) || '–'
  }. ${escapeHtml(t.compare.sourceLegend)}`;
}
