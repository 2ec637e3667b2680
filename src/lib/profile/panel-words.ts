import { measureGroupLabel, measureLabel } from '../../i18n/measures.ts';
import type { Locale } from '../../i18n/locales.ts';
import { MEASURES, REQUEST_CUT_MEASURES } from '../domain/measures.ts';
import type { PanelWords } from './panel-export.ts';

/** The measures' and groups' words in a language for the panel downloads (/data/ord/<språk>.json), for the «measure|group» pairs given. */
export function panelWords(locale: Locale, pairs: Iterable<string>): PanelWords {
  return {
    measures: Object.fromEntries(MEASURES.map((m) => [m.id, { label: measureLabel(m.id, locale), unit: m.unit }])),
    groups: Object.fromEntries(
      [...new Set(pairs)].sort().map((k) => {
        const [measure, ...group] = k.split('|');
        return [k, measureGroupLabel(measure, group.join('|'), locale)];
      }),
    ),
    cutMeasures: [...REQUEST_CUT_MEASURES],
  };
}
