import { describe, expect, it } from 'vitest';
import { mergeChanges, readCodeLifespans, readSkdeChanges } from '../../../src/lib/ingest/read/read-code-changes.ts';
import { readKommuneList } from '../../../src/lib/ingest/read/read-kommune-list.ts';
import { readNorwegianNames, readOfficialNames } from '../../../src/lib/ingest/read/read-kommune-names.ts';
import { readKostraGroups } from '../../../src/lib/ingest/read/read-kostra-groups.ts';
import { readOnce } from '../../../src/lib/raw/read-once.ts';
import type { RawTable } from '../../../src/lib/raw/raw-table.ts';
import { CODE_LIST_YEARS, REFERENCES } from '../../../src/lib/ingest/sources/references.ts';
import { errorOf } from './error-of.ts';
import { SOURCES } from '../../../src/lib/ingest/sources/sources.ts';

const table = (columns: string[], rows: string[][], file = 'f.csv'): RawTable => ({
  file,
  columns,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

describe('the manifest declares the reference files beside the sources', () => {
  it('gives each reference an id no source has, and one file per code-list year', () => {
    const ids = [...SOURCES.map((s) => s.id), ...Object.values(REFERENCES).map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(REFERENCES.codeLists.files).toHaveLength(CODE_LIST_YEARS.length);
  });
  it('names the two files that are both a source and a reference once each', () => {
    const both = Object.values(REFERENCES)
      .flatMap((r) => r.files)
      .filter((f) => SOURCES.some((s) => s.file === f));
    expect(both.sort()).toEqual([
      'imdi-via-samarbeidsdesken/app_flyktninger_oppsummert.xlsx',
      'ssb-via-oystess-valg/befolkning_2024.csv',
    ]);
  });
});

describe('readOnce', () => {
  const text = new TextEncoder().encode('kom2024,navn\n0301,Oslo\n');
  it('reads, decodes and parses a file once however many readers use it', () => {
    const reads: string[] = [];
    const files = readOnce((p) => {
      reads.push(p);
      return text;
    });
    const a = files.csv('n.csv', { encoding: 'utf-8', delimiter: ',', required: ['kom2024'] });
    const b = files.csv('n.csv', { encoding: 'utf-8', delimiter: ',' });
    expect(b).toBe(a);
    expect(files.text('n.csv', 'utf-8')).toBe(files.text('n.csv', 'utf-8'));
    files.read('n.csv');
    expect(reads).toEqual(['n.csv']);
  });
  it('still checks a required column on a table parsed before without it', () => {
    const files = readOnce(() => text);
    files.csv('n.csv', { encoding: 'utf-8', delimiter: ',' });
    const e = errorOf(() => files.csv('n.csv', { encoding: 'utf-8', delimiter: ',', required: ['aar'] }));
    expect(e).toMatchObject({ file: 'n.csv', line: 1, column: 'aar' });
    expect(e.expected).toMatch(/^expected a column named "aar" in the header/);
  });
  it('does not remember a failed read', () => {
    let n = 0;
    const files = readOnce(() => {
      if (n++ === 0) throw new Error('busy');
      return text;
    });
    expect(() => files.read('n.csv')).toThrow('busy');
    expect(files.read('n.csv')).toBe(text);
  });
});

describe('reference readers', () => {
  it("kommune list: four digits, sorted, and the structure's count", () => {
    const e = errorOf(() =>
      readKommuneList(
        table(['kommunenummer', 'kommunenavn', 'fylkesnummer', 'fylkesnavn'], [['301', 'Oslo', '03', 'Oslo']]),
        { year: 2024 },
      ),
    );
    expect(e).toMatchObject({
      file: 'f.csv',
      line: 2,
      column: 'kommunenummer',
      expected: 'expected 4 digits, found "301"',
    });
    expect(() =>
      readKommuneList(
        table(['kommunenummer', 'kommunenavn', 'fylkesnummer', 'fylkesnavn'], [['0301', 'Oslo', '03', 'Oslo']]),
        { year: 2024 },
      ),
    ).toThrow(/357/);
  });
  it('official names: every code a current kommune, names split on « - »', () => {
    const names = readOfficialNames(
      table(
        ['kom2024', 'navn', 'aar'],
        [
          ['5501', 'Tromsø - Romsa - Tromssa', '2024'],
          ['5501', 'Tromsø - Romsa - Tromssa', '2023'],
        ],
      ),
      { current: new Set(['5501']) },
    );
    expect(names.get('5501')).toEqual({
      official: 'Tromsø - Romsa - Tromssa',
      all: ['Tromsø', 'Romsa', 'Tromssa'],
      name: 'Tromsø - Romsa - Tromssa',
    });
    expect(
      errorOf(() =>
        readOfficialNames(table(['kom2024', 'navn'], [['1902', 'Tromsø']]), { current: new Set(['5501']) }),
      ),
    ).toMatchObject({ file: 'f.csv', line: 2, column: 'kom2024' });
    expect(
      errorOf(() =>
        readOfficialNames(table(['kom2024', 'navn'], [['5501', 'Tromsø']]), { current: new Set(['5501', '5636']) }),
      ).message,
    ).toMatch(
      /^f\.csv, column "kom2024": expected rows for every 2024 kommune \(their official names\), found none for 5636/,
    );
  });
  it('Norwegian names and languages from Kartverket', () => {
    const json = JSON.stringify([
      {
        kommuner: [
          {
            kommunenummer: '5501',
            kommunenavnNorsk: 'Tromsø',
            gyldigeNavn: [
              { navn: 'Romsa', sprak: 'Northern Sami' },
              { navn: 'Tromsø', sprak: 'Norwegian' },
            ],
          },
        ],
      },
    ]);
    const n = readNorwegianNames(json, { file: 'k.json' });
    expect(n.get('Romsa')).toBe('Tromsø');
    expect(n.languageOf.get('Romsa')).toBe('se');
    const bad = json.replace('Northern Sami', 'Klingon');
    expect(errorOf(() => readNorwegianNames(bad, { file: 'k.json' }))).toMatchObject({
      file: 'k.json',
      column: 'sprak',
      expected: 'expected a known language for Romsa, found "Klingon"',
    });
  });
  it('KOSTRA groups: 2024 rows only, EKG01–EKG17 and centrality 1–6', () => {
    const cols = ['year', 'Kommunenummer', 'kostranr', 'sentralitet'];
    const g = readKostraGroups(
      table(cols, [
        ['2023', '0301', 'EKG99', '9'],
        ['2024', '0301', 'EKG13', '1'],
        ['2024', '5501', '', ''],
      ]),
    );
    expect(Object.fromEntries(g)).toEqual({
      '0301': { kostra: 13, centrality: 1 },
      '5501': { kostra: null, centrality: null },
    });
    expect(errorOf(() => readKostraGroups(table(cols, [['2024', '0301', 'EKG13', '7']])))).toMatchObject({
      file: 'f.csv',
      line: 2,
      column: 'sentralitet',
      expected: 'expected 1–6, found "7"',
    });
  });
  it("changes before 2011: FHI's life spans and SKDE's list agree, and a kommune that kept its number maps to itself", () => {
    const fhi = readCodeLifespans(
      table(
        ['year_start', 'year_end', 'municip_code_end', 'municip_code', 'municip_name'],
        [
          ['1986', '2004', 'municip_nor1804', 'municip_nor1842', 'Skjerstad'],
          ['1986', '2023', 'municip_nor1804', 'municip_nor1804', 'Bodø'],
        ],
      ),
    );
    expect(fhi.changes).toEqual([{ oldCode: '1842', oldName: 'Skjerstad', newCode: '1804', newName: '', year: 2005 }]);
    const skde = readSkdeChanges(
      table(['year', 'from_code', 'from_name', 'to_code', 'to_name'], [['2005', '1842', 'Skjerstad', '1804', 'Bodø']]),
    );
    const merged = mergeChanges(fhi.changes, skde, fhi.startOf, { file: 'skde.csv' });
    expect(merged.map((c) => `${c.year} ${c.oldCode}→${c.newCode}`)).toEqual(['2005 1842→1804', '2005 1804→1804']);
    const conflict = [{ ...skde[0], newCode: '1805' }];
    expect(errorOf(() => mergeChanges(fhi.changes, conflict, fhi.startOf, { file: 'skde.csv' }))).toMatchObject({
      file: 'skde.csv',
      expected: 'expected one successor for 1842 in 2005, found 1804 (FHI) and 1805 (SKDE)',
    });
  });
});
