import { nb as t } from '../../../src/i18n/nb.ts';
import { wordOfKey } from '../../../src/lib/format/status-word.ts';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { seriesBasis } from '../../../src/lib/front/series-basis.ts';
import {
  changeWithheld,
  mapClasses,
  rankingRows,
  type FrontSeries,
  type FrontState,
} from '../../../src/lib/front/ranking-view.ts';
import {
  hiddenLabel,
  legendHtml,
  mapTitle,
  rankingNotes,
  rankingRowsHtml,
  rankingTable,
} from '../../../src/lib/front/render-front.ts';
import { buildIndicatorSeries, type KommuneRef } from '../../../src/lib/indicators/indicator-series.ts';
import { getIndicator } from '../../../src/lib/indicators/indicators.ts';
import { decodeSeries, encodeSeries } from '../../../src/lib/indicators/status-code.ts';
import { figure } from '../figure-fixture.ts';
import { SEQUENTIAL } from '../../../src/lib/map/palette.ts';
import { rankBy } from '../../../src/lib/rank/rank-by.ts';

const K = (code: string, name: string): KommuneRef => ({
  code,
  name,
  other: [],
  fylkeCode: '42',
  fylkeName: 'Agder',
  kostra: 1,
  centrality: 5,
  path: `/kommune/${code}/`,
});
const KOMMUNER = [
  K('5542', 'Skjervøy'),
  K('4211', 'Gjerstad'),
  K('5014', 'Frøya'),
  K('0301', 'Oslo'),
  K('4220', 'Bygland'),
];

