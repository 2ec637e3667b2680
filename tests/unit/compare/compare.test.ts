import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { aggregatePoint, type Group, type GroupSeries } from '../../../src/lib/compare/aggregate.ts';
import { compareTable } from '../../../src/lib/compare/compare-table.ts';
import { getCompareMeasure } from '../../../src/lib/compare/compare-measures.ts';
import { parseCompareState, serializeCompareState, type RefKind } from '../../../src/lib/compare/compare-state.ts';
import { renderCompareParts } from '../../../src/lib/compare/render-compare.ts';
import { profileCompareHref } from '../../../src/lib/compare/defaults.ts';
import { buildView, cellText, latestRanking, tableOf } from '../../../src/lib/compare/compare-view.ts';
import { findPeers, type PeerInput } from '../../../src/lib/compare/peers.ts';
import {
  decodeSeriesData,
  encodeSeriesData,
  pointOf,
  type Cell,
  type SeriesData,
} from '../../../src/lib/compare/series-data.ts';

const c = (v: number | null, status = v === null ? 'suppressed' : 'ok', flags = '', source = 'src'): Cell => [
  v,
  status,
  flags,
  source,
];
/** Fixtures written in the shipped cell layout, decoded as the browser decodes them on arrival. */
const data = (code: string, name: string, parts: Record<string, Record<number, Cell>>): SeriesData =>
  decodeSeriesData({ code, name, parts });

// Eigersund's real 2023 figures: 188 settled, decision 170, request 185, population 15 236 (1.1.2023).
const eig = data('1101', 'Eigersund', {
  'bosatt|': { 2023: c(188), 2020: c(null) },
  'vedtak|': { 2023: c(170) },
  'anmodning|': { 2023: c(185) },
  'befolkning|': { 2023: c(15236), 2021: c(14900), 2020: c(14800) },
});
const m = (id: string) => getCompareMeasure(id)!;

describe('the shipped file', () => {
  it('decodes to the same figures it was encoded from', () => {
    const d = data('1101', 'Eigersund', { 'bosatt|': { 2023: c(188, 'ok', 'provisional;lower-bound') } });
    expect(d.parts['bosatt|']['2023']).toEqual({
      value: 188,
      status: 'ok',
      flags: ['provisional', 'lower-bound'],
      source: 'src',
    });
    expect(decodeSeriesData(encodeSeriesData(d))).toEqual(d);
  });
});

describe("a kommune's values", () => {
  it('as is, per 1000 inhabitants, and as ratios of two counts', () => {
    expect(pointOf(eig, m('bosatt'), 2023, false)).toMatchObject({ value: 188, status: 'ok' });
    expect(pointOf(eig, m('bosatt'), 2023, true).value).toBeCloseTo((188 / 15236) * 1000, 6);
    expect(pointOf(eig, m('vedtak-av-anmodning'), 2023, false).value).toBeCloseTo((170 / 185) * 100, 6);
    expect(pointOf(eig, m('bosatt-av-vedtak'), 2023, false).value).toBeCloseTo((188 / 170) * 100, 6);
  });
  it('never computes from a suppressed part', () => {
    expect(pointOf(eig, m('bosatt'), 2020, true)).toMatchObject({ value: null, status: 'suppressed' });
    expect(pointOf(eig, m('bosatt'), 2019, false)).toMatchObject({ value: null, status: 'missing' });
  });
});

