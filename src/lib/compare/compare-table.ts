import { EXPORT_COLUMNS, exportCells, type ExportTable } from '../format/export-table.ts';
import type { CompareView } from './compare-view.ts';

/**
 * The comparison as a download table: the common column scheme of every
 * download (format/export-table.ts), one row per series and year as shown,
 * then whether the row is a kommune or a reference group.
 */
export function compareTable(
  v: CompareView,
  { sourceLabel = (id: string) => id, fylkeOf = (_code: string) => null as string | null } = {},
): ExportTable {
  const rows: ExportTable['rows'] = [];
  const used = new Set<string>();
  for (const s of v.series) {
    for (const p of s.points) {
      for (const id of p.sources) used.add(id);
      rows.push([
        ...exportCells({
          code: s.id,
          name: s.label,
          fylke: s.kind === 'kommune' ? fylkeOf(s.id) : null,
          measure: v.measure.label,
          year: p.year,
          value: p.value,
          unit: v.unit,
          status: p.status,
          provisional: p.provisional,
          sources: p.sources.join('; '),
        }),
        s.kind,
      ]);
    }
  }
  return { columns: [...EXPORT_COLUMNS, 'type'], rows, sources: [...used].sort().map((id) => [id, sourceLabel(id)]) };
}