const fig = (region: string, measure: string, year: number, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure(region, year, measure, value, { source: 'imdi-test', vintage: '2024-02-01', ...o });
const bound = { flags: ['lower-bound'] as Figure['flags'] };
const scraped = { flags: ['scraped'] as Figure['flags'], source: 'imdi-nokkeltall-2025' };

/** 2023: Skjervøy ≥ 40 of 20 (≥ 200 %), Gjerstad ≥ 34 of 20 (≥ 170 %), Frøya 34 of 20 (170 %), Oslo 100 of 100; 2025 Bygland hidden on IMDi's page. */
const FIGURES: Record<string, Figure[]> = {
  '5542': [
    fig('5542', 'bosatt', 2023, 40, bound),
    fig('5542', 'vedtak', 2023, 20),
    fig('5542', 'befolkning', 2023, 2900),
    // 1 January 2024: the population 2023's settled are divided by (views.ts populationYear).
    fig('5542', 'befolkning', 2024, 2950),
  ],
  '4211': [
    fig('4211', 'bosatt', 2023, 34, bound),
    fig('4211', 'vedtak', 2023, 20),
    fig('4211', 'befolkning', 2023, 2500),
    fig('4211', 'befolkning', 2024, 2500),
  ],
  '5014': [
    fig('5014', 'bosatt', 2023, 34),
    fig('5014', 'vedtak', 2023, 20),
    fig('5014', 'befolkning', 2023, 5200),
    fig('5014', 'befolkning', 2024, 5200),
  ],
  '0301': [
    fig('0301', 'bosatt', 2023, 100),
    fig('0301', 'vedtak', 2023, 100),
    fig('0301', 'befolkning', 2023, 700000),
    fig('0301', 'befolkning', 2024, 700000),
    fig('0301', 'bosatt', 2025, 900, scraped),
    fig('0301', 'vedtak', 2025, 1000, scraped),
    fig('0301', 'befolkning', 2025, 720000),
  ],
  '4220': [
    fig('4220', 'bosatt', 2023, 5),
    fig('4220', 'vedtak', 2023, 10),
    fig('4220', 'befolkning', 2023, 1100),
    fig('4220', 'befolkning', 2024, 1100),
    fig('4220', 'bosatt', 2025, null, scraped),
    fig('4220', 'vedtak', 2025, 5, scraped),
    fig('4220', 'befolkning', 2025, 1100),
  ],
};
const figuresOf = (c: string) => FIGURES[c] ?? [];
const frontSeries = (id: string): FrontSeries => {
  const s = buildIndicatorSeries(getIndicator(id)!, KOMMUNER, figuresOf, { minKommuner: 1 });
  return { ...s, basis: seriesBasis(s, KOMMUNER, figuresOf) };
};
const state = (indicator: string, year: number): FrontState => ({
  indicator,
  year,
  fylke: '',
  kostra: '',
  centrality: '',
  minPopulation: 0,
  sort: 'rank',
});

describe('the one ranking rule: only exact figures are ranked (finding 5)', () => {
  it('rankBy: a lower bound gets no rank and is listed after the ranked, by its bound; it never ties with an exact value', () => {
    const r = rankBy([
      { code: 'skjervoy', value: 200, status: 'lower-bound' },
      { code: 'gjerstad', value: 170, status: 'lower-bound' },
      { code: 'froya', value: 170, status: 'ok' },
      { code: 'oslo', value: 100, status: 'ok' },
      { code: 'none', value: null, status: 'suppressed' },
    ]);
    expect(r.map((x) => [x.item.code, x.rank, x.notExact])).toEqual([
      ['froya', 1, false],
      ['oslo', 2, false],
      ['skjervoy', null, true],
      ['gjerstad', null, true],
      ['none', null, false],
    ]);
  });

  it('the ranking: ≥ 200 % and ≥ 170 % unranked after the ranked, with «≥» on the value and on the count', () => {
    const s = frontSeries('bosatt-av-vedtak');
    const rows = rankingRows(s, KOMMUNER, state('bosatt-av-vedtak', 2023));
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['Frøya', 1],
      ['Oslo', 2],
      ['Bygland', 3],
      ['Skjervøy', null],
      ['Gjerstad', null],
    ]);
    const html = rankingRowsHtml(t, rows, s);
    const skjervoy = html.split('<tr').find((r) => r.includes('Skjervøy'))!;
    expect(skjervoy).toMatch(/<td>≥\s200,0\s%<\/td>/);
    expect(skjervoy).toMatch(/<td>≥\s40<\/td>/);
    expect(skjervoy).toContain('Ikke rangert: bare et minstetall');
    expect(html.split('<tr').find((r) => r.includes('Frøya'))).toMatch(/<td>34<\/td>/);
    expect(rankingNotes(t, rows, s, 2023).join(' ')).toMatch(/De 2 kommunene med bare minstetall står uten rang/);
  });

  it('a count that is a lower bound: unranked, «≥» on the count and on its rate per 1000', () => {
    const s = frontSeries('bosatt');
    const rows = rankingRows(s, KOMMUNER, state('bosatt', 2023));
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['Oslo', 1],
      ['Frøya', 2],
      ['Bygland', 3],
      ['Skjervøy', null],
      ['Gjerstad', null],
    ]);
    const tr = rankingRowsHtml(t, rows, s)
      .split('<tr')
      .find((r) => r.includes('Skjervøy'))!;
    // ≥ 40 / 2 950 (1.1.2024) × 1000 = ≥ 13,56 (not 40 / 2 900 = 13,79).
    expect(tr).toMatch(/<td>≥\s40<\/td><td>≥\s13,56<\/td>/);
  });

  it('the download ranks the same: no rank for a lower bound, status «minst»', () => {
    const s = frontSeries('bosatt-av-vedtak');
    const table = rankingTable(t, rankingRows(s, KOMMUNER, state('bosatt-av-vedtak', 2023)), s, { year: 2023 });
    const row = (code: string) => table.rows.find((r) => r[0] === code)!;
    const rank = table.columns.indexOf('rang');
    expect(row('5542')[rank]).toBeNull();
    expect(row('5542')[7]).toMatch(/^minst/);
    expect(row('5014')[rank]).toBe(1);
  });

  it('the map: lower bounds are counted in the legend and do not move the class breaks', () => {
    const s = frontSeries('bosatt-per-1000');
    const c = mapClasses(s, KOMMUNER, 2023, SEQUENTIAL);
    expect(c.bounds).toBe(2);
    expect(legendHtml(t, s, c, 'kart')).toContain('2 med bare minstetall (≥)');
    const exactOnly = mapClasses(
      { ...s, values: { 2023: s.values['2023'].map((v, i) => (s.status['2023'][i] === 'ok' ? v : null)) } },
      KOMMUNER,
      2023,
      SEQUENTIAL,
    );
    expect(c.breaks).toEqual(exactOnly.breaks);
  });
});