describe('reference groups', () => {
  const a = data('A', 'A', {
    'bosatt|': { 2023: c(100) },
    'vedtak|': { 2023: c(120) },
    'befolkning|': { 2023: c(10000) },
  });
  const b = data('B', 'B', {
    'bosatt|': { 2023: c(null) },
    'vedtak|': { 2023: c(10) },
    'befolkning|': { 2023: c(2000) },
  });
  const cc = data('C', 'C', {
    'bosatt|': { 2023: c(30) },
    'vedtak|': { 2023: c(30) },
    'befolkning|': { 2023: c(3000) },
  });
  const group = (members: SeriesData[], extra: SeriesData[] = [], predecessors: Group['predecessors'] = []): Group => {
    const all = new Map([...members, ...extra].map((d) => [d.code, d]));
    return { members: members.map((d) => d.code), dataOf: (r) => all.get(r), predecessors };
  };

  it('sums counts; a suppressed member makes the sum a lower bound', () => {
    expect(aggregatePoint(group([a, cc]), m('bosatt'), 2023, false)).toMatchObject({
      value: 130,
      status: 'ok',
      counted: 2,
      members: 2,
    });
    expect(aggregatePoint(group([a, b, cc]), m('bosatt'), 2023, false)).toMatchObject({
      value: 130,
      status: 'lower-bound',
      counted: 2,
      members: 3,
    });
  });

  it('computes ratios from summed counts, not as an average of percentages', () => {
    const p = aggregatePoint(group([a, cc]), m('bosatt-av-vedtak'), 2023, false)!;
    expect(p.value).toBeCloseTo((130 / 150) * 100, 6); // the mean of 83.3 % and 100 % would be 91.7 %
    const per = aggregatePoint(group([a, cc]), m('bosatt'), 2023, true)!;
    expect(per.value).toBeCloseTo((130 / 13000) * 1000, 6);
  });

  it('a ratio with a suppressed member counts it as at least 0 over its decision: a lower bound over all members', () => {
    // Before, B was left out and the group showed 86,7 % «(2 av 3)», above what the members' figures allow.
    const p = aggregatePoint(group([a, b, cc]), m('bosatt-av-vedtak'), 2023, false)!;
    expect(p.value).toBeCloseTo((130 / 160) * 100, 6);
    expect(p).toMatchObject({ status: 'lower-bound', counted: 3, members: 3 });
    expect(p.partial).toBeUndefined();
  });

  it('a member with no population is left out of a rate per 1000 and the value says so, with «≥» when also a bound', () => {
    const noPop = data('D', 'D', { 'bosatt|': { 2023: c(40) } });
    const lower = data('E', 'E', { 'bosatt|': { 2023: c(20, 'ok', 'lower-bound') }, 'befolkning|': { 2023: c(5000) } });
    const p = aggregatePoint(group([a, noPop]), m('bosatt'), 2023, true)!;
    expect(p).toMatchObject({ value: 10, status: 'partial', counted: 1, members: 2, partial: true });
    const q = aggregatePoint(group([a, lower, noPop]), m('bosatt'), 2023, true)!;
    expect(q.value).toBeCloseTo((120 / 15000) * 1000, 6);
    expect(q).toMatchObject({ status: 'lower-bound', counted: 2, members: 3, partial: true });
    expect(cellText(t, q, 'per 1000')).toMatch(/^≥\u00a08(,0+)? \(2\u00a0av\u00a03\)$/);
    expect(cellText(t, aggregatePoint(group([a, lower]), m('bosatt'), 2023, true)!, 'per 1000')).toMatch(
      /^≥\u00a08(,0+)?$/,
    );
  });

  it("a former kommune without a population of its own: its count is added when its successors' population holds its inhabitants", () => {
    const stokke = data('0720:2016', 'Stokke', { 'bosatt|': { 2012: c(27) } });
    const tonsberg = data('3905', 'Tønsberg', { 'bosatt|': { 2012: c(28) }, 'befolkning|': { 2012: c(49613) } });
    const sandefjord = data('3907', 'Sandefjord', { 'bosatt|': { 2012: c(31) }, 'befolkning|': { 2012: c(60776) } });
    const preds = [{ key: '0720:2016', successors: ['3905', '3907'] }];
    const p = aggregatePoint(group([tonsberg, sandefjord], [stokke], preds), m('bosatt'), 2012, true)!;
    expect(p.value).toBeCloseTo((86 / (49613 + 60776)) * 1000, 9);
    expect(p).toMatchObject({ status: 'ok', counted: 2, members: 2 });
    // Its count unknown: its inhabitants stay in the successors' population, so the value is a lower bound.
    const hidden = data('0720:2016', 'Stokke', { 'bosatt|': { 2012: c(null) } });
    const q = aggregatePoint(group([tonsberg, sandefjord], [hidden], preds), m('bosatt'), 2012, true)!;
    expect(q.value).toBeCloseTo((59 / (49613 + 60776)) * 1000, 9);
    expect(q).toMatchObject({ status: 'lower-bound', counted: 2, members: 2 });
    // Successors without a population that year (Narvik and Hamarøy before 2020): they and the former kommune are left out, and said.
    const narvik = data('1806', 'Narvik', { 'bosatt|': { 2012: c(28) } });
    const hamaroy = data('1875', 'Hamarøy', { 'bosatt|': { 2012: c(8) } });
    const tysfjord = data('1850:2019', 'Tysfjord', { 'bosatt|': { 2012: c(2) } });
    const r = aggregatePoint(
      group([narvik, hamaroy, tonsberg], [tysfjord], [{ key: '1850:2019', successors: ['1806', '1875'] }]),
      m('bosatt'),
      2012,
      true,
    )!;
    expect(r).toMatchObject({ value: (28 / 49613) * 1000, status: 'partial', counted: 1, members: 3 });
  });

  it("a not-applicable count (no request) is none: the member's population stays in the rate", () => {
    const none = data('N', 'N', { 'bosatt|': { 2023: c(null, 'not-applicable') }, 'befolkning|': { 2023: c(10000) } });
    expect(aggregatePoint(group([a, none]), m('bosatt'), 2023, true)).toMatchObject({
      value: 5,
      status: 'ok',
      counted: 2,
    });
  });

  it('counts a former kommune lying wholly inside the group for a member that has no figure of its own', () => {
    const heim = data('5055', 'Heim', {});
    const hemne = data('5011:2019', 'Hemne', { 'bosatt|': { 2016: c(17) } });
    const snillfjord = data('5012:2019', 'Snillfjord', { 'bosatt|': { 2016: c(5) } });
    const preds = [
      { key: '5011:2019', successors: ['5055'] },
      { key: '5012:2019', successors: ['5055', '5056', '5059'] },
    ];
    // Snillfjord was split with kommuner outside this group: it is left out, and Heim's 2016 sum is then only a lower bound.
    expect(aggregatePoint(group([heim], [hemne, snillfjord], preds), m('bosatt'), 2016, false)).toMatchObject({
      value: 17,
      status: 'lower-bound',
    });
    // With all three of Snillfjord's successors in the group, the sum is whole.
    const whole = group([heim, data('5056', 'Hitra', {}), data('5059', 'Orkland', {})], [hemne, snillfjord], preds);
    expect(aggregatePoint(whole, m('bosatt'), 2016, false)).toMatchObject({
      value: 22,
      status: 'ok',
      counted: 3,
      members: 3,
    });
  });

  it('a year where every figure is "not applicable" is not applicable for the group, not hidden', () => {
    const na = (code: string) =>
      data(code, code, { 'bosatt|': { 2009: c(null, 'not-applicable') }, 'befolkning|': { 2009: c(1000) } });
    expect(aggregatePoint(group([na('X'), na('Y')]), m('bosatt'), 2009, true)).toMatchObject({
      value: null,
      status: 'not-applicable',
    });
    const hiddenOne = data('Z', 'Z', { 'bosatt|': { 2009: c(null) }, 'befolkning|': { 2009: c(1000) } });
    expect(aggregatePoint(group([na('X'), hiddenOne]), m('bosatt'), 2009, true)).toMatchObject({
      value: null,
      status: 'suppressed',
    });
  });

  it("rates come only from the publisher's national row", () => {
    const row = data('0000', 'Hele landet', { 'sysselsatte-andel|innvandrere': { 2014: c(62) } });
    expect(
      aggregatePoint({ ...group([a]), publisherRow: row }, m('sysselsatte-innvandrere'), 2014, false),
    ).toMatchObject({ value: 62 });
    expect(aggregatePoint(group([a]), m('sysselsatte-innvandrere'), 2014, false)).toBeNull();
  });
});

