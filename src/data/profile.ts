import { buildProfile, newestByTopic } from '../lib/profile/build-profile.ts';
import type { Kommune } from '../lib/domain/kommune.ts';
import { seriesOf } from '../lib/domain/figure.ts';
import { getFigures, getPredecessor } from './dataset.ts';
import { predecessorLabel } from '../lib/profile/harmonization-note.ts';

/** Everything the profile page renders for one kommune, as plain objects. */
export function getProfile(k: Kommune) {
  const own = getFigures(k.code);
  const country = getFigures('0000');
  const rateMeasures = new Set(['sysselsatte-andel', 'lavinntekt-andel', 'sosialhjelp-andel', 'barnehage-andel']);
  const ratesOnlyForPredecessors = !own.some((f) => rateMeasures.has(f.measure)) && k.predecessors.some((key) => getFigures(key).some((f) => rateMeasures.has(f.measure)));
  const sections = buildProfile({ name: k.name, own, country, ratesOnlyForPredecessors });
  const predecessors = k.predecessors.map((key) => {
    const p = getPredecessor(key);
    const label = predecessorLabel(p);
    return { ...p, label, sections: buildProfile({ name: label, own: getFigures(key), country }) };
  });
  const pop = [...seriesOf(own, 'befolkning').values()].filter((f) => f.status === 'ok').sort((a, b) => b.year - a.year)[0];
  const usedSources = new Set<string>();
  for (const s of [...sections, ...predecessors.flatMap((p) => p.sections)]) for (const panel of s.panels) for (const c of panel.citations) usedSources.add(c.source);
  return { sections, predecessors, population: pop, newest: newestByTopic(own), usedSources: [...usedSources].sort() };
}
