import type { ShownValue } from '../domain/figure.ts';
import type { GroupSeries } from './aggregate.ts';
import { getCompareMeasure } from './compare-measures.ts';
import { pointOf, type SeriesData } from './series-data.ts';

/**
 * A kommune beside its reference groups, for pages that show a few views
 * (the brief): the groups' short labels once, and for a view, year and
 * per-1000 choice the kommune's value followed by each group's, computed by
 * the comparison's rules (sums and ratios of sums, never averages).
 */
export interface ReferenceValues {
  labels: string[];
  valuesOf: (view: string, year: number, perCapita: boolean) => (ShownValue | undefined)[];
}

export function referenceValues(own: SeriesData, groups: GroupSeries[]): ReferenceValues {
  return {
    // «Agder (25 kommuner)», «(25 kommunar)», «(25 municipalities)» → «Agder (25)»: the count's word in any language.
    labels: groups.map((g) => g.label.replace(/ \((\d+) \p{L}+\)$/u, ' ($1)')),
    valuesOf: (view, year, perCapita) => {
      const m = getCompareMeasure(view);
      if (!m) throw new Error(`unknown view ${view}`);
      return [
        pointOf(own, m, year, perCapita),
        ...groups.map((g) => g.series[view]?.[perCapita ? 'per1000' : 'abs']?.[year]),
      ];
    },
  };
}
