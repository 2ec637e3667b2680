import { exactValue, single, type Figure } from '../domain/figure.ts';

/**
 * What every language's sentence module reads from the figures the same
 * way: which value is published, which is exact, which is provisional, the
 * record year, years as runs. Words live in the language modules (nb.ts, …);
 * these rules are written once.
 */
export type Series = Map<number, Figure>;

/** A figure's value when it is a value (a lower bound included). */
export const val = (f: Figure | undefined) => (f && f.status === 'ok' && f.value !== null ? f.value : null);
/** A figure's value only when it is exact (not a lower bound). */
export const exact = (f: Figure | undefined) => exactValue(single(f));
/** A figure from a file made before its year ended. */
export const provisional = (f: Figure | undefined) => !!f?.flags.includes('provisional');

/** Years as runs: [2016, 2017, 2018, 2024] → [[2016, 2018], [2024, 2024]]. */
export function runs(ys: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const y of [...ys].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else out.push([y, y]);
  }
  return out;
}

/**
 * The highest number settled in one year among the final figures (a lower
 * bound counts: it is «minst N»); on a tie the exact figure, else the earlier
 * year. Null without a final figure with a value.
 */
export function record(set: Series): { year: number; value: number; exact: boolean } | null {
  const known = [...set.keys()]
    .sort((a, b) => a - b)
    .filter((y) => !provisional(set.get(y)) && val(set.get(y)) !== null);
  if (!known.length) return null;
  const v = (y: number) => val(set.get(y))!;
  const isExact = (y: number) => exact(set.get(y)) !== null;
  const top = known.reduce((b, y) => (v(y) > v(b) || (v(y) === v(b) && isExact(y) && !isExact(b)) ? y : b));
  return { year: top, value: v(top), exact: isExact(top) };
}

/** The newest year in which every series has an exact value. */
export function newestCommon(series: Series[]): number | null {
  const ys = [...series[0].keys()].filter((y) => series.every((s) => exact(s.get(y)) !== null));
  return ys.length ? Math.max(...ys) : null;
}

/** Years whose figures belong to a divided former kommune (Ålesund 1507 in 2020–2023), with its settled series. */
export interface Elsewhere {
  years: number[];
  /** «Ålesund (1507, 2020–2023)» (the reform sentences' predecessorLabel). */
  label: string;
  settled: Series;
}

/** Where a Hovedpunkter sentence points: the panel (profile) or section (brief) with the table behind it. */
export type KeyPointTarget = 'bosetting' | 'tilskudd';
export interface KeyPoint {
  text: string;
  target: KeyPointTarget;
}

/** The rows whose own and whole-country figures are both exact, at most three: what a comparison with the country says. */
export function exactPairs(rows: { label: string; own: Figure | undefined; country: Figure | undefined }[]) {
  return rows
    .flatMap((r) => {
      const a = exact(r.own);
      const c = exact(r.country);
      return a === null || c === null ? [] : [{ label: r.label, a, c }];
    })
    .slice(0, 3);
}

/** Among the rows with both groups' figures, the one where they differ most (null when none has both). */
export function widestGap<R extends { a: number | null; b: number | null }>(
  rows: R[],
): (R & { a: number; b: number }) | null {
  const both = rows.filter((r): r is R & { a: number; b: number } => r.a !== null && r.b !== null);
  return both.length ? both.reduce((x, y) => (Math.abs(y.a - y.b) > Math.abs(x.a - x.b) ? y : x)) : null;
}
