import type { Figure } from '../../src/lib/domain/figure.ts';

/** A published figure for unit tests: a value is `ok`, `null` is hidden unless `more` says otherwise. */
export function figure(
  region: string,
  year: number,
  measure: string,
  value: number | null,
  more: Partial<Figure> = {},
): Figure {
  return {
    region,
    year,
    measure,
    group: '',
    value,
    status: value === null ? 'suppressed' : 'ok',
    flags: [],
    from: [region],
    source: `src-${measure}`,
    vintage: '2024-11-01',
    ...more,
  };
}
