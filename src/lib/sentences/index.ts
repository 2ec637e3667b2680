import { messages } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { enSentences } from './en.ts';
import { enPlanning } from './en-planning.ts';
import { nbSentences } from './nb.ts';
import { nbPlanning } from './nb-planning.ts';
import { nnSentences } from './nn.ts';
import { nnPlanning } from './nn-planning.ts';
import type { PlanningSentences, PlanningWords, Sentences } from './types.ts';

export type { PlanningSentences, Sentences } from './types.ts';

/**
 * The sentence registry: one module per language behind `Sentences`. A new
 * language adds its module here (and its catalogue in src/i18n/index.ts).
 * The browser imports a planning module directly by the page's locale (the
 * whole registry would ship every language).
 */
const SENTENCES: Partial<Record<Locale, Sentences>> = { nb: nbSentences, nn: nnSentences, en: enSentences };
const PLANNING: Partial<Record<Locale, PlanningSentences>> = { nb: nbPlanning, nn: nnPlanning, en: enPlanning };

export function sentencesFor(locale: Locale): Sentences {
  const s = SENTENCES[locale];
  if (!s) throw new Error(`No sentence module for «${locale}» yet (src/lib/sentences/index.ts)`);
  return s;
}

export function planningSentencesFor(locale: Locale): PlanningSentences {
  const s = PLANNING[locale];
  if (!s) throw new Error(`No planning sentences for «${locale}» yet (src/lib/sentences/index.ts)`);
  return s;
}

/** What the planning view says at build time in a language (the browser loads the same: client/page-locale.ts). */
export function planningWordsFor(locale: Locale): PlanningWords {
  return { locale, live: messages(locale).planning, sentences: planningSentencesFor(locale) };
}