describe('a hidden cell gets the words of its source’s rule, in every column (finding 4)', () => {
  it('Bygland 2025 on IMDi’s page: «skjult (personvern)» for the rate and for the count, never «mangler» or «under 5»', () => {
    const s = frontSeries('bosatt-per-1000');
    const rows = rankingRows(s, KOMMUNER, state('bosatt-per-1000', 2025));
    const bygland = rows.find((r) => r.name === 'Bygland')!;
    // The row carries the word's key (the data files are the same in every language); the page says it.
    expect(bygland.word).toBe('statusByMeasure.suppressedOnPage');
    expect(wordOfKey(t, bygland.word!)).toBe('skjult (personvern)');
    expect(bygland.numeratorStatus).toBe('suppressed');
    const tr = rankingRowsHtml(t, rows, s)
      .split('<tr')
      .find((r) => r.includes('Bygland'))!;
    expect(tr.match(/skjult \(personvern\)/g)).toHaveLength(2);
    expect(tr).not.toMatch(/mangler|under 5/);
    expect(mapTitle(t, 'Bygland', null, s, 'suppressed', s.words?.['2025']?.[4])).toBe('Bygland: skjult (personvern)');
    const table = rankingTable(t, rows, s, { year: 2025 });
    expect(table.rows.find((r) => r[0] === '4220')![7]).toBe('skjult (personvern)');
  });

  it('the legend says what is true of every hidden cell of the year', () => {
    const s = frontSeries('bosatt-per-1000');
    expect(hiddenLabel(t, mapClasses(s, KOMMUNER, 2025, SEQUENTIAL))).toBe('skjult (personvern)');
    expect(legendHtml(t, s, mapClasses(s, KOMMUNER, 2025, SEQUENTIAL), 'kart')).not.toContain('under 5');
    expect(hiddenLabel(t, { hiddenWords: ['statusByMeasure.suppressedOnPage', 'status.suppressed'] })).toBe(
      'skjult (under 5 eller personvern)',
    );
    expect(hiddenLabel(t, { hiddenWords: ['status.suppressed'] })).toBe('skjult (under 5)');
  });

  it('the words and the counts’ statuses survive the wire encoding', () => {
    const s = frontSeries('bosatt-av-vedtak');
    const wire = JSON.parse(JSON.stringify(encodeSeries(s)));
    expect(typeof wire.basis.numeratorStatus['2023']).toBe('string');
    const back = decodeSeries(wire) as FrontSeries;
    expect(back.basis!.numeratorStatus!['2023']).toEqual(s.basis!.numeratorStatus!['2023']);
    expect(back.basis!.numeratorStatus!['2023'][0]).toBe('lower-bound');
    expect(s.words?.['2025']?.[4]).toBe('statusByMeasure.suppressedOnPage');
    // Shipped compactly: the distinct words once, one character per kommune.
    expect(wire.words.cells['2025']).toBe('----0');
    expect(back.words).toEqual(s.words);
    expect(back.basis!.numeratorWords).toEqual(s.basis!.numeratorWords);
  });
});

describe('no change from a provisional part-year against a complete year (finding 9)', () => {
  it('withholds the change and says why', () => {
    const s = frontSeries('bosatt-per-1000');
    const prov = { ...s, provisional: { ...s.provisional, 2024: false, 2025: true } };
    // Oslo has figures both years in this fixture once 2024 exists: give it one.
    const withPrev = {
      ...prov,
      values: { ...prov.values, 2024: [null, null, null, 1.5, null] },
      status: {
        ...prov.status,
        2024: ['missing', 'missing', 'missing', 'ok', 'missing'] as FrontSeries['status'][string],
      },
    };
    expect(changeWithheld(withPrev, 2025)).toBe(true);
    expect(changeWithheld(withPrev, 2023)).toBe(false);
    const rows = rankingRows(withPrev, KOMMUNER, state('bosatt-per-1000', 2025));
    expect(rows.every((r) => r.change === null)).toBe(true);
    expect(rankingNotes(t, rows, withPrev, 2025).join(' ')).toMatch(
      /Endring fra 2024 vises ikke: tallene for 2025 er foreløpige/,
    );
    // The same year complete: the change is there.
    const final = { ...withPrev, provisional: { ...withPrev.provisional, 2025: false } };
    expect(
      rankingRows(final, KOMMUNER, state('bosatt-per-1000', 2025)).find((r) => r.name === 'Oslo')!.change,
    ).toBeCloseTo(900 / 720 - 1.5, 3);
  });
});
