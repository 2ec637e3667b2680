import { describe, expect, it } from 'vitest';
import { aggregatePoint, type Group } from '../../../src/lib/compare/aggregate.ts';
import { getCompareMeasure } from '../../../src/lib/compare/compare-measures.ts';
import { decodeSeriesData, type Cell, type SeriesData } from '../../../src/lib/compare/series-data.ts';
import { UNALLOCATED, unallocatedOf } from '../../../src/lib/domain/national.ts';
import { en } from '../../../src/i18n/en.ts';
import { nb } from '../../../src/i18n/nb.ts';
import { nn } from '../../../src/i18n/nn.ts';
import { compareTable } from '../../../src/lib/compare/compare-table.ts';
import type { CompareState } from '../../../src/lib/compare/compare-state.ts';
import { buildView } from '../../../src/lib/compare/compare-view.ts';
import { nationalNote } from '../../../src/lib/format/national-note.ts';

const c = (v: number | null, status = v === null ? 'suppressed' : 'ok'): Cell => [v, status, '', 'src'];
const data = (code: string, name: string, parts: Record<string, Record<number, Cell>>): SeriesData =>
  decodeSeriesData({ code, name, parts });
const m = (id: string) => getCompareMeasure(id)!;
const group = (
  members: SeriesData[],
  extra: SeriesData[] = [],
  predecessors: Group['predecessors'] = [],
  more: Partial<Group> = {},
): Group => {
  const all = new Map([...members, ...extra].map((d) => [d.code, d]));
  return { members: members.map((d) => d.code), dataOf: (r) => all.get(r), predecessors, ...more };
};

// Vestfold 2015, settled per 1000 (population 1 January 2016). SSB's population puts all of Stokke in Sandefjord
// before 2017, while Stokke's settlements (0720) are kept apart until it was divided in 2017 (domain/rate-territory.ts).
const sandefjord = data('3907', 'Sandefjord', { 'bosatt|': { 2015: c(61) }, 'befolkning|': { 2016: c(62000) } });
const tonsberg = data('3905', 'Tønsberg', { 'bosatt|': { 2015: c(70) }, 'befolkning|': { 2016: c(42000) } });
const stokke = data('0720:2016', 'Stokke', { 'bosatt|': { 2015: c(20) } });
const other = data('0301', 'X', { 'bosatt|': { 2015: c(50) }, 'befolkning|': { 2016: c(50000) } });
const preds = [{ key: '0720:2016', successors: ['3905', '3907'] }];

describe('a group rate over a changed territory (issue 17)', () => {
  it('holds the whole divided kommune: its count added, every member counted (Vestfold)', () => {
    const p = aggregatePoint(group([sandefjord, tonsberg, other], [stokke], preds), m('bosatt'), 2015, true)!;
    expect(p.value).toBeCloseTo(((61 + 70 + 20 + 50) / (62000 + 42000 + 50000)) * 1000, 9);
    expect(p).toMatchObject({ status: 'ok', counted: 3, members: 3 });
    expect(p.otherTerritory).toBeUndefined();
  });

  it('holds only a part: the member whose count and population differ is left out of both sums, «n av m»', () => {
    // A centrality class with Sandefjord but not Tønsberg: Stokke is not in the group, so Sandefjord's 61 over a
    // population with Stokke's inhabitants would understate its rate. Today's code counted it (111 / 112 000).
    const p = aggregatePoint(group([sandefjord, other], [stokke], preds), m('bosatt'), 2015, true)!;
    expect(p.value).toBeCloseTo((50 / 50000) * 1000, 9);
    expect(p).toMatchObject({ status: 'partial', counted: 1, members: 2, otherTerritory: 1 });
  });

  it("the comparison's legend gives both reasons a group counts «n av m», in every language", () => {
    // A member left out for another territory is not a member without a population figure.
    expect(nb.compare.sourceLegend).toMatch(/mangler tallet å dele på, eller det gjelder et annet område/);
    expect(nn.compare.sourceLegend).toMatch(/manglar talet å dele på, eller talet gjeld eit anna område/);
    expect(en.compare.sourceLegend).toMatch(/lack the figure divided by, or their figure covers another area/);
  });

  it('a group of only such a member has no rate, with the status of a single kommune', () => {
    const p = aggregatePoint(group([sandefjord], [stokke], preds), m('bosatt'), 2015, true)!;
    expect(p).toMatchObject({ value: null, status: 'other-territory' });
  });

  it('counts are not rates: the sum stays whole', () => {
    expect(aggregatePoint(group([sandefjord, other], [stokke], preds), m('bosatt'), 2015, false)).toMatchObject({
      value: 111,
      status: 'ok',
    });
  });

  it('the population itself is on one territory: no member is left out of its «per 1000»', () => {
    const pop = (code: string, v: number) => data(code, code, { 'befolkning|': { 2015: c(v) } });
    expect(aggregatePoint(group([pop('3907', 60000), pop('0301', 50000)]), m('befolkning'), 2015, true)).toMatchObject({
      status: 'ok',
      counted: 2,
    });
  });
});

