import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codesValidIn,
  indexChanges,
  lastYearOf,
  resolutionYear,
  successorsOf,
  walk,
  type CodeChange,
} from '../../../src/lib/domain/code-changes.ts';
import type { Observation } from '../../../src/lib/domain/observation.ts';
import { harmonize, type SourceRow } from '../../../src/lib/ingest/harmonize/harmonize.ts';
import { IngestError } from '../../../src/lib/raw/ingest-error.ts';
import { keepNewest } from '../../../src/lib/ingest/harmonize/keep-newest.ts';
import { decode } from '../../../src/lib/raw/decode.ts';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { readCsv } from '../../../src/lib/raw/read-csv.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';
import { SAME_YEAR_DECISIONS } from '../../../src/lib/ingest/harmonize/territory-decisions.ts';

// A small slice of the real KLASS history: Halden renumbered (2020, 2024), Moss + Rygge
// merged (2020), Tysfjord split (2020), Snillfjord split (2020), Ålesund split (2024).
const c = (oldCode: string, newCode: string, year: number, oldName = ''): CodeChange => ({
  oldCode,
  oldName,
  newCode,
  newName: '',
  year,
});
const CHANGES: CodeChange[] = [
  c('0101', '3001', 2020, 'Halden'),
  c('3001', '3101', 2024, 'Halden'),
  c('0104', '3002', 2020, 'Moss'),
  c('0136', '3002', 2020, 'Rygge'),
  c('3002', '3103', 2024, 'Moss'),
  c('1805', '1806', 2020, 'Narvik'),
  c('1854', '1806', 2020, 'Ballangen'),
  c('1850', '1806', 2020, 'Tysfjord'),
  c('1850', '1875', 2020, 'Tysfjord'),
  c('1849', '1875', 2020, 'Hamarøy'),
  c('5012', '5055', 2020, 'Snillfjord'),
  c('5012', '5056', 2020, 'Snillfjord'),
  c('5012', '5059', 2020, 'Snillfjord'),
  c('5011', '5055', 2020, 'Hemne'),
  c('5013', '5056', 2020, 'Hitra'),
  c('5024', '5059', 2020, 'Orkdal'),
  c('1504', '1507', 2020, 'Ålesund'),
  c('1534', '1507', 2020, 'Haram'),
  c('1507', '1508', 2024, 'Ålesund'),
  c('1507', '1580', 2024, 'Ålesund'),
  c('1601', '5001', 2018, 'Trondheim'),
  c('5001', '5001', 2020, 'Trondheim'),
  c('5030', '5001', 2020, 'Klæbu'),
];
const CURRENT = ['3101', '3103', '1806', '1875', '5055', '5056', '5059', '1508', '1580', '5001'];
const index = indexChanges(CHANGES, CURRENT, 2024);
const additive = (m: string) => m !== 'rate';

let line = 1;
function row(code: string, year: number, value: number | null, o: Partial<SourceRow> = {}): SourceRow {
  return {
    file: 'test.csv',
    line: line++,
    code,
    year,
    measure: 'bosatt',
    group: '',
    value,
    status: value === null ? 'suppressed' : 'ok',
    flags: [],
    source: 's',
    ...o,
  };
}
const run = (rows: SourceRow[]) => harmonize(rows, { index, range: [1995, 2024], isAdditive: additive });
const find = (obs: Observation[], region: string, period: number, measure = 'bosatt') =>
  obs.find((o) => o.region === region && o.period === String(period) && o.measure === measure);

