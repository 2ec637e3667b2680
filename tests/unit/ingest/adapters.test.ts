import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/raw/decode.ts';
import { IngestError } from '../../../src/lib/raw/ingest-error.ts';
import { IMDI_SYMBOLS, parseValue } from '../../../src/lib/raw/parse-value.ts';
import { readCsv } from '../../../src/lib/raw/read-csv.ts';
import { readPythonLiteral } from '../../../src/lib/raw/read-python-literal.ts';
import { readVedtakList } from '../../../src/lib/ingest/read/read-vedtak-list.ts';
import { errorOf } from './error-of.ts';
import { readWideCsv } from '../../../src/lib/raw/read-wide-csv.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const latin1 = (name: string) => decode(fixture(name), 'latin1', name);

describe('IMDi long CSV (ISO-8859-1, ;)', () => {
  it('reads the header and rows with their line numbers', () => {
    const t = readCsv(latin1('imdi-long-latin1.csv'), { file: 'f.csv', delimiter: ';', required: ['År', 'Antall'] });
    expect(t.columns).toEqual(['Enhet', 'År', 'Kommunenummer', 'Kommune', 'Bosetting', 'Antall']);
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toEqual({
      line: 2,
      cells: ['Personer', '2016', '0301', 'Oslo', 'Anmodning om bosetting', '1500'],
    });
  });
  it('names file, line and column for a truncated row', () => {
    const e = errorOf(() => readCsv(latin1('imdi-long-truncated-row.csv'), { file: 'trunc.csv', delimiter: ';' }));
    expect(e.message).toBe(
      'trunc.csv, line 2, column "Antall": expected 6 cells, found 5 (truncated or malformed row)',
    );
  });
  it('rejects a file that does not split on the declared delimiter', () => {
    const e = errorOf(() => readCsv(latin1('imdi-long-wrong-delimiter.csv'), { file: 'comma.csv', delimiter: ';' }));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/wrong delimiter/);
  });
  it('rejects a missing column', () => {
    const e = errorOf(() =>
      readCsv(latin1('imdi-long-latin1.csv'), { file: 'f.csv', delimiter: ';', required: ['Verdi'] }),
    );
    expect(e.column).toBe('Verdi');
  });
  it('rejects UTF-8 bytes where ISO-8859-1 is declared', () => {
    const e = errorOf(() => latin1('imdi-long-utf8-not-latin1.csv'));
    expect(e.message).toMatch(/expected ISO-8859-1.*UTF-8/);
  });
  it('rejects invalid UTF-8 where UTF-8 is declared, naming the line', () => {
    const e = errorOf(() => decode(fixture('imdi-long-latin1.csv'), 'utf-8', 'x.csv'));
    expect(e.line).toBe(1);
  });
});

describe('parseValue', () => {
  const at = { file: 'f', line: 3, column: 'Antall' };
  it('keeps IMDi symbols apart from zero', () => {
    expect(parseValue(':', IMDI_SYMBOLS, at)).toEqual({ value: null, status: 'suppressed' });
    expect(parseValue('.', IMDI_SYMBOLS, at)).toEqual({ value: null, status: 'not-applicable' });
    expect(parseValue('', IMDI_SYMBOLS, at)).toEqual({ value: null, status: 'missing' });
    expect(parseValue('0', IMDI_SYMBOLS, at)).toEqual({ value: 0, status: 'ok' });
    expect(parseValue('58.82352941', IMDI_SYMBOLS, at)).toEqual({ value: 58.82352941, status: 'ok' });
  });
  it('accepts a decimal comma only when the source declares it', () => {
    expect(parseValue('79,46905435', IMDI_SYMBOLS, at, true).value).toBeCloseTo(79.46905435);
    expect(() => parseValue('79,4', IMDI_SYMBOLS, at)).toThrow(IngestError);
  });
  it('stops on a value that is neither a number nor a known symbol', () => {
    const e = errorOf(() => parseValue('mange', IMDI_SYMBOLS, at));
    expect(e.message).toBe(
      'f, line 3, column "Antall": expected a number or one of ":", ".", "Inf", "", found "mange"',
    );
  });
});

