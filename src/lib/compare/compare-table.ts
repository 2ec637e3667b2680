import type { Strings } from '../../i18n/nb.ts';
import { EXPORT_COLUMNS, exportCells, type ExportTable } from '../format/export-table.ts';
import { countUnit, coverageOf, isPartial, type CompareView } from './compare-view.ts';
import { nationalPointNote } from '../format/national-note.ts';
import type { Point } from './series-data.ts';
import { cutFor, groupDecisionsWithheld, measuresOf } from '../domain/request-cut.ts';
import { groupWithheldNote, requestCutNote } from '../format/request-cut-note.ts';

/** «352 av 357» for a group value over some members only, else empty. */
function coverageText(t: Strings, p: Point): string | null {
  const n = coverageOf(p);
  return n ? t.compare.countedOf(n.counted, n.members) : null;
}

/**
 * The comparison as a download table: the common column scheme of every
 * download (format/export-table.ts), one row per series and year as shown,
 * then whether the row is a kommune or a reference group, and for a group
 * value built on some members only how many («352 av 357»), as the page
 * says it. Sources by name (the page's labels), not by internal id; the
 * Excel file's second sheet lists each source in full.
 */
/** The request-cut note for a row's year, and for a group why its decision sum is not given. */
function noteOf(t: Strings, v: CompareView, kind: 'kommune' | 'referanse', p: Point): string | undefined {
  const ms = measuresOf(v.measure);
  const cut = cutFor(ms, p.year);
  // The whole country: «sum av kommunene» or the source's own figure, and IMDi's «uoppgitt kommune» (domain/national.ts).
  const national = kind === 'referanse' ? nationalPointNote(t, p, countUnit(v.measure)) : '';
  const cutNote = !cut
    ? ''
    : kind === 'referanse' && groupDecisionsWithheld(ms, p.year)
      ? `${groupWithheldNote(t, cut)} ${requestCutNote(t, cut)}`
      : requestCutNote(t, cut);
  return [national, cutNote].filter(Boolean).join(' ') || undefined;
}

export function compareTable(
  t: Strings,
  v: CompareView,
  { sourceLabel = (id: string) => id, fylkeOf = (_code: string) => null as string | null } = {},
): ExportTable {
  const rows: ExportTable['rows'] = [];
  const used = new Set<string>();
  for (const s of v.series) {
    for (const p of s.points) {
      for (const id of p.sources) used.add(id);
      rows.push([
        ...exportCells(t, {
          code: s.id,
          name: s.label,
          fylke: s.kind === 'kommune' ? fylkeOf(s.id) : null,
          measure: v.measure.label,
          year: p.year,
          value: p.value,
          unit: v.unit,
          status: p.status === 'lower-bound' && isPartial(p) ? 'lower-bound-partial' : p.status,
          word: p.withheld ? t.requestCut.withheldCell : undefined,
          provisional: p.provisional,
          sources: p.sources.map(sourceLabel).join('; '),
          note: noteOf(t, v, s.kind, p),
        }),
        s.kind,
        coverageText(t, p),
      ]);
    }
  }
  return {
    columns: [...EXPORT_COLUMNS, 'type', 'kommuner i tallet'],
    rows,
    sources: [...used].sort().map((id) => [id, sourceLabel(id)]),
  };
}
