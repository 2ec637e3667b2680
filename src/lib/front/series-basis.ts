import { single, type Figure, type ValueStatus } from '../domain/figure.ts';
import { wordsOf, type CellWords } from '../indicators/cell-word.ts';
import type { IndicatorSeries, KommuneRef } from '../indicators/indicator-series.ts';
import { getIndicator, lookupOf, newestPopulationYear } from '../indicators/indicators.ts';
import { denominatorYear, getView, POPULATION } from '../domain/views.ts';

/**
 * The counts behind an indicator, so a rate is never shown without them:
 * each kommune's population (1 January of the year the rate divides by,
 * views.ts populationYear) and, for a ratio, its numerator and
 * denominator as published. Aligned to the kommune list, per year.
 */
export interface SeriesBasis {
  population: Record<string, (number | null)[]>;
  /** For ratios: the measure ids of numerator and denominator. */
  measures?: [string, string];
  numerator?: Record<string, (number | null)[]>;
  /** Each numerator's status: «≥» for a lower bound, the reason when there is no number. */
  numeratorStatus?: Record<string, ValueStatus[]>;
  numeratorWords?: CellWords;
  /** Omitted when the denominator is the population. */
  denominator?: Record<string, (number | null)[]>;
  denominatorStatus?: Record<string, ValueStatus[]>;
  denominatorWords?: CellWords;
}

const plain = (f: Figure | undefined) => (f && f.status === 'ok' && f.value !== null ? f.value : null);

/** A published count as shown: value, status (lower-bound when flagged) and the words where it has no value. */
function counts(
  figures: (Figure | undefined)[],
  y: number,
  into: { values: Record<string, (number | null)[]>; status: Record<string, ValueStatus[]>; words?: CellWords },
) {
  const shown = figures.map((f) => single(f));
  into.values[y] = shown.map((d) => d.value);
  into.status[y] = shown.map((d) => d.status);
  const words = wordsOf(shown);
  if (words && into.words) into.words[y] = words;
}

export function seriesBasis(
  series: Pick<IndicatorSeries, 'id' | 'unit' | 'years'>,
  kommuner: KommuneRef[],
  figuresOf: (code: string) => Figure[],
): SeriesBasis {
  const ind = getIndicator(series.id);
  const lookups = kommuner.map((k) => lookupOf(figuresOf(k.code)));
  const out: SeriesBasis = { population: {} };
  const isRatio = series.unit !== 'personer' && series.unit !== 'prosentpoeng';
  const newest = newestPopulationYear(kommuner.map((k) => figuresOf(k.code)));
  for (const y of series.years) {
    const py = ind ? denominatorYear(ind.numerator, POPULATION, y, newest) : y;
    out.population[y] = lookups.map((get) => plain(get('befolkning', '', py)));
    if (!isRatio || !ind) continue;
    const parts = lookups.map((get) => ind.compute(get, y, newest).parts);
    const sample = parts.find((p) => p.length === 2);
    if (!sample) continue;
    out.measures ??= [sample[0].measure, sample[1].measure];
    // The parts as looked up (a missing part is undefined, so its cell says «mangler», a hidden one its reason).
    const view = getView(series.id);
    if (!view?.denominator) continue;
    const figs = (p: { measure: string; group: string }) => lookups.map((get) => get(p.measure, p.group, y));
    counts(figs(view.numerator), y, {
      values: (out.numerator ??= {}),
      status: (out.numeratorStatus ??= {}),
      words: (out.numeratorWords ??= {}),
    });
    if (view.denominator.measure !== 'befolkning')
      counts(figs(view.denominator), y, {
        values: (out.denominator ??= {}),
        status: (out.denominatorStatus ??= {}),
        words: (out.denominatorWords ??= {}),
      });
  }
  return out;
}