describe('IMDi wide CSV with header rows', () => {
  it("melts header rows into dimension columns and keeps each cell's column", () => {
    const t = readWideCsv(latin1('imdi-wide-header-rows.csv'), { file: 'w.csv', delimiter: ';', required: ['År'] });
    expect(t.columns).toEqual(['Region', 'Navn', 'Bosetting', 'Enhet', 'År', 'value']);
    expect(t.rows).toHaveLength(8);
    expect(t.rows[1]).toEqual({
      line: 4,
      at: 4,
      cells: ['K3001', 'Halden', 'Anmodning om bosetting', 'Personer', '2019', ':'],
    });
    expect(t.rows[7].cells.at(-1)).toBe('8'); // no final newline
  });
  it('requires a header row for the year', () => {
    expect(() =>
      readWideCsv(latin1('imdi-wide-header-rows.csv'), { file: 'w.csv', delimiter: ';', required: ['Kjønn'] }),
    ).toThrow(/Kjønn/);
  });
});

describe('KLASS changes as a Python literal', () => {
  it('parses single-quoted dicts with a trailing comma', () => {
    const v = readPythonLiteral(new TextDecoder().decode(fixture('klass-changes-python-literal.json')), 'k.json') as {
      oldCode: string;
    }[];
    expect(v.map((r) => r.oldCode)).toEqual(['1723', '3001']);
  });
  it('names the line and column of a malformed literal', () => {
    const e = errorOf(() =>
      readPythonLiteral(new TextDecoder().decode(fixture('klass-changes-broken.json')), 'k.json'),
    );
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/expected ":" after a dict key/);
  });
});

describe('scraped 2026 decision list', () => {
  it('reads fylke, name and the decided number', () => {
    const rows = readVedtakList(new TextDecoder().decode(fixture('vedtak-list-2026.txt')), 'v.txt');
    expect(rows).toEqual([
      { line: 5, fylke: 'Oslo', name: 'Oslo', value: 600 },
      { line: 6, fylke: 'Østfold', name: 'Våler', value: 20 },
    ]);
  });
  it('rejects a line in another shape', () => {
    expect(() => readVedtakList('----------\nOslo: 600\n', 'v.txt')).toThrow(/v.txt, line 2/);
  });
});

describe('bad input, per adapter', () => {
  it('wide CSV: wrong delimiter', () => {
    const e = errorOf(() => readWideCsv(latin1('imdi-wide-wrong-delimiter.csv'), { file: 'w.csv', delimiter: ';' }));
    expect(e.message).toMatch(/w.csv, line 1: expected columns separated by ";"/);
  });
  it('wide CSV: a truncated data row', () => {
    const text = latin1('imdi-wide-header-rows.csv').replace(
      'K0104;Moss (t.o.m. 2019);30;.;12;8',
      'K0104;Moss (t.o.m. 2019);30',
    );
    const e = errorOf(() => readWideCsv(text, { file: 'w.csv', delimiter: ';' }));
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/expected 6 cells, found 3/);
  });
  it('IMDikator quoted CSV: a truncated row', () => {
    const e = errorOf(() =>
      readCsv(decode(fixture('imdikator-truncated-row.csv'), 'utf-8', 'q.csv'), { file: 'q.csv', delimiter: ',' }),
    );
    expect(e.message).toBe(
      'q.csv, line 2, column "tabellvariabel": expected 6 cells, found 5 (truncated or malformed row)',
    );
  });
  it('KLASS code list: rows without the trailing validity columns are read when declared ragged', () => {
    const text = decode(fixture('klass-code-list-ragged-2022.csv'), 'latin1', 'k.csv');
    expect(() => readCsv(text, { file: 'k.csv', delimiter: ';' })).toThrow(/expected 8 cells, found 6/);
    const t = readCsv(text, { file: 'k.csv', delimiter: ';', ragged: true });
    expect(t.rows.map((r) => r.cells[0])).toEqual(['3001', '3002', '9999']);
  });
});
