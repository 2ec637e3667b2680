import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { grantsPanel, settlementPanel, yearTablePanel } from '../../../src/lib/profile/build-profile.ts';
import { caveatOf } from '../../../src/lib/profile/caveats.ts';
import { figure } from '../figure-fixture.ts';

// Oslo's grants 2011–2013 as published: the 2012 total (171 mill.) is below one of its own parts (452,7 mill.).
const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('0301', year, measure, value, { from: [], ...o });
const own: Figure[] = [
  f(2011, 'tilskudd', 433_000_000, { group: 'totalt' }),
  f(2012, 'tilskudd', 171_372_286, { group: 'totalt' }),
  f(2012, 'tilskudd', 452_681_750, { group: 'inttilsk_1_5' }),
  f(2013, 'tilskudd', 690_000_000, { group: 'totalt' }),
  f(2012, 'anmodning', 1200),
  f(2012, 'vedtak', 1100),
  f(2012, 'bosatt', 1000),
  f(2013, 'bosatt', 1100),
];
// As src/data/dataset.ts getCaveats reads data/warnings.csv.
const caveats = [
  {
    year: 2012,
    measure: 'tilskudd',
    text: '«Integreringstilskudd år 1–5» (452 681 750) er større enn kildens egen total (171 372 286); begge vises slik kilden oppgir dem.',
  },
];
const input = { name: 'Oslo', own, country: [], caveats };

describe('figures published with a caveat (data/warnings.csv)', () => {
  it('grants: the 2012 total is marked § in the table and the chart, the caveat said once, the other years not', () => {
    const p = grantsPanel(input)!;
    const row = (y: string) => p.table!.rows.find((r) => r[0] === y)!;
    const total = p.table!.columns.indexOf('Totalt');
    expect(row('2012')[total]).toMatch(/^171,4 mill\. kr§$/);
    expect(row('2011')[total]).not.toContain('§');
    expect(row('2013')[total]).not.toContain('§');
    expect(p.caveats).toEqual(caveats);
    const svg = p.chart!.wide;
    expect(svg.match(/>§<\/text>/g)).toHaveLength(1);
    expect(p.chart!.legend).toContainEqual({
      label: 'tall med forbehold (se under)',
      glyph: 'caveat',
      color: '#1a1a1a',
      mark: '§',
    });
  });

  it('a measure with a publisher total marks the total, not each part; other measures are untouched', () => {
    expect(caveatOf(caveats, own[1])).toBe(caveats[0]);
    expect(caveatOf(caveats, own[2])).toBeUndefined();
    expect(caveatOf(caveats, own[0])).toBeUndefined();
    const p = settlementPanel(input)!;
    expect(p.table!.rows.flat().join(' ')).not.toContain('§');
    expect(p.caveats).toEqual([]);
  });

  it('driven by the data: without caveats nothing is marked; a caveat on settled marks that year in table and chart', () => {
    expect(
      grantsPanel({ ...input, caveats: [] })!
        .table!.rows.flat()
        .join(' '),
    ).not.toContain('§');
    const settled = [{ year: 2012, measure: 'bosatt', text: 'Tallet står to ganger med ulike verdier.' }];
    const p = settlementPanel({ ...input, caveats: settled })!;
    expect(p.table!.rows.find((r) => r[0] === '2012')![3]).toBe('1\u00a0000§');
    expect(p.chart!.wide).toContain('>§</text>');
    const t = yearTablePanel(
      { ...input, caveats: settled },
      { id: 'x', title: 'X', columns: [{ measure: 'bosatt' }] },
    )!;
    expect(t.table!.rows.find((r) => r[0] === '2012')![1]).toBe('1\u00a0000§');
    expect(t.caveats).toEqual(settled);
  });
});