describe('code changes', () => {
  it('follows renumberings to the current code', () => {
    expect(successorsOf(index, '0101', 2015)).toEqual(['3101']);
    expect(successorsOf(index, '3001', 2022)).toEqual(['3101']);
  });
  it('lists every current kommune a split code went to', () => {
    expect(successorsOf(index, '1850', 2019)).toEqual(['1806', '1875']);
    expect(successorsOf(index, '1534', 2019)).toEqual(['1508', '1580']);
  });
  it('knows which codes were valid in a year, walking back from today', () => {
    expect(codesValidIn(index, 2019).has('0104')).toBe(true);
    expect(codesValidIn(index, 2019).has('3002')).toBe(false);
    expect(codesValidIn(index, 2021).has('5001')).toBe(true);
    expect(codesValidIn(index, 2019).has('5030')).toBe(true);
  });
  it('reads a code registered out of its period at the nearest year it was valid', () => {
    expect(resolutionYear(index, '1601', 2018, [1995, 2024])).toBe(2017);
    expect(resolutionYear(index, '9999', 2018, [1995, 2024])).toBeUndefined();
    expect(walk(index, '1601', 2017, 2019)).toEqual(['5001']);
    expect(lastYearOf(index, '1507', 2022)).toBe(2023);
  });
});

