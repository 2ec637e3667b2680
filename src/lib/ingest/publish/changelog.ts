import Papa from 'papaparse';
import { dataVersionOf } from '../../domain/data-version.ts';
import {
  KOMMUNER,
  OBSERVATIONS,
  PREDECESSORS,
  RELEASE_REGIONS,
  RELEASES,
  REVISIONS,
  type CsvTable,
  type ReleaseCountRow,
  type RevisionRow,
} from '../../domain/dataset-schema.ts';
import { yearSpan } from '../../domain/coverage.ts';
import { toCsv } from '../../format/csv.ts';
import {
  countsByMeasure,
  countStatusChanges,
  countsByRegion,
  diffReleases,
  type ChangeCount,
  type FigureChange,
  type FigureState,
  type ReleaseDiff,
  type Successors,
} from './release-diff.ts';

/**
 * The release log beside the dataset: data/CHANGES.md (newest release on
 * top, earlier ones kept below), data/releases.csv (counts per release,
 * measure and year), data/revisions.csv (every revised or removed figure) and
 * data/release-regions.csv (counts per release and region, with the profile
 * pages that show the region: each page's «sist endret» line).
 * A release is named by its data version (the hash of observations.csv, as
 * on every page) and its newest source vintage, never by a clock, and an
 * entry is added only when a figure changed: re-ingesting the same raw files
 * leaves the three files byte for byte as they were.
 */
export const CHANGELOG_FILE = 'CHANGES.md';

/** What was published before this ingest (each absent on a first publish). */
export interface PreviousRelease {
  observations?: string;
  changelog?: string;
  releases?: string;
  revisions?: string;
  regions?: string;
  /** The previous predecessors.csv: which page a removed former kommune's figures were on. */
  predecessors?: string;
}

export interface ChangelogOptions {
  /** Revised figures listed in CHANGES.md per measure and year (the largest first); all are in revisions.csv. */
  perMeasureYear?: number;
}

export interface Changelog {
  /** The four files to publish (empty when there is no previous release and no log). */
  files: Record<string, string>;
  /** The diff against the previous release, when there was one. */
  diff?: ReleaseDiff;
  /** Lines for stderr. */
  summary: string[];
}

const HEADER =
  '# Changes to the published dataset\n\nWritten by `npm run ingest`: one entry per release that changed a figure, newest first. A release is named by its data version (shown on every page). Every revised and removed figure is in `revisions.csv`; counts per measure and year in `releases.csv`.\n';

/** A published table's rows, or undefined when the text lacks one of its declared columns. */
export function parseTable<W, R>(t: CsvTable<W, R>, text: string): R[] | undefined {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (t.columns.some((c) => !parsed.meta.fields?.includes(c))) return undefined;
  return parsed.data.map(t.read);
}

/** A table's rows without its header line (for putting new rows on top of the old). */
function bodyOf(text: string | undefined): string {
  if (!text) return '';
  const i = text.indexOf('\n');
  return i < 0 ? '' : text.slice(i + 1);
}

