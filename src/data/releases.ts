/**
 * Build-time access to the release log ingest writes beside the dataset
 * (data/CHANGES.md, releases.csv, revisions.csv, release-regions.csv;
 * src/lib/ingest/publish/changelog.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kommune } from '../lib/domain/kommune.ts';
import { RELEASE_REGIONS, RELEASES, type ReleaseRegionRow } from '../lib/domain/dataset-schema.ts';
import { countsByMeasure, type MeasureCount } from '../lib/ingest/publish/release-diff.ts';
import { type LastChanged, lastChanged } from '../lib/profile/last-changed.ts';
import { DATA, dataset, readTable } from './dataset.ts';

export interface ReleaseSummary {
  release: string;
  previous: string;
  newestVintage: string;
  added: number;
  removed: number;
  revised: number;
  measures: MeasureCount[];
}

let cache: { releases: ReleaseSummary[]; regions: ReleaseRegionRow[] } | undefined;

function log() {
  if (cache) return cache;
  dataset(); // the generation check covers the log files too
  const rows = existsSync(join(DATA, RELEASES.file)) ? readTable(RELEASES) : [];
  const releases = [...new Set(rows.map((r) => r.release))].map((release): ReleaseSummary => {
    const own = rows.filter((r) => r.release === release);
    const sum = (k: 'added' | 'removed' | 'revised') => own.reduce((s, r) => s + r[k], 0);
    const { previous, newestVintage } = own[0];
    return {
      release,
      previous,
      newestVintage,
      added: sum('added'),
      removed: sum('removed'),
      revised: sum('revised'),
      measures: countsByMeasure(own),
    };
  });
  const regions = existsSync(join(DATA, RELEASE_REGIONS.file)) ? readTable(RELEASE_REGIONS) : [];
  cache = { releases, regions };
  return cache;
}

/** Every logged release with its counts, newest first (empty before the first). */
export function allReleases(): ReleaseSummary[] {
  return log().releases;
}

/** The newest release's counts per measure, or undefined before the first logged release. */
export function newestRelease(): ReleaseSummary | undefined {
  return allReleases()[0];
}

/** When the kommune's figures last changed (src/lib/profile/last-changed.ts), or undefined without a log. */
export function kommuneLastChanged(k: Kommune): LastChanged | undefined {
  const { releases, regions } = log();
  return lastChanged(k, releases, regions);
}

/** A log file's text (CHANGES.md or revisions.csv) for the site's download, or undefined when absent. */
export function releaseLogFile(name: 'CHANGES.md' | 'revisions.csv'): string | undefined {
  dataset();
  const path = join(DATA, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
