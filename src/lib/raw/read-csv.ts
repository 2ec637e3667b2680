import Papa from 'papaparse';
import { IngestError } from './ingest-error.ts';
import type { RawTable } from './raw-table.ts';

export interface ReadCsvOptions {
  file: string;
  delimiter: ';' | ',' | '\t';
  /** Lines before the header row to skip (0 = header on line 1). */
  skipLines?: number;
  /** Columns that must be present in the header. */
  required?: string[];
  /** Rows may stop before the last columns (missing trailing cells read as ''), as in SSB's KLASS code lists. */
  ragged?: boolean;
  /**
   * The format ends every line, the last too, with a line break (or the last
   * value is quoted), so a file cut short is seen, not read as an empty last
   * value. False only for exports that have no final line break (IMDi's wide layout).
   */
  finalNewline?: boolean;
}

/**
 * Delimited text → RawTable. The delimiter is declared, not sniffed: a file
 * that does not split into the required columns with it is an error.
 * Every data row must have exactly as many cells as the header.
 */
export function readCsv(
  text: string,
  { file, delimiter, skipLines = 0, required = [], ragged = false, finalNewline = true }: ReadCsvOptions,
): RawTable {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, newline: undefined });
  const lines = parsed.data;
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const line = (quoteError.row ?? lines.length - 1) + 1;
    throw new IngestError(
      { file, line },
      `expected a closing quote, found ${line >= lines.length ? 'the end of the file (truncated?)' : 'none before the next line'}`,
    );
  }
  if (finalNewline && text.length && !text.endsWith('\n') && !text.endsWith('"')) {
    throw new IngestError(
      { file, line: text.split('\n').length },
      'expected the file to end with a line break, found the end of the file inside the last line (truncated?)',
    );
  }
  // papaparse reports one row per physical line for these files (no embedded newlines);
  // drop a trailing empty line left by a final newline.
  if (lines.length && lines[lines.length - 1].length === 1 && lines[lines.length - 1][0] === '') lines.pop();
  const headerIndex = skipLines;
  const header = lines[headerIndex];
  if (!header) throw new IngestError({ file, line: headerIndex + 1 }, 'expected a header row, found end of file');
  const columns = header.map((c) => c.trim());
  if (columns.length < 2) {
    throw new IngestError(
      { file, line: headerIndex + 1 },
      `expected columns separated by ${JSON.stringify(delimiter)}, found one column (wrong delimiter?)`,
    );
  }
  for (const name of required) {
    if (!columns.includes(name)) {
      throw new IngestError(
        { file, line: headerIndex + 1, column: name },
        `expected a column named ${JSON.stringify(name)} in the header (found: ${columns.join(', ')})`,
      );
    }
  }
  const rows = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i];
    if (cells.length === 1 && cells[0] === '') {
      throw new IngestError({ file, line: i + 1 }, 'expected a data row, found an empty line');
    }
    if (ragged && cells.length < columns.length) while (cells.length < columns.length) cells.push('');
    if (cells.length !== columns.length) {
      throw new IngestError(
        { file, line: i + 1, column: cells.length < columns.length ? columns[cells.length] : cells.length },
        `expected ${columns.length} cells, found ${cells.length} (truncated or malformed row)`,
      );
    }
    rows.push({ line: i + 1, cells });
  }
  return { file, columns, rows };
}
