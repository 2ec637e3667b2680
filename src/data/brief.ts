import { buildBrief } from '../lib/brief/build-brief.ts';
import { referenceValues } from '../lib/compare/reference-values.ts';
import { coverageOfYears } from '../lib/domain/coverage.ts';
import { t } from '../i18n/nb.ts';
import type { Kommune } from '../lib/domain/kommune.ts';
import { predecessorLabel } from '../lib/profile/harmonization-note.ts';
import { referenceSeries, regionSeries, sourceLabels } from './compare.ts';
import { dataset, datasetCoverage, getFigures, getPredecessor } from './dataset.ts';

/** Everything the brief page renders for one kommune. */
export function getBrief(k: Kommune) {
  const own = getFigures(k.code);
  const ownYears = own.filter((f) => f.measure === 'bosatt' || f.measure === 'anmodning').map((f) => f.year);
  const first = ownYears.length ? Math.min(...ownYears) : 9999;
  const split = k.predecessors.map(getPredecessor).filter((p) => p.kind === 'split' && p.lastYear === first - 1);
  const labels = sourceLabels();
  const brief = buildBrief({
    name: k.name,
    code: k.code,
    own,
    country: getFigures('0000'),
    references: referenceValues(
      regionSeries(k.code) ?? { code: k.code, name: k.name, parts: {} },
      [...(k.kostraGroup === null ? [] : [referenceSeries(`kostra-${k.kostraGroup}`)]), referenceSeries(`fylke-${k.fylkeCode}`), referenceSeries('land')],
    ),
    sourceLabel: (id) => labels[id] ?? id,
    coverage: datasetCoverage,
    splitPredecessor: split.length === 1 ? { label: predecessorLabel(split[0]), figures: getFigures(split[0].key) } : undefined,
  });
  const hasEarlier = k.predecessors.length > 0 && first > 2013;
  const workLast = coverageOfYears(['sysselsatte-andel', 'lavinntekt-andel'].flatMap((m) => datasetCoverage(m).years)).last;
  const outcomesNote = t.brief.outcomesNote(workLast ?? 0, datasetCoverage('utdanning').last ?? 0);
  return { ...brief, outcomesNote, earlierNote: hasEarlier && !split.length ? `Tall fra før ${first} finnes bare for de tidligere kommunene og står på profilsiden.` : undefined };
}

/** "2026-06" (newest source file) and the short content hash shown on every page. */
export function datasetStamp() {
  const { sources, dataVersion } = dataset();
  const newest = sources.map((s) => s.vintage).sort().at(-1)!;
  return { date: newest, version: dataVersion };
}
