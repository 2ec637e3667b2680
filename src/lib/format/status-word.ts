import { t } from '../../i18n/nb.ts';
import type { Status } from '../domain/observation.ts';

export interface StatusContext {
  measure?: string;
  unit?: string;
  source?: string;
  flags?: readonly string[];
}

/**
 * What a figure's status means, in words, for its measure: IMDi's «.» on a
 * request or decision is «ingen anmodning»; a hidden kroner amount is
 * «anonymisert», not «under 5»; a cell IMDi's web page hides can hide more than
 * 4 people, and SSB and FHI hide cells by their own rules (both «skjult (personvern)»). No figure at all for a year is «ikke i kilden».
 */
export function statusWord(status: Status | undefined, ctx: StatusContext = {}, { short = false } = {}): string {
  const words = short ? t.statusShort : t.status;
  if (status === undefined) return words.absent;
  if (status === 'not-applicable' && ctx.measure && Object.hasOwn(t.statusByMeasure.notApplicable, ctx.measure)) {
    return short
      ? t.statusByMeasure.notApplicableShort
      : t.statusByMeasure.notApplicable[ctx.measure as keyof typeof t.statusByMeasure.notApplicable];
  }
  if (status === 'suppressed') {
    if (ctx.flags?.includes('scraped')) return short ? words.suppressed : t.statusByMeasure.suppressedOnPage;
    if (ctx.unit === 'kroner') return short ? words.suppressed : t.statusByMeasure.suppressedKroner;
    // SSB's and FHI's «:» hide cells by their own rules, not IMDi's «under 5».
    if (ctx.source && /^(ssb|fhi)-/.test(ctx.source))
      return short ? words.suppressed : t.statusByMeasure.suppressedOnPage;
  }
  return words[status as keyof typeof words] ?? words.missing;
}
