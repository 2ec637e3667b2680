/** Years the comparison shows when none are chosen. */
export const DEFAULT_SPAN = 10;

/** First year of the default span: the last DEFAULT_SPAN years with figures (null: all). */
export function defaultFrom(years: number[], span = DEFAULT_SPAN): number | null {
  const last = years.at(-1);
  return last === undefined || years.length <= span ? null : last - span + 1;
}
