import type { Strings } from '../../i18n/nb.ts';
import type { Figure } from '../domain/figure.ts';
import { formatVintage } from '../format/date.ts';

/** One year of figures copied from IMDi's web page: the date of the copy (the source file's vintage) and the measures. */
export interface ScrapedCopy {
  year: number;
  vintage: string;
  measures: string[];
}

/**
 * Which years of the published figures are copies of IMDi's web page
 * (flag `scraped`), and as of when: read from the figures themselves, so
 * «Om dataene» says the date of the copy that is shown, not of one that was
 * replaced. A year with copies of two dates gives the newest.
 */
export function scrapedCopies(figures: Iterable<Figure>): ScrapedCopy[] {
  const byYear = new Map<number, { vintage: string; measures: Set<string> }>();
  for (const f of figures) {
    if (!f.flags.includes('scraped')) continue;
    const y = byYear.get(f.year) ?? { vintage: f.vintage, measures: new Set<string>() };
    if (f.vintage > y.vintage) y.vintage = f.vintage;
    y.measures.add(f.measure);
    byYear.set(f.year, y);
  }
  return [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, y]) => ({ year, vintage: y.vintage, measures: [...y.measures].sort() }));
}

/** «Om dataene»'s line on the copies of IMDi's web page, with each year's date; null when no figure is a copy. */
export function scrapedNote(t: Strings, copies: ScrapedCopy[]): readonly [string, string] | null {
  if (!copies.length) return null;
  return t.about.scraped(
    t.list(copies.map((c) => String(c.year))),
    t.list(copies.map((c) => t.about.scrapedAsOf(c.year, formatVintage(c.vintage, t.lang)))),
  );
}
