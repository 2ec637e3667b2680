import { LAST_YEARS } from '../domain/coverage.ts';

/** Years the comparison shows when none are chosen: the site's one «last N years» window. */
export const DEFAULT_SPAN = LAST_YEARS;

/** First year of the default span: the last DEFAULT_SPAN years with figures (null: all). */
export function defaultFrom(years: number[], span = DEFAULT_SPAN): number | null {
  const last = years.at(-1);
  return last === undefined || years.length <= span ? null : last - span + 1;
}
