/** IMDi's «Nøkkeltall bosetting» pages (transcribed), decision statuses and precedence of complete figures (issue 8). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { keepNewest } from '../../../src/lib/ingest/harmonize/keep-newest.ts';
import { kommuneNameIndex, matchKommuneNames } from '../../../src/lib/ingest/read/match-kommune-names.ts';
import { readCsv } from '../../../src/lib/raw/read-csv.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const text = readFileSync(new URL('../../fixtures/imdi-nokkeltall-names-and-codes.tsv', import.meta.url), 'utf8');
const KOMMUNER = [
  { code: '3228', fylkeName: 'Akershus', names: ['Nes'] },
  { code: '3411', fylkeName: 'Innlandet', names: ['Nes'] },
  { code: '0301', fylkeName: 'Oslo', names: ['Oslo', 'Oslove'] },
  { code: '5612', fylkeName: 'Finnmark', names: ['Guovdageaidnu', 'Kautokeino'] },
];
const index = kommuneNameIndex(KOMMUNER);
const spec = getSource('imdi-nokkeltall-2024');
const aliases = spec.format.kind === 'nokkeltall-tsv' ? spec.format.aliases : {};
const table = (t: string) => readCsv(t, { file: 'nokkeltall.tsv', delimiter: '\t' });
const coded = (t: string) =>
  matchKommuneNames(table(t), index, { fylke: 'fylke_tabell', name: 'kommune', aliases, codeColumn: 'Kommunenummer' });

describe('nøkkeltall pages: names to codes', () => {
  it("matches on fylke + name, with IMDi's qualifiers as declared aliases and the Norwegian form of a Sami name", () => {
    expect(coded(text).rows.map((r) => r.cells.at(-1))).toEqual(['3228', '3411', '0301', '5612']);
  });
  it('stops on a name no kommune of the fylke has, naming file, line and column', () => {
    expect(() => coded(text.replace('Innlandet\tNes', 'Innlandet\tNess'))).toThrow(
      /nokkeltall.tsv, line 3, column "kommune": expected a kommune of Innlandet named "Ness", found none/,
    );
  });
  it('stops on two rows for one kommune', () => {
    expect(() => coded(text.replace('Innlandet\tNes', 'Akershus\tNes'))).toThrow(
      /line 3, column "kommune": expected one row per kommune, "Nes" \(3228\) is also on line 2/,
    );
  });
  it('reads «:» as hidden, «-» as no request, «avventer vedtak» as pending and 0 as a real zero, flagged as a transcription', () => {
    const t = coded(text);
    const { rows } = extractRows(
      { ...t, columns: [...t.columns, 'year'], rows: t.rows.map((r) => ({ ...r, cells: [...r.cells, '2024'] })) },
      spec,
    );
    const get = (code: string, measure: string, group = '') =>
      rows.find((r) => r.code === code && r.measure === measure && r.group === group)!;
    expect(get('3228', 'vedtak')).toMatchObject({ status: 'pending', value: null });
    expect(get('3228', 'bosatt')).toMatchObject({ status: 'suppressed' });
    expect(get('3411', 'vedtak')).toMatchObject({ status: 'not-applicable' });
    expect(get('5612', 'vedtak')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('0301', 'bosatt', 'ukrainere')).toMatchObject({ value: 1203, flags: ['scraped'] });
  });
});

describe('a lower bound is the largest figure any file proves', () => {
  const f = (source: string, value: number, flags: string[] = []) => ({ source, value, status: 'ok', flags });
  const v: Record<string, string> = { sep23: '2023-09', nov24: '2024-11-13' };
  const grows = { growsWithinYear: () => true };
  it('Tinn 2023 settled: «≥ 23» from November 2024 is raised to 24, the September 2023 count', () => {
    const kept = keepNewest(
      [f('sep23', 24, ['provisional']), f('nov24', 23, ['lower-bound'])],
      () => 'k',
      (id) => v[id],
      grows,
    );
    expect(kept).toEqual([{ source: 'sep23', value: 24, status: 'ok', flags: ['lower-bound'] }]);
  });
  it('keeps the newer bound where it is the larger, and a complete figure as it is', () => {
    expect(
      keepNewest(
        [f('sep23', 20, ['provisional']), f('nov24', 23, ['lower-bound'])],
        () => 'k',
        (id) => v[id],
        grows,
      )[0],
    ).toMatchObject({ source: 'nov24', value: 23 });
    expect(
      keepNewest(
        [f('sep23', 24, ['provisional']), f('nov24', 23)],
        () => 'k',
        (id) => v[id],
        grows,
      )[0],
    ).toMatchObject({
      source: 'nov24',
      value: 23,
      flags: [],
    });
  });
  it('only for measures counted up through the year', () => {
    expect(
      keepNewest(
        [f('sep23', 24, ['provisional']), f('nov24', 23, ['lower-bound'])],
        () => 'k',
        (id) => v[id],
      )[0],
    ).toMatchObject({ source: 'nov24', value: 23 });
  });
});

describe('precedence: a complete figure over a lower bound', () => {
  const f = (source: string, value: number, flags: string[] = []) => ({ source, value, status: 'ok', flags });
  const v: Record<string, string> = { old: '2023-09', new: '2024-11' };
  it('keeps the older complete figure over the newer sum of visible cells, and the newer of two complete ones', () => {
    expect(
      keepNewest(
        [f('old', 120), f('new', 117, ['lower-bound'])],
        () => 'k',
        (id) => v[id],
      )[0],
    ).toMatchObject({ source: 'old', value: 120 });
    expect(
      keepNewest(
        [f('new', 117, ['lower-bound']), f('old', 120)],
        () => 'k',
        (id) => v[id],
      )[0],
    ).toMatchObject({ source: 'old' });
    expect(
      keepNewest(
        [f('old', 120), f('new', 121)],
        () => 'k',
        (id) => v[id],
      )[0],
    ).toMatchObject({ source: 'new' });
    // A part-year figure is no more complete than a lower bound: the newer wins.
    expect(
      keepNewest(
        [f('old', 90, ['provisional']), f('new', 117, ['lower-bound'])],
        () => 'k',
        (id) => v[id],
      )[0],
    ).toMatchObject({ source: 'new' });
  });
});
