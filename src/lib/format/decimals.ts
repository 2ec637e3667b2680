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

/**
 * Where a language puts the percent sign and the currency, read from Intl
 * (not written by us): «62,0 %» in bokmål and nynorsk, «62.0%» in English;
 * the krone after the amount in bokmål and nynorsk («1 969 kr»), before it in
 * English («NOK 1,969»). The unit's word itself is the catalogue's
 * (`t.units.kroner`).
 */
export interface UnitPlacement {
  /** What follows a number to make it a percentage: «\u00a0%» or «%». */
  percentSuffix: string;
  /** Whether the currency goes before the amount. */
  currencyFirst: boolean;
}
const placements = new Map<string, UnitPlacement>();
export function unitPlacementOf(locale: Locale | string = 'nb'): UnitPlacement {
  const key = locale === 'nb' || locale === 'nn' || locale === 'en' ? intlLocale(locale) : locale;
  let p = placements.get(key);
  if (!p) {
    const pct = new Intl.NumberFormat(key, { style: 'percent' }).formatToParts(1);
    const after = pct.slice(pct.findIndex((x) => x.type === 'integer') + 1).map((x) => x.value);
    const cur = new Intl.NumberFormat(key, { style: 'currency', currency: 'NOK' }).formatToParts(1);
    p = {
      percentSuffix: after.join(''),
      currencyFirst: cur.findIndex((x) => x.type === 'currency') < cur.findIndex((x) => x.type === 'integer'),
    };
    placements.set(key, p);
  }
  return p;
}

/** Bokmål's formats (the bokmål sentence modules use them directly). */
export const { int, one, two } = decimalsOf('nb');

/** A value per 1000 inhabitants as every page shows it: «2,90», «≥ 2,90» for a lower bound. */
export function formatPer1000(v: number, { lowerBound = false, locale = 'nb' as Locale | string } = {}): string {
  return `${lowerBound ? '≥\u00a0' : ''}${decimalsOf(locale).two.format(v)}`;
}
