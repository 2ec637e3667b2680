import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { escapeXml, xlsxOf, type XlsxCell } from '../../../src/lib/open-data/xlsx.ts';

/** The workbook read back by exceljs (what a spreadsheet program reads): the sheet's rows as cell values, null for an empty cell. */
async function readBack(bytes: Uint8Array, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: XlsxCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: 4 }, (_, c) => {
      const v = row.getCell(c + 1).value;
      return v === undefined ? null : (v as XlsxCell);
    });
  });
  return { rows, views: ws.views, names: wb.worksheets.map((w) => w.name) };
}

describe('xlsxOf: the whole dataset as a one-sheet workbook', () => {
  it('reads back cell for cell: strings, numbers, empty cells, the frozen header row', async () => {
    const columns = ['region', 'year', 'value', 'flags'];
    const rows: XlsxCell[][] = [
      ['0301', 2024, 1924, ''],
      ['0301', 2025, null, 'provisional'],
      ['1151', 2024, 0.5, null],
      ['9999', 2026, -12, 'a;b'],
    ];
    const bytes = await xlsxOf('Tall', columns, rows);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    const back = await readBack(bytes, 'Tall');
    expect(back.names).toEqual(['Tall']);
    // An empty string is written as a string cell (exceljs reads it as ''), null as no cell.
    expect(back.rows).toEqual([columns, ...rows]);
    expect(back.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
  });

  it('hostile and unusual text reads back as written: markup, ampersands, control characters, spaces, _xHHHH_', async () => {
    const texts = [
      '<b>&amp;</b> "q" \'a\'',
      '=1+2',
      ' lead and trail ',
      'tab\there\u0001',
      'literal _x0041_',
      'Ørland – Sámi: Guovdageaidnu',
    ];
    const rows = texts.map((s, i): XlsxCell[] => [s, i, null, s]);
    const back = await readBack(await xlsxOf('Ark', ['a', 'b', 'c', 'd'], rows), 'Ark');
    expect(back.rows.slice(1)).toEqual(rows);
  });

  it('refuses a number a spreadsheet cannot hold rather than writing NaN', async () => {
    await expect(xlsxOf('Tall', ['x'], [[Number.NaN]])).rejects.toThrow(/finite/);
    await expect(xlsxOf('Tall', ['x'], [[Number.POSITIVE_INFINITY]])).rejects.toThrow(/finite/);
  });

  it('many rows (more than one slice of the stream) arrive whole and in order', async () => {
    const rows = Array.from({ length: 9_001 }, (_, i): XlsxCell[] => [`r${i % 7}`, i, i % 3 ? null : i / 4, 'x']);
    const back = await readBack(await xlsxOf('Tall', ['a', 'b', 'c', 'd'], rows), 'Tall');
    expect(back.rows.length).toBe(9_002);
    expect(back.rows.slice(1)).toEqual(rows);
  });

  it('escapes XML text', () => {
    expect(escapeXml('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(escapeXml('\u0001')).toBe('_x0001_');
    expect(escapeXml('_x0041_')).toBe('_x005F_x0041_');
  });
});
