import { nb as t } from '../../../src/i18n/nb.ts';
/**
 * The 2025 request cut (issue 17): IMDi cut its 2025 request mid-year (18 900 → 12 640 nationally) and many
 * kommuner kept the decision they had made on the original one. Wherever a 2025 request, decision or ratio of
 * them is shown the note says so, and no group sum of the 2025 decisions (the country's 15 631) is shown.
 * Fixtures: Oslo's 2025 row of IMDi's «Nøkkeltall bosetting 2025» page (640 asked, 850 decided, 665 settled).
 */
import { describe, expect, it } from 'vitest';
import { aggregatePoint, type Group } from '../../../src/lib/compare/aggregate.ts';
import { getCompareMeasure } from '../../../src/lib/compare/compare-measures.ts';
import { compareTable } from '../../../src/lib/compare/compare-table.ts';
import { buildView, cellText, tableOf } from '../../../src/lib/compare/compare-view.ts';
import { decodeSeriesData, type Cell, type SeriesData } from '../../../src/lib/compare/series-data.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { REQUEST_CUTS } from '../../../src/lib/domain/measures.ts';
import { cutFor, requestCutOf } from '../../../src/lib/domain/request-cut.ts';
import { requestCutNote } from '../../../src/lib/format/request-cut-note.ts';
import { EXPORT_COLUMNS } from '../../../src/lib/format/export-table.ts';
import { mapNoteOf, rankingTable } from '../../../src/lib/front/render-front.ts';
import { rankingRows } from '../../../src/lib/front/ranking-view.ts';
import { buildIndicatorSeries, type KommuneRef } from '../../../src/lib/indicators/indicator-series.ts';
import { getIndicator } from '../../../src/lib/indicators/indicators.ts';
import { keyFigures } from '../../../src/lib/profile/key-figures.ts';
import { settlementPanel } from '../../../src/lib/profile/build-profile.ts';
import { figure } from '../figure-fixture.ts';

const c = (v: number | null, flags = 'scraped'): Cell => [
  v,
  v === null ? 'suppressed' : 'ok',
  flags,
  'imdi-nokkeltall-2025',
];
const oslo = decodeSeriesData({
  code: '0301',
  name: 'Oslo',
  parts: {
    'anmodning|': { 2024: c(1650), 2025: c(640) },
    'vedtak|': { 2024: c(1648), 2025: c(850) },
    'bosatt|': { 2024: c(1539), 2025: c(665) },
    'befolkning|': { 2024: c(717710, ''), 2025: c(724290, '') },
  },
});
const alvdal = decodeSeriesData({
  code: '3428',
  name: 'Alvdal',
  parts: {
    'anmodning|': { 2024: c(20), 2025: c(15) },
    'vedtak|': { 2024: c(20), 2025: c(20) },
    'bosatt|': { 2024: c(20), 2025: c(15) },
    'befolkning|': { 2024: c(2400, ''), 2025: c(2400, '') },
  },
});
const all = new Map<string, SeriesData>([
  ['0301', oslo],
  ['3428', alvdal],
]);
const country: Group = { members: ['0301', '3428'], dataOf: (r) => all.get(r), predecessors: [] };
const m = (id: string) => getCompareMeasure(id)!;
const NOTE =
  'Anmodningen for 2025 ble satt ned midt i året: IMDi satte sommeren 2025 ned anmodningen for hele landet fra 18\u00a0900 til 12\u00a0640 flyktninger. Mange kommuner hadde allerede vedtatt å bosette etter den opprinnelige anmodningen og beholdt vedtaket, så vedtaket for 2025 kan svare til den opprinnelige anmodningen; anmodningen som vises, er den nye. Den opprinnelige anmodningen til hver kommune finnes ikke i dataene.';

describe('the 2025 request cut, declared once', () => {
  it('is a fact about 2025 and the request and decision measures only', () => {
    expect(REQUEST_CUTS.map((x) => x.year)).toEqual([2025]);
    expect(cutFor(['vedtak', 'anmodning'], 2025)?.after).toBe(12_640);
    expect(cutFor(['vedtak'], 2024)).toBeUndefined();
    expect(cutFor(['bosatt', 'befolkning'], 2025)).toBeUndefined();
  });
  it('says the cut in plain words, and that the original request is not in the data unless a source has it', () => {
    expect(requestCutNote(t, requestCutOf(2025)!)).toBe(NOTE);
    expect(requestCutNote(t, requestCutOf(2025)!, 900)).toContain('Kommunens opprinnelige anmodning var 900.');
  });
});

