import { getMeasure, groupLabel } from '../lib/domain/measures.ts';
import { getView } from '../lib/domain/views.ts';
import type { Locale } from './locales.ts';
import { MEASURES_EN, VIEWS_EN } from './measures-en.ts';
import { MEASURES_NN, VIEWS_NN, type MeasureText, type ViewText } from './measures-nn.ts';

/**
 * A measure's and a view's words in a language: bokmål from the registry
 * itself (domain/measures.ts, domain/views.ts, written to measures.csv),
 * nynorsk and English from i18n/measures-nn.ts and measures-en.ts, keyed by
 * the same ids and group keys (their tests fail on a missing one). The ids,
 * group keys and the downloads' column names stay machine names in every
 * language; only what a reader sees goes through here.
 */
export interface MeasureWords {
  label(measure: string): string;
  definition(measure: string): string;
  /** A group's label; '' (the total) is «Alle» / «All» where the measure names none. */
  group(measure: string, group: string): string;
  /** A view's label, short label and definition. */
  view(id: string): ViewText;
}

const ALL: Record<Locale, string> = { nb: 'Alle', nn: 'Alle', en: 'All' };

function fromTable(
  locale: Locale,
  measures: Record<string, MeasureText>,
  views: Record<string, ViewText>,
): MeasureWords {
  const m = (id: string) => {
    getMeasure(id); // an unknown id throws, as in bokmål
    return measures[id];
  };
  return {
    label: (id) => m(id).label,
    definition: (id) => m(id).definition,
    group: (id, group) => m(id).groups?.[group] ?? (group || ALL[locale]),
    view: (id) => {
      const v = views[id];
      if (!v) throw new Error(`unknown view ${JSON.stringify(id)}`);
      return v;
    },
  };
}

const NB: MeasureWords = {
  label: (id) => getMeasure(id).label,
  definition: (id) => getMeasure(id).definition,
  group: groupLabel,
  view: (id) => {
    const v = getView(id);
    if (!v) throw new Error(`unknown view ${JSON.stringify(id)}`);
    return { label: v.label, short: v.short, definition: v.definition };
  },
};

const WORDS: Record<Locale, MeasureWords> = {
  nb: NB,
  nn: fromTable('nn', MEASURES_NN, VIEWS_NN),
  en: fromTable('en', MEASURES_EN, VIEWS_EN),
};

/** The measures' words in the page's language. */
export const measureWordsOf = (locale: Locale): MeasureWords => WORDS[locale];

const idOf = (m: { id: string } | string) => (typeof m === 'string' ? m : m.id);

/** A measure's label in the language (the pages' one way to name a measure). */
export const measureLabel = (measure: { id: string } | string, locale: Locale): string =>
  measureWordsOf(locale).label(idOf(measure));

export const measureDefinition = (measure: { id: string } | string, locale: Locale): string =>
  measureWordsOf(locale).definition(idOf(measure));

/** A group's label («Innvandrarar», «Under 15 år»); '' is the measure's total. */
export const measureGroupLabel = (measure: { id: string } | string, group: string, locale: Locale): string =>
  measureWordsOf(locale).group(idOf(measure), group);

/** A view's label, short label and definition (the map, the ranking, the comparison, «Om dataene»). */
export const viewText = (view: { id: string } | string, locale: Locale): ViewText =>
  measureWordsOf(locale).view(idOf(view));
