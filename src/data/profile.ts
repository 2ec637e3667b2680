import { buildProfile, newestByTopic } from '../lib/profile/build-profile.ts';
import type { Kommune } from '../lib/domain/kommune.ts';
import { seriesOf } from '../lib/domain/figure.ts';
import { getCaveats, getFigures, getPredecessor } from './dataset.ts';
import { predecessorLabel } from '../lib/profile/harmonization-note.ts';
import { keyFigures } from '../lib/profile/key-figures.ts';
import { lastChangedLine } from '../lib/profile/last-changed.ts';
import { kommuneLastChanged } from './releases.ts';
import { getCompareMeasure } from '../lib/compare/compare-measures.ts';
import { pointOf } from '../lib/compare/series-data.ts';
import { referenceSeries, regionSeries } from './compare.ts';
import { t } from '../i18n/nb.ts';

/** Everything the profile page renders for one kommune, as plain objects. */
export function getProfile(k: Kommune) {
  const own = getFigures(k.code);
  const country = getFigures('0000');
  const rateMeasures = new Set(['sysselsatte-andel', 'lavinntekt-andel', 'sosialhjelp-andel', 'barnehage-andel']);
  const ratesOnlyForPredecessors =
    !own.some((f) => rateMeasures.has(f.measure)) &&
    k.predecessors.some((key) => getFigures(key).some((f) => rateMeasures.has(f.measure)));
  const sections = buildProfile({ name: k.name, own, country, ratesOnlyForPredecessors, caveats: getCaveats(k.code) });
  const predecessors = k.predecessors.map((key) => {
    const p = getPredecessor(key);
    const label = predecessorLabel(p);
    return {
      ...p,
      label,
      sections: buildProfile({ name: label, own: getFigures(key), country, caveats: getCaveats(key) }),
    };
  });
  const pop = [...seriesOf(own, 'befolkning').values()]
    .filter((f) => f.status === 'ok')
    .sort((a, b) => b.year - a.year)[0];
  const usedSources = new Set<string>();
  for (const s of [...sections, ...predecessors.flatMap((p) => p.sections)])
    for (const panel of s.panels) for (const c of panel.citations) usedSources.add(c.source);
  const settled = getCompareMeasure('bosatt')!;
  const key = keyFigures(own, {
    name: k.name,
    perThousand: (y) => {
      const ownSeries = regionSeries(k.code);
      const fylke = referenceSeries(`fylke-${k.fylkeCode}`);
      return [
        { label: k.name, own: true, point: ownSeries && pointOf(ownSeries, settled, y, true) },
        // Oslo is its own fylke: no second row with the same figure.
        ...(fylke.members.length > 1
          ? [{ label: t.profile.key.fylke(k.fylkeName), point: fylke.series.bosatt?.per1000[y] }]
          : []),
        { label: t.profile.key.land, point: referenceSeries('land').series.bosatt?.per1000[y] },
      ];
    },
  });
  const changed = kommuneLastChanged(k);
  return {
    key,
    /** When the kommune's figures last changed, or undefined without a release log. */
    lastChanged: changed && lastChangedLine(k.name, changed),
    sections,
    predecessors,
    population: pop,
    newest: newestByTopic(own),
    usedSources: [...usedSources].sort(),
  };
}