describe('«Hele landet» (issue 17)', () => {
  const a = data('0301', 'A', { 'bosatt|': { 2014: c(100) }, 'tilskudd|totalt': { 2012: c(1000.4), 2015: c(500) } });
  const b = data('1103', 'B', { 'bosatt|': { 2014: c(12) }, 'tilskudd|totalt': { 2012: c(2000.3), 2015: c(700) } });
  const row = data('0000', 'Hele landet', { 'tilskudd|totalt': { 2012: c(3001) } });
  const land = group([a, b], [], [], { publisherRow: row, national: true });

  it("is the publisher's own national figure where the dataset has one", () => {
    expect(aggregatePoint(land, m('tilskudd'), 2012, false)).toMatchObject({
      value: 3001,
      status: 'ok',
      basis: 'publisher',
      counted: 2,
      members: 2,
    });
  });

  it('is otherwise the sum of the kommuner, said so, with what IMDi placed in no kommune', () => {
    expect(aggregatePoint(land, m('bosatt'), 2014, false)).toMatchObject({
      value: 112,
      basis: 'sum',
      unallocated: 112,
    });
    expect(aggregatePoint(land, m('tilskudd'), 2015, false)).toMatchObject({
      value: 1200,
      basis: 'sum',
      unallocated: 72_800,
    });
    // A year without a 9999 figure: a sum, nothing unallocated said.
    const b16 = data('1103', 'B', { 'bosatt|': { 2016: c(12) } });
    const p = aggregatePoint(group([a, b16], [], [], { publisherRow: row, national: true }), m('bosatt'), 2016, false)!;
    expect(p).toMatchObject({ value: 12, basis: 'sum' });
    expect(p.unallocated).toBeUndefined();
  });

  it('a fylke or any other group is never the national figure', () => {
    const p = aggregatePoint(group([a, b], [], [], { publisherRow: row }), m('tilskudd'), 2012, false)!;
    expect(p.value).toBeCloseTo(3000.7, 6);
    expect(p.basis).toBeUndefined();
  });

  it("IMDi's remainders under «9999 Uoppgitt kommune» are declared once", () => {
    expect(unallocatedOf({ measure: 'bosatt', group: '' }, 2014)?.value).toBe(112);
    expect(unallocatedOf({ measure: 'bosatt', group: '' }, 2015)?.value).toBe(74);
    expect(unallocatedOf({ measure: 'tilskudd', group: 'totalt' }, 2015)?.value).toBe(72_800);
    expect(unallocatedOf({ measure: 'bosatt', group: '' }, 2016)).toBeUndefined();
    expect(UNALLOCATED.every((u) => u.value !== 0)).toBe(true);
  });
});

describe('«Hele landet» said where it is shown (issue 17)', () => {
  const a = data('0301', 'A', { 'bosatt|': { 2014: c(100), 2016: c(90) } });
  const b = data('1103', 'B', { 'bosatt|': { 2014: c(12), 2016: c(10) } });
  const row = data('0000', 'Hele landet', {});
  const land = group([a, b], [], [], { publisherRow: row, national: true });
  const series = {
    id: 'land',
    label: 'Hele landet (2 kommuner)',
    members: ['0301', '1103'],
    series: {
      bosatt: {
        abs: Object.fromEntries([2014, 2016].map((y) => [y, aggregatePoint(land, m('bosatt'), y, false)!])),
        per1000: {},
      },
    },
  };
  const state: CompareState = {
    kommuner: ['0301'],
    refs: ['land'],
    measure: 'bosatt',
    perCapita: false,
    from: null,
    to: null,
  };

  it.each([
    ['nb', nb, 'Hele landet er summen av kommunene. IMDi fører i tillegg 112 i 2014 på «uoppgitt kommune»'],
    ['nn', nn, 'Heile landet er summen av kommunane. IMDi fører i tillegg 112 i 2014 på «uoppgitt kommune»'],
    [
      'en',
      en,
      'The whole country is the sum of the municipalities. IMDi also counts 112 in 2014 under «uoppgitt kommune»',
    ],
  ])('%s: the comparison says «sum of the kommuner» and the remainder, also in its download', (_l, t, said) => {
    const view = buildView(t, state, [a], [series]);
    expect(view.notes.join(' ')).toContain(said);
    const table = compareTable(t, view);
    const note = table.columns.indexOf('merknad');
    const landRows = table.rows.filter((r) => r[0] === 'land');
    expect(landRows.map((r) => r[4])).toEqual([2014, 2016]);
    expect(landRows[0][note]).toContain(said);
    expect(landRows[1][note]).toBe(t.national.note(null, null));
    // A kommune's row has no such note.
    expect(table.rows.find((r) => r[0] === '0301')![note]).toBe('');
  });

  it("the source's own national figure is said as such", () => {
    const own = group([a, b], [], [], {
      publisherRow: data('0000', 'Hele landet', { 'bosatt|': { 2016: c(101) } }),
      national: true,
    });
    const p = aggregatePoint(own, m('bosatt'), 2016, false)!;
    expect(nationalNote(nb, [p], 'personer')).toBe(
      'Hele landet er summen av kommunene (for 2016: kildens eget tall for hele landet).',
    );
    expect(nationalNote(nb, [aggregatePoint(group([a, b]), m('bosatt'), 2016, false)!], 'personer')).toBe('');
  });

  it('the profile and the brief label the whole country as a sum in all three languages', () => {
    expect([nb, nn, en].map((t) => t.profile.key.land)).toEqual([
      'Hele landet (sum av kommunene)',
      'Heile landet (sum av kommunane)',
      'Whole country (sum of the municipalities)',
    ]);
    expect(
      [nb, nn, en].map((t) =>
        /(Hele landet: sum av kommunene|Heile landet: sum av kommunane|Whole country: the sum of the municipalities)\./.test(
          t.brief.peersNote,
        ),
      ),
    ).toEqual([true, true, true]);
  });
});
