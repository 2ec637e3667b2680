import { assertUniqueKeys } from '../../raw/assert-unique-keys.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import type { RawTable } from '../../raw/raw-table.ts';

export interface KostraGroup {
  kostra: number | null;
  centrality: number | null;
}

export const KOSTRA_GROUP_COLUMNS = ['year', 'Kommunenummer', 'kostranr', 'sentralitet'];

/** The 2024 rows of a table with KOSTRA group (EKG01–EKG17) and centrality (1–6) per kommune. */
export function readKostraGroups(t: RawTable): Map<string, KostraGroup> {
  const file = t.file;
  const [y, c, k, s] = KOSTRA_GROUP_COLUMNS.map((x) => t.columns.indexOf(x));
  const out = new Map<string, KostraGroup>();
  assertUniqueKeys(
    t.rows.filter((r) => r.cells[y] === '2024'),
    (r) => r.cells[c],
    { file, column: 'Kommunenummer' },
  );
  for (const r of t.rows) {
    if (r.cells[y] !== '2024') continue;
    const km = /^EKG(\d{2})$/.exec(r.cells[k]);
    if (r.cells[k] && !km)
      throw new IngestError(
        { file, line: r.line, column: 'kostranr' },
        `expected EKG01–EKG17, found ${JSON.stringify(r.cells[k])}`,
      );
    const cen = r.cells[s] ? Number(r.cells[s]) : null;
    if (cen !== null && !(cen >= 1 && cen <= 6))
      throw new IngestError(
        { file, line: r.line, column: 'sentralitet' },
        `expected 1–6, found ${JSON.stringify(r.cells[s])}`,
      );
    out.set(r.cells[c], { kostra: km ? Number(km[1]) : null, centrality: cen });
  }
  return out;
}