describe('harmonize', () => {
  it('renumbers a code that maps whole to one kommune', () => {
    const { observations } = run([row('0101', 2015, 20), row('3001', 2022, 40)]);
    expect(find(observations, '3101', 2015)).toMatchObject({ value: 20, status: 'ok', from: ['0101'], flags: [] });
    expect(find(observations, '3101', 2022)).toMatchObject({ value: 40, from: ['3001'] });
  });

  it('sums a merger, and marks the sum a lower bound when a part is suppressed', () => {
    const { observations } = run([
      row('0104', 2016, 50),
      row('0136', 2016, 20),
      row('0104', 2017, 30),
      row('0136', 2017, null),
    ]);
    expect(find(observations, '3103', 2016)).toMatchObject({
      value: 70,
      status: 'ok',
      from: ['0104', '0136'],
      flags: [],
    });
    expect(find(observations, '3103', 2017)).toMatchObject({ value: 30, status: 'ok', flags: ['lower-bound'] });
  });

  it('keeps a merger of only suppressed parts suppressed, never 0', () => {
    const { observations } = run([row('0104', 2018, null), row('0136', 2018, null)]);
    expect(find(observations, '3103', 2018)).toMatchObject({ value: null, status: 'suppressed' });
  });

  it('does not sum rates over merged kommuner: each predecessor keeps its own', () => {
    const { observations, predecessors } = run([
      row('0104', 2014, 61, { measure: 'rate' }),
      row('0136', 2014, 70, { measure: 'rate' }),
    ]);
    expect(find(observations, '3103', 2014, 'rate')).toBeUndefined();
    expect(find(observations, '0104:2019', 2014, 'rate')).toMatchObject({ value: 61 });
    expect(find(observations, '0136:2019', 2014, 'rate')).toMatchObject({ value: 70 });
    expect(predecessors.get('0136:2019')).toMatchObject({ code: '0136', lastYear: 2019, successors: ['3103'] });
  });

  it('never divides the 2024 Ålesund/Haram split: 2020–2023 Ålesund is its own series on both pages', () => {
    const { observations, predecessors } = run([row('1507', 2022, 300), row('1508', 2024, 120), row('1580', 2024, 10)]);
    expect(find(observations, '1507:2023', 2022)).toMatchObject({ value: 300 });
    expect(find(observations, '1508', 2022)).toBeUndefined();
    expect(find(observations, '1580', 2022)).toBeUndefined();
    expect(predecessors.get('1507:2023')!.successors).toEqual(['1508', '1580']);
    expect(find(observations, '1580', 2024)).toMatchObject({ value: 10 });
  });

  it('the 2020 Snillfjord split: Snillfjord stays its own series; Hemne and Hitra, which went whole, are on Heim and Hitra (issue 8)', () => {
    const { observations, predecessors } = run([row('5012', 2019, 5), row('5011', 2019, 12), row('5013', 2019, 8)]);
    expect(find(observations, '5012:2019', 2019)).toMatchObject({ value: 5 });
    expect(predecessors.get('5012:2019')!.successors).toEqual(['5055', '5056', '5059']);
    // Heim 2019 is Hemne's figure: the part of Snillfjord is shown apart, never divided or added.
    expect(find(observations, '5055', 2019)).toMatchObject({ value: 12, from: ['5011'] });
    expect(find(observations, '5056', 2019)).toMatchObject({ value: 8, from: ['5013'] });
    expect(find(observations, '5011:2019', 2019)).toBeUndefined();
    expect(observations.filter((o) => o.region === '5012:2019')).toHaveLength(1);
  });

  it('Ålesund and Haram: a former kommune that went whole into one kommune is summed there, by a written decision (issue 8)', () => {
    const decided = indexChanges(CHANGES, CURRENT, 2024, [
      { code: '1534', name: 'Haram', through: 2019, successor: '1580', evidence: 'test' },
      { code: '1504', name: 'Ålesund', through: 2019, successor: '1508', evidence: 'test' },
    ]);
    const { observations, predecessors } = harmonize(
      [row('1504', 2019, 40), row('1534', 2019, 9), row('1507', 2022, 300)],
      { index: decided, range: [1995, 2024], isAdditive: additive },
    );
    expect(find(observations, '1508', 2019)).toMatchObject({ value: 40, from: ['1504'] });
    expect(find(observations, '1580', 2019)).toMatchObject({ value: 9, from: ['1534'] });
    // The Ålesund of 2020–2023 was divided: its own series on both pages.
    expect(find(observations, '1507:2023', 2022)).toMatchObject({ value: 300 });
    expect([...predecessors.keys()]).toEqual(['1507:2023']);
  });

  it('uses a figure registered under an old code out of its period when nothing else covers it', () => {
    const { observations } = run([row('1601', 2018, 186), row('5001', 2018, null, { status: 'not-applicable' })]);
    expect(find(observations, '5001', 2018)).toMatchObject({ value: 186, from: ['1601'] });
  });

  it("counts a figure once when one file has it under the old and the new code: the year's own code wins, a difference is said", () => {
    const { observations, predecessors, warnings } = run([row('1601', 2018, 186), row('5001', 2018, 200)]);
    expect(find(observations, '5001', 2018)).toMatchObject({ value: 200, from: ['5001'] });
    expect(observations.filter((o) => o.period === '2018')).toHaveLength(1);
    expect(predecessors.size).toBe(0);
    expect(warnings).toEqual([
      {
        source: 's',
        region: '5001',
        period: '2018',
        measure: 'bosatt',
        message: expect.stringMatching(/tallet under 1601 \(186\) er et annet enn under 5001 \(200/),
      },
    ]);
  });

  it('Trondheim 2018: the old code in an older file and the new code in a newer file are one figure, not two (issue 8)', () => {
    // IMDi's 2022 file has Trondheim 2018 under 1601 (and an empty 5001 cell); the 2023 file has it under 1601 too.
    const rows = [
      row('1601', 2018, 200, { source: 'old', measure: 'anmodning' }),
      row('5001', 2018, null, { source: 'old', measure: 'anmodning', status: 'missing' }),
      row('1601', 2018, 200, { source: 'new', measure: 'anmodning' }),
      row('5030', 2018, 10, { source: 'new', measure: 'anmodning' }),
    ];
    const { observations, predecessors } = harmonize(rows, {
      index,
      range: [1995, 2024],
      isAdditive: additive,
      vintageOf: (id) => (id === 'new' ? '2023' : '2022'),
    });
    expect(find(observations, '5001', 2018, 'anmodning')).toMatchObject({
      value: 210,
      from: ['1601', '5030'],
      source: 'new',
    });
    expect(observations.filter((o) => o.region !== '5001')).toEqual([]);
    expect(predecessors.size).toBe(0);
  });

  it("Harstad 2012: one figure under two later codes in two files, and the year's own codes empty, is counted once (issue 8)", () => {
    // Harstad was 1901 until 2012 and took in Bjarkøy (1915) in 2013 as 1903; 1903 → 5402 (2020) → 5503 (2024).
    const h = indexChanges(
      [
        c('1901', '1903', 2013, 'Harstad'),
        c('1915', '1903', 2013, 'Bjarkøy'),
        c('1903', '5402', 2020, 'Harstad'),
        c('5402', '5503', 2024, 'Harstad'),
      ],
      ['5503'],
      2024,
    );
    const rows = [
      row('1901', 2012, null, { source: 'new', status: 'not-applicable' }),
      row('1915', 2012, null, { source: 'new', status: 'not-applicable' }),
      row('1903', 2012, 58, { source: 'new' }),
      row('1901', 2012, null, { source: 'old', status: 'not-applicable' }),
      row('5402', 2012, 58, { source: 'old' }),
      row('1903', 2012, 0, { source: 'oldest', measure: 'anmodning' }),
      row('1903', 2012, null, { source: 'new', measure: 'anmodning', status: 'not-applicable' }),
      row('1901', 2012, 70, { source: 'new', measure: 'anmodning' }),
    ];
    const vintages: Record<string, string> = { new: '2023', old: '2022', oldest: '2015' };
    const { observations, predecessors } = harmonize(rows, {
      index: h,
      range: [1995, 2024],
      isAdditive: additive,
      vintageOf: (id) => vintages[id],
    });
    expect(find(observations, '5503', 2012)).toMatchObject({ value: 58, source: 'new', flags: [] });
    // The oldest file's 0 for the request is superseded by the newer file's «.» under the same code.
    expect(find(observations, '5503', 2012, 'anmodning')).toMatchObject({ value: 70 });
    expect(predecessors.size).toBe(0);
    expect(observations).toHaveLength(2);
  });

  it("a figure under a later code stands for its whole territory only where the year's own codes have none", () => {
    const h = indexChanges([c('1901', '1903', 2013, 'Harstad'), c('1915', '1903', 2013, 'Bjarkøy')], ['1903'], 2024);
    const { observations } = harmonize([row('1901', 2012, 50), row('1915', 2012, 5), row('1903', 2012, 58)], {
      index: h,
      range: [1995, 2024],
      isAdditive: additive,
    });
    expect(find(observations, '1903', 2012)).toMatchObject({ value: 55, from: ['1901', '1915'] });
  });

  it('stops on a duplicate key, naming both lines', () => {
    expect(() => run([row('0101', 2015, 20), row('0101', 2015, 21)])).toThrow(
      /expected one figure per kommune, year, measure and group, found a second for 0101 2015 bosatt {1,2}\(the first is on line \d+\)/,
    );
  });

  it('stops on an unknown kommune code, naming file and line', () => {
    const r = row('9876', 2015, 1);
    try {
      run([r]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      expect((e as IngestError).line).toBe(r.line);
      expect((e as Error).message).toMatch(/unknown code "9876" for 2015/);
    }
  });

  it('skips, and counts, codes a source is known to use that no reference resolves', () => {
    const res = harmonize([row('1842', 2001, 20), row('1842', 2002, null, { status: 'not-applicable' })], {
      index,
      range: [1995, 2024],
      isAdditive: additive,
      unresolved: { s: new Set(['1842']) },
    });
    expect(res.observations).toHaveLength(0);
    // Only the figure is counted as lost, not the empty cell.
    expect(res.skipped).toEqual([{ source: 's', code: '1842', rows: 1 }]);
  });
});

describe('precedence of vintages', () => {
  const o = (source: string, value: number): Observation => ({
    region: '0301',
    period: '2022',
    measure: 'bosatt',
    group: '',
    value,
    status: 'ok',
    flags: [],
    from: ['0301'],
    source,
  });
  const vintage: Record<string, string> = {
    'imdi-bosatt-anmodede-2022': '2022-09',
    'imdi-bosatt-anmodede-2023': '2023-09',
    'imdi-flyktninger-2024': '2024-11-13',
    a: '2020',
    b: '2020',
  };
  const key = (x: Observation) => `${x.region}\t${x.period}\t${x.measure}\t${x.group}`;
  it('keeps the figure from the newest file', () => {
    // imdi-bosatt-anmodede-2023 (Sep 2023) vs imdi-flyktninger-2024 (Nov 2024): Oslo 2022 1924 → 1926.
    const out = keepNewest(
      [o('imdi-bosatt-anmodede-2023', 1924), o('imdi-flyktninger-2024', 1926), o('imdi-bosatt-anmodede-2022', 1900)],
      key,
      (id) => vintage[id],
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ value: 1926, source: 'imdi-flyktninger-2024' });
  });
  it('two files of the same vintage, or one file twice, are errors', () => {
    expect(() =>
      keepNewest([o('a', 1), { ...o('b', 2), file: 'x/b.csv', line: 7, column: 'Antall' }], key, (id) => vintage[id]),
    ).toThrow(
      /^x\/b\.csv, line 7, column "Antall": expected one newest file per figure, found two of vintage 2020 for 0301 /,
    );
    // Of the same vintage, a complete figure still wins over a lower bound.
    const lower = { ...o('b', 2), flags: ['lower-bound' as const] };
    expect(keepNewest([lower, o('a', 5)], key, (id) => vintage[id])).toMatchObject([{ value: 5, source: 'a' }]);
    expect(() => keepNewest([o('a', 1), o('a', 2)], key, (id) => vintage[id])).toThrow(
      /expected one figure per kommune/,
    );
  });
  it('applies inside harmonize: a newer file wins for the same code and year', () => {
    const rows = [
      row('0101', 2015, 20, { source: 'imdi-bosatt-anmodede-2022' }),
      row('0101', 2015, 21, { source: 'imdi-bosatt-anmodede-2023' }),
    ];
    const { observations } = harmonize(rows, {
      index,
      range: [1995, 2024],
      isAdditive: additive,
      vintageOf: (id) => vintage[id],
    });
    expect(find(observations, '3101', 2015)).toMatchObject({ value: 21, source: 'imdi-bosatt-anmodede-2023' });
  });
});

describe("the change table is checked against SSB's official code lists", () => {
  it('passes when the walk back from today gives the list, and names the codes when it does not', async () => {
    const { checkCodeLists, CODE_LIST_CSV } = await import('../../../src/lib/ingest/check/check-code-lists.ts');
    const { readOnce } = await import('../../../src/lib/raw/read-once.ts');
    const { readFileSync } = await import('node:fs');
    const fixture = new Uint8Array(
      readFileSync(new URL('../../fixtures/klass-code-list-ragged-2022.csv', import.meta.url)),
    );
    const lists = [{ year: 2022, table: readOnce(() => fixture).csv('ssb_kommunekoder_2022.csv', CODE_LIST_CSV) }];
    const small = indexChanges(
      [c('3001', '3101', 2024, 'Halden'), c('3002', '3103', 2024, 'Moss')],
      ['3101', '3103'],
      2024,
    );
    expect(() => checkCodeLists(lists, small)).not.toThrow();
    const missingMoss = indexChanges([c('3001', '3101', 2024, 'Halden')], ['3101', '3103'], 2024);
    expect(() => checkCodeLists(lists, missingMoss)).toThrow(
      /expected the change table to give SSB's 2022 kommune list; not derived: 3002; derived but not listed: 3103/,
    );
  });
});

describe('a year under both a former and the own code of one territory', () => {
  // Inderøy: Mosvik 1723 and Inderøy 1729 became Inderøy 1756 in 2012, 5053 in 2018. IMDi's 2015 grants
  // export gives 2012 under both 1729 and 1756; its Nord-Trøndelag and national rows add up only with both.
  const inderoy = indexChanges(
    [c('1723', '1756', 2012, 'Mosvik'), c('1729', '1756', 2012, 'Inderøy'), c('1756', '5053', 2018, 'Inderøy')],
    ['5053'],
    2024,
  );
  const grants = (o: Partial<SourceRow> = {}) => [
    row('1729', 2012, 1536250, { measure: 'tilskudd', source: 'imdi-tilskudd-2011-2014', ...o }),
    row('1756', 2012, 4053350, { measure: 'tilskudd', source: 'imdi-tilskudd-2011-2014' }),
  ];
  const decision = SAME_YEAR_DECISIONS.find((d) => d.code === '1729' && d.year === 2012);
  const go = (rows: SourceRow[], sameYear = SAME_YEAR_DECISIONS) =>
    harmonize(rows, { index: inderoy, range: [1995, 2024], isAdditive: () => true, sameYear });

  it('sums the two where the file’s totals say they add up (the decision names those totals)', () => {
    expect(decision).toMatchObject({ decision: 'sum', successor: '1756' });
    expect(decision?.evidence).toContain('192 726 722');
    const { observations, warnings } = go(grants());
    expect(find(observations, '5053', 2012, 'tilskudd')).toMatchObject({
      value: 5589600,
      status: 'ok',
      from: ['1729', '1756'],
    });
    expect(warnings).toEqual([]);
  });

  it('keeps the own code, and says so, where nothing is decided', () => {
    const { observations, warnings } = go(grants(), []);
    expect(find(observations, '5053', 2012, 'tilskudd')).toMatchObject({ value: 4053350, from: ['1756'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('1729 (1536250)');
  });

  it('applies a decision to its own source and year only', () => {
    const { observations } = go(grants({ source: 'another' }));
    expect(find(observations, '5053', 2012, 'tilskudd')?.value).toBe(4053350);
  });
});

describe('Figur1 repeats a request under a code that had ceased (decided as data, not a warning)', () => {
  // IMDi's bosatt_anmodede (Sep 2023), as the publisher writes it (latin1, «;»): Sarpsborg 0102 (merged into
  // 0105 in 1992) and Fredrikstad 0103 (into 0106 in 1994) in 1995, Vindafjord 1154 (into 1160 in 2006) in 2007.
  const text = decode(
    new Uint8Array(readFileSync(new URL('../../fixtures/imdi-figur1-same-year-duplicates.csv', import.meta.url))),
    'latin1',
    'f',
  );
  const { rows } = extractRows(readCsv(text, { file: 'f', delimiter: ';' }), getSource('imdi-bosatt-anmodede-2023'), {
    excerpt: true,
  });
  const index = indexChanges(
    [
      // ref-pre2011-changes-skde/changes.csv
      ...['0102', '0114', '0115', '0130'].map((x) => c(x, '0105', 1992)),
      c('0105', '3003', 2020, 'Sarpsborg'),
      c('3003', '3105', 2024, 'Sarpsborg'),
      ...['0103', '0113', '0131', '0133', '0134'].map((x) => c(x, '0106', 1994)),
      c('0106', '3004', 2020, 'Fredrikstad'),
      c('3004', '3107', 2024, 'Fredrikstad'),
      c('1154', '1160', 2006, 'Vindafjord'),
      c('1159', '1160', 2006, 'Ølen'),
    ],
    ['3105', '3107', '1160'],
    2024,
  );
  const go = (sameYear = SAME_YEAR_DECISIONS) =>
    harmonize(
      rows.map((r) => ({ ...r })),
      { index, range: [1988, 2024], isAdditive: () => true, sameYear },
    );

  it('decides each of the three as «duplicate», with the file’s own percent rows as evidence', () => {
    for (const [code, year, successor] of [
      ['0102', 1995, '0105'],
      ['0103', 1995, '0106'],
      ['1154', 2007, '1160'],
    ] as const) {
      const d = SAME_YEAR_DECISIONS.find((x) => x.source === 'imdi-bosatt-anmodede-2023' && x.code === code);
      expect(d, code).toMatchObject({ year, successor, decision: 'duplicate' });
      expect(d?.evidence, code).toMatch(/prosentrader/);
    }
  });

  it('counts each request once, on the year’s own code, and warns of nothing', () => {
    const { observations, warnings } = go();
    expect(warnings).toEqual([]);
    expect(find(observations, '3105', 1995, 'anmodning')).toMatchObject({ value: 20, from: ['0105'] });
    expect(find(observations, '3107', 1995, 'anmodning')).toMatchObject({ value: 50, from: ['0106'] });
    expect(find(observations, '1160', 2007, 'anmodning')).toMatchObject({ value: 10, from: ['1160'] });
    expect(find(observations, '3105', 1995, 'vedtak')?.value).toBe(15);
  });

  it('without the decisions the same rows are three warnings (what data/warnings.csv listed before)', () => {
    expect(go([]).warnings.map((w) => [w.region, w.period])).toEqual([
      ['0105', '1995'],
      ['0106', '1995'],
      ['1160', '2007'],
    ]);
  });
});

describe('a «.» the export cannot word does not undo another file’s «avventer vedtak» (Oslo 2024 EMA decision)', () => {
  // IMDi's CSV export of enslige_mindrearige (tests/fixtures/fetch, the publisher's layout): Oslo 2024 requested 53,
  // decision «.». The November 2024 extract (app_flyktninger_oppsummert.xlsx) words it «har ikke vedtatt hvor mange»:
  // pending (sources.ts statusWhen). The export is newer, but has no wording column.
  const text = decode(
    new Uint8Array(readFileSync(new URL('../../fixtures/fetch/imdi-enslige_mindrearige.csv', import.meta.url))),
    'latin1',
    'f',
  );
  const spec = getSource('imdi-api-enslige-mindrearige');
  const exported = extractRows(readCsv(text, { file: 'f', delimiter: ';' }), spec, { excerpt: true }).rows.filter(
    (r) => r.code === '0301' && r.year === 2024 && r.measure === 'ema-vedtak',
  );
  const extract = row('0301', 2024, null, {
    measure: 'ema-vedtak',
    status: 'pending',
    source: 'imdi-flyktninger-2024',
  });
  const index = indexChanges([], ['0301'], 2024);
  const vintageOf = (s: string) => (s === spec.id ? '2026-12-01' : '2024-11-13');
  const go = (dotYieldsToPending?: (r: SourceRow) => boolean) =>
    harmonize([extract, ...exported.map((r) => ({ ...r }))], {
      index,
      range: [2024, 2024],
      isAdditive: () => true,
      vintageOf,
      dotYieldsToPending,
    }).observations.find((o) => o.region === '0301' && o.measure === 'ema-vedtak');
  const declared = (r: SourceRow) =>
    !!getSource(r.source)?.dotYieldsToPending?.some((y) => y.measure === r.measure && y.group === r.group);

  it('the export’s cell is «.» (not applicable before the row rules), and the manifest says it cannot word it', () => {
    expect(exported.map((r) => r.status)).toEqual(['not-applicable']);
    expect(spec.dotYieldsToPending).toEqual([{ measure: 'ema-vedtak', group: '' }]);
  });

  it('the pending word stands, from the file that words it', () => {
    expect(go(declared)).toMatchObject({ status: 'pending', value: null, source: 'imdi-flyktninger-2024' });
    // Without the declaration the newer «.» wins (and the row rules would make it «mangler»).
    expect(go()).toMatchObject({ status: 'not-applicable', source: spec.id });
  });

  it('a figure in the export still wins over the older word', () => {
    const decided = exported.map((r) => ({ ...r, value: 40, status: 'ok' as const }));
    const o = harmonize([extract, ...decided], {
      index,
      range: [2024, 2024],
      isAdditive: () => true,
      vintageOf,
      dotYieldsToPending: declared,
    }).observations.find((x) => x.region === '0301' && x.measure === 'ema-vedtak');
    expect(o).toMatchObject({ value: 40, status: 'ok', source: spec.id });
  });
});