describe('peers', () => {
  const k = (
    code: string,
    population: number | null,
    req: number | null,
    sod: number | null,
    fylkeCode = '11',
    kostra: number | null = 7,
  ): PeerInput => ({ code, fylkeCode, kostra, centrality: 4, population, requestPer1000: req, settledOfDecision: sod });
  const all = [
    k('1', 15000, 5, 90),
    k('2', 14000, 5.2, 92),
    k('3', 16500, 1, 40, '46'),
    k('4', 90000, 4.9, 91, '46', 11),
    k('5', null, null, null),
    k('6', 15100, 9, 60, '11', 2),
  ];
  it('nearest in population, same KOSTRA group and fylke, nearest settlement profile', () => {
    const p = findPeers(all[0], all, { nearest: 3, profileCount: 2 });
    expect(p.population).toEqual(['6', '2', '3']);
    expect(p.kostra).toEqual(['2', '3', '5']);
    expect(p.fylke).toEqual(['2', '5', '6']);
    expect(p.profile).toEqual(['4', '2']); // nearer in standardized distance
  });
});

describe('comparison URL state', () => {
  const known = (c: string) => ['0301', '1101', '4601'].includes(c);
  it('round-trips: parse → serialize → parse', () => {
    const { state, ignored } = parseCompareState('?k=0301,1101&ref=land,kostra&mal=vedtak&fra=2015&til=2023', known);
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      kommuner: ['0301', '1101'],
      refs: ['land', 'kostra'],
      measure: 'vedtak',
      perCapita: false,
      from: 2015,
      to: 2023,
      proposal: null,
    });
    const again = parseCompareState(serializeCompareState(state), known);
    expect(again.state).toEqual(state);
    expect(serializeCompareState(state)).toBe('?k=0301,1101&ref=land,kostra&mal=vedtak&fra=2015&til=2023');
  });
  it('keeps what it knows and says plainly what it ignored', () => {
    const { state, ignored } = parseCompareState(
      '?k=301,9999,abc,1101,1101&ref=land,planet&mal=nope&per1000=1&fra=2030&til=2010',
      known,
    );
    expect(state).toEqual({
      kommuner: ['0301', '1101'],
      refs: ['land'],
      measure: 'bosatt',
      perCapita: true,
      from: 2010,
      to: 2030,
      proposal: null,
    });
    expect(ignored).toEqual(['kommunenummer «9999»', 'kommunenummer «abc»', 'referanse «planet»', 'mål «nope»']);
  });
  it('per 1000 only for counts', () => {
    expect(parseCompareState('?mal=vedtak-av-anmodning&per1000=1', known).state.perCapita).toBe(false);
  });
});

