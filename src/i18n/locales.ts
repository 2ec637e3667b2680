/**
 * The site's languages and their addresses. Bokmål is the default and keeps
 * today's addresses (/kommune/oslo/); nynorsk and English live under a prefix
 * (/nn/kommune/oslo/, /en/kommune/oslo/). Every page, component and sentence
 * takes a `Locale` from the page down; nothing imports one language's strings
 * at module level.
 */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

export const isLocale = (s: unknown): s is Locale =>
  typeof s === 'string' && (LOCALES as readonly string[]).includes(s);

/** The address prefix of a language: '' for bokmål, '/nn', '/en'. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/**
 * A site path in a language: localePath('nn', '/kommune/oslo/') → '/nn/kommune/oslo/'.
 * The path is the bokmål (unprefixed) one and starts with '/'; a query or a
 * hash is kept. A path already carrying a language prefix is moved to the new one.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath: «${path}» is not a site path`);
  return `${localePrefix(locale)}${splitLocale(path).path}`;
}

/** '/nn/kommune/oslo/' → { locale: 'nn', path: '/kommune/oslo/' }; an unprefixed path is bokmål. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const m = /^\/(nn|en)(?=\/|$|\?|#)/.exec(pathname);
  if (!m) return { locale: DEFAULT_LOCALE, path: pathname };
  const rest = pathname.slice(m[0].length);
  return { locale: m[1] as Locale, path: rest.startsWith('/') ? rest : `/${rest}` };
}

/** The `lang` attribute (BCP 47) of a page in the language. */
export const htmlLang = (locale: Locale): string => locale;

/**
 * The locale Intl formats numbers, dates, plurals and lists with. Nynorsk takes
 * bokmål's: the two write numbers («1 234,5»), month names, «og» in lists and
 * singular/plural alike, and browsers lack nynorsk locale data — Chromium's
 * Intl.NumberFormat('nn-NO') falls back to en-US («1,234.5», «December 6,
 * 2026»), so a page script formatting with 'nn-NO' would print English.
 */
export const intlLocale = (locale: Locale): string => ({ nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' })[locale];
