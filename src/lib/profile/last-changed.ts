/**
 * When a kommune's figures last changed, read from the release log ingest
 * writes (data/releases.csv and data/release-regions.csv). «Its figures» are
 * those its profile page shows: the kommune's own code and the former
 * kommuner whose series are on its page (its predecessor keys), plus any
 * series the release recorded as shown on its page at the time (a former
 * kommune's series since re-keyed or dropped, RegionCount.kommuner). The
 * country's figures, shown beside every kommune's, are not its own.
 * Pure: the page only renders the result.
 */
import type { Strings } from '../../i18n/nb.ts';
import { CHANGELOG_ANCHOR_ID, releaseAnchorId } from '../domain/data-version.ts';
import { formatVintage } from '../format/date.ts';
import { formatInt } from '../format/number.ts';

/** One logged release (releases.csv), newest first. */
export interface LoggedRelease {
  release: string;
  previous: string;
  newestVintage: string;
}

/** One release's changes in one region (release-regions.csv). */
export interface RegionChanges {
  release: string;
  region: string;
  kommuner: readonly string[];
  added: number;
  removed: number;
  revised: number;
}

export type LastChanged =
  | {
      kind: 'changed';
      release: string;
      newestVintage: string;
      added: number;
      removed: number;
      revised: number;
      /** How many of the changed figures are in former kommuner's series (region `code:lastYear`). */
      former: number;
    }
  | {
      kind: 'unchanged';
      /** No logged release after this one changed a figure of the kommune. */
      since: string;
      /** Whether `since` is the oldest release the log compares with (no change recorded at all). */
      oldest: boolean;
    };

/** Whether a release's region row is one of the kommune's own figures. */
export function isOwnRegion(k: { code: string; predecessors: readonly string[] }, r: RegionChanges): boolean {
  return r.region === k.code || k.predecessors.includes(r.region) || r.kommuner.includes(k.code);
}

/**
 * The newest release that changed one of the kommune's figures, with its
 * counts; or, when none did, the release since which nothing changed.
 * A release with no region rows at all predates the per-region log: nothing
 * is claimed about it or anything older. Undefined when there is no log (or
 * its newest release has no region rows).
 */
export function lastChanged(
  k: { code: string; predecessors: readonly string[] },
  releases: readonly LoggedRelease[],
  regions: readonly RegionChanges[],
): LastChanged | undefined {
  const byRelease = new Map<string, RegionChanges[]>();
  for (const r of regions) {
    let list = byRelease.get(r.release);
    if (!list) byRelease.set(r.release, (list = []));
    list.push(r);
  }
  let since: string | undefined;
  for (const rel of releases) {
    const rows = byRelease.get(rel.release);
    if (!rows) break;
    const own = rows.filter((r) => isOwnRegion(k, r));
    if (own.length) {
      const sum = (kind: 'added' | 'removed' | 'revised') => own.reduce((s, r) => s + r[kind], 0);
      return {
        kind: 'changed',
        release: rel.release,
        newestVintage: rel.newestVintage,
        added: sum('added'),
        removed: sum('removed'),
        revised: sum('revised'),
        former: own.filter((r) => r.region.includes(':')).reduce((s, r) => s + r.added + r.removed + r.revised, 0),
      };
    }
    since = rel.previous;
  }
  if (since === undefined) return undefined;
  return { kind: 'unchanged', since, oldest: since === releases.at(-1)?.previous };
}

/** The line a profile shows, and where its link goes (the release's entry on «Om dataene», or the changelog). */
export function lastChangedLine(
  t: Strings,
  name: string,
  lc: LastChanged,
  current?: { version: string; vintage: string },
): { text: string; href: string; link: string } {
  const s = t.profile.lastChanged;
  // The dataset's own version first, in words, so the page's two codes are never two unexplained hashes.
  const lead = current ? `${s.dataset(current.version, formatVintage(current.vintage, t.lang))} ` : '';
  if (lc.kind === 'unchanged')
    return {
      text: lead + s.unchanged(name, lc.since, lc.oldest),
      href: `/om-dataene/#${CHANGELOG_ANCHOR_ID}`,
      link: s.link,
    };
  const n = (v: number) => (v ? formatInt(v, t.lang) : null);
  const total = lc.added + lc.removed + lc.revised;
  const former =
    lc.former === 0
      ? ''
      : lc.former === total
        ? s.allFormer
        : s.someFormer(formatInt(lc.former, t.lang), formatInt(total, t.lang));
  const counts = s.counts(n(lc.added), n(lc.removed), n(lc.revised)) + former;
  return {
    text:
      lead +
      (current?.version === lc.release
        ? s.changedNow(name, counts)
        : s.changed(name, lc.release, formatVintage(lc.newestVintage, t.lang), counts)),
    href: `/om-dataene/#${releaseAnchorId(lc.release)}`,
    link: s.link,
  };
}
