import { assertKommuneCount, assertUniqueKeys } from '../../raw/assert-unique-keys.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import type { RawTable } from '../../raw/raw-table.ts';

/** A kommune of the current structure, as the kommune list names it. */
export interface CurrentKommune {
  code: string;
  name: string;
  fylkeCode: string;
  fylkeName: string;
}

export const KOMMUNE_LIST_COLUMNS = ['kommunenummer', 'kommunenavn', 'fylkesnummer', 'fylkesnavn'];

/** The list of a year's kommuner (one row each, with fylke) → sorted by code; the count must be the structure's. */
export function readKommuneList(t: RawTable, { year }: { year: number }): CurrentKommune[] {
  const file = t.file;
  const [c, n, fc, fn] = KOMMUNE_LIST_COLUMNS.map((x) => t.columns.indexOf(x));
  const out = t.rows.map((r) => {
    if (!/^\d{4}$/.test(r.cells[c]))
      throw new IngestError(
        { file, line: r.line, column: 'kommunenummer' },
        `expected 4 digits, found ${JSON.stringify(r.cells[c])}`,
      );
    return { code: r.cells[c], name: r.cells[n], fylkeCode: r.cells[fc], fylkeName: r.cells[fn] };
  });
  assertUniqueKeys(t.rows, (r) => r.cells[c], { file, column: 'kommunenummer' });
  assertKommuneCount(out.length, year, { file });
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
