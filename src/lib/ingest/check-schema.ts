import type { ExpectedSchema } from './expected-schemas.ts';
import { IngestError } from './ingest-error.ts';
import type { JsonStatMeta } from './read-json-stat.ts';
import type { RawTable } from './raw-table.ts';

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
  if (!added.length && !removed.length && found.join('\u0000') !== expected.columns.join('\u0000')) {
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
  if (expected.currentKommuner) {
    const { column, prefix = '' } = expected.currentKommuner;
    const i = table.columns.indexOf(column);
    if (i >= 0) {
      const codes = (table.meta?.codes[column] ?? distinct(table, i)).map((c) =>
        prefix && c.startsWith(prefix) ? c.slice(prefix.length) : c,
      );
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
      `the publisher changed the table (source ${sourceId}): ${changes.join('; ')}. Expected the schema in src/lib/ingest/expected-schemas.ts; check the table and update the schema with its manifest entry`,
    );
  }
}

function distinct(table: RawTable, i: number): string[] {
  const s = new Set<string>();
  for (const r of table.rows) s.add(r.cells[i]);
  return [...s];
}

const list = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
