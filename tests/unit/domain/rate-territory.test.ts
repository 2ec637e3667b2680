import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { getCompareMeasure } from '../../../src/lib/compare/compare-measures.ts';
import { pointOf, seriesDataOf } from '../../../src/lib/compare/series-data.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { RATE_TERRITORIES, territoriesDiffer } from '../../../src/lib/domain/rate-territory.ts';
import { formatIndicator } from '../../../src/lib/format/number.ts';
import { getIndicator } from '../../../src/lib/indicators/indicators.ts';
import { buildIndicatorSeries } from '../../../src/lib/indicators/indicator-series.ts';
import { grantsPanel } from '../../../src/lib/profile/build-profile.ts';
import { en } from '../../../src/i18n/en.ts';
import { nb } from '../../../src/i18n/nb.ts';
import { nn } from '../../../src/i18n/nn.ts';
import { figure } from '../figure-fixture.ts';

const fig = (region: string, measure: string, year: number, value: number, group = ''): Figure =>
  figure(region, year, measure, value, { group, from: [region], source: 's', vintage: '2024' });

/** Settled counts 2015–2020 and populations 2015–2021 for a kommune (the same small numbers for each). */
const kommune = (code: string) => [
  ...[2015, 2016, 2017, 2018, 2019, 2020].map((y) => fig(code, 'bosatt', y, 50)),
  ...[2015, 2016, 2017, 2018, 2019, 2020, 2021].map((y) => fig(code, 'befolkning', y, 50000)),
];
const NOT_COMPUTED = 'ikke beregnet: folketallet gjelder et annet område';

describe('a figure is counted once, on the territory that held it (domain/rate-territory.ts)', () => {
  it('the rule: count and population on different territories differ', () => {
    // Sandefjord: SSB's population has all of Stokke in every year; the counts only from 2017.
    expect(territoriesDiffer('3907', 2015, 2016)).toBe(true);
    expect(territoriesDiffer('3907', 2016, 2016)).toBe(true);
    expect(territoriesDiffer('3907', 2017, 2018)).toBe(false);
    // Tønsberg: only the 2016 count over the 1 January 2017 population.
    expect(territoriesDiffer('3905', 2015, 2016)).toBe(false);
    expect(territoriesDiffer('3905', 2016, 2017)).toBe(true);
    expect(territoriesDiffer('3905', 2016, 2016)).toBe(false);
    // Hitra: the 2019 count over the 1 January 2020 population.
    expect(territoriesDiffer('5056', 2019, 2020)).toBe(true);
    expect(territoriesDiffer('5056', 2018, 2019)).toBe(false);
    expect(territoriesDiffer('0301', 2019, 2020)).toBe(false);
    expect(RATE_TERRITORIES.map((r) => r.code).sort()).toEqual([
      '1806',
      '1875',
      '3905',
      '3907',
      '5055',
      '5056',
      '5059',
    ]);
  });

  it('comparison, profile and brief points (pointOf): Sandefjord 2015 and Hitra 2019 have no rate, with the reason; Oslo unchanged', () => {
    const m = getCompareMeasure('bosatt')!;
    const sandefjord = pointOf(seriesDataOf('3907', 'Sandefjord', kommune('3907')), m, 2015, true);
    expect(sandefjord.value).toBeNull();
    expect(sandefjord.status).toBe('other-territory');
    expect(formatIndicator(t, sandefjord.value, 'per 1000', sandefjord.status)).toBe(NOT_COMPUTED);
    expect(pointOf(seriesDataOf('3907', 'Sandefjord', kommune('3907')), m, 2017, true).value).toBeCloseTo(1, 9);
    // The count as it stands is still shown.
    expect(pointOf(seriesDataOf('3907', 'Sandefjord', kommune('3907')), m, 2015, false).value).toBe(50);
    const hitra = seriesDataOf('5056', 'Hitra', kommune('5056'));
    expect(pointOf(hitra, m, 2019, true).status).toBe('other-territory');
    expect(pointOf(hitra, m, 2018, true).value).toBeCloseTo(1, 9);
    expect(pointOf(hitra, m, 2020, true).value).toBeCloseTo(1, 9);
    const oslo = seriesDataOf('0301', 'Oslo', kommune('0301'));
    for (const y of [2015, 2016, 2019]) expect(pointOf(oslo, m, y, true).value).toBeCloseTo(1, 9);
  });

  it("the map: the per-1000 view and the counts' per 1000 have no value there, with its own status", () => {
    const refs = ['0301', '3907', '5056'].map((code) => ({ code }) as never);
    const figs = (c: string) => kommune(c);
    const rate = buildIndicatorSeries(getIndicator('bosatt-per-1000')!, refs, figs, { minKommuner: 1 });
    expect(rate.values[2015]).toEqual([1, null, 1]);
    expect(rate.status[2015]).toEqual(['ok', 'other-territory', 'ok']);
    expect(rate.values[2019]).toEqual([1, 1, null]);
    expect(rate.status[2019]).toEqual(['ok', 'ok', 'other-territory']);
    const counts = buildIndicatorSeries(getIndicator('bosatt')!, refs, figs, { minKommuner: 1 });
    expect(counts.values[2015]).toEqual([50, 50, 50]);
    expect(counts.perCapita![2015]).toEqual([1, null, 1]);
  });

  it('grants per inhabitant: Sandefjord before 2017 is not computed, and says so', () => {
    const own = [
      fig('3907', 'tilskudd', 2016, 1000000, 'totalt'),
      fig('3907', 'tilskudd', 2017, 1000000, 'totalt'),
      fig('3907', 'befolkning', 2016, 50000),
      fig('3907', 'befolkning', 2017, 50000),
    ];
    const p = grantsPanel({ name: 'Sandefjord', own, country: [] })!;
    const byYear = new Map(p.table!.rows.map((r) => [r[0], r[1]]));
    expect(byYear.get('2016')).toBe(NOT_COMPUTED);
    expect(byYear.get('2017')).toMatch(/^20\skr$/);
  });

  it('the reason is in all three catalogues, apart from missing and suppressed', () => {
    for (const t of [nb, nn, en]) {
      expect(t.status['other-territory']).toBeTruthy();
      expect(t.status['other-territory']).not.toBe(t.status.missing);
      expect(t.statusShort['other-territory']).not.toBe(t.statusShort.missing);
    }
  });
});
