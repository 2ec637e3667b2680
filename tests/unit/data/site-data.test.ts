/** The build-time data behind the pages, checked against figures published elsewhere. */
import { beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_DATASET } from '../whole-dataset.ts';
import type { GroupSeries } from '../../../src/lib/compare/aggregate.ts';

import { referenceSeries, peersOf } from '../../../src/data/compare.ts';
import { allSeries } from '../../../src/data/front.ts';

describe('reference aggregates from the published dataset', WHOLE_DATASET, () => {
  let land: GroupSeries;
  beforeAll(() => {
    land = referenceSeries('land');
  }, WHOLE_DATASET.timeout);
  it("the whole country reproduces IMDi's national 2016 request and decision, and the settled total", () => {
    expect(land.series.anmodning.abs['2016']).toMatchObject({ value: 18517, status: 'ok' });
    // Tjeldsund's 2016 decision is a sum with a missing part (Skånland): the national sum equals IMDi's, flagged «minst».
    expect(land.series.vedtak.abs['2016']).toMatchObject({ value: 16523, status: 'lower-bound' });
    // Settled 2016: the known figures sum to 15 221 (as SOURCES.md reports); Os (0441), Valle (0940) and others are ":" that year, so «minst».
    expect(land.series.bosatt.abs['2016']).toMatchObject({ value: 15221, status: 'lower-bound' });
  });
  it("marks years where some kommune's figure is suppressed", () => {
    // 2020 has many ":" cells for settled refugees (SOURCES.md): the national sum is a lower bound.
    expect(land.series.bosatt.abs['2020'].status).toBe('lower-bound');
  });
  it("uses the publisher's own national row for rates", () => {
    expect(land.series['sysselsatte-innvandrere'].abs['2014'].value).toBe(63); // IMDi's "0000" row
  });
  it('a fylke holds its kommuner', () => {
    expect(referenceSeries('fylke-03').members).toEqual(['0301']);
    expect(referenceSeries('kostra-13').series.bosatt.abs['2022'].value).toBe(1924);
  });
});

describe('peers and indicators', WHOLE_DATASET, () => {
  it('suggests 15 kommuner nearest in population and the rest of the KOSTRA group', () => {
    const p = peersOf('1101');
    expect(p.population).toHaveLength(15);
    expect(p.kostra.length).toBe(37);
    expect(p.population).not.toContain('1101');
  });
  it('every map indicator has years and a default year', () => {
    for (const s of allSeries()) {
      expect(s.years.length, s.id).toBeGreaterThan(0);
      expect(s.years, s.id).toContain(s.defaultYear);
      expect(s.values[s.defaultYear], s.id).toHaveLength(357);
    }
  }, 30_000); // builds every series for 357 kommuner: over 5 s on a shared machine
});
