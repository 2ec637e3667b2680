import { IngestError } from '../../raw/ingest-error.ts';
import type { RawTable } from '../../raw/raw-table.ts';

export interface NamedKommune {
  code: string;
  fylkeName: string;
  /** Every name form: Kartverket's, and SSB's official Norwegian, Sami and Kven names. */
  names: string[];
}

const norm = (s: string) => s.toLowerCase().normalize('NFC').trim();

/** (fylke, name) → code, for every name form and the form without SSB's fylke qualifier («Våler (Østfold)» → «Våler»). */
export function kommuneNameIndex(kommuner: NamedKommune[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const k of kommuner) {
    for (const n of k.names) {
      for (const form of [n, n.replace(/\s*\([^)]*\)$/, '')]) index.set(`${norm(k.fylkeName)}|${norm(form)}`, k.code);
    }
  }
  return index;
}

/**
 * Give each row of a table that names kommuner by fylke and name (no codes) its
 * kommune number: a name no kommune of the fylke has, after the source's declared
 * aliases, or two rows for one kommune, is an error naming file and line.
 */
export function matchKommuneNames(
  table: RawTable,
  index: Map<string, string>,
  {
    fylke,
    name,
    aliases = {},
    codeColumn,
  }: { fylke: string; name: string; aliases?: Record<string, string>; codeColumn: string },
): RawTable {
  const [fi, ni] = [fylke, name].map((c) => {
    const i = table.columns.indexOf(c);
    if (i < 0)
      throw new IngestError(
        { file: table.file, line: 1, column: c },
        `expected a column named ${JSON.stringify(c)} (found: ${table.columns.join(', ')})`,
      );
    return i;
  });
  const seen = new Map<string, number>();
  const rows = table.rows.map((r) => {
    const f = r.cells[fi];
    const n = r.cells[ni];
    const code = index.get(`${norm(f)}|${norm(aliases[n] ?? n)}`);
    if (!code)
      throw new IngestError(
        { file: table.file, line: r.line, column: name },
        `expected a kommune of ${f} named ${JSON.stringify(n)}, found none`,
      );
    const first = seen.get(code);
    if (first !== undefined)
      throw new IngestError(
        { file: table.file, line: r.line, column: name },
        `expected one row per kommune, ${JSON.stringify(n)} (${code}) is also on line ${first}`,
      );
    seen.set(code, r.line);
    return { line: r.line, cells: [...r.cells, code] };
  });
  return { file: table.file, columns: [...table.columns, codeColumn], rows };
}
