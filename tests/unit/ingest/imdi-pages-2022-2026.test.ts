/**
 * New IMDi pages (issue 17): the final 2022 page (with the transcriber's codes and Stange's misprint), the agreed
 * but not yet settled figures of the 2024 page (Oslo only), and the 2026 request's unaccompanied minors by age
 * (Akershus's swapped headers). Fixtures: rows copied from the transcriptions, in their TSV layout.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { keepNewest } from '../../../src/lib/ingest/harmonize/keep-newest.ts';
import { kommuneNameIndex, matchKommuneNames } from '../../../src/lib/ingest/read/match-kommune-names.ts';
import { readCsv } from '../../../src/lib/raw/read-csv.ts';
import type { RawTable } from '../../../src/lib/raw/raw-table.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const withYear = (t: RawTable, year: number): RawTable => ({
  ...t,
  columns: [...t.columns, 'year'],
  rows: t.rows.map((r) => ({ ...r, cells: [...r.cells, String(year)] })),
});
const KOMMUNER = [
  { code: '4201', fylkeName: 'Agder', names: ['Risør'] },
  { code: '4204', fylkeName: 'Agder', names: ['Kristiansand'] },
  { code: '3201', fylkeName: 'Akershus', names: ['Bærum'] },
  { code: '3203', fylkeName: 'Akershus', names: ['Asker'] },
  { code: '0301', fylkeName: 'Oslo', names: ['Oslo'] },
];
const named = (text: string, year: number) =>
  withYear(
    matchKommuneNames(readCsv(text, { file: 'page.tsv', delimiter: '\t' }), kommuneNameIndex(KOMMUNER), {
      fylke: 'fylke_tabell',
      name: 'kommune',
      codeColumn: 'Kommunenummer',
    }),
    year,
  );

describe("IMDi's final 2022 page", () => {
  const spec = getSource('imdi-nokkeltall-2022');
  const text = fixture('imdi-nokkeltall-2022-excerpt.tsv');
  const read = (t: string) => extractRows(withYear(readCsv(t, { file: 'page.tsv', delimiter: '\t' }), 2022), spec);
  it("is read on the transcriber's 2020–2023 codes, its collective-protection column as its own group", () => {
    const { rows } = read(text);
    const get = (code: string, measure: string, group = '') =>
      rows.find((r) => r.code === code && r.measure === measure && r.group === group);
    expect(get('0301', 'bosatt')).toMatchObject({ value: 1924, year: 2022, flags: ['scraped'] });
    expect(get('0301', 'bosatt', 'ukrainere')).toMatchObject({ value: 1616 });
    // Kvænangen under its 2020–2023 code (5429), hidden on the page.
    expect(get('5429', 'bosatt')).toMatchObject({ status: 'suppressed', value: null });
  });
  it("does not read Stange's decision, which the page misprints as 500, and lists it as a warning", () => {
    const { rows, misprints } = read(text);
    expect(rows.find((r) => r.code === '3413' && r.measure === 'vedtak')).toBeUndefined();
    expect(rows.find((r) => r.code === '3413' && r.measure === 'anmodning')).toMatchObject({ value: 150 });
    expect(misprints).toEqual([
      expect.objectContaining({ source: 'imdi-nokkeltall-2022', region: '3413', period: '2022', measure: 'vedtak' }),
    ]);
    expect(misprints[0].message).toMatch(/Stange vedtok å bosette 500.*ikke brukt/);
  });
  it('stops when the misprinted cell reads otherwise in a new copy, so the declaration is revisited', () => {
    expect(() => read(text.replace('150\t500\t156', '150\t150\t156'))).toThrow(
      /page.tsv, line 3, column "vedtatt": expected "500", the misprint the manifest declares for 3413 2022 vedtak, found "150"/,
    );
  });
  it("a cell the page hides gives way to another IMDi file's settled figure; a figure the page prints wins by vintage", () => {
    const v: Record<string, string> = { export: '2023-09', page: '2025-02-19' };
    const row = (source: string, value: number | null, group = '') => ({
      source,
      value,
      status: value === null ? 'suppressed' : 'ok',
      flags: [],
      measure: 'bosatt',
      group,
    });
    const yields = (r: { source: string; group: string }) => r.source === 'page' && r.group === '';
    const keep = (items: ReturnType<typeof row>[]) =>
      keepNewest(
        items,
        () => 'k',
        (id) => v[id],
        { hiddenYields: yields },
      )[0];
    expect(keep([row('export', 5), row('page', null)])).toMatchObject({ source: 'export', value: 5 });
    expect(keep([row('page', null), row('export', 5)])).toMatchObject({ source: 'export', value: 5 });
    expect(keep([row('export', 1926), row('page', 1924)])).toMatchObject({ source: 'page', value: 1924 });
    // The page's collective-protection split is IMDi's own: its hidden cell stands.
    expect(keep([row('export', 12, 'ukrainere'), row('page', null, 'ukrainere')])).toMatchObject({ source: 'page' });
  });
});

describe('agreed, not yet settled (2024 page: Oslo only)', () => {
  it('reads Oslo’s 105, of which 67 collective protection, and nothing for a kommune the page leaves empty', () => {
    const { rows } = extractRows(
      named(fixture('imdi-nokkeltall-2024-avtalt-excerpt.tsv'), 2024),
      getSource('imdi-nokkeltall-2024'),
    );
    const agreed = rows.filter((r) => r.measure === 'avtalt-bosatt');
    expect(agreed.map((r) => [r.code, r.group, r.value])).toEqual([
      ['0301', '', 105],
      ['0301', 'kollektiv', 67],
    ]);
  });
});

describe("the 2026 request's unaccompanied minors by age", () => {
  const { rows } = extractRows(
    named(fixture('imdi-anmodning-2026-ema-excerpt.tsv'), 2026),
    getSource('imdi-anmodning-2026'),
  );
  const get = (code: string, group: string) =>
    rows.find((r) => r.code === code && r.measure === 'ema-anmodning' && r.group === group)!;
  it('reads the total and the two ages as printed in the tables that print «under 15» first', () => {
    expect([get('0301', ''), get('0301', 'under-15'), get('0301', '15-18')].map((r) => r.value)).toEqual([66, 4, 62]);
    expect([get('4204', 'under-15').value, get('4204', '15-18').value]).toEqual([6, 16]);
  });
  it('reads Akershus by position, as its fylke table adds up (Asker 5 under 15, 10 aged 15–18)', () => {
    expect([get('3203', ''), get('3203', 'under-15'), get('3203', '15-18')].map((r) => r.value)).toEqual([15, 5, 10]);
    expect([get('3201', 'under-15').value, get('3201', '15-18').value]).toEqual([2, 10]);
  });
  it('a blank cell is «no request», never 0 or missing', () => {
    expect(get('4201', '')).toMatchObject({ status: 'not-applicable', value: null });
    expect(get('4201', 'under-15')).toMatchObject({ status: 'not-applicable' });
  });
});
