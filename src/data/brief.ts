import { buildBrief } from '../lib/brief/build-brief.ts';
import { referenceValues } from '../lib/compare/reference-values.ts';
import { coverageOfYears } from '../lib/domain/coverage.ts';
import { sourcePlainText } from '../lib/format/source-label.ts';
import { aggregateGroup, type GroupSeries } from '../lib/compare/aggregate.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { publisherPageNoteIn } from '../i18n/data-texts.ts';
import type { Kommune } from '../lib/domain/kommune.ts';
import { harmonizationNote, predecessorLabel } from '../lib/profile/harmonization-note.ts';
import { referenceGroups, referenceSeries, regionSeries } from './compare.ts';
import { perKommune } from './per-kommune.ts';
import {
  dataset,
  datasetCoverage,
  getCaveats,
  getFigures,
  getKommuner,
  getPredecessor,
  splitPredecessors,
} from './dataset.ts';

/** Whether this build writes the briefs and their Word JSON: `npm run bench` builds once without (SKIP_BRIEFS=1) to measure what they add. */
export const BRIEFS_BUILT = process.env.SKIP_BRIEFS !== '1';

/** Everything the brief page renders for one kommune (once per kommune and language: the page and its Word JSON ask). */
export const getBrief = perKommune(briefOf, () => 2);
function briefOf(k: Kommune, locale: Locale) {
  const t = messages(locale);
  const own = getFigures(k.code);
  const ownYears = own.filter((f) => f.measure === 'bosatt' || f.measure === 'anmodning').map((f) => f.year);
  const first = ownYears.length ? Math.min(...ownYears) : 9999;
  const split = splitPredecessors(k);
  const names = new Map(getKommuner().map((x) => [x.code, x.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const info = new Map(dataset().sources.map((s) => [s.id, s]));
  // The publisher's own table or page first, with its address; the file used (and its date) after.
  const sourceLabel = (id: string, years?: readonly [number, number]) => {
    const s = info.get(id);
    if (!s) return id;
    const text = sourcePlainText(t, s, years);
    const note = publisherPageNoteIn(s, locale);
    return note ? `${text}; ${note}` : text;
  };
  // A KOSTRA group of one (Oslo) says nothing: compare with the largest kommuner instead.
  const kostraAlone =
    k.kostraGroup !== null && referenceGroups().find((r) => r.id === `kostra-${k.kostraGroup}`)?.members.length === 1;
  const brief = buildBrief({
    name: k.name,
    code: k.code,
    own,
    country: getFigures('0000'),
    references: referenceValues(regionSeries(k.code) ?? { code: k.code, name: k.name, parts: {} }, [
      ...(k.kostraGroup === null
        ? []
        : [kostraAlone ? largestKommuner(k.code, locale) : referenceSeries(`kostra-${k.kostraGroup}`, locale)]),
      // A fylke of one kommune (Oslo) would compare the kommune with itself.
      ...(referenceGroups().find((r) => r.id === `fylke-${k.fylkeCode}`)!.members.length > 1
        ? [referenceSeries(`fylke-${k.fylkeCode}`, locale)]
        : []),
      referenceSeries('land', locale),
    ]),
    sourceLabel,
    coverage: datasetCoverage,
    caveats: getCaveats(k.code, locale),
    splitPredecessor:
      split.length === 1 ? { label: predecessorLabel(split[0], locale), figures: getFigures(split[0].key) } : undefined,
    // The reforms in print where the brief's table holds a divided former kommune's years.
    locale,
    reformNote: split.length
      ? harmonizationNote(k, k.predecessors.map(getPredecessor), { nameOf, short: true, locale })?.text
      : undefined,
  });
  const hasEarlier = k.predecessors.length > 0 && first > 2013;
  const workLast = coverageOfYears(
    ['sysselsatte-andel', 'lavinntekt-andel'].flatMap((m) => datasetCoverage(m).years),
  ).last;
  const outcomesNote = t.brief.outcomesNote(workLast ?? 0, datasetCoverage('utdanning').last ?? 0);
  return {
    ...brief,
    outcomesNote,
    peersInstead: kostraAlone ? t.brief.largestInstead(k.name, String(k.kostraGroup), LARGEST) : undefined,
    earlierNote: hasEarlier && !split.length ? t.brief.earlierOnProfile(first) : undefined,
  };
}

/** "2026-06" (newest source file) and the short content hash shown on every page. */
export function datasetStamp() {
  const { sources, dataVersion } = dataset();
  const newest = sources
    .map((s) => s.vintage)
    .sort()
    .at(-1)!;
  return { date: newest, version: dataVersion };
}

/** How many of the largest kommuner stand in for a KOSTRA group of one. */
const LARGEST = 10;

let byPopulation: string[] | undefined;
/** The LARGEST most populous kommuner other than `except` (newest population). */
export function largestMembers(except: string): string[] {
  // The kommuner by newest population, once per build (every brief and planning view of a KOSTRA group of one asks).
  byPopulation ??= (() => {
    const popOf = new Map(
      getKommuner().map((k) => [
        k.code,
        getFigures(k.code)
          .filter((f) => f.measure === 'befolkning' && f.status === 'ok')
          .sort((a, b) => b.year - a.year)[0]?.value ?? 0,
      ]),
    );
    return [...popOf.keys()].sort((a, b) => popOf.get(b)! - popOf.get(a)!);
  })();
  return byPopulation.filter((c) => c !== except).slice(0, LARGEST);
}

/** The LARGEST most populous kommuner other than `except`, summed like any reference group. */
function largestKommuner(except: string, locale: Locale): GroupSeries {
  const members = largestMembers(except);
  const years = [...new Set(members.flatMap((c) => getFigures(c).map((f) => f.year)))].sort((a, b) => a - b);
  return aggregateGroup(
    `storste-${LARGEST}`,
    messages(locale).brief.largestLabel(LARGEST),
    {
      members,
      dataOf: regionSeries,
      predecessors: dataset().predecessors.map((p) => ({ key: p.key, successors: p.successors })),
    },
    years,
  );
}
