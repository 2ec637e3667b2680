import { describe, expect, it } from 'vitest';
import { getCompareMeasure } from '../../../src/lib/compare/compare-measures.ts';
import { aggregatePoint } from '../../../src/lib/compare/aggregate.ts';
import { pointOf, seriesDataOf } from '../../../src/lib/compare/series-data.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { figure } from '../figure-fixture.ts';
import { part, POPULATION, populationYear } from '../../../src/lib/domain/views.ts';
import { getIndicator, lookupOf, newestPopulationYear } from '../../../src/lib/indicators/indicators.ts';
import { buildIndicatorSeries } from '../../../src/lib/indicators/indicator-series.ts';
import { getFigures } from '../../../src/data/dataset.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';

const fig = (region: string, measure: string, year: number, value: number | null): Figure =>
  figure(region, year, measure, value, { from: [], source: 's', vintage: '2024' });

describe('the population a rate divides by (views.ts populationYear)', () => {
  it("IMDi's settlement counts: 1 January the year after; the running year: the newest population, marked", () => {
    for (const m of ['bosatt', 'anmodning', 'vedtak', 'ema-bosatt'])
      expect(populationYear(part(m), POPULATION, 2012, 2026)).toEqual({ year: 2013, early: false });
    expect(populationYear(part('bosatt'), POPULATION, 2025, 2026)).toEqual({ year: 2026, early: false });
    expect(populationYear(part('bosatt'), POPULATION, 2026, 2026)).toEqual({ year: 2026, early: true });
  });
  it('other measures: the same year; a denominator that is not the population: none', () => {
    expect(populationYear(part('tilskudd', 'totalt'), POPULATION, 2020, 2026)).toEqual({ year: 2020, early: false });
    expect(populationYear(part('innvandrere-grunn', 'alle'), POPULATION, 2026, 2026)).toEqual({
      year: 2026,
      early: false,
    });
    expect(populationYear(part('bosatt'), part('vedtak'), 2020, 2026)).toBeUndefined();
  });
});

describe('per 1000 on the map, in the comparison and in groups', () => {
  const figs = [
    fig('a', 'bosatt', 2012, 459),
    fig('a', 'befolkning', 2012, 613285),
    fig('a', 'befolkning', 2013, 623966),
    fig('a', 'bosatt', 2013, 100),
  ];
  it('the map divides by the population the year after; the newest year by the newest population', () => {
    const s = buildIndicatorSeries(getIndicator('bosatt-per-1000')!, [{ code: 'a' } as never], () => figs, {
      minKommuner: 1,
    });
    // 459 / 623 966 × 1000 = 0,7356 (the same year's 613 285 gave 0,7484); 2013: 100 / 623 966 (newest).
    expect(s.values[2012]).toEqual([0.7356]);
    expect(s.values[2013]).toEqual([0.1603]);
    const counts = buildIndicatorSeries(getIndicator('bosatt')!, [{ code: 'a' } as never], () => figs, {
      minKommuner: 1,
    });
    expect(counts.perCapita![2012]).toEqual([0.7356]);
  });
  it('the comparison and a group of one divide the same way', () => {
    const d = seriesDataOf('a', 'A', figs);
    const m = getCompareMeasure('bosatt')!;
    expect(pointOf(d, m, 2012, true).value).toBeCloseTo((459 / 623966) * 1000, 9);
    expect(pointOf(d, m, 2013, true).value).toBeCloseTo((100 / 623966) * 1000, 9);
    // Not per capita: the count as it stands.
    expect(pointOf(d, m, 2012, false).value).toBe(459);
    const g = { members: ['a'], dataOf: (c: string) => (c === 'a' ? d : undefined), predecessors: [] };
    expect(aggregatePoint(g, m, 2012, true)!.value).toBeCloseTo((459 / 623966) * 1000, 9);
  });
  it('a rate per inhabitant of another measure keeps the same year', () => {
    const get = lookupOf([
      { ...fig('b', 'tilskudd', 2020, 1000), group: 'totalt' },
      fig('b', 'befolkning', 2020, 10),
      fig('b', 'befolkning', 2021, 20),
    ]);
    const tilskudd = getIndicator('tilskudd-per-innbygger')!;
    expect(tilskudd.compute(get, 2020, 2021).value).toBe(100);
  });
});

describe("Oslo 2012 in the published data equals IMDi's own rate", () => {
  it('459 settled / 623 966 inhabitants 1.1.2013 = 0,735617 (IMDi 2015 export)', WHOLE_DATASET, () => {
    const oslo = getFigures('0301');
    const get = lookupOf(oslo);
    const newest = newestPopulationYear([oslo]);
    const v = getIndicator('bosatt-per-1000')!.compute(get, 2012, newest).value!;
    expect(Math.round(v * 1e6) / 1e6).toBe(0.735617);
    const d = seriesDataOf('0301', 'Oslo', oslo);
    expect(Math.round(pointOf(d, getCompareMeasure('bosatt')!, 2012, true).value! * 1e6) / 1e6).toBe(0.735617);
  });
});
