/**
 * The newest year's per 1000 (issue 17): IMDi divides its settlement counts by the population on 1 January
 * the year after; for the running year that population does not exist yet and the newest one is used
 * (views.ts populationYear `early`). The figure says so wherever it is shown: the profile's key figures,
 * the map and ranking (and their download), the brief's comparison table.
 * Fixture: Oslo in data/observations.csv — settled 2025 665 and 2026 386 (IMDi's pages), population
 * 1 January 2025 724 290 and 2026 728 714 (SSB 07459), the newest.
 */
import { describe, expect, it } from 'vitest';
import { buildBrief, type BriefInput } from '../../../src/lib/brief/build-brief.ts';
import { aggregateGroup } from '../../../src/lib/compare/aggregate.ts';
import { referenceValues } from '../../../src/lib/compare/reference-values.ts';
import { seriesDataOf } from '../../../src/lib/compare/series-data.ts';
import { coverageOf } from '../../../src/lib/domain/coverage.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { earlyPopulationYear, part, POPULATION } from '../../../src/lib/domain/views.ts';
import { mapNoteOf, rankingTable } from '../../../src/lib/front/render-front.ts';
import { rankingRows } from '../../../src/lib/front/ranking-view.ts';
import { buildIndicatorSeries, type KommuneRef } from '../../../src/lib/indicators/indicator-series.ts';
import { getIndicator } from '../../../src/lib/indicators/indicators.ts';
import { keyFigures } from '../../../src/lib/profile/key-figures.ts';
import { t } from '../../../src/i18n/nb.ts';
import { nn } from '../../../src/i18n/nn.ts';
import { en } from '../../../src/i18n/en.ts';
import { figure } from '../figure-fixture.ts';

const f = (year: number, measure: string, value: number, flags: Figure['flags'] = []): Figure =>
  figure('0301', year, measure, value, { from: [], flags, source: 'imdi-nokkeltall-2026' });
const oslo: Figure[] = [
  f(2025, 'anmodning', 640, ['scraped']),
  f(2025, 'vedtak', 850, ['scraped']),
  f(2025, 'bosatt', 665, ['scraped']),
  f(2026, 'anmodning', 600, ['provisional', 'scraped']),
  f(2026, 'vedtak', 600, ['provisional', 'scraped']),
  f(2026, 'bosatt', 386, ['provisional', 'scraped']),
  f(2025, 'befolkning', 724290),
  f(2026, 'befolkning', 728714),
];
const NOTE_2026 =
  'Per 1000 innbyggere for 2026 er regnet av folketallet 1. januar 2026, det nyeste som finnes: IMDi deler på folketallet ved utgangen av året (1. januar 2027), og det er ikke kjent ennå.';
const K: KommuneRef[] = [
  {
    code: '0301',
    name: 'Oslo',
    other: [],
    fylkeCode: '03',
    fylkeName: 'Oslo',
    kostra: 13,
    centrality: 1,
    path: '/kommune/0301-oslo/',
  },
];

describe('the newest year’s per 1000 says its population is the newest one', () => {
  it('the rule: only the running year of a settlement count over the population', () => {
    expect(earlyPopulationYear(part('bosatt'), POPULATION, 2026, 2026)).toBe(2026);
    expect(earlyPopulationYear(part('bosatt'), POPULATION, 2025, 2026)).toBeNull();
    expect(earlyPopulationYear(part('tilskudd', 'totalt'), POPULATION, 2026, 2026)).toBeNull();
    expect(t.rateNote.early(2026, 2026)).toBe(NOTE_2026);
    expect(nn.rateNote.early(2026, 2026)).toContain('folketalet 1. januar 2026');
    expect(en.rateNote.early(2026, 2026)).toContain('population on 1 January 2026');
  });

  it('map and ranking: the note under the title for 2026, and in every downloaded row', () => {
    for (const id of ['bosatt-per-1000', 'bosatt']) {
      const s = buildIndicatorSeries(getIndicator(id)!, K, () => oslo, { minKommuner: 1 });
      expect(s.earlyPopulation, id).toEqual({ 2026: 2026 });
      expect(mapNoteOf(t, s, 2026), id).toBe(NOTE_2026);
      expect(mapNoteOf(t, s, 2025), id).toBe('');
    }
    const s = buildIndicatorSeries(getIndicator('bosatt-per-1000')!, K, () => oslo, { minKommuner: 1 });
    const state = {
      indicator: s.id,
      year: 2026,
      fylke: '',
      kostra: '',
      centrality: '',
      minPopulation: 0,
      sort: 'rank' as const,
      dir: 'auto' as const,
    };
    const table = rankingTable(t, rankingRows(s, K, state), s, state);
    const note = table.columns.indexOf('merknad');
    expect(note).toBeGreaterThan(-1);
    expect(table.rows[0][note]).toBe(NOTE_2026);
    // A share that is not per inhabitant carries no such note.
    const share = buildIndicatorSeries(getIndicator('bosatt-av-vedtak')!, K, () => oslo, { minKommuner: 1 });
    expect(share.earlyPopulation).toBeUndefined();
  });

  it('profile: beside the key figures’ per 1000 for 2026', () => {
    const k = keyFigures(t, oslo, {
      name: 'Oslo',
      perThousand: () => [{ label: 'Oslo', own: true, point: { value: (386 / 728714) * 1000, status: 'ok' } }],
    })!;
    expect(k.year).toBe(2026);
    expect(k.perThousand!.early).toBe(NOTE_2026);
    const before = keyFigures(
      t,
      oslo.filter((x) => x.year === 2025 || x.measure === 'befolkning'),
      { name: 'Oslo', perThousand: () => [{ label: 'Oslo', own: true, point: { value: 0.91, status: 'ok' } }] },
    )!;
    expect(before.year).toBe(2025);
    expect(before.perThousand!.early).toBeUndefined();
  });

  it('brief: under the comparison table when its per-1000 rows are of the running year', () => {
    const brief = (own: Figure[]) => {
      const data = new Map([['0301', seriesDataOf('0301', 'Oslo', own)]]);
      const g = aggregateGroup(
        'land',
        'Hele landet',
        { members: ['0301'], dataOf: (r) => data.get(r), predecessors: [] },
        [2025, 2026],
      );
      const input: BriefInput = {
        name: 'Oslo',
        code: '0301',
        own,
        country: [],
        references: referenceValues(data.get('0301')!, [g]),
        sourceLabel: (id) => id,
        coverage: (measure, grp) => coverageOf(own, measure, grp),
      };
      return buildBrief(input);
    };
    // Only provisional 2026 settled: the table is of 2026, divided by 1 January 2026.
    const only2026 = oslo.filter((x) => x.year === 2026);
    expect(brief(only2026).peers.rows[0][1]).toBe('2026');
    expect(brief(only2026).peers.early).toBe(NOTE_2026);
    // With a final 2025 the table is of 2025 (population 1 January 2026, IMDi's own): no note.
    expect(brief(oslo).peers.rows[0][1]).toBe('2025');
    expect(brief(oslo).peers.early).toBeUndefined();
  });
});
