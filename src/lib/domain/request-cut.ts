import { REQUEST_CUT_MEASURES, REQUEST_CUTS, type RequestCut } from './measures.ts';
import type { MeasurePart } from './views.ts';

/**
 * The one rule for a year whose request IMDi cut after the kommuner had been
 * asked (REQUEST_CUTS in measures.ts: 2025). Wherever a request, a decision or
 * a ratio of them is shown for such a year — profile, brief, comparison, map
 * and ranking, downloads — the note says so in plain words, and no group sum of
 * the decisions (the whole country's 15 631 for 2025) is shown, since the
 * kommuner's decisions answer two different requests.
 */
export type { RequestCut };

export function requestCutOf(year: number): RequestCut | undefined {
  return REQUEST_CUTS.find((c) => c.year === year);
}

/** The measures a view reads (numerator, denominator, subtrahend). */
export function measuresOf(v: { numerator: MeasurePart; denominator?: MeasurePart; subtrahend?: MeasurePart }) {
  return [v.numerator, v.denominator, v.subtrahend].filter((p): p is MeasurePart => !!p).map((p) => p.measure);
}

/** The cut of `year` when figures of these measures are shown for it. */
export function cutFor(measures: readonly string[], year: number): RequestCut | undefined {
  return measures.some((m) => REQUEST_CUT_MEASURES.includes(m)) ? requestCutOf(year) : undefined;
}

/** The cuts among the years shown, oldest first. */
export function cutsAmong(measures: readonly string[], years: readonly number[]): RequestCut[] {
  return [...new Set(years)]
    .sort((a, b) => a - b)
    .map((y) => cutFor(measures, y))
    .filter((c): c is RequestCut => !!c);
}

/** A sum of several kommuner's decisions for a cut year answers two requests at once: it is not shown. */
export function groupDecisionsWithheld(measures: readonly string[], year: number): boolean {
  return measures.includes('vedtak') && !!requestCutOf(year);
}
