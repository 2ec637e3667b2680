import { hasCatalogue } from './index.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, localePath, splitLocale, type Locale } from './locales.ts';

/**
 * The languages the site is built in, bokmål first: those with a catalogue
 * (src/i18n/index.ts). Each must also have its sentences
 * (src/lib/sentences/index.ts): tests/unit/i18n/locales.test.ts fails
 * otherwise, and the build stops at the first sentence it cannot write. (The
 * sentences read i18n/, so i18n/ does not read them back.)
 */
export const PUBLISHED_LOCALES: readonly Locale[] = LOCALES.filter((l) => hasCatalogue(l));

/**
 * Routing: every page type lives once under src/pages/[...locale]/; its
 * getStaticPaths runs over the published languages, bokmål with no prefix
 * (the rest parameter is undefined: today's addresses), nynorsk and English
 * under /nn/ and /en/. The page reads its language with localeOf and passes
 * it down to every component, data accessor and sentence.
 */
export const localeParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** getStaticPaths for a page with no other parameter: one page per published language. */
export function localeStaticPaths() {
  return PUBLISHED_LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/** getStaticPaths for a page per item (kommune) and language. */
export function localeStaticPathsOf<T, P extends Record<string, string>>(items: T[], params: (item: T) => P) {
  return PUBLISHED_LOCALES.flatMap((locale) =>
    items.map((item) => ({ params: { ...params(item), locale: localeParam(locale) }, props: { locale, item } })),
  );
}

/** The page's language from its rest parameter (undefined: bokmål). */
export function localeOf(param: string | undefined): Locale {
  if (param === undefined) return DEFAULT_LOCALE;
  if (!isLocale(param)) throw new Error(`Unknown language prefix «${param}»`);
  return param;
}

/**
 * The same page in every published language (the language switch and the hreflang alternates), from a page's
 * path; `only` for a page that exists in fewer languages.
 */
export function alternatesOf(pathname: string, only?: readonly Locale[]): { locale: Locale; path: string }[] {
  const { path } = splitLocale(pathname);
  return PUBLISHED_LOCALES.filter((l) => !only || only.includes(l)).map((locale) => ({
    locale,
    path: localePath(locale, path),
  }));
}
