import type { Strings } from '../../i18n/nb.ts';
import type { RequestCut } from '../domain/request-cut.ts';
import { formatInt } from './number.ts';

// The request cut's note in the page's language; the rule itself is domain/request-cut.ts.

/**
 * The note in words. `original` is the kommune's own original request when a
 * source has it (measure `opprinnelig-anmodning`); null says it is not in the
 * data; undefined (several kommuner) says the same for every kommune.
 */
export function requestCutNote(t: Strings, c: RequestCut, original?: number | null): string {
  return t.requestCut.note({
    year: c.year,
    before: formatInt(c.before, t.lang),
    after: formatInt(c.after, t.lang),
    when: c.when,
    original: original === null || original === undefined ? null : formatInt(original, t.lang),
  });
}

/** Why a group has no decision sum for the cut year. */
export function groupWithheldNote(t: Strings, c: RequestCut): string {
  return t.requestCut.groupWithheld(c.year, formatInt(c.nationalDecision, t.lang));
}
