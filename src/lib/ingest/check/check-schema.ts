import type { ExpectedSchema } from '../sources/expected-schemas.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import type { JsonStatMeta } from '../../raw/read-json-stat.ts';
import type { RawTable } from '../../raw/raw-table.ts';

/**
 * Compare a fetched table with what its manifest entry was written for.
 * Every difference is listed (columns added, removed or moved; codes new or
 * gone; units changed; kommuner missing or unknown) in one IngestError, so a
 * publisher's change stops ingest before a misread figure is published.
 */
export function checkSchema(
  table: RawTable & { meta?: JsonStatMeta },
  expected: ExpectedSchema,
  { sourceId, kommuner }: { sourceId: string; kommuner: ReadonlySet<string> },
): void {
  const changes: string[] = [];
  const found = table.columns.filter((c) => !(table.meta && (c === 'value' || c === 'status')));
  const added = found.filter((c) => !expected.columns.includes(c));
  const removed = expected.columns.filter((c) => !found.includes(c));
  if (added.length) changes.push(`new column ${list(added)}`);
  if (removed.length) changes.push(`column ${list(removed)} gone`);
  // A JSON-stat cell is addressed by dimension id, so only a CSV's column order can misplace a figure.
  if (!table.meta && !added.length && !removed.length && found.join('\u0000') !== expected.columns.join('\u0000')) {
    changes.push(`columns reordered: expected ${list(expected.columns)}, found ${list(found)}`);
  }
  for (const [column, codes] of Object.entries(expected.codes ?? {})) {
    const i = table.columns.indexOf(column);
    if (i < 0) continue;
    const seen = table.meta?.codes[column] ?? distinct(table, i);
    const fresh = seen.filter((c) => !codes.includes(c));
    const gone = codes.filter((c) => !seen.includes(c));
    if (fresh.length)
      changes.push(`new code${fresh.length > 1 ? 's' : ''} in ${JSON.stringify(column)}: ${list(fresh)}`);
    if (gone.length)
      changes.push(`code${gone.length > 1 ? 's' : ''} gone from ${JSON.stringify(column)}: ${list(gone)}`);
  }
  if (expected.units) {
    const units = table.meta?.units ?? {};
    for (const [key, unit] of Object.entries(expected.units)) {
      if (units[key] !== unit)
        changes.push(
          `unit of ${key} changed: expected ${JSON.stringify(unit)}, found ${JSON.stringify(units[key] ?? null)}`,
        );
    }
    for (const key of Object.keys(units))
      if (!Object.hasOwn(expected.units, key)) changes.push(`new unit for ${key}: ${JSON.stringify(units[key])}`);
  }
  const norm = (x: string) => x.replace(/\s+/g, ' ').trim();
  for (const [key, label] of Object.entries(expected.labels ?? {})) {
    const found = table.meta?.labels[key];
    if (found === undefined || norm(found) !== norm(label))
      changes.push(
        `label of ${key} changed: expected ${JSON.stringify(label)}, found ${JSON.stringify(found ?? null)}`,
      );
  }
  if (expected.periods && table.meta) {
    const { column, years } = expected.periods;
    const odd = (table.meta.codes[column] ?? []).filter((code) => {
      const label = table.meta!.labels[`${column}:${code}`] ?? '';
      const c = /^\d{4}_(\d{4})$/.exec(code);
      const l = /^(\d{4})\s*-\s*(\d{4})$/.exec(label.trim());
      return !c || !l || l[2] !== c[1] || Number(l[2]) - Number(l[1]) + 1 !== years;
    });
    if (odd.length)
      changes.push(
        `periods of ${JSON.stringify(column)} changed: expected ${years}-year periods labelled "YYYY-YYYY" ending in the code's end year, found ${list(odd.slice(0, 5).map((c) => `${c} = ${table.meta!.labels[`${column}:${c}`] ?? '(no label)'}`))}`,
      );
  }
  if (expected.currentKommuner) {
    const { column, prefix = '', only } = expected.currentKommuner;
    const i = table.columns.indexOf(column);
    if (i >= 0) {
      const meant = only ? new RegExp(`^(?:${only})$`) : undefined;
      const codes = (table.meta?.codes[column] ?? distinct(table, i))
        .map((c) => (prefix && c.startsWith(prefix) ? c.slice(prefix.length) : c))
        .filter((c) => !meant || meant.test(c));
      const unknown = codes.filter((c) => !kommuner.has(c));
      const missing = [...kommuner].filter((c) => !codes.includes(c));
      if (unknown.length)
        changes.push(
          `code list of ${JSON.stringify(column)} changed: ${unknown.length} code(s) not among the ${kommuner.size} current kommuner (${list(unknown.slice(0, 10))}${unknown.length > 10 ? ', …' : ''})`,
        );
      if (missing.length)
        changes.push(
          `code list of ${JSON.stringify(column)} changed: ${missing.length} current kommune(r) missing (${list(missing.slice(0, 10))}${missing.length > 10 ? ', …' : ''})`,
        );
    }
  }
  if (changes.length) {
    throw new IngestError(
      { file: table.file, line: table.meta ? undefined : 1 },
      `the publisher changed the table (source ${sourceId}): ${changes.join('; ')}. Expected the schema in src/lib/ingest/sources/expected-schemas.ts; check the table and update the schema with its manifest entry`,
    );
  }
}

function distinct(table: RawTable, i: number): string[] {
  const s = new Set<string>();
  for (const r of table.rows) s.add(r.cells[i]);
  return [...s];
}

const list = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