describe('comparison: no group sum of the 2025 decisions', () => {
  it('withholds the sum of decisions and the ratios built on it for 2025, keeps 2024 and the requests', () => {
    expect(aggregatePoint(country, m('vedtak'), 2025, false)).toBeNull();
    expect(aggregatePoint(country, m('vedtak'), 2025, true)).toBeNull();
    expect(aggregatePoint(country, m('vedtak-av-anmodning'), 2025, false)).toBeNull();
    expect(aggregatePoint(country, m('bosatt-av-vedtak'), 2025, false)).toBeNull();
    expect(aggregatePoint(country, m('vedtak'), 2024, false)?.value).toBe(1668);
    expect(aggregatePoint(country, m('anmodning'), 2025, false)?.value).toBe(655);
  });
  it('says why in the view, in the table («ikke vist») and in the download (merknad)', () => {
    const refs = [
      {
        id: 'land',
        label: 'Hele landet',
        members: country.members,
        series: {
          'vedtak-av-anmodning': {
            abs: { 2024: { ...aggregatePoint(country, m('vedtak-av-anmodning'), 2024, false)! } },
            per1000: {},
          },
        },
      },
    ];
    const state = {
      kommuner: ['0301'],
      measure: 'vedtak-av-anmodning',
      perCapita: false,
      refs: [],
      from: null,
      to: null,
    };
    const v = buildView(t, state as never, [oslo], refs);
    expect(v.notes[0]).toBe(NOTE);
    expect(v.notes[1]).toMatch(/^Summen av kommunenes vedtak for 2025 vises ikke .* 12\u00a0919 flyktninger i 2025\.$/);
    const row2025 = tableOf(t, v).rows.find((r) => r[0] === '2025')!;
    expect(row2025).toEqual(['2025', '132,8\u00a0%', 'ikke vist']);
    const table = compareTable(t, v);
    const at = (col: string) => table.columns.indexOf(col);
    const dl = table.rows.find((r) => r[at('kode')] === 'land' && r[at('år')] === 2025)!;
    expect(dl[at('status')]).toBe('ikke vist');
    expect(String(dl[at('merknad')])).toContain('vises ikke');
    expect(table.rows.find((r) => r[at('kode')] === '0301' && r[at('år')] === 2025)![at('merknad')]).toBe(NOTE);
    expect(table.rows.find((r) => r[at('kode')] === '0301' && r[at('år')] === 2024)![at('merknad')]).toBe('');
    expect(
      cellText(
        t,
        v.series[1].points.find((p) => p.year === 2024),
        'prosent',
      ),
    ).not.toBe('ikke vist');
  });
});

describe('map, ranking and download', () => {
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
  const figs: Figure[] = [
    figure('0301', 2024, 'anmodning', 1650),
    figure('0301', 2024, 'vedtak', 1648),
    figure('0301', 2025, 'anmodning', 640),
    figure('0301', 2025, 'vedtak', 850),
    figure('0301', 2025, 'bosatt', 665),
    figure('0301', 2025, 'befolkning', 724290),
  ];
  const s = buildIndicatorSeries(getIndicator('vedtak-av-anmodning')!, K, () => figs, { minKommuner: 1 });
  it('the note stands under the map title for 2025 only, and for views of request or decision only', () => {
    expect(mapNoteOf(t, s, 2025)).toBe(NOTE);
    expect(mapNoteOf(t, s, 2024)).toBe('');
    expect(mapNoteOf(t, { id: 'bosatt-per-1000' }, 2025)).toBe('');
  });
  it('every downloaded 2025 row carries it in «merknad»', () => {
    const state = {
      indicator: s.id,
      year: 2025,
      fylke: '',
      kostra: '',
      centrality: '',
      minPopulation: 0,
      sort: 'rank' as const,
    };
    const table = rankingTable(t, rankingRows(s, K, state), s, state);
    expect(EXPORT_COLUMNS).toContain('merknad');
    expect(table.rows[0][table.columns.indexOf('merknad')]).toBe(NOTE);
  });
});

describe('profile', () => {
  const own: Figure[] = [
    figure('0301', 2024, 'anmodning', 1650, { flags: ['scraped'] }),
    figure('0301', 2024, 'vedtak', 1648, { flags: ['scraped'] }),
    figure('0301', 2024, 'bosatt', 1539, { flags: ['scraped'] }),
    figure('0301', 2025, 'anmodning', 640, { flags: ['scraped'] }),
    figure('0301', 2025, 'vedtak', 850, { flags: ['scraped'] }),
    figure('0301', 2025, 'bosatt', 665, { flags: ['scraped'] }),
  ];
  it('the settlement panel says the cut in full under its chart', () => {
    const p = settlementPanel({ name: 'Oslo', own, country: [] })!;
    expect(p.notices).toEqual([{ year: 2025, text: NOTE }]);
    expect(settlementPanel({ name: 'Oslo', own: own.filter((f) => f.year === 2024), country: [] })!.notices).toEqual(
      [],
    );
  });
  it('uses the kommune’s original request where a source has it', () => {
    const withOriginal = [...own, figure('0301', 2025, 'opprinnelig-anmodning', 1000)];
    expect(settlementPanel({ name: 'Oslo', own: withOriginal, country: [] })!.notices![0].text).toContain(
      'Kommunens opprinnelige anmodning var 1\u00a0000.',
    );
  });
  it('the key decision card for 2025 says it may answer the original request', () => {
    const card = keyFigures(t, own, { name: 'Oslo' })!.cards.find((x) => x.id === 'vedtak')!;
    expect(card.year).toBe(2025);
    expect(card.detail).toContain('opprinnelige anmodningen');
  });
});
