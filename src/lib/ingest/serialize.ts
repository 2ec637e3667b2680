import { MEASURES } from '../domain/measures.ts';
import type { Dataset } from './build-dataset.ts';
import { toCsv } from '../format/csv.ts';

export { csvCell, toCsv } from '../format/csv.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The published files, as text, in a fixed order with sorted rows: same input, same bytes. */
export function serializeDataset(d: Dataset): Record<string, string> {
  const byMeasure = new Map<string, Dataset['observations']>();
  for (const o of d.observations) {
    let list = byMeasure.get(o.measure);
    if (!list) byMeasure.set(o.measure, (list = []));
    list.push(o);
  }
  const obs = [...d.observations].sort((a, b) => cmp(a.region, b.region) || cmp(a.measure, b.measure) || cmp(a.group, b.group) || cmp(a.period, b.period));
  return {
    'kommuner.csv': toCsv(
      ['code', 'slug', 'name', 'officialName', 'otherNames', 'otherNameLanguages', 'fylkeCode', 'fylkeName', 'kostraGroup', 'centrality', 'predecessors', 'history'],
      d.kommuner.map((k) => [k.code, k.slug, k.name, k.officialName, k.otherNames.join(';'), k.otherNameLanguages.join(';'), k.fylkeCode, k.fylkeName, k.kostraGroup, k.centrality, k.predecessors.join(';'), k.history.join(';')]),
    ),
    'predecessors.csv': toCsv(
      ['key', 'code', 'name', 'firstYear', 'lastYear', 'kind', 'successors'],
      d.predecessors.map((p) => [p.key, p.code, p.name, p.firstYear, p.lastYear, p.kind, p.successors.join(';')]),
    ),
    'observations.csv': toCsv(
      ['region', 'period', 'measure', 'group', 'value', 'status', 'flags', 'from', 'source', 'vintage'],
      obs.map((o) => [o.region, o.period, o.measure, o.group, o.value, o.status, o.flags.join(';'), o.from.join('+'), o.source, o.vintage]),
    ),
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
        return [m.id, m.label, m.unit, m.topic, m.additive ? 'true' : 'false', m.definition,
          [...new Set(src.map((x) => x.publisher))].join('; '), [...new Set(src.map((x) => x.table))].join('; '), ids.join(';'),
          own.length ? `${lo}-${hi}` : ''];
      }),
    ),
    'sources.csv': toCsv(
      ['id', 'file', 'publisher', 'table', 'title', 'origin', 'licence', 'vintage', 'sha256', 'figures', 'notes'],
      [...d.sources].sort((a, b) => cmp(a.id, b.id)).map((s) => [s.id, s.file, s.publisher, s.table, s.title, s.origin, s.licence, s.vintage, s.sha256, s.figures, s.notes]),
    ),
    'skipped.csv': toCsv(['source', 'code', 'rows'], [...d.skipped].sort((a, b) => cmp(a.source, b.source) || cmp(a.code, b.code)).map((s) => [s.source, s.code, s.rows])),
    'kommuner.topo.json': JSON.stringify(d.topology) + '\n',
  };
}
