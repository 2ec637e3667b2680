import {
  KOMMUNER,
  OBSERVATIONS,
  PREDECESSORS,
  SKIPPED,
  SOURCES,
  WARNINGS,
  type CsvTable,
} from '../../domain/dataset-schema.ts';
import { MEASURES } from '../../domain/measures.ts';
import type { Dataset } from '../build-dataset.ts';
import { toCsv } from '../../format/csv.ts';

export { csvCell, toCsv } from '../../format/csv.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** One table's file, with the columns and row writer declared in domain/dataset-schema.ts. */
const table = <W, R>(t: CsvTable<W, R>, rows: W[]) => toCsv([...t.columns], rows.map(t.write));

/** The published files, as text, in a fixed order with sorted rows: same input, same bytes. */
export function serializeDataset(d: Dataset): Record<string, string> {
  const byMeasure = new Map<string, Dataset['observations']>();
  for (const o of d.observations) {
    let list = byMeasure.get(o.measure);
    if (!list) byMeasure.set(o.measure, (list = []));
    list.push(o);
  }
  const obs = [...d.observations].sort(
    (a, b) => cmp(a.region, b.region) || cmp(a.measure, b.measure) || cmp(a.group, b.group) || cmp(a.period, b.period),
  );
  return {
    [KOMMUNER.file]: table(KOMMUNER, d.kommuner),
    [PREDECESSORS.file]: table(PREDECESSORS, d.predecessors),
    [OBSERVATIONS.file]: table(OBSERVATIONS, obs),
    'measures.csv': toCsv(
      ['id', 'label', 'unit', 'topic', 'additive', 'definition', 'publisher', 'tables', 'sources', 'years'],
      MEASURES.map((m) => {
        const own = byMeasure.get(m.id) ?? [];
        const ids = [...new Set(own.map((o) => o.source))].sort();
        const src = ids.map((id) => d.sources.find((x) => x.id === id)!);
        let lo = Infinity;
        let hi = -Infinity;
        for (const o of own) {
          const y = Number(o.period);
          if (y < lo) lo = y;
          if (y > hi) hi = y;
        }
        return [
          m.id,
          m.label,
          m.unit,
          m.topic,
          m.additive ? 'true' : 'false',
          m.definition,
          [...new Set(src.map((x) => x.publisher))].join('; '),
          [...new Set(src.map((x) => x.table))].join('; '),
          ids.join(';'),
          own.length ? `${lo}-${hi}` : '',
        ];
      }),
    ),
    [SOURCES.file]: table(
      SOURCES,
      [...d.sources].sort((a, b) => cmp(a.id, b.id)),
    ),
    [SKIPPED.file]: table(
      SKIPPED,
      [...d.skipped].sort((a, b) => cmp(a.source, b.source) || cmp(a.code, b.code)),
    ),
    [WARNINGS.file]: table(
      WARNINGS,
      [...d.warnings].sort(
        (a, b) =>
          cmp(a.region, b.region) || cmp(a.period, b.period) || cmp(a.measure, b.measure) || cmp(a.message, b.message),
      ),
    ),
    'kommuner.topo.json': JSON.stringify(d.topology) + '\n',
  };
}
