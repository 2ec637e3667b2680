/**
 * Build-time access to the release log ingest writes beside the dataset
 * (data/CHANGES.md, releases.csv, revisions.csv; src/lib/ingest/changelog.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES } from '../lib/domain/dataset-schema.ts';
import { countsByMeasure, type MeasureCount } from '../lib/ingest/release-diff.ts';
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

/** The newest release's counts per measure, or undefined before the first logged release. */
export function newestRelease(): ReleaseSummary | undefined {
  dataset(); // the generation check covers the log files too
  if (!existsSync(join(DATA, RELEASES.file))) return undefined;
  const rows = readTable(RELEASES);
  if (!rows.length) return undefined;
  const { release, previous, newestVintage } = rows[0];
  const own = rows.filter((r) => r.release === release);
  const sum = (k: 'added' | 'removed' | 'revised') => own.reduce((s, r) => s + r[k], 0);
  return {
    release,
    previous,
    newestVintage,
    added: sum('added'),
    removed: sum('removed'),
    revised: sum('revised'),
    measures: countsByMeasure(own),
  };
}

/** A log file's text (CHANGES.md or revisions.csv) for the site's download, or undefined when absent. */
export function releaseLogFile(name: 'CHANGES.md' | 'revisions.csv'): string | undefined {
  dataset();
  const path = join(DATA, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