export function buildChangelog(
  files: Record<string, string>,
  previous: PreviousRelease,
  { perMeasureYear = 3 }: ChangelogOptions = {},
): Changelog {
  const kept: Record<string, string> = {};
  if (previous.changelog !== undefined) kept[CHANGELOG_FILE] = previous.changelog;
  if (previous.releases !== undefined) kept[RELEASES.file] = previous.releases;
  if (previous.revisions !== undefined) kept[REVISIONS.file] = previous.revisions;
  if (previous.regions !== undefined) kept[RELEASE_REGIONS.file] = previous.regions;
  const nextText = files[OBSERVATIONS.file];
  if (previous.observations === undefined)
    return { files: kept, summary: ['changes: no previous observations.csv to compare with; no release entry'] };

  const release = dataVersionOf(nextText);
  const before = dataVersionOf(previous.observations);
  const next = parseTable(OBSERVATIONS, nextText)!;
  const old = parseTable(OBSERVATIONS, previous.observations);
  if (!old)
    return {
      files: kept,
      summary: [
        `warning: the previous observations.csv lacks the published columns; no release entry (compared with nothing)`,
      ],
    };
  const diff = diffReleases(old, next);
  if (!diff.changes.length)
    return {
      files: kept,
      diff,
      summary: [`changes: no figure changed against ${before}; ${CHANGELOG_FILE} unchanged`],
    };

  let newestVintage = '';
  for (const f of next) if (f.vintage > newestVintage) newestVintage = f.vintage;
  const names = regionNames(files);
  const entry = renderEntry(diff, { release, before, newestVintage, names, perMeasureYear });
  const oldEntries = previous.changelog?.startsWith(HEADER) ? previous.changelog.slice(HEADER.length) : '';
  const counts: ReleaseCountRow[] = diff.counts.map((c) => ({ release, previous: before, newestVintage, ...c }));
  const revisions = diff.changes.filter((c) => c.kind !== 'added').map((c) => revisionRow(release, c));
  const regions = countsByRegion(diff.changes, {
    now: successorsOf(files[PREDECESSORS.file]),
    before: successorsOf(previous.predecessors),
  }).map((r) => ({ release, ...r }));
  return {
    diff,
    files: {
      [CHANGELOG_FILE]: `${HEADER}\n${entry}${oldEntries}`,
      [RELEASES.file]: toCsv([...RELEASES.columns], counts.map(RELEASES.write)) + bodyOf(previous.releases),
      [REVISIONS.file]: toCsv([...REVISIONS.columns], revisions.map(REVISIONS.write)) + bodyOf(previous.revisions),
      [RELEASE_REGIONS.file]:
        toCsv([...RELEASE_REGIONS.columns], regions.map(RELEASE_REGIONS.write)) + bodyOf(previous.regions),
    },
    summary: summaryLines(diff, { release, before, newestVintage }),
  };
}

/** Region code → "code Name" for kommuner and former kommuner (predecessor keys). */
function regionNames(files: Record<string, string>): Map<string, string> {
  const names = new Map<string, string>([['0000', 'Norway']]);
  if (files[KOMMUNER.file]) for (const k of parseTable(KOMMUNER, files[KOMMUNER.file]) ?? []) names.set(k.code, k.name);
  if (files[PREDECESSORS.file])
    for (const p of parseTable(PREDECESSORS, files[PREDECESSORS.file]) ?? []) names.set(p.key, `${p.name} (former)`);
  return names;
}

/** Former kommune key → successors, from a published predecessors.csv (empty when absent or unreadable). */
export function successorsOf(predecessorsCsv: string | undefined): Successors {
  const rows = predecessorsCsv ? (parseTable(PREDECESSORS, predecessorsCsv) ?? []) : [];
  return new Map(rows.map((p) => [p.key, p.successors]));
}

function revisionRow(release: string, c: FigureChange): RevisionRow {
  const o = c.old!;
  return {
    release,
    kind: c.kind as RevisionRow['kind'],
    region: c.region,
    year: c.year,
    measure: c.measure,
    group: c.group,
    oldValue: o.value,
    oldStatus: o.status,
    oldFlags: [...o.flags],
    oldSource: o.source,
    newValue: c.new?.value ?? null,
    newStatus: c.new?.status ?? '',
    newFlags: [...(c.new?.flags ?? [])],
    newSource: c.new?.source ?? '',
  };
}

/** A figure as a reader sees it: 115, ≥1357, 12 (provisional), suppressed. */
export function formatState(s: FigureState): string {
  if (s.status !== 'ok' || s.value === null) return s.status;
  const bound = s.flags.includes('lower-bound') ? '≥' : '';
  return `${bound}${s.value}${s.flags.includes('provisional') ? ' (provisional)' : ''}`;
}

/** How big a revision is, for choosing which to list: the change in value, or the value a status change hides or reveals. */
function sizeOf(c: FigureChange): number {
  const a = c.old?.value ?? null;
  const b = c.new?.value ?? null;
  if (a !== null && b !== null) return Math.abs(b - a);
  return Math.abs(a ?? b ?? 0);
}

interface EntryMeta {
  release: string;
  before: string;
  newestVintage: string;
}

function totals(counts: readonly ChangeCount[]) {
  const t = { added: 0, removed: 0, revised: 0 };
  for (const c of counts) {
    t.added += c.added;
    t.removed += c.removed;
    t.revised += c.revised;
  }
  return t;
}

