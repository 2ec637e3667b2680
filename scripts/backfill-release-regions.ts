/**
 * node scripts/backfill-release-regions.ts [--data DIR]
 * Fills data/release-regions.csv for releases logged in releases.csv before
 * ingest recorded changes per region (a release's rows are otherwise written
 * by ingest with its entry). Each such release and the one it was compared
 * with are found in the git history of data/observations.csv by their data
 * version (the file's hash, which names the release), diffed with the same
 * code as ingest, and accepted only when the counts per measure and year
 * equal the ones releases.csv recorded at the time. Pages are attributed
 * with the predecessors.csv committed beside each observations.csv.
 * Afterwards run `npm run ingest -- --raw DIR`: it keeps the file (no figure
 * changed) and republishes generation.json with it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { dataVersionOf } from '../src/lib/domain/data-version.ts';
import {
  OBSERVATIONS,
  PREDECESSORS,
  RELEASE_REGIONS,
  RELEASES,
  type ReleaseRegionRow,
} from '../src/lib/domain/dataset-schema.ts';
import { toCsv } from '../src/lib/format/csv.ts';
import { parseTable, successorsOf } from '../src/lib/ingest/publish/changelog.ts';
import { countsByRegion, diffReleases } from '../src/lib/ingest/publish/release-diff.ts';

const dataDir = resolve(process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : 'data');
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
const root = git('rev-parse', '--show-toplevel').trim();
const inRepo = (name: string) => relative(root, join(dataDir, name));

const counts = parseTable(RELEASES, readFileSync(join(dataDir, RELEASES.file), 'utf8'))!;
const regionsPath = join(dataDir, RELEASE_REGIONS.file);
const recorded = existsSync(regionsPath) ? parseTable(RELEASE_REGIONS, readFileSync(regionsPath, 'utf8'))! : [];
const releases = [...new Map(counts.map((r) => [r.release, r.previous])).entries()]; // newest first
const missing = releases.filter(([release]) => !recorded.some((r) => r.release === release));
if (!missing.length) {
  console.error(`${RELEASE_REGIONS.file}: every logged release is recorded; nothing to fill`);
  process.exit(0);
}

// Every committed observations.csv, by the data version that names its release
// (the oldest commit with it: where that release was published with its predecessors.csv).
const commitOf = new Map<string, string>();
for (const commit of git('log', '--all', '--format=%H', '--', inRepo(OBSERVATIONS.file)).split('\n').filter(Boolean)) {
  const version = dataVersionOf(git('show', `${commit}:${inRepo(OBSERVATIONS.file)}`));
  commitOf.set(version, commit); // git log lists newest first
}
const at = (version: string, name: string) => {
  const commit = commitOf.get(version);
  if (!commit) throw new Error(`release ${version}: no committed ${OBSERVATIONS.file} has this data version`);
  return git('show', `${commit}:${inRepo(name)}`);
};

const filled = new Map<string, ReleaseRegionRow[]>();
for (const [release, previous] of missing) {
  const diff = diffReleases(
    parseTable(OBSERVATIONS, at(previous, OBSERVATIONS.file))!,
    parseTable(OBSERVATIONS, at(release, OBSERVATIONS.file))!,
  );
  const logged = counts
    .filter((r) => r.release === release)
    .map(({ measure, year, added, removed, revised }) => ({ measure, year, added, removed, revised }));
  if (JSON.stringify(logged) !== JSON.stringify(diff.counts))
    throw new Error(`release ${release}: the diff of the committed files differs from releases.csv; not filled`);
  const rows = countsByRegion(diff.changes, {
    now: successorsOf(at(release, PREDECESSORS.file)),
    before: successorsOf(at(previous, PREDECESSORS.file)),
  });
  filled.set(
    release,
    rows.map((r) => ({ release, ...r })),
  );
  console.error(`${release} (against ${previous}): ${rows.length} regions, counts equal releases.csv`);
}

const rows = releases.flatMap(([release]) => filled.get(release) ?? recorded.filter((r) => r.release === release));
writeFileSync(regionsPath, toCsv([...RELEASE_REGIONS.columns], rows.map(RELEASE_REGIONS.write)));
console.error(
  `${RELEASE_REGIONS.file}: ${rows.length} rows; now run npm run ingest -- --raw DIR to republish generation.json`,
);
