import type { Strings } from '../i18n/index.ts';
import type { ExportTable } from '../lib/format/export-table.ts';

/**
 * An Excel workbook of a download table: the table in the first sheet
 * (numbers as numbers, so Norwegian Excel shows decimal commas), the sources
 * in the second, the sheets named in the page's language (`words`: the
 * catalogue's `workbook`). exceljs is loaded only when asked for.
 */
export async function toXlsx(
  table: ExportTable,
  { words, note = '' }: { words: Strings['workbook']; note?: string },
): Promise<Blob> {
  // @ts-expect-error the browser build has no types of its own
  const mod = await import('exceljs/dist/exceljs.min.js');
  const ExcelJS = (mod.default ?? mod) as typeof import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(words.figures);
  ws.addRow(table.columns).font = { bold: true };
  for (const r of table.rows) ws.addRow(r.map((v) => (v === null ? null : v)));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.min(40, Math.max(8, c.length + 2));
  });
  const src = wb.addWorksheet(words.sources);
  src.addRow([...words.sourceColumns]).font = { bold: true };
  for (const [id, text] of table.sources) src.addRow([id, text]);
  if (note) {
    src.addRow([]);
    src.addRow([note]);
  }
  src.getColumn(1).width = 36;
  src.getColumn(2).width = 90;
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
