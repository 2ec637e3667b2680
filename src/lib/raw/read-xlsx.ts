import ExcelJS from 'exceljs';
import { IngestError } from './ingest-error.ts';
import type { RawTable } from './raw-table.ts';

export interface ReadXlsxOptions {
  file: string;
  required?: string[];
}

/**
 * First worksheet of an XLSX workbook → RawTable. Row 1 is the header.
 * Numbers are written back in JavaScript's shortest round-trip form, so a
 * cell reads the same as the publisher's value; empty cells are ''.
 */
export async function readXlsx(bytes: Uint8Array, { file, required = [] }: ReadXlsxOptions): Promise<RawTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new IngestError({ file }, `expected an XLSX workbook (${(e as Error).message})`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new IngestError({ file }, 'expected at least one worksheet');
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(cellText);
  for (const name of required) {
    if (!header.includes(name))
      throw new IngestError(
        { file, line: 1, column: name },
        `expected a column named ${JSON.stringify(name)} (found: ${header.join(', ')})`,
      );
  }
  const rows: RawTable['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const values = row.values as unknown[];
    rows.push({ line, cells: header.map((_, i) => cellText(values[i + 1])) });
  });
  return { file, columns: header, rows };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NaN';
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: string };
    if (o.richText)
      return o.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('result' in o) return cellText(o.result);
    if (typeof o.text === 'string') return o.text.trim();
  }
  return String(v);
}
