/**
 * What every format adapter returns: named columns and string cells, each row
 * remembering the line of the file it came from so later errors can point at it.
 */
export interface RawRow {
  line: number;
  cells: string[];
}

export interface RawTable {
  file: string;
  columns: string[];
  rows: RawRow[];
}

/** Index of a named column, or throws naming the file and the columns found. */
export function columnIndex(table: RawTable, name: string): number {
  const i = table.columns.indexOf(name);
  if (i < 0) {
    throw new Error(`${table.file}: missing column ${JSON.stringify(name)} (found: ${table.columns.join(', ')})`);
  }
  return i;
}
