import type { SourceRow } from '../harmonize/harmonize.ts';
import { matchKommuneNames } from './match-kommune-names.ts';
import { readVedtakList } from './read-vedtak-list.ts';
import type { SourceSpec } from '../sources/source-spec.ts';

/** The scraped 2026 list, matched on (fylke, name) against the current kommuner. */
export function matchVedtakList(text: string, spec: SourceSpec, index: Map<string, string>): SourceRow[] {
  if (spec.format.kind !== 'vedtak-list') throw new Error('not a vedtak list');
  const { year, measure } = spec.format;
  const rows = readVedtakList(text, spec.file);
  const table = matchKommuneNames(
    {
      file: spec.file,
      columns: ['fylke', 'name'],
      rows: rows.map((r) => ({ line: r.line, cells: [r.fylke, r.name] })),
    },
    index,
    { fylke: 'fylke', name: 'name', codeColumn: 'code' },
  );
  return rows.map(
    (r, i) =>
      ({
        file: spec.file,
        line: r.line,
        code: table.rows[i].cells[2],
        year,
        measure,
        group: '',
        value: r.value,
        status: 'ok',
        flags: ['provisional', 'scraped'],
        source: spec.id,
      }) satisfies SourceRow,
  );
}