describe('the view', () => {
  const osl = data('0301', 'Oslo', {
    'bosatt|': { 2022: c(1926), 2023: c(1500, 'ok', 'provisional') },
    'befolkning|': { 2022: c(699827), 2023: c(709037) },
  });
  const state = { kommuner: ['1101', '0301'], refs: [], measure: 'bosatt', perCapita: false, from: null, to: null };
  it('table and latest ranking hold the same numbers', () => {
    const v = buildView(t, state, [eig, osl], []);
    expect(v.years).toEqual([2020, 2022, 2023]);
    expect(tableOf(t, v).rows[0]).toEqual(['2023', '188', '1\u00a0500*']);
    expect(latestRanking(t, v).map((r) => r.label)).toEqual(['Oslo', 'Eigersund']);
    // The bars write what the table writes (a provisional mark, and «≥»/«n av m» for a group).
    expect(latestRanking(t, v).map((r) => r.text)).toEqual(['1\u00a0500*', '188']);
  });

  it('the download: a group row says how many members it is built on and the sources by name', () => {
    const ref: GroupSeries = {
      id: 'land',
      label: 'Hele landet (357 kommuner)',
      members: [],
      series: {
        bosatt: {
          abs: {},
          per1000: {
            2023: {
              year: 2023,
              value: 6.0885,
              status: 'lower-bound',
              provisional: false,
              sources: ['ssb'],
              counted: 357,
              members: 357,
            },
            2019: {
              year: 2019,
              value: 0.8972,
              status: 'lower-bound',
              partial: true,
              provisional: false,
              sources: ['imdi', 'ssb'],
              counted: 352,
              members: 357,
            },
          },
        },
      },
    };
    const v = buildView(t, { ...state, perCapita: true, refs: ['land'] }, [eig], [ref]);
    const tab = compareTable(t, v, { sourceLabel: (id) => `Navn på ${id}` });
    const row = (year: number) => tab.rows.find((r) => r[0] === 'land' && r[4] === year)!;
    const at = (name: string) => tab.columns.indexOf(name);
    expect(row(2019)[at('kommuner i tallet')]).toBe('352 av 357');
    expect(row(2019)[at('status')]).toMatch(/^minst, og delvis/);
    expect(row(2019)[at('kilde')]).toBe('Navn på imdi; Navn på ssb');
    expect(row(2023)[at('kommuner i tallet')]).toBeNull();
    expect(row(2023)[at('status')]).toMatch(/^minst/);
    expect(tableOf(t, v).rows.find((r) => r[0] === '2019')![2]).toMatch(/^≥\u00a00,9\d* \(352\u00a0av\u00a0357\)$/);
  });
});

