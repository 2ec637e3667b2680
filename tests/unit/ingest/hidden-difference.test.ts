/**
 * One rule for the cells IMDi's final 2022 page hides (issue 17). The page hides where settled minus collective
 * protection is under 5: Farsund hides only its collective-protection cell (settled 97 shown), Kvænangen both.
 * A hidden cell gives way to another IMDi file's figure only where that does not reveal the difference the page
 * hides (sources.ts hidesDifference, checked by build-dataset.ts checkHiddenDifference): Kvænangen's settled total
 * (5, IMDi's export of September 2023) is published, while its and Farsund's collective protection stay hidden,
 * though the November 2024 extract has numbers for them (Farsund 97 of 97 — exactly the «øvrige 0» the page hid).
 * Fixtures: the two rows of the page transcription (TSV), Figur1's rows and the extract's cells as IMDi printed them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexChanges } from '../../../src/lib/domain/code-changes.ts';
import { checkHiddenDifference } from '../../../src/lib/ingest/build-dataset.ts';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { harmonize, type SourceRow } from '../../../src/lib/ingest/harmonize/harmonize.ts';
import type { RawTable } from '../../../src/lib/raw/raw-table.ts';
import { readCsv } from '../../../src/lib/raw/read-csv.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const page = getSource('imdi-nokkeltall-2022');
const figur1 = getSource('imdi-bosatt-anmodede-2023');
const table = (columns: string[], rows: string[][]): RawTable => ({
  file: 'Figur1.csv',
  columns,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

function rows(): SourceRow[] {
  const text = readFileSync(new URL('../../fixtures/imdi-nokkeltall-2022-hidden.tsv', import.meta.url), 'utf8');
  const t = readCsv(text, { file: 'page.tsv', delimiter: '\t' });
  const withYear = {
    ...t,
    columns: [...t.columns, 'year'],
    rows: t.rows.map((r) => ({ ...r, cells: [...r.cells, '2022'] })),
  };
  const fromPage = extractRows(withYear, page, { excerpt: true }).rows;
  const fromFigur1 = extractRows(
    table(
      ['Enhet', 'År', 'Kommunenummer', 'Kommune', 'Bosetting', 'Antall'],
      [
        ['Personer', '2022', '4206', 'Farsund', 'Faktisk bosetting', '97'],
        ['Personer', '2022', '5429', 'Kvænangen', 'Faktisk bosetting', '5'],
      ],
    ),
    figur1,
    { excerpt: true },
  ).rows;
  // app_flyktninger_oppsummert.xlsx (IMDi, 13.11.2024), 2022, column «ukrainere», on the 2024 codes.
  const extract = [
    ['4206', 97],
    ['5546', 5],
  ].map(
    ([code, value], i): SourceRow => ({
      file: 'app_flyktninger_oppsummert.xlsx',
      line: i + 2,
      code: String(code),
      year: 2022,
      measure: 'bosatt',
      group: 'ukrainere',
      value: Number(value),
      status: 'ok',
      flags: [],
      source: 'imdi-flyktninger-2024',
    }),
  );
  return [...fromPage, ...fromFigur1, ...extract];
}

const VINTAGE: Record<string, string> = {
  [page.id]: page.vintage,
  [figur1.id]: figur1.vintage,
  'imdi-flyktninger-2024': '2024-11-13',
};
function run(yields: { measure: string; group: string }[]) {
  const all = rows();
  const h = harmonize(all, {
    index: indexChanges(
      [{ oldCode: '5429', oldName: '', newCode: '5546', newName: '', year: 2024 }],
      ['4206', '5546'],
      2024,
    ),
    range: [2020, 2024],
    isAdditive: () => true,
    vintageOf: (s) => VINTAGE[s],
    hiddenYields: (r) => r.source === page.id && yields.some((y) => y.measure === r.measure && y.group === r.group),
  });
  const get = (region: string, group: string) =>
    h.observations.find((o) => o.region === region && o.measure === 'bosatt' && o.group === group);
  return { all, h, get };
}

describe('one rule for the cells IMDi’s 2022 page hides', () => {
  it('the manifest lets the totals give way and declares the pair whose difference the page hides', () => {
    expect(page.hiddenYields).toEqual([{ measure: 'bosatt', group: '' }]);
    expect(page.hidesDifference).toEqual({
      total: { measure: 'bosatt', group: '' },
      part: { measure: 'bosatt', group: 'ukrainere' },
    });
  });

  it('Kvænangen’s hidden total is IMDi’s export’s 5; both collective-protection cells stay hidden; nothing is revealed', () => {
    const { all, h, get } = run(page.hiddenYields!);
    expect(get('5546', '')).toMatchObject({ value: 5, status: 'ok', source: figur1.id });
    expect(get('5546', 'ukrainere')).toMatchObject({ value: null, status: 'suppressed', source: page.id });
    expect(get('4206', '')).toMatchObject({ value: 97, status: 'ok', source: page.id });
    expect(get('4206', 'ukrainere')).toMatchObject({ value: null, status: 'suppressed', source: page.id });
    expect(() => checkHiddenDifference(h.observations, all, [page])).not.toThrow();
  });

  it('letting the collective-protection cells give way too would reveal Farsund’s hidden «øvrige» (97 − 97): ingest stops', () => {
    const { all, h, get } = run([...page.hiddenYields!, { measure: 'bosatt', group: 'ukrainere' }]);
    expect(get('4206', 'ukrainere')).toMatchObject({ value: 97, source: 'imdi-flyktninger-2024' });
    expect(() => checkHiddenDifference(h.observations, all, [page])).toThrow(
      /expected the difference imdi-nokkeltall-2022 hides to stay hidden, found bosatt and bosatt \(ukrainere\) both published for 4206 2022/,
    );
  });
});
