import { IngestError } from './ingest-error.ts';
import { readCsv } from './read-csv.ts';
import type { RawRow, RawTable } from './raw-table.ts';

export interface ReadWideCsvOptions {
  file: string;
  delimiter: ';' | ',';
  /** Columns every file of this kind must describe, e.g. ['År', 'Enhet']. */
  required?: string[];
  /** Melt only the columns whose header values are listed here (saves memory on very wide files). */
  keep?: Record<string, string[]>;
}

/**
 * IMDi's "wide" Statistikkbasen export: the first row names `Region;Navn`,
 * then one header row per dimension (`Enhet: Personer`, `År: 2006`, …), then
 * one row per region. Melted to long form: Region, Navn, one column per
 * dimension, and `value`. Each melted row keeps the physical line and, in
 * `at`, the 1-based column of the cell it came from.
 */
export function readWideCsv(
  text: string,
  { file, delimiter, required = [], keep = {} }: ReadWideCsvOptions,
): RawTable & { rows: (RawRow & { at: number })[] } {
  // IMDi's wide export has no final line break.
  const grid = readCsv(text, { file, delimiter, skipLines: 0, finalNewline: false });
  const first = grid.columns;
  if (first[0] !== 'Region' || first[1] !== 'Navn') {
    throw new IngestError({ file, line: 1, column: 1 }, 'expected the wide IMDi layout starting with "Region;Navn"');
  }
  // Header rows: the first line, plus following lines whose first two cells are empty.
  const headerLines: string[][] = [first];
  let r = 0;
  while (r < grid.rows.length && grid.rows[r].cells[0] === '' && grid.rows[r].cells[1] === '') {
    headerLines.push(grid.rows[r].cells);
    r++;
  }
  const dims: string[] = [];
  const dimValues: string[][] = []; // [dim][col]
  headerLines.forEach((cells, h) => {
    let name: string | undefined;
    const values: string[] = [];
    for (let c = 2; c < cells.length; c++) {
      const m = /^([^:]+): (.*)$/.exec(cells[c]);
      if (!m)
        throw new IngestError(
          { file, line: h + 1, column: c + 1 },
          `expected a header cell "Dimension: value", found ${JSON.stringify(cells[c])}`,
        );
      if (name === undefined) name = m[1];
      else if (m[1] !== name) {
        throw new IngestError(
          { file, line: h + 1, column: c + 1 },
          `expected every cell of header row ${h + 1} to name ${JSON.stringify(name)}, found ${JSON.stringify(m[1])}`,
        );
      }
      values[c] = m[2];
    }
    dims.push(name ?? '');
    dimValues.push(values);
  });
  for (const d of required) {
    if (!dims.includes(d))
      throw new IngestError(
        { file, line: 1 },
        `expected a header row for ${JSON.stringify(d)} (found: ${dims.join(', ')})`,
      );
  }
  const filters = Object.entries(keep)
    .filter(([d]) => dims.includes(d))
    .map(([d, vs]) => [dims.indexOf(d), new Set(vs)] as const);
  const wanted: number[] = [];
  for (let c = 2; c < first.length; c++) if (filters.every(([i, set]) => set.has(dimValues[i][c]))) wanted.push(c);
  const rows: (RawRow & { at: number })[] = [];
  for (; r < grid.rows.length; r++) {
    const { cells, line } = grid.rows[r];
    for (const c of wanted) {
      rows.push({ line, at: c + 1, cells: [cells[0], cells[1], ...dimValues.map((v) => v[c]), cells[c]] });
    }
  }
  return { file, columns: ['Region', 'Navn', ...dims, 'value'], rows };
}
