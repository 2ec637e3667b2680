/**
 * Completeness and the checks that stop what used to publish silently (issue 18):
 * the completeness check on small covers, then each fault on a mutated copy of a
 * real raw file (made here, never written to ../shared): ingest stops with one
 * line naming file, line, column, value and rule, and data/ is byte-identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';
import { indexChanges } from '../../../src/lib/domain/code-changes.ts';
import { checkCompleteness } from '../../../src/lib/ingest/check/check-completeness.ts';
import type { Completeness } from '../../../src/lib/ingest/sources/source-spec.ts';
import { RAW, rawSuite } from '../raw-dir.ts';
import { errorOf } from './error-of.ts';
import {
  dropLines,
  latin1,
  type Mutation,
  mutateXlsx,
  once,
  type Outcome,
  record,
  scratch,
  summarize,
  utf8,
} from './fault-cases.ts';

/** Change one cell of a spreadsheet row in a mutateXlsx edit; says the row changed. */
const setCell = (row: Record<string, unknown>, column: string, value: string) => {
  row[column] = value;
  return true;
};

describe('checkCompleteness', () => {
  // 1101 and 1102 merged into 1103 in 2020.
  const index = indexChanges(
    [
      { oldCode: '1101', oldName: 'A', newCode: '1103', newName: 'C', year: 2020 },
      { oldCode: '1102', oldName: 'B', newCode: '1103', newName: 'C', year: 2020 },
      { oldCode: '1103', oldName: 'C', newCode: '1103', newName: 'C', year: 2020 },
    ],
    ['0301', '1103'],
    2024,
  );
  const opts = { index, range: [1986, 2024] as [number, number], codeColumn: 'Kode', yearColumn: 'År' };
  const spec = (completeness: Completeness) => ({
    id: 'test',
    file: 't.csv',
    title: 'Test 2019–2020',
    vintage: '2021',
    rows: { structure: 'row-year' as const, code: 'Kode', year: 'År', symbols: {}, values: [] },
    completeness,
  });
  const cover = (cells: [string, number, string][]) =>
    new Map(cells.map(([c, y, m], i) => [`${c}\t${y}\t${m}\t`, i + 2]));
  const full: [string, number, string][] = [
    ['0301', 2019, 'a'],
    ['1101', 2019, 'a'],
    ['1102', 2019, 'a'],
    ['1103', 2019, 'a'],
    ['0301', 2020, 'a'],
    ['1103', 2020, 'a'],
  ];

  it("passes a file with every kommune of each year's structure", () => {
    expect(() => checkCompleteness(cover(full), spec({}), opts)).not.toThrow();
  });
  it('stops at a missing year, naming the year column, the year and the count', () => {
    const e = errorOf(() => checkCompleteness(cover(full.filter(([, y]) => y !== 2019)), spec({}), opts));
    expect(e.message).toMatch(
      /^t\.csv, line 2, column "År": expected rows for 2019, found none: 4 rows missing \(rule: source test has a row for/,
    );
  });
  it('stops at a missing kommune, naming the code', () => {
    const e = errorOf(() => checkCompleteness(cover(full.filter(([c]) => c !== '0301')), spec({}), opts));
    expect(e.message).toMatch(/column "Kode": expected rows for kommune 0301 in 2019–2020, found none for 2 years/);
  });
  it('passes a gap declared as an exception, and only that gap', () => {
    const gap = full.filter(([c, y]) => !(c === '1102' && y === 2019));
    const declared = spec({ exceptions: [{ codes: ['1102'], years: [2019, 2019], why: 'not in the file' }] });
    expect(() => checkCompleteness(cover(gap), declared, opts)).not.toThrow();
    const other = full.filter(([c, y]) => !(c === '1101' && y === 2019));
    expect(() => checkCompleteness(cover(other), declared, opts)).toThrow(/kommune 1101 in 2019/);
  });
  it("counts a row under a later code that covers the kommune's territory (as harmonize places it)", () => {
    const alias = full.filter(([c, y]) => !(y === 2019 && c !== '0301')).concat([['1103', 2019, 'a']]);
    // 1103 is valid in 2019 too (it kept its number), so 1101 and 1102 are missing there.
    expect(() => checkCompleteness(cover(alias), spec({}), opts)).toThrow(/kommune 1101 in 2019/);
    const index5 = indexChanges(
      [
        { oldCode: '1101', oldName: 'A', newCode: '5001', newName: 'D', year: 2020 },
        { oldCode: '1102', oldName: 'B', newCode: '5001', newName: 'D', year: 2020 },
      ],
      ['0301', '1103', '5001'],
      2024,
    );
    const ok = full.filter(([c]) => c !== '1101' && c !== '1102');
    expect(() =>
      checkCompleteness(new Map([...cover(ok), ['5001\t2019\ta\t', 99], ['5001\t2020\ta\t', 100]]), spec({}), {
        ...opts,
        index: index5,
      }),
    ).not.toThrow();
    // Without the 2019 row under 5001, the two former kommuner are missing.
    expect(() => checkCompleteness(cover(ok), spec({}), { ...opts, index: index5 })).toThrow(/kommune 1101 in 2019/);
  });
  it('a category missing for one kommune names the category', () => {
    const cells = full.flatMap(([c, y]) => [
      [c, y, 'a'] as [string, number, string],
      [c, y, 'b'] as [string, number, string],
    ]);
    const e = errorOf(() =>
      checkCompleteness(cover(cells.filter(([c, y, m]) => !(c === '0301' && y === 2020 && m === 'b'))), spec({}), opts),
    );
    expect(e.message).toMatch(/expected a row for kommune 0301 in 2020, b, found none: 1 row missing/);
  });
});

const have = rawSuite('completeness and silent faults on mutated copies of the real raw files (completeness)');
const TIMEOUT = 180_000;

const FIGUR1 = 'imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv';
const FIGUR3 = 'imdi-via-evensrii-telemark/Figur3_flytting_2022.csv';
const NOKKELTALL_2025 = 'imdi-nokkeltall-via-terchris-atlas/imdi_nokkeltall_bosetting_2025_kommune.tsv';
const EMA = 'imdi-via-samarbeidsdesken/ema.xlsx';
const TILSKUDD = 'imdi-via-samarbeidsdesken/tilskudd.xlsx';
const BEFOLKNING = 'ssb-via-oystess-valg/befolkning_2024.csv';
const KLASS = 'ref-klass-changes-samarbeidsdesken/data.json';
const SKDE = 'ref-pre2011-changes-skde/changes.csv';
const TOPO = 'geo-robhop/Kommuner-S.topojson';

interface Fault {
  name: string;
  file: string;
  /** A mutation of the file's bytes (XLSX ones are async: made before the suite runs). */
  mutate: Mutation | ((bytes: Uint8Array) => Promise<Uint8Array>);
  expect: RegExp;
}

const FAULTS: Fault[] = [
  // Missing blocks of rows
  {
    name: 'every 2016 row of Figur1 removed',
    file: FIGUR1,
    mutate: latin1(dropLines(/^\w+;2016;/)),
    expect:
      /column "År": expected rows for 2016, found none: \d[\d ]* rows missing \(rule: source imdi-bosatt-anmodede-2023/,
  },
  {
    name: 'every Stavanger (1103) row of Figur1 removed',
    file: FIGUR1,
    mutate: latin1(dropLines(/^\w+;\d{4};1103;/)),
    expect: /column "Kommunenummer": expected rows for kommune 1103 in 1995–2023, found none for 29 years/,
  },
  {
    name: "Arendal's row removed from Nøkkeltall 2025",
    file: NOKKELTALL_2025,
    mutate: utf8(dropLines(/^Agder\tArendal\t/)),
    expect:
      /column "Kommunenummer": expected rows for kommune 4203 in 2025, found none of 4 categories: 4 rows missing/,
  },
  {
    name: 'every 2023 row of ema.xlsx removed',
    file: EMA,
    mutate: (b) => mutateXlsx(b, (r) => (String(r.year) === '2023' ? 'drop' : false)),
    expect: /column "year": expected rows for 2023, found none: 357 rows missing \(rule: source imdi-ema-2024/,
  },
  {
    name: '100 lines cut from the end of Figur1',
    file: FIGUR1,
    mutate: latin1((t) => `${t.split('\n').slice(0, -101).join('\n')}\n`),
    expect: /expected (rows|a row) for kommune \d{4} in 2023|the file is cut short/,
  },
  {
    name: '100 lines cut from the end of the population file (two kommuner and 18 years of a third gone)',
    file: BEFOLKNING,
    mutate: utf8((t) => `${t.split('\n').slice(0, -101).join('\n')}\n`),
    expect:
      /column "kom2024": expected rows for every 2024 kommune \(their official names\), found none for 5634, 5636: 2 kommuner missing/,
  },
  {
    name: "all of Utsira's population rows removed",
    file: BEFOLKNING,
    mutate: utf8(dropLines(/^1151,/)),
    // The same file gives the official names, read first: it stops there, naming the kommune.
    expect:
      /column "kom2024": expected rows for every 2024 kommune \(their official names\), found none for 1151: 1 kommune missing/,
  },
  // Values and symbols
  {
    name: '«Inf» as a count (Oslo 2016 settled)',
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;0301;Oslo;Faktisk bosetting;913', 'Personer;2016;0301;Oslo;Faktisk bosetting;Inf'),
    ),
    expect: /line 27948, column "Antall": expected a number, found "Inf" \(rule: «Inf» is a share divided by zero/,
  },
  {
    name: "an EMA row's code changed to 21-22 (Svalbard og Jan Mayen)",
    file: EMA,
    mutate: (b) => mutateXlsx(b, (r, line) => line === 2 && setCell(r, 'Kommunenummer', '21-22')),
    expect:
      /line 2, column "ema": expected no figure under code "21-22" \(Svalbard og Jan Mayen: not a kommune\), found 48 \(rule:/,
  },
  {
    name: 'an unknown flag «Prikket (<6)» in ema.xlsx',
    file: EMA,
    mutate: (b) => mutateXlsx(b, (r, line) => line === 3 && setCell(r, 'prikket', 'Prikket (<6)')),
    expect:
      /line 3, column "prikket": expected an empty cell or one of "Prikket \(<5\)", found "Prikket \(<6\)" \(rule:/,
  },
  {
    name: 'an unknown comment «Anonymisertt» in tilskudd.xlsx',
    file: TILSKUDD,
    mutate: (b) => {
      let done = false;
      return mutateXlsx(
        b,
        (r) => !done && r.Kommentar === 'Anonymisert' && (done = setCell(r, 'Kommentar', 'Anonymisertt')),
      );
    },
    expect:
      /column "Kommentar": expected an empty cell or one of "Anonymisert", "Ikke tilgjengelig", found "Anonymisertt"/,
  },
  {
    name: 'a unit «kronor» in tilskudd.xlsx',
    file: TILSKUDD,
    mutate: (b) => {
      let done = false;
      return mutateXlsx(b, (r) => !done && r.Enhet === 'Kroner' && (done = setCell(r, 'Enhet', 'kronor')));
    },
    expect: /line 2, column "Enhet": expected a known category \("Kroner", ""\), found "kronor"/,
  },
  {
    name: 'population 100 for Oslo 2016 (beside 913 settled)',
    file: BEFOLKNING,
    mutate: utf8(once(/^0301,Oslo - Oslove,2016,\d+$/m, '0301,Oslo - Oslove,2016,100')),
    expect:
      /column "befolkning": expected befolkning for 0301 in 2016 within a factor 1\.5 of 2015 \([\d ]+\), found 100 \(rule:/,
  },
  // Reference files
  {
    name: 'a KLASS change to an unknown code (9876)',
    file: KLASS,
    mutate: utf8(once("'newCode': '1756', 'newName': 'Inderøy'", "'newCode': '9876', 'newName': 'Inderøy'")),
    expect:
      /column "newCode": expected the new code of 1723 \(Mosvik\) in 2012 \(record 2\) to be a 2024 kommune or to change again later, found "9876"/,
  },
  {
    name: 'an SKDE change to an unknown code (9876)',
    file: SKDE,
    mutate: utf8(once('1988,0717,Borre,0701,Borre,merger', '1988,0717,Borre,9876,Borre,merger')),
    expect:
      /line 2, column "to_code": expected the new code of 0717 \(Borre\) in 1988 to be a 2024 kommune .*found "9876"/,
  },
  {
    name: 'a TopoJSON arc index out of range',
    file: TOPO,
    mutate: utf8((t) => {
      const j = JSON.parse(t);
      const g = j.objects.Kommuner.geometries[0];
      (g.type === 'Polygon' ? g.arcs[0] : g.arcs[0][0])[0] = 999999;
      return JSON.stringify(j);
    }),
    expect:
      /column "objects\.Kommuner\.geometries\[\]\.arcs": expected arc indices of kommune \d{4} from 0 to \d+ .*found 999999/,
  },
  // Error lines name the right column and value
  {
    name: 'a bad year names the year column (År), not Antall',
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;0301;Oslo;Faktisk bosetting;913', 'Personer;1899;0301;Oslo;Faktisk bosetting;913'),
    ),
    expect: /line 27948, column "År": expected a year within the file's period 1995–2023, found 1899/,
  },
  {
    name: 'an unknown kommune code (0199) in the last year names the code, not «cut short»',
    file: FIGUR3,
    mutate: latin1((t) => {
      const i = t.lastIndexOf(';2022;', t.length - 2);
      const line = t.lastIndexOf('\n', i) + 1;
      const end = t.indexOf('\n', line);
      const cells = t.slice(line, end).split(';');
      cells[4] = '0199';
      return t.slice(0, line) + cells.join(';') + t.slice(end);
    }),
    expect:
      /column "Kommunenummer": expected a kommune code valid between 1986 and 2024, found unknown code "0199" for 2022/,
  },
];

describe.skipIf(!have)(
  'faults that used to publish silently stop ingest (mutated copies of the real raw files)',
  () => {
    const outcomes: Outcome[] = [];
    const readReal = (p: string) => new Uint8Array(readFileSync(join(RAW, p)));
    const mutated = new Map<Fault, Uint8Array>();
    beforeAll(async () => {
      for (const f of FAULTS) mutated.set(f, await f.mutate(readReal(f.file)));
    }, TIMEOUT);

    for (const f of FAULTS) {
      it(
        `${f.name}: stops naming ${f.file}, data/ untouched`,
        async () => {
          const dir = scratch();
          const read = (p: string) => (p === f.file ? mutated.get(f)! : readReal(p));
          let error: unknown;
          try {
            await ingest(RAW, dir.out, { read });
          } catch (e) {
            error = e;
          }
          const { clear, lost, message } = record(outcomes, f.name, error, f.file, dir, f.expect);
          expect(message, 'ingest must fail').not.toBe('');
          expect(clear, message).toBe(true);
          expect(lost).toBe(false);
        },
        TIMEOUT,
      );
    }

    afterAll(() => {
      if (outcomes.length) console.log(summarize('completeness and silent faults', outcomes));
    });
  },
);