/** How many added and removed figures belong to former kommuners' own series (region `code:lastYear`). */
function formerSeriesNote(changes: readonly FigureChange[]): string[] {
  const former = { added: 0, removed: 0 };
  for (const c of changes) if (c.kind !== 'revised' && c.region.includes(':')) former[c.kind]++;
  if (!former.added && !former.removed) return [];
  return [
    `Of these, ${former.added} added and ${former.removed} removed figures belong to former kommuner's own series (region \`code:lastYear\`); the rest to today's kommuner and the country.`,
    '',
  ];
}

const cell = (s: string) => s.replaceAll('|', '\\|');

function renderEntry(
  diff: ReleaseDiff,
  {
    release,
    before,
    newestVintage,
    names,
    perMeasureYear,
  }: EntryMeta & { names: Map<string, string>; perMeasureYear: number },
): string {
  const t = totals(diff.counts);
  const lines = [
    `## Release ${release}`,
    '',
    `Newest source vintage ${newestVintage}. Compared with release ${before}: ${t.added} figures added, ${t.removed} removed, ${t.revised} revised (value, status or flags: old → new).`,
    '',
    ...formerSeriesNote(diff.changes),
    '| measure | year | added | removed | revised |',
    '|---|---:|---:|---:|---:|',
    ...diff.counts.map((c) => `| ${c.measure} | ${c.year} | ${c.added} | ${c.removed} | ${c.revised} |`),
    '',
    ...statusChangeLines(diff.changes),
  ];
  const revised = diff.changes.filter((c) => c.kind === 'revised');
  if (revised.length) {
    const groups = new Map<string, FigureChange[]>();
    for (const c of revised) {
      const k = `${c.measure}\u0000${c.year}`;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(c);
    }
    const shown: FigureChange[] = [];
    for (const list of groups.values()) {
      const top = [...list].sort(
        (a, b) =>
          sizeOf(b) - sizeOf(a) || (a.region < b.region ? -1 : a.region > b.region ? 1 : a.group < b.group ? -1 : 1),
      );
      shown.push(...top.slice(0, perMeasureYear));
    }
    lines.push(
      `Revised figures: the ${perMeasureYear} largest per measure and year (${shown.length} of ${revised.length}); all, and the ${t.removed} removed, in \`revisions.csv\` (release ${release}).`,
      '',
      '| region | year | measure | group | old → new | source |',
      '|---|---:|---|---|---|---|',
      ...shown.map((c) => {
        const region = names.has(c.region) ? `${c.region} ${names.get(c.region)}` : c.region;
        const source = c.old!.source === c.new!.source ? c.new!.source : `${c.old!.source} → ${c.new!.source}`;
        return `| ${cell(region)} | ${c.year} | ${c.measure} | ${cell(c.group)} | ${formatState(c.old!)} → ${formatState(c.new!)} | ${source} |`;
      }),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The status changes (from → to, count per measure), when any figure changed its status or appeared or vanished. */
function statusChangeLines(changes: readonly FigureChange[]): string[] {
  const counts = countStatusChanges(changes);
  if (!counts.length) return [];
  return [
    'Status changes (a figure that appeared comes from «no row», one that was removed goes to it):',
    '',
    '| measure | from → to | figures |',
    '|---|---|---:|',
    ...counts.map((c) => `| ${c.measure} | ${c.from} → ${c.to} | ${c.count} |`),
    '',
  ];
}

/** The stderr summary: totals, then one line per measure with its years. */
function summaryLines(diff: ReleaseDiff, { release, before, newestVintage }: EntryMeta): string[] {
  const t = totals(diff.counts);
  const byMeasure = countsByMeasure(diff.counts);
  const width = Math.max(...byMeasure.map((m) => m.measure.length));
  return [
    `changes: release ${release} (newest vintage ${newestVintage}) against ${before}: ${t.added} added, ${t.removed} removed, ${t.revised} revised`,
    ...byMeasure.map((m) => {
      const years = yearSpan(m.years[0], m.years.at(-1)!);
      return `  ${m.measure.padEnd(width)}  ${years.padEnd(9)}  added ${String(m.added).padStart(5)}  removed ${String(m.removed).padStart(5)}  revised ${String(m.revised).padStart(5)}`;
    }),
    `  every change: ${CHANGELOG_FILE}, ${RELEASES.file}, ${REVISIONS.file}, ${RELEASE_REGIONS.file}`,
  ];
}
