import { describe, expect, it } from 'vitest';
import type { GroupSeries } from '../../../src/lib/compare/aggregate.ts';
import { referenceValues } from '../../../src/lib/compare/reference-values.ts';
import type { SeriesData } from '../../../src/lib/compare/series-data.ts';

describe('the brief’s short group labels', () => {
  it('drop the count’s word in every language, keeping the count', () => {
    const groups = ['Agder (25 kommuner)', 'Agder (25 kommunar)', 'Agder (25 municipalities)', 'Oslo (1 kommune)'].map(
      (label) => ({ label, series: {} }) as unknown as GroupSeries,
    );
    expect(referenceValues({} as SeriesData, groups).labels).toEqual([
      'Agder (25)',
      'Agder (25)',
      'Agder (25)',
      'Oslo (1)',
    ]);
  });
  it('leave a label without a count as it is', () => {
    const g = { label: 'Møre og Romsdal', series: {} } as unknown as GroupSeries;
    expect(referenceValues({} as SeriesData, [g]).labels).toEqual(['Møre og Romsdal']);
  });
});
