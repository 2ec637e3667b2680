import type { Figure } from '../domain/figure.ts';
import type { IndicatorSeries, KommuneRef } from '../indicators/indicator-series.ts';
import { getIndicator, lookupOf } from '../indicators/indicators.ts';

/**
 * The counts behind an indicator, so a rate is never shown without them:
 * each kommune's population (1 January) and, for a ratio, its numerator and
 * denominator as published. Aligned to the kommune list, per year.
 */
export interface SeriesBasis {
  population: Record<string, (number | null)[]>;
  /** For ratios: the measure ids of numerator and denominator. */
  measures?: [string, string];
  numerator?: Record<string, (number | null)[]>;
  /** Omitted when the denominator is the population. */
  denominator?: Record<string, (number | null)[]>;
}

const plain = (f: Figure | undefined) => (f && f.status === 'ok' && f.value !== null ? f.value : null);

export function seriesBasis(
  series: Pick<IndicatorSeries, 'id' | 'unit' | 'years'>,
  kommuner: KommuneRef[],
  figuresOf: (code: string) => Figure[],
): SeriesBasis {
  const ind = getIndicator(series.id);
  const lookups = kommuner.map((k) => lookupOf(figuresOf(k.code)));
  const out: SeriesBasis = { population: {} };
  const isRatio = series.unit !== 'personer' && series.unit !== 'prosentpoeng';
  for (const y of series.years) {
    out.population[y] = lookups.map((get) => plain(get('befolkning', '', y)));
    if (!isRatio || !ind) continue;
    const parts = lookups.map((get) => ind.compute(get, y).parts);
    const sample = parts.find((p) => p.length === 2);
    if (!sample) continue;
    out.measures ??= [sample[0].measure, sample[1].measure];
    (out.numerator ??= {})[y] = parts.map((p) => (p.length === 2 ? plain(p[0]) : null));
    if (out.measures[1] !== 'befolkning')
      (out.denominator ??= {})[y] = parts.map((p) => (p.length === 2 ? plain(p[1]) : null));
  }
  return out;
}