describe("the profile's link to the comparison (finding 13)", () => {
  const groups: Record<string, string[]> = {
    land: ['0301', '1101', '1103', '4601'],
    'fylke-03': ['0301'],
    'kostra-13': ['0301'],
    'fylke-11': ['1101', '1103'],
    'kostra-8': ['1101', '4601'],
    'kostra-16': ['1103'],
  };
  const href = (code: string, fylkeCode: string, kostraGroup: number | null) =>
    profileCompareHref({ code, fylkeCode, kostraGroup, centrality: 3 }, (id) => groups[id]);
  it('adds the fylke and the KOSTRA group when they hold other kommuner', () => {
    expect(href('1101', '11', 8)).toBe('/sammenlign/?k=1101&ref=land,fylke,kostra&per1000=1');
  });
  it('never compares a kommune with itself: Oslo alone in its fylke and KOSTRA group gets only the whole country', () => {
    expect(href('0301', '03', 13)).toBe('/sammenlign/?k=0301&ref=land&per1000=1');
    expect(href('1103', '11', 16)).toBe('/sammenlign/?k=1103&ref=land,fylke&per1000=1');
    expect(href('1103', '11', null)).toBe('/sammenlign/?k=1103&ref=land,fylke&per1000=1');
  });
});

describe('a hidden cell in the comparison table', () => {
  const view = (flags: string, source: string) =>
    buildView(
      t,
      { kommuner: ['0938'], refs: [], measure: 'bosatt', perCapita: false, from: null, to: null },
      [data('0938', 'Bygland', { 'bosatt|': { 2025: c(null, 'suppressed', flags, source) } })],
      [],
    );
  it('says why in the words of its publisher’s rule, as the profile does', () => {
    expect(tableOf(t, view('scraped', 'imdi-nokkeltall-2025')).rows[0][1]).toBe('skjult (personvern)');
    expect(tableOf(t, view('', 'imdi-bosatt-anmodede-2023')).rows[0][1]).toBe('skjult (under 5)');
  });
});

describe('a group larger than the comparison takes (issue 22)', () => {
  const others = ['1108', '3107', '3201', '3203', '3205', '3301', '4204', '4601', '5001', '1103'];
  const tromso = {
    code: '5501',
    name: 'Tromsø',
    fylkeCode: '55',
    kostra: 12,
    centrality: 2,
    peers: { kostra: others, fylke: [], population: [], profile: [] },
  };
  const groups = [{ id: 'kostra-12', label: 'KOSTRA-gruppe 12', members: ['5501', ...others] }];
  const names = [tromso, ...others.map((code) => ({ code, name: `K${code}` }))];
  const state = (refs: RefKind[]) => ({ ...parseCompareState('?k=5501', () => true).state, refs });

  it('KOSTRA group 12 (11 kommuner) is offered as a reference line, and the page says why', () => {
    const html = renderCompareParts(t, state([]), [tromso], groups, names, []).peers;
    const note = html.match(/<p class="group-note" data-group-note="kostra">(.*?)<\/p>/)![1];
    expect(note).toContain('KOSTRA-gruppe 12 har 11 kommuner – flere enn de 10 som kan sammenlignes side om side.');
    expect(note).toContain(
      '<button type="button" class="peer-add" data-add-ref="kostra">Vis KOSTRA-gruppe 12 som referanselinje</button>',
    );
  });

  it('once shown, says so instead of offering it again; a group that fits gets no note', () => {
    const shown = renderCompareParts(t, state(['kostra']), [tromso], groups, names, []).peers;
    expect(shown).toContain('KOSTRA-gruppe 12 vises som referanselinje i figuren.');
    expect(shown).not.toContain('data-add-ref');
    const small = { ...tromso, peers: { ...tromso.peers, kostra: others.slice(0, 9) } };
    expect(renderCompareParts(t, state([]), [small], groups, names, []).peers).not.toContain('data-group-note');
  });
});
