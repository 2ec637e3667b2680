import type { Strings } from '../../i18n/nb.ts';
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
 * The one status-word function: tables, downloads and sentences all use it, in the page's language (`t`).
 */
export function statusWord(
  t: Pick<Strings, 'status' | 'statusShort' | 'statusByMeasure'>,
  status: Status | undefined,
  ctx: StatusContext = {},
  { short = false } = {},
): string {
  return wordOfKey(t, statusWordKey(status, ctx, { short }));
}

/**
 * statusWord's choice as a language-neutral key into the catalogue
 * («status.missing», «statusByMeasure.suppressedOnPage»,
 * «statusByMeasure.notApplicable.anmodning»): what the data endpoints carry,
 * so the browser says it in the page's language (wordOfKey).
 */
export function statusWordKey(status: Status | undefined, ctx: StatusContext = {}, { short = false } = {}): string {
  const words = short ? 'statusShort' : 'status';
  if (status === undefined) return `${words}.absent`;
  if (status === 'not-applicable' && ctx.measure && NOT_APPLICABLE_BY_MEASURE.has(ctx.measure))
    return short ? 'statusByMeasure.notApplicableShort' : `statusByMeasure.notApplicable.${ctx.measure}`;
  // «avventer vedtak» read after the year ended is not pending any more: no decision was registered.
  if (status === 'pending' && ctx.flags && !ctx.flags.includes('provisional'))
    return short ? 'statusByMeasure.pendingFinishedShort' : 'statusByMeasure.pendingFinished';
  if (status === 'suppressed' && !short) {
    const rule = hiddenRule(ctx);
    if (rule === 'privacy') return 'statusByMeasure.suppressedOnPage';
    if (rule === 'anonymised') return 'statusByMeasure.suppressedKroner';
  }
  return STATUSES.has(status) ? `${words}.${status}` : `${words}.missing`;
}
/** The measures whose «not applicable» means «no request» (the catalogue's statusByMeasure.notApplicable keys). */
const NOT_APPLICABLE_BY_MEASURE = new Set([
  'anmodning',
  'opprinnelig-anmodning',
  'vedtak',
  'ema-anmodning',
  'ema-vedtak',
]);
// 'other-territory' is a shown value's status (no rate: count and population cover different territories,
// domain/rate-territory.ts); without it here, a download said «mangler» for it.
const STATUSES = new Set(['suppressed', 'not-applicable', 'missing', 'pending', 'absent', 'other-territory']);

/** The words of a statusWordKey in the page's catalogue; an unknown key is said as «mangler» (never shown raw). */
export function wordOfKey(t: Pick<Strings, 'status' | 'statusShort' | 'statusByMeasure'>, key: string): string {
  let v: unknown = t;
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return typeof v === 'string' ? v : t.status.missing;
}

/**
 * A download's status column: a figure's status in the words of statusWord,
 * and the aggregate statuses a computed value can have («tall», «minst»,
 * «delvis»). The one status-word function for pages and downloads.
 */
export function exportStatusWord(
  t: Pick<Strings, 'status' | 'statusShort' | 'statusByMeasure' | 'exportStatus'>,
  status: string,
): string {
  if (Object.hasOwn(t.exportStatus, status)) return t.exportStatus[status as keyof Strings['exportStatus']];
  return Object.hasOwn(t.status, status) ? statusWord(t, status as Status) : status;
}
