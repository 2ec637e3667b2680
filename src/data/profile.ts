import { buildProfile, newestByTopic } from '../lib/profile/build-profile.ts';
import type { Kommune } from '../lib/domain/kommune.ts';
import { seriesOf } from '../lib/domain/figure.ts';
import { getCaveats, getFigures, getPredecessor, splitPredecessors } from './dataset.ts';
import { datasetStamp } from './brief.ts';
import { predecessorLabel } from '../lib/profile/harmonization-note.ts';
import { keyFigures } from '../lib/profile/key-figures.ts';
import { lastChangedLine } from '../lib/profile/last-changed.ts';
import { kommuneLastChanged } from './releases.ts';
import { getCompareMeasure } from '../lib/compare/compare-measures.ts';
import { pointOf } from '../lib/compare/series-data.ts';
import { referenceSeries, regionSeries } from './compare.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { panelFigureKeys } from '../lib/profile/panel-export.ts';
import { perKommune } from './per-kommune.ts';
import { sentencesFor } from '../lib/sentences/index.ts';

/**
 * Everything the profile page renders for one kommune, as plain objects: once per kommune and language
 * (the bokmål model also says which figures each panel shows, for /data/panel/<kommune>.json).
 */
export const getProfile = perKommune(profileOf, (locale) => (locale === DEFAULT_LOCALE ? 2 : 1));
function profileOf(k: Kommune, locale: Locale) {
  const t = messages(locale);
  const own = getFigures(k.code);
  const country = getFigures('0000');
  const rateMeasures = new Set(['sysselsatte-andel', 'lavinntekt-andel', 'sosialhjelp-andel', 'barnehage-andel']);
  const ratesOnlyForPredecessors =
    !own.some((f) => rateMeasures.has(f.measure)) &&
    k.predecessors.some((key) => getFigures(key).some((f) => rateMeasures.has(f.measure)));
  // A divided former kommune (Ålesund 1507, 2020–2023) stands in the settlement panel's years without own figures, marked ‡.
  const divided = splitPredecessors(k);
  const sections = buildProfile({
    name: k.name,
    own,
    country,
    ratesOnlyForPredecessors,
    caveats: getCaveats(k.code, locale),
    splitPredecessor:
      divided.length === 1
        ? { label: predecessorLabel(divided[0], locale), figures: getFigures(divided[0].key) }
        : undefined,
    locale,
  });
  const predecessors = k.predecessors.map((key) => {
    const p = getPredecessor(key);
    const label = predecessorLabel(p, locale);
    // A former kommune's panels repeat today's ids: named by the former kommune, so no two share one on the page.
    const sections = buildProfile({
      name: label,
      own: getFigures(key),
      country,
      caveats: getCaveats(key, locale),
      locale,
    });
    return {
      ...p,
      label,
      sections: sections.map((s) => ({
        ...s,
        panels: s.panels.map((panel) => ({ ...panel, id: `${p.code}-${p.lastYear}-${panel.id}` })),
      })),
    };
  });
  const pop = [...seriesOf(own, 'befolkning').values()]
    .filter((f) => f.status === 'ok')
    .sort((a, b) => b.year - a.year)[0];
  const usedSources = new Set<string>();
  for (const s of [...sections, ...predecessors.flatMap((p) => p.sections)])
    for (const panel of s.panels) for (const c of panel.citations) usedSources.add(c.source);
  const settled = getCompareMeasure('bosatt')!;
  const key = keyFigures(t, own, {
    name: k.name,
    perThousand: (y) => {
      const ownSeries = regionSeries(k.code);
      const fylke = referenceSeries(`fylke-${k.fylkeCode}`, locale);
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
  // Hovedpunkter: a divided former kommune's years (Ålesund 1507, 2020–2023) are said apart, never counted as today's.
  const split = splitPredecessors(k);
  const ps = split.length === 1 ? seriesOf(getFigures(split[0].key), 'bosatt') : undefined;
  const ownYears = new Set(own.filter((f) => f.measure === 'bosatt').map((f) => f.year));
  const points = sentencesFor(locale).brief.keyPoints(k.name, {
    req: seriesOf(own, 'anmodning'),
    dec: seriesOf(own, 'vedtak'),
    set: seriesOf(own, 'bosatt'),
    grants: seriesOf(own, 'tilskudd', 'totalt'),
    elsewhere: ps && {
      years: [...ps.keys()].filter((y) => !ownYears.has(y)).sort((a, b) => a - b),
      label: predecessorLabel(split[0], locale),
      settled: ps,
    },
  });
  const changed = kommuneLastChanged(k);
  const stamp = datasetStamp();
  return {
    keyPoints: points,
    key,
    /** When the kommune's figures last changed, or undefined without a release log. */
    lastChanged: changed && lastChangedLine(t, k.name, changed, { version: stamp.version, vintage: stamp.date }),
    sections,
    predecessors,
    population: pop,
    newest: newestByTopic(own),
    usedSources: [...usedSources].sort(),
  };
}

/** Which figures each panel of a kommune's profile shows (the same in every language), by panel id. */
export function profilePanelFigures(k: Kommune): Record<string, string> {
  const p = getProfile(k, DEFAULT_LOCALE);
  return panelFigureKeys([...p.sections, ...p.predecessors.flatMap((pr) => pr.sections)].flatMap((s) => s.panels));
}
