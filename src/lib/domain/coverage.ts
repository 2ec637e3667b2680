import type { Figure } from './figure.ts';

/**
 * «The last ten years», one window for the site: the comparison's default span, the brief's funnel, the
 * planning view's history and the profile's «change over ten years» sentences all read it here.
 */
export const LAST_YEARS = 10;

/**
 * Which years the data covers, read from the figures themselves: every
 * «missing years», «newest year» and year range a page states comes from
 * here, never from a literal that goes stale at the next refresh.
 */
export interface Coverage {
  /** Years with at least one published value (status ok), ascending. */
  years: number[];
  first: number | null;
  last: number | null;
  /** Runs of years without a value between the first and the last: [from, to]. */
  gaps: [number, number][];
}

const byYear = (a: number, b: number) => a - b;

/** The coverage of a measure (optionally one group) in a list of figures: a region's, or the whole dataset's. */
export function coverageOf(figures: Iterable<Figure>, measure: string, group?: string): Coverage {
  const ys = new Set<number>();
  for (const f of figures)
    if (f.measure === measure && (group === undefined || f.group === group) && f.status === 'ok') ys.add(f.year);
  return coverageOfYears([...ys]);
}

export function coverageOfYears(list: number[]): Coverage {
  const years = [...new Set(list)].sort(byYear);
  const gaps: [number, number][] = [];
  for (let i = 1; i < years.length; i++) if (years[i] > years[i - 1] + 1) gaps.push([years[i - 1] + 1, years[i] - 1]);
  return { years, first: years[0] ?? null, last: years.at(-1) ?? null, gaps };
}

/** "2014", "2014–2015" (en dash); '' for no years. */
export function yearSpan(from: number | null, to: number | null = from): string {
  if (from === null || to === null) return '';
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * The newest year of a series, with the rule every page uses: the newest
 * year whose figure is a value, preferring final figures over provisional
 * ones when `final` is set.
 */
export function newestYear(series: Map<number, Figure>, { final = false } = {}): number | null {
  const ok = [...series.entries()].filter(([, f]) => f.status === 'ok' && f.value !== null);
  const pick = final ? ok.filter(([, f]) => !f.flags.includes('provisional')) : ok;
  const ys = (pick.length ? pick : ok).map(([y]) => y);
  return ys.length ? Math.max(...ys) : null;
}
