import { t } from '../../i18n/nb.ts';
import type { Status } from '../domain/observation.ts';

export interface StatusContext {
  measure?: string;
  unit?: string;
  source?: string;
  flags?: readonly string[];
}

/**
 * Why a cell is hidden, by the publisher's rule: IMDi's own files hide counts
 * under 5 («under-5»); a kroner amount is «anonymised»; a cell IMDi's web page
 * hides can hide more than 4 people, and SSB and FHI hide cells by their own
 * rules («privacy»: nothing is known about its size). The one rule for the
 * tables (statusWord) and the sentences (src/lib/sentences/nb.ts) alike.
 */
export type HiddenRule = 'under-5' | 'anonymised' | 'privacy';
export function hiddenRule(ctx: StatusContext = {}): HiddenRule {
  if (ctx.flags?.includes('scraped')) return 'privacy';
  if (ctx.unit === 'kroner') return 'anonymised';
  if (ctx.source && /^(ssb|fhi)-/.test(ctx.source)) return 'privacy';
  return 'under-5';
}

/** The largest number a hidden count can stand for: 4 under IMDi's «under 5», unknown (null) otherwise. */
export function hiddenAtMost(ctx: StatusContext = {}): number | null {
  return hiddenRule(ctx) === 'under-5' ? 4 : null;
}

/**
 * What a figure's status means, in words, for its measure: IMDi's «.» on a
 * request or decision is «ingen anmodning»; a hidden cell in the words of its
 * hiddenRule («skjult (under 5)», «skjult (anonymisert)», «skjult (personvern)»).
 * No figure at all for a year is «ikke i kilden». IMDi's «avventer vedtak» in a
 * file made after the year ended (not provisional) is «ingen vedtak registrert».
 */
export function statusWord(status: Status | undefined, ctx: StatusContext = {}, { short = false } = {}): string {
  const words = short ? t.statusShort : t.status;
  if (status === undefined) return words.absent;
  if (status === 'not-applicable' && ctx.measure && Object.hasOwn(t.statusByMeasure.notApplicable, ctx.measure)) {
    return short
      ? t.statusByMeasure.notApplicableShort
      : t.statusByMeasure.notApplicable[ctx.measure as keyof typeof t.statusByMeasure.notApplicable];
  }
  // «avventer vedtak» read after the year ended is not pending any more: no decision was registered.
  if (status === 'pending' && ctx.flags && !ctx.flags.includes('provisional'))
    return short ? t.statusByMeasure.pendingFinishedShort : t.statusByMeasure.pendingFinished;
  if (status === 'suppressed' && !short) {
    const rule = hiddenRule(ctx);
    if (rule === 'privacy') return t.statusByMeasure.suppressedOnPage;
    if (rule === 'anonymised') return t.statusByMeasure.suppressedKroner;
  }
  return words[status as keyof typeof words] ?? words.missing;
}
