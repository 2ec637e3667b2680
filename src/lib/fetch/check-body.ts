import { decode } from '../raw/decode.ts';
import { readCsv } from '../raw/read-csv.ts';
import { readJsonStat } from '../raw/read-json-stat.ts';
import type { FetchTable } from './fetch-config.ts';

/**
 * Is a downloaded body a whole table of the kind asked for? An IMDi export must
 * split into the same number of `;` cells on every line (a cut-off last row does
 * not); a JSON-stat dataset must parse and hold as many values as its size says.
 * Returns the publisher's «updated» stamp where the body has one; throws (with the
 * ingest error's file, position and expectation) when the body is not usable.
 */
export function checkBody(table: FetchTable, bytes: Uint8Array): { updated: string | null } {
  if (bytes.length === 0) throw new Error(`${table.file}: expected a table, found an empty body`);
  if (table.kind === 'imdi-csv') {
    const t = readCsv(decode(bytes, 'latin1', table.file), {
      file: table.file,
      delimiter: ';',
      required: ['År', 'Kommunenummer'],
    });
    if (t.rows.length === 0) throw new Error(`${table.file}: expected data rows after the header, found none`);
    return { updated: null };
  }
  const t = readJsonStat(decode(bytes, 'utf-8', table.file), { file: table.file });
  return { updated: t.meta.updated ?? null };
}
