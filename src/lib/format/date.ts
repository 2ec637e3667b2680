import { intlLocale, isLocale } from '../../i18n/locales.ts';

/**
 * Dates of the publishers' files (vintages: "2024-11-13", "2023-09", "2015")
 * in the page's language, through Intl.DateTimeFormat — no month names of our
 * own. `locale` is a site locale ('nb', 'nn', 'en') or a BCP 47 tag.
 */
const tag = (locale: string) => (isLocale(locale) ? intlLocale(locale) : locale);
const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag(locale)}|${JSON.stringify(o)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag(locale), { ...o, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}
const dateOf = (y: string, m = '1', d = '1') => new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));

/** "november 2024": the month of a vintage ("2024-11" or "2024-11-13"); a bare year stays a year. */
export function monthOf(vintage: string, locale: string): string {
  const [y, m] = vintage.split('-');
  return m ? fmt(locale, { month: 'long', year: 'numeric' }).format(dateOf(y, m)) : y;
}

/**
 * A file's vintage as a cut-off date, the month in words in every language (a numeric date reads
 * differently in Norway and in English-speaking countries): "2024-11-13" → "13. november 2024"
 * (en "13 November 2024"), "2023-09" → "september 2023", "2015" → "2015".
 */
export function formatVintage(vintage: string, locale: string): string {
  return dateInWords(vintage, locale);
}

/** A file's vintage in words: "2024-11-13" → "13. november 2024" (en 13 November 2024), "2023-09" → "september 2023", "2015" → "2015". */
export function dateInWords(vintage: string, locale: string): string {
  const [y, m, d] = vintage.split('-');
  if (d) return fmt(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(dateOf(y, m, d));
  return monthOf(vintage, locale);
}
