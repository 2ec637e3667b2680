import { type ChangeIndex, type CodeChange, codesValidIn, successorsOf } from '../../domain/code-changes.ts';
import { IngestError, type Location } from '../../raw/ingest-error.ts';
import type { Encoding } from '../../raw/decode.ts';
import type { ReadCsvOptions } from '../../raw/read-csv.ts';
import type { RawTable } from '../../raw/raw-table.ts';

/** SSB's code lists are ISO-8859-1, `;`-separated, with short rows. */
export const CODE_LIST_CSV: Omit<ReadCsvOptions, 'file'> & { encoding: Encoding } = {
  encoding: 'latin1',
  delimiter: ';',
  required: ['code', 'level'],
  ragged: true,
};

/**
 * The change table, walked back from today's kommuner, must give exactly the
 * codes of SSB's official list for each year that has one; a difference
 * means a change is missing and every harmonized series would be off.
 */
export function checkCodeLists(lists: { year: number; table: RawTable }[], index: ChangeIndex): void {
  for (const { year, table: t } of lists) {
    const [c, l] = ['code', 'level'].map((x) => t.columns.indexOf(x));
    const official = new Set(t.rows.filter((r) => r.cells[l] === '1' && r.cells[c] !== '9999').map((r) => r.cells[c]));
    const derived = codesValidIn(index, year);
    const missing = [...official].filter((x) => !derived.has(x)).sort();
    const extra = [...derived].filter((x) => !official.has(x)).sort();
    if (missing.length || extra.length) {
      throw new IngestError(
        { file: t.file },
        `expected the change table to give SSB's ${year} kommune list; not derived: ${missing.join(', ') || '–'}; derived but not listed: ${extra.join(', ') || '–'}`,
      );
    }
  }
}

/**
 * Every change must lead somewhere: its new code is one of today's kommuner or changes again
 * later. A change to a code nothing else knows (9876) would put a kommune's figures nowhere.
 * `whereOf` names the record (file, line or record number, column).
 */
export function checkChangeTargets(
  changes: CodeChange[],
  index: ChangeIndex,
  whereOf: (i: number) => { where: Location; record?: number },
): void {
  changes.forEach((c, i) => {
    if (successorsOf(index, c.newCode, c.year).length) return;
    const { where, record } = whereOf(i);
    throw new IngestError(
      where,
      `expected the new code of ${c.oldCode}${c.oldName ? ` (${c.oldName})` : ''} in ${c.year}${record ? ` (record ${record})` : ''} to be a ${index.currentYear} kommune or to change again later, found ${JSON.stringify(c.newCode)}, which no change or kommune list knows (rule: every code change leads to today's kommuner)`,
    );
  });
}
