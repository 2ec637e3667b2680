import { intlLocale, type Locale } from '../../i18n/locales.ts';

/**
 * The site's number formats by language, without the message catalogue, so
 * the small browser scripts can share them: whole numbers, one decimal
 * (percent), two decimals (per 1000 inhabitants). Bokmål and nynorsk write
 * «1 234,5» (non-breaking space, decimal comma), English «1,234.5».
 * format/number.ts builds on these.
 */
export interface Decimals {
  int: Intl.NumberFormat;
  one: Intl.NumberFormat;
  /** Per 1000 always with two decimals (10,70, 0,00), as the downloads round them (export-table.ts SHOWN_DECIMALS): one rule per unit. */
  two: Intl.NumberFormat;
}
const cache = new Map<string, Decimals>();
export function decimalsOf(locale: Locale | string = 'nb'): Decimals {
  const key = locale === 'nb' || locale === 'nn' || locale === 'en' ? intlLocale(locale) : locale;
  let d = cache.get(key);
  if (!d) {
    d = {
      int: new Intl.NumberFormat(key, { maximumFractionDigits: 0 }),
      one: new Intl.NumberFormat(key, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      two: new Intl.NumberFormat(key, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    };
    cache.set(key, d);
  }
  return d;
}

/** Bokmål's formats (the bokmål sentence modules use them directly). */
export const { int, one, two } = decimalsOf('nb');

/** A value per 1000 inhabitants as every page shows it: «2,90», «≥ 2,90» for a lower bound. */
export function formatPer1000(v: number, { lowerBound = false, locale = 'nb' as Locale | string } = {}): string {
  return `${lowerBound ? '≥\u00a0' : ''}${decimalsOf(locale).two.format(v)}`;
}
