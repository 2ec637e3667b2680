import { en } from './en.ts';
import { nb, type Strings } from './nb.ts';
import { nn } from './nn.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

export type { Strings } from './nb.ts';
export * from './locales.ts';

/**
 * One catalogue per language, all of the shape `Strings` (i18n/nb.ts). A
 * language is published (routes, language switch, hreflang) once its
 * catalogue and its sentence module (src/lib/sentences/) are registered here
 * and there.
 */
const CATALOGUES: Partial<Record<Locale, Strings>> = { nb, nn, en };

/** The languages with a catalogue (the site is built in those that also have their sentences: routes.ts PUBLISHED_LOCALES). */
export const hasCatalogue = (locale: Locale): boolean => CATALOGUES[locale] !== undefined;

/** The interface strings of a language. */
export function messages(locale: Locale = DEFAULT_LOCALE): Strings {
  const m = CATALOGUES[locale];
  if (!m) throw new Error(`No message catalogue for «${locale}» yet (src/i18n/index.ts)`);
  return m;
}
