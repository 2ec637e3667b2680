import type { Strings } from '../i18n/nb.ts';
import { DEFAULT_LOCALE, isLocale, localePath, splitLocale, type Locale } from '../i18n/locales.ts';
import type { PlanningWords } from '../lib/planning/render-scenario.ts';

/**
 * The browser scripts' language: the page's <html lang>, and that language's
 * catalogue loaded on its own (one chunk per language, so a page downloads
 * only its own strings). A language is added here when its catalogue is
 * registered in src/i18n/index.ts.
 */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

const CATALOGUES: Partial<Record<Locale, () => Promise<Strings>>> = {
  nb: () => import('../i18n/nb.ts').then((m) => m.nb),
  nn: () => import('../i18n/nn.ts').then((m) => m.nn),
  en: () => import('../i18n/en.ts').then((m) => m.en),
};
const PLANNING: Partial<Record<Locale, () => Promise<Omit<PlanningWords, 'locale'>>>> = {
  nb: () =>
    Promise.all([import('../i18n/nb-planning.ts'), import('../lib/sentences/nb-planning.ts')]).then(([s, p]) => ({
      live: s.planningLive,
      sentences: p.nbPlanning,
    })),
  nn: () =>
    Promise.all([import('../i18n/nn-planning.ts'), import('../lib/sentences/nn-planning.ts')]).then(([s, p]) => ({
      live: s.planningLive,
      sentences: p.nnPlanning,
    })),
  en: () =>
    Promise.all([import('../i18n/en-planning.ts'), import('../lib/sentences/en-planning.ts')]).then(([s, p]) => ({
      live: s.planningLive,
      sentences: p.enPlanning,
    })),
};

/** The page's catalogue. */
export function pageMessages(): Promise<Strings> {
  return (CATALOGUES[pageLocale()] ?? CATALOGUES[DEFAULT_LOCALE]!)();
}

/** The planning view's strings and sentences in the page's language (a small chunk of its own). */
export async function pagePlanningWords(): Promise<PlanningWords> {
  const locale = pageLocale();
  const w = await (PLANNING[locale] ?? PLANNING[DEFAULT_LOCALE]!)();
  return { ...w, locale };
}

/** A site path (as the data files write it, bokmål) in the page's language. */
export const pagePath = (path: string): string => localePath(pageLocale(), splitLocale(path).path);

/**
 * The language switch follows the page's state: each link keeps its own
 * language's path and takes the current query and hash (the comparison's
 * kommuner and measure, the brief's proposal). Without JavaScript the links
 * go to the plain page.
 */
export function syncLanguageLinks(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const url = new URL(a.href, location.href);
    a.href = `${url.pathname}${location.search}${location.hash}`;
  }
}
