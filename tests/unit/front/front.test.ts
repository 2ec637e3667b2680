import { t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import {
  mapClasses,
  parseFrontQuery,
  parseFrontState,
  rankingRows,
  serializeFrontState,
  NO_DATA_FILL,
  HIDDEN_FILL,
} from '../../../src/lib/front/ranking-view.ts';
import { mapTitle, rankingRowsHtml, rankingTable } from '../../../src/lib/front/render-front.ts';
import { compactPath } from '../../../src/lib/map/compact-path.ts';
import { breaksFor } from '../../../src/lib/map/class-breaks.ts';
import { buildIndicatorSeries, type KommuneRef } from '../../../src/lib/indicators/indicator-series.ts';
import { getIndicator, lookupOf, ratioOf } from '../../../src/lib/indicators/indicators.ts';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { classifier, classOf, paletteFor, quantileBreaks } from '../../../src/lib/map/class-breaks.ts';
import { SEQUENTIAL } from '../../../src/lib/map/palette.ts';
import { scaleThreshold } from 'd3-scale';
import { rankBy } from '../../../src/lib/rank/rank-by.ts';
import { foldName } from '../../../src/lib/domain/normalize.ts';
import { figure } from '../figure-fixture.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';
import type { MapFeature } from '../../../src/lib/charts/map.ts';
import { insetFeatures, MAP_INSET_FYLKER } from '../../../src/lib/front/front-view.ts';
import { getKommuner } from '../../../src/data/dataset.ts';
import { messages } from '../../../src/i18n/index.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { indexEntries, searchKommuner } from '../../../src/lib/search/search-kommuner.ts';

const K = (
  code: string,
  name: string,
  fylkeCode: string,
  fylkeName: string,
  other: string[] = [],
  kostra = 1,
  centrality = 3,
): KommuneRef => ({ code, name, other, fylkeCode, fylkeName, kostra, centrality, path: `/kommune/${code}-x/` });
const KOMMUNER = [
  K('0301', 'Oslo', '03', 'Oslo', ['Oslove'], 13, 1),
  K('1508', 'Ålesund', '15', 'Møre og Romsdal', [], 11, 3),
  K('5501', 'Tromsø', '55', 'Troms', ['Romsa', 'Tromssa'], 11, 2),
  K('5612', 'Kautokeino', '56', 'Finnmark', ['Guovdageaidnu'], 16, 6),
  K('3114', 'Våler (Østfold)', '31', 'Østfold', [], 1, 4),
  K('3419', 'Våler (Innlandet)', '34', 'Innlandet', [], 1, 5),
];
const index = indexEntries(
  KOMMUNER.map((k) => ({ code: k.code, name: k.name, other: k.other, fylke: k.fylkeName, path: k.path })),
);

describe('search', () => {
  it('folds Norwegian and Sami letters', () => {
    expect(foldName('Ålesund')).toBe('alesund');
    expect(foldName('TROMSØ')).toBe('tromso');
    expect(foldName('Guovdageaidnu')).toBe('guovdageaidnu');
    expect(foldName('Kárášjohka')).toBe('karasjohka');
    expect(foldName('Porsáŋgu')).toBe('porsangu');
    expect(foldName('Unjárga')).toBe('unjarga');
  });
  it('finds by name without diacritics, by partial word, by Sami name and by number', () => {
    expect(searchKommuner(index, 'alesund')[0].code).toBe('1508');
    expect(searchKommuner(index, 'tromso')[0].code).toBe('5501');
    expect(searchKommuner(index, 'tromsoe')[0].code).toBe('5501');
    expect(searchKommuner(index, 'Guovdageaidnu')[0]).toMatchObject({ code: '5612', matched: 'Guovdageaidnu' });
    expect(searchKommuner(index, 'kautokeino')[0].code).toBe('5612');
    expect(searchKommuner(index, 'guovda')[0].code).toBe('5612');
    expect(searchKommuner(index, '301')[0].code).toBe('0301');
    expect(searchKommuner(index, '5612')[0].code).toBe('5612');
  });
  it('matches every word of a multi-word query, and finds kommuner by fylke', () => {
    expect(searchKommuner(index, 'våler innl').map((h) => h.code)).toEqual(['3419']);
    expect(
      searchKommuner(index, 'våler')
        .map((h) => h.code)
        .sort(),
    ).toEqual(['3114', '3419']);
    expect(searchKommuner(index, 'finnmark').map((h) => h.code)).toEqual(['5612']);
    expect(searchKommuner(index, '   ')).toEqual([]);
  });
});

describe('rankBy', () => {
  it('gives ties the same rank and skips the next', () => {
    const r = rankBy([
      { code: 'a', value: 5 },
      { code: 'b', value: 9 },
      { code: 'c', value: 5 },
      { code: 'd', value: 1 },
    ]);
    expect(r.map((x) => [x.item.code, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
  it('puts items without a value last, unranked', () => {
    const r = rankBy(
      [
        { code: 'x', value: null },
        { code: 'a', value: 2 },
        { code: 'b', value: Number.NaN },
        { code: 'c', value: 3 },
      ],
      { descending: false },
    );
    expect(r.map((x) => [x.item.code, x.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', null],
      ['x', null],
    ]);
  });
});

describe('quantile class breaks', () => {
  it('splits into five classes of about equal size', () => {
    const b = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(b).toEqual([3, 5, 7, 9]);
    expect([1, 3, 4, 9, 10].map((v) => classOf(v, b))).toEqual([0, 1, 1, 4, 4]);
  });
  it('never makes empty classes when many values are equal', () => {
    expect(quantileBreaks([0, 0, 0, 0, 0, 0, 0, 0, 1, 2])).toEqual([1]);
    expect(quantileBreaks([4, 4, 4])).toEqual([]);
    expect(quantileBreaks([0, 0, 0, 0, 0, 0, 0, 0, 0, 3])).toEqual([3]);
    expect(quantileBreaks([])).toEqual([]);
  });
  it('colours light to dark in YlGnBu without its near-white step, one colour per class', () => {
    expect(paletteFor([3, 5, 7, 9], SEQUENTIAL)).toEqual(['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494']);
    for (const n of [0, 1, 2, 3, 4]) {
      const p = paletteFor(
        Array.from({ length: n }, (_, i) => i),
        SEQUENTIAL,
      );
      expect(p).toHaveLength(n + 1);
      expect(p).not.toContain('#ffffcc');
      expect(p).not.toContain('#edf8b1');
    }
    // The palette is d3-scale-chromatic's YlGnBu, one step longer, without its near-white first step.
    for (const n of [2, 3, 4, 5]) expect(SEQUENTIAL[n]).toEqual(schemeYlGnBu[n + 1].slice(1));
    expect(SEQUENTIAL[1]).toEqual(['#2c7fb8']);
    // A value on a break goes above it; below the first break is class 0.
    const c = classifier([3, 5]);
    expect([2.99, 3, 4, 5, 100].map(c)).toEqual([0, 1, 1, 2, 2]);
    // The same classes as d3-scale's threshold scale and d3-array's bisectRight give, on and between breaks.
    const breaks = [0.5, 2, 2.5, 10];
    const d3classes = scaleThreshold(breaks, [0, 1, 2, 3, 4]);
    for (const v of [-1, 0, 0.5, 1, 2, 2.4, 2.5, 9.99, 10, 1e6]) expect(classifier(breaks)(v)).toBe(d3classes(v));
  });
});

const fig = (measure: string, year: number, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('x', year, measure, value, { from: [], source: 's', vintage: '2024', ...o });

describe('indicators', () => {
  it('per 1000 inhabitants from the population 1 January the year after, as IMDi divides', () => {
    const get = lookupOf([fig('bosatt', 2023, 188), fig('befolkning', 2023, 15000), fig('befolkning', 2024, 15200)]);
    // 188 / 15 200 × 1000 = 12,368 (the same year's 15 000 gave 12,533).
    expect(getIndicator('bosatt-per-1000')!.compute(get, 2023, 2024).value).toBeCloseTo(12.368, 3);
    // The running year (no population 1.1.2025 yet): the newest, 1.1.2024.
    expect(getIndicator('bosatt-per-1000')!.compute(get, 2023, 2023).value).toBeCloseTo(12.533, 3);
  });
  it('no ratio from a suppressed part; a lower-bound numerator gives a lower bound', () => {
    expect(ratioOf(fig('bosatt', 2020, null), fig('befolkning', 2020, 500), 1000)).toMatchObject({
      value: null,
      status: 'suppressed',
    });
    expect(
      ratioOf(fig('bosatt', 2020, 30, { flags: ['lower-bound'] }), fig('befolkning', 2020, 500), 1000),
    ).toMatchObject({ value: 60, status: 'lower-bound' });
    expect(ratioOf(fig('vedtak', 2020, 10), fig('anmodning', 2020, 0), 100)).toMatchObject({
      value: null,
      status: 'not-applicable',
    });
  });
  it('employment gap in percentage points', () => {
    const get = lookupOf([
      fig('sysselsatte-andel', 2014, 72, { group: 'befolkningen_ellers' }),
      fig('sysselsatte-andel', 2014, 61, { group: 'innvandrere' }),
    ]);
    expect(getIndicator('sysselsetting-gap')!.compute(get, 2014)).toMatchObject({ value: 11, status: 'ok' });
  });
});

describe('ranking view and map classes', () => {
  const figures: Record<string, Figure[]> = {
    '0301': [
      fig('bosatt', 2022, 1926),
      fig('bosatt', 2023, 1500),
      fig('befolkning', 2022, 700000),
      fig('befolkning', 2023, 710000),
    ],
    '1508': [fig('bosatt', 2023, 300), fig('befolkning', 2023, 60000)],
    '5501': [fig('bosatt', 2023, null), fig('befolkning', 2023, 78000)],
    '5612': [fig('bosatt', 2023, 10), fig('befolkning', 2023, 2900)],
    '3114': [fig('bosatt', 2023, 25), fig('befolkning', 2023, 5700)],
    '3419': [fig('befolkning', 2023, 5300)],
  };
  const series = buildIndicatorSeries(getIndicator('bosatt-per-1000')!, KOMMUNER, (c) => figures[c] ?? [], {
    minKommuner: 1,
  });
  const state = {
    indicator: 'bosatt-per-1000',
    year: 2023,
    fylke: '',
    kostra: '',
    centrality: '',
    minPopulation: 0,
    sort: 'rank' as const,
  };

  it('ranks kommuner, change from the year before, unranked last', () => {
    const rows = rankingRows(series, KOMMUNER, state);
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['1508', 1],
      ['3114', 2],
      ['5612', 3],
      ['0301', 4],
      ['3419', null],
      ['5501', null],
    ]);
    const oslo = rows.find((r) => r.code === '0301')!;
    // 2022 divides by the population 1.1.2023; 2023 is the newest year, so also by 1.1.2023.
    expect(oslo.change).toBeCloseTo(1500 / 710 - 1926 / 710, 3);
    expect(rows.find((r) => r.code === '5501')!.status).toBe('suppressed');
  });
  it("names each kommune by SSB's official name, the Sami part marked, as search and the comparison do (issue 22)", () => {
    const parts = [{ text: 'Guovdageaidnu', lang: 'se' }, { text: 'Kautokeino' }];
    const kommuner = KOMMUNER.map((k) => (k.code === '5612' ? { ...k, parts } : k));
    const rows = rankingRows(series, kommuner, state);
    const kautokeino = rows.find((r) => r.code === '5612')!;
    expect(kautokeino.name).toBe('Guovdageaidnu – Kautokeino');
    const html = rankingRowsHtml(t, rows, series);
    expect(html).toContain('<span lang="se">Guovdageaidnu</span> – Kautokeino</a>');
    expect(html).not.toMatch(/>Kautokeino</);
    // Sorted by name under G, as the official name reads; downloaded by the same name.
    const byName = rankingRows(series, kommuner, { ...state, sort: 'name' }).map((r) => r.name);
    expect(byName.indexOf('Guovdageaidnu – Kautokeino')).toBeLessThan(byName.indexOf('Oslo'));
    expect(rankingTable(t, rows, series, state).rows.find((r) => r[0] === '5612')?.[1]).toBe(
      'Guovdageaidnu – Kautokeino',
    );
    // Without parts (a kommune whose official name is its Norwegian name) the name stays as it is.
    expect(rows.find((r) => r.code === '1508')!.name).toBe('Ålesund');
  });
  it('filters by KOSTRA group and ranks within the selection', () => {
    const rows = rankingRows(series, KOMMUNER, { ...state, kostra: '11' });
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['1508', 1],
      ['5501', null],
    ]);
  });
  it('colours suppressed and missing differently from any value', () => {
    const c = mapClasses(series, KOMMUNER, 2023, SEQUENTIAL);
    expect(c.fill.get('5501')).toBe(HIDDEN_FILL);
    expect(c.fill.get('3419')).toBe(NO_DATA_FILL);
    expect(c.colors).toContain(c.fill.get('1508'));
  });
  it('download rows: the common scheme, rounded as shown, status in words, then rank, population and counts', () => {
    const withBasis = {
      ...series,
      basis: {
        population: { 2023: [710000, 60000, 78000, 2900, 5700, 5300] },
        measures: ['bosatt', 'befolkning'] as [string, string],
        numerator: { 2023: [1500, 300, null, 10, 25, null] },
      },
    };
    const table = rankingTable(t, rankingRows(withBasis, KOMMUNER, state), withBasis, state);
    expect(table.columns.slice(0, 11)).toEqual([
      'kode',
      'navn',
      'fylke',
      'mål',
      'år',
      'verdi',
      'enhet',
      'status',
      'foreløpig',
      'kilde',
      'merknad',
    ]);
    expect(table.rows[0]).toEqual([
      '1508',
      'Ålesund',
      'Møre og Romsdal',
      'Bosatte flyktninger per 1000 innbyggere',
      2023,
      5,
      'per 1000',
      'tall',
      'nei',
      's',
      // 2023 is the fixture's newest population year: its per 1000 divides by 1 January 2023, and says so.
      t.rateNote.early(2023, 2023),
      1,
      60000,
      300,
      60000,
      null,
    ]);
    expect(table.rows.find((r) => r[0] === '0301')![5]).toBe(2.11);
    expect(table.rows.find((r) => r[0] === '5501')![7]).toBe('skjult (under 5)');
  });
  it('a minimum population lists small kommuner after the ranked ones, without a rank', () => {
    const withBasis = { ...series, basis: { population: { 2023: [710000, 60000, 78000, 2900, 5700, 5300] } } };
    const rows = rankingRows(withBasis, KOMMUNER, { ...state, minPopulation: 5000 });
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['1508', 1],
      ['3114', 2],
      ['0301', 3],
      ['5612', null],
      ['3419', null],
      ['5501', null],
    ]);
    expect(rows.find((r) => r.code === '5612')!.small).toBe(true);
  });
  it('tooltips carry the unit', () => {
    expect(mapTitle(t, 'Oslo', 2.1126, { unit: 'per 1000' }, 'ok')).toBe('Oslo: 2,11 per 1000 innbyggere');
    expect(mapTitle(t, 'Oslo', null, { unit: 'per 1000' }, 'suppressed')).toBe('Oslo: skjult (under 5)');
  });
});

describe('map geometry and classes', () => {
  it('compact paths: rounded, relative, repeated points and collapsed rings dropped, a lone tiny ring kept', () => {
    expect(compactPath('M10.04,20L12.06,20L12.06,22.5L10,22.5ZM1,1L1.01,1L1,1.01Z')).toBe('M10,20l2.1,0 0,2.5-2.1,0z');
    expect(compactPath('M1,1L1.04,1L1,1.04Z')).toBe('M1,1z');
  });
  it('fixed breaks around 100 % for plan ratios, quantiles for rates', () => {
    expect(breaksFor('vedtak-av-anmodning', [100, 100, 100, 80]).kind).toBe('fixed');
    expect(breaksFor('vedtak-av-anmodning', [100]).breaks).toContain(100);
    expect(breaksFor('bosatt-per-1000', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      breaks: [3, 5, 7, 9],
      kind: 'quantile',
    });
  });
});

describe('front page URL state', () => {
  const meta = [
    { id: 'bosatt-per-1000', unit: 'per 1000' as const, years: [2022, 2023, 2024], defaultYear: 2023 },
    { id: 'ema-bosatt', unit: 'personer' as const, years: [2022, 2023], defaultYear: 2023 },
  ];
  const defaults = { indicator: 'bosatt-per-1000', year: 2023 };
  it('round-trips: parse → serialize → parse', () => {
    const s = parseFrontState(
      '?indikator=ema-bosatt&ar=2022&fylke=15&kostra=11&sentralitet=3&sorter=change',
      meta,
      'bosatt-per-1000',
    );
    expect(s).toEqual({
      indicator: 'ema-bosatt',
      year: 2022,
      fylke: '15',
      kostra: '11',
      centrality: '3',
      minPopulation: 0,
      sort: 'change',
    });
    expect(parseFrontState(serializeFrontState(s, defaults, meta), meta, 'bosatt-per-1000')).toEqual(s);
    const m = parseFrontState('?minst=5000', meta, 'bosatt-per-1000');
    expect(m.minPopulation).toBe(5000);
    expect(serializeFrontState(m, defaults, meta)).toBe('?minst=5000');
  });
  it('the default view has an empty query', () => {
    expect(serializeFrontState(parseFrontState('', meta, 'bosatt-per-1000'), defaults, meta)).toBe('');
    expect(parseFrontState('', meta, 'bosatt-per-1000').minPopulation).toBe(1000);
  });
  it('junk falls back to safe defaults', () => {
    const q = parseFrontQuery(
      '?indikator=<script>&ar=1700&fylke=99&sentralitet=9&sorter=x&foo=1',
      meta,
      'bosatt-per-1000',
      { fylker: ['03', '15'] },
    );
    expect(q.state).toEqual({
      indicator: 'bosatt-per-1000',
      year: 2023,
      fylke: '',
      kostra: '',
      centrality: '',
      minPopulation: 1000,
      sort: 'rank',
    });
    expect(q.ignored).toEqual(['indikator=<script>', 'ar=1700', 'sorter=x', 'foo=1', 'fylke=99', 'sentralitet=9']);
  });
});

describe("the map's inset (issue 22: one named setting, by the kommuner's fylke)", WHOLE_DATASET, () => {
  it('takes the kommuner of the inset fylker by the fylke the kommune list gives them, in the order given', () => {
    const features = ['3201', '5001', '0301', '3203'].map((id) => ({ id }) as MapFeature);
    const kommuner = [
      { code: '0301', fylkeCode: '03' },
      { code: '3201', fylkeCode: '32' },
      { code: '3203', fylkeCode: '32' },
      { code: '5001', fylkeCode: '50' },
    ];
    expect(insetFeatures(features, kommuner).map((f) => f.id)).toEqual(['3201', '0301', '3203']);
    expect(insetFeatures(features, kommuner, ['50']).map((f) => f.id)).toEqual(['5001']);
  });
  it('every language names the inset fylker in its caption, as the kommune list names them', () => {
    const names = MAP_INSET_FYLKER.map((c) => getKommuner().find((k) => k.fylkeCode === c)!.fylkeName);
    expect(names).toEqual(['Oslo', 'Akershus']);
    for (const l of LOCALES) {
      const m = messages(l).front;
      for (const n of names) {
        expect(m.inset).toContain(n);
        expect(m.insetLabel('')).toContain(n);
      }
    }
  });
});
