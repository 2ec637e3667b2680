/**
 * «ikke beregnet» (status other-territory, domain/rate-territory.ts) on the front page's ranking and in the
 * downloads, in all three languages (issue 17): Sandefjord 2015 — its settled count is without Stokke, SSB's
 * population with it.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { nb } from '../../../src/i18n/nb.ts';
import { nn } from '../../../src/i18n/nn.ts';
import { toXlsx } from '../../../src/client/xlsx.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { toCsv } from '../../../src/lib/format/csv.ts';
import { rankingRows, type FrontState } from '../../../src/lib/front/ranking-view.ts';
import { rankingNotes, rankingRowsHtml, rankingTable } from '../../../src/lib/front/render-front.ts';
import { buildIndicatorSeries, type KommuneRef } from '../../../src/lib/indicators/indicator-series.ts';
import { getIndicator } from '../../../src/lib/indicators/indicators.ts';
import { decodeSeries, encodeSeries } from '../../../src/lib/indicators/status-code.ts';
import { figure } from '../figure-fixture.ts';

const K = (code: string, name: string): KommuneRef => ({
  code,
  name,
  other: [],
  fylkeCode: '39',
  fylkeName: 'Vestfold',
  kostra: 11,
  centrality: 3,
  path: `/kommune/${code}/`,
});
const KOMMUNER = [K('3907', 'Sandefjord'), K('3909', 'Larvik')];
const fig = (region: string, measure: string, year: number, value: number): Figure =>
  figure(region, year, measure, value, { source: 'imdi-test', vintage: '2016-03-01' });
const FIGURES: Record<string, Figure[]> = {
  '3907': [
    fig('3907', 'bosatt', 2015, 61),
    fig('3907', 'befolkning', 2016, 62000),
    fig('3907', 'befolkning', 2017, 62500),
  ],
  '3909': [
    fig('3909', 'bosatt', 2015, 45),
    fig('3909', 'befolkning', 2016, 46000),
    fig('3909', 'befolkning', 2017, 46100),
  ],
};
const state = (indicator: string): FrontState => ({
  indicator,
  year: 2015,
  fylke: '',
  kostra: '',
  centrality: '',
  minPopulation: 0,
  sort: 'rank',
});
// As the browser gets it: encoded for /data/indikator/<id>.json and decoded on arrival.
const seriesOf = (id: string) =>
  decodeSeries(
    encodeSeries(buildIndicatorSeries(getIndicator(id)!, KOMMUNER, (c) => FIGURES[c] ?? [], { minKommuner: 1 })),
  );

describe('the per-1000 column beside a count (front page ranking)', () => {
  const s = seriesOf('bosatt');
  const rows = rankingRows(s, KOMMUNER, state('bosatt'));
  const sandefjord = rows.find((r) => r.code === '3907')!;

  it('carries the status, not only a missing number', () => {
    expect(sandefjord).toMatchObject({ value: 61, perCapita: null, perCapitaStatus: 'other-territory' });
    expect(rows.find((r) => r.code === '3909')!.perCapitaStatus).toBeUndefined();
  });

  it.each([
    ['nb', nb, 'ikke beregnet', /«Ikke beregnet» per 1000: for én kommune gjelder folketallet et annet område/],
    ['nn', nn, 'ikkje rekna ut', /«Ikkje rekna ut» per 1000: for éin kommune gjeld folketalet eit anna område/],
    ['en', en, 'not computed', /«Not computed» per 1,000: for one municipality the population covers a different area/],
  ])('%s: says the status word in the column and explains it under the table', (_lang, t, word, note) => {
    const html = rankingRowsHtml(t, rows, s);
    const row = html.split('<tr').find((r) => r.includes('data-k="3907"'))!;
    // Before: «–», the same as a count that is hidden or missing.
    expect(row).toContain(`<td>${word}</td>`);
    // The per-1000 column comes right after the count (61).
    expect(row).toContain(`<td>61</td><td>${word}</td>`);
    expect(rankingNotes(t, rows, s, 2015).join(' ')).toMatch(note);
  });
});

describe('downloads of a per-1000 view carry the status in the page language', () => {
  const s = seriesOf('bosatt-per-1000');
  const rows = rankingRows(s, KOMMUNER, state('bosatt-per-1000'));

  it.each([
    ['nb', nb, 'ikke beregnet: folketallet gjelder et annet område'],
    ['nn', nn, 'ikkje rekna ut: folketalet gjeld eit anna område'],
    ['en', en, 'not computed: the population covers a different area'],
  ])('%s: CSV and XLSX have no value and the status column in words', async (_lang, t, word) => {
    const table = rankingTable(t, rows, s, { year: 2015 });
    const status = table.columns.indexOf('status');
    const row = table.rows.find((r) => r[0] === '3907')!;
    expect(row[table.columns.indexOf('verdi')]).toBeNull();
    expect(row[status]).toBe(word);
    expect(table.rows.find((r) => r[0] === '3909')![status]).toBe(t.exportStatus.ok);
    const csv = toCsv(table.columns, table.rows);
    expect(csv.split('\n').find((l) => l.startsWith('3907'))).toContain(word);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await toXlsx(table, { words: t.workbook })).arrayBuffer());
    const sheet = wb.getWorksheet(t.workbook.figures)!;
    const line = [2, 3].map((i) => sheet.getRow(i)).find((r) => r.getCell(1).value === '3907')!;
    expect(line.getCell(status + 1).value).toBe(word);
    expect(line.getCell(table.columns.indexOf('verdi') + 1).value).toBeNull();
    // The page's caption explains it too.
    expect(rankingNotes(t, rows, s, 2015)).toHaveLength(1);
  });
});
