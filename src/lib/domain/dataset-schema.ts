import type { Figure } from './figure.ts';
import type { Kommune } from './kommune.ts';
import type { Flag, Observation, Status } from './observation.ts';

/**
 * The published dataset's tables (data/*.csv), declared once: each file's
 * columns in order, how a row is written (ingest's serialize.ts) and how it
 * is read back (the site's src/data/dataset.ts). Lists are joined with ';'
 * (an observation's `from` with '+'); an empty cell is null or an empty list.
 */
export type CsvValue = string | number | null;

export interface CsvTable<W, R = W> {
  file: string;
  columns: readonly string[];
  write: (row: W) => CsvValue[];
  read: (cells: Record<string, string>) => R;
}

const list = (s: string, sep = ';') => (s ? s.split(sep) : []);
const numberOrNull = (s: string) => (s === '' ? null : Number(s));

export const OBSERVATIONS: CsvTable<Observation & { vintage: string }, Figure> = {
  file: 'observations.csv',
  columns: ['region', 'period', 'measure', 'group', 'value', 'status', 'flags', 'from', 'source', 'vintage'],
  write: (o) => [
    o.region,
    o.period,
    o.measure,
    o.group,
    o.value,
    o.status,
    o.flags.join(';'),
    o.from.join('+'),
    o.source,
    o.vintage,
  ],
  read: (r) => ({
    region: r.region,
    year: Number(r.period),
    measure: r.measure,
    group: r.group,
    value: numberOrNull(r.value),
    status: r.status as Status,
    flags: list(r.flags) as Flag[],
    from: list(r.from, '+'),
    source: r.source,
    vintage: r.vintage,
  }),
};

export const KOMMUNER: CsvTable<Kommune> = {
  file: 'kommuner.csv',
  columns: [
    'code',
    'slug',
    'name',
    'officialName',
    'otherNames',
    'otherNameLanguages',
    'fylkeCode',
    'fylkeName',
    'kostraGroup',
    'centrality',
    'predecessors',
    'history',
  ],
  write: (k) => [
    k.code,
    k.slug,
    k.name,
    k.officialName,
    k.otherNames.join(';'),
    k.otherNameLanguages.join(';'),
    k.fylkeCode,
    k.fylkeName,
    k.kostraGroup,
    k.centrality,
    k.predecessors.join(';'),
    k.history.join(';'),
  ],
  read: (r) => ({
    code: r.code,
    slug: r.slug,
    name: r.name,
    officialName: r.officialName,
    otherNames: list(r.otherNames),
    // One language tag per other name: a single untagged name is written as '' and read back as [''].
    otherNameLanguages: r.otherNames ? r.otherNameLanguages.split(';') : [],
    fylkeCode: r.fylkeCode,
    fylkeName: r.fylkeName,
    kostraGroup: numberOrNull(r.kostraGroup),
    centrality: numberOrNull(r.centrality),
    predecessors: list(r.predecessors),
    history: list(r.history),
  }),
};

export interface PredecessorRow {
  key: string;
  code: string;
  name: string;
  firstYear: number;
  lastYear: number;
  kind: 'split' | 'part-of-split' | 'merged';
  successors: string[];
}

export const PREDECESSORS: CsvTable<PredecessorRow> = {
  file: 'predecessors.csv',
  columns: ['key', 'code', 'name', 'firstYear', 'lastYear', 'kind', 'successors'],
  write: (p) => [p.key, p.code, p.name, p.firstYear, p.lastYear, p.kind, p.successors.join(';')],
  read: (r) => ({
    key: r.key,
    code: r.code,
    name: r.name,
    firstYear: Number(r.firstYear),
    lastYear: Number(r.lastYear),
    kind: r.kind as PredecessorRow['kind'],
    successors: list(r.successors),
  }),
};

export interface SourceFileRow {
  id: string;
  file: string;
  publisher: string;
  table: string;
  title: string;
  /** The publisher's own page or table in words, its address (https, the publisher's host), and why it is not the table's own page if it is not. */
  publisherPage: string;
  publisherUrl: string;
  publisherPageNote: string;
  /** The copy read (re-publisher, path, commit): provenance, shown under «hentet fra». */
  origin: string;
  licence: string;
  vintage: string;
  sha256: string;
  figures: number;
  notes: string;
}

export const SOURCES: CsvTable<SourceFileRow> = {
  file: 'sources.csv',
  columns: [
    'id',
    'file',
    'publisher',
    'table',
    'title',
    'publisherPage',
    'publisherUrl',
    'publisherPageNote',
    'origin',
    'licence',
    'vintage',
    'sha256',
    'figures',
    'notes',
  ],
  write: (s) => [
    s.id,
    s.file,
    s.publisher,
    s.table,
    s.title,
    s.publisherPage,
    s.publisherUrl,
    s.publisherPageNote,
    s.origin,
    s.licence,
    s.vintage,
    s.sha256,
    s.figures,
    s.notes,
  ],
  read: (r) => ({
    id: r.id,
    file: r.file,
    publisher: r.publisher,
    table: r.table,
    title: r.title,
    publisherPage: r.publisherPage,
    publisherUrl: r.publisherUrl,
    publisherPageNote: r.publisherPageNote,
    origin: r.origin,
    licence: r.licence,
    vintage: r.vintage,
    sha256: r.sha256,
    figures: Number(r.figures),
    notes: r.notes,
  }),
};

export interface SkippedRow {
  source: string;
  code: string;
  rows: number;
}

export const SKIPPED: CsvTable<SkippedRow> = {
  file: 'skipped.csv',
  columns: ['source', 'code', 'rows'],
  write: (s) => [s.source, s.code, s.rows],
  read: (r) => ({ source: r.source, code: r.code, rows: Number(r.rows) }),
};

/**
 * The release log (written by ingest's changelog step, src/lib/ingest/publish/changelog.ts):
 * one row per release and (measure, year) with a change, newest release first.
 */
export interface ReleaseCountRow {
  /** The release: data version (hash of observations.csv, domain/data-version.ts). */
  release: string;
  /** The release it was compared with. */
  previous: string;
  /** Newest source vintage in the release. */
  newestVintage: string;
  measure: string;
  year: number;
  added: number;
  removed: number;
  revised: number;
}

export const RELEASES: CsvTable<ReleaseCountRow> = {
  file: 'releases.csv',
  columns: ['release', 'previous', 'newestVintage', 'measure', 'year', 'added', 'removed', 'revised'],
  write: (r) => [r.release, r.previous, r.newestVintage, r.measure, r.year, r.added, r.removed, r.revised],
  read: (r) => ({
    release: r.release,
    previous: r.previous,
    newestVintage: r.newestVintage,
    measure: r.measure,
    year: Number(r.year),
    added: Number(r.added),
    removed: Number(r.removed),
    revised: Number(r.revised),
  }),
};

/** Every revised or removed figure of every release (added figures are only counted), newest release first. */
export interface RevisionRow {
  release: string;
  kind: 'revised' | 'removed';
  region: string;
  year: number;
  measure: string;
  group: string;
  oldValue: number | null;
  oldStatus: Status;
  oldFlags: Flag[];
  oldSource: string;
  /** Empty for a removed figure. */
  newValue: number | null;
  newStatus: Status | '';
  newFlags: Flag[];
  newSource: string;
}

export const REVISIONS: CsvTable<RevisionRow> = {
  file: 'revisions.csv',
  columns: [
    'release',
    'kind',
    'region',
    'year',
    'measure',
    'group',
    'oldValue',
    'oldStatus',
    'oldFlags',
    'oldSource',
    'newValue',
    'newStatus',
    'newFlags',
    'newSource',
  ],
  write: (r) => [
    r.release,
    r.kind,
    r.region,
    r.year,
    r.measure,
    r.group,
    r.oldValue,
    r.oldStatus,
    r.oldFlags.join(';'),
    r.oldSource,
    r.newValue,
    r.newStatus,
    r.newFlags.join(';'),
    r.newSource,
  ],
  read: (r) => ({
    release: r.release,
    kind: r.kind as RevisionRow['kind'],
    region: r.region,
    year: Number(r.year),
    measure: r.measure,
    group: r.group,
    oldValue: numberOrNull(r.oldValue),
    oldStatus: r.oldStatus as Status,
    oldFlags: list(r.oldFlags) as Flag[],
    oldSource: r.oldSource,
    newValue: numberOrNull(r.newValue),
    newStatus: r.newStatus as Status | '',
    newFlags: list(r.newFlags) as Flag[],
    newSource: r.newSource,
  }),
};

/**
 * Every release's changes per region, newest release first: ingest writes a
 * release's rows with its entry (the releases logged before this file existed
 * were filled from the git history of data/, scripts/backfill-release-regions.ts).
 * What each profile page's «sist endret» line is read from; `kommuner` lists the
 * pages that show the region's figures (release-diff.ts, RegionCount).
 */
export interface ReleaseRegionRow {
  release: string;
  region: string;
  kommuner: string[];
  added: number;
  removed: number;
  revised: number;
}

export const RELEASE_REGIONS: CsvTable<ReleaseRegionRow> = {
  file: 'release-regions.csv',
  columns: ['release', 'region', 'kommuner', 'added', 'removed', 'revised'],
  write: (r) => [r.release, r.region, r.kommuner.join(';'), r.added, r.removed, r.revised],
  read: (r) => ({
    release: r.release,
    region: r.region,
    kommuner: list(r.kommuner),
    added: Number(r.added),
    removed: Number(r.removed),
    revised: Number(r.revised),
  }),
};

/** A figure published with a caveat ingest found: a part above its own total, one figure given twice with different values. */
export interface WarningRow {
  source: string;
  region: string;
  period: string;
  measure: string;
  message: string;
}

export const WARNINGS: CsvTable<WarningRow> = {
  file: 'warnings.csv',
  columns: ['source', 'region', 'period', 'measure', 'message'],
  write: (w) => [w.source, w.region, w.period, w.measure, w.message],
  read: (r) => ({ source: r.source, region: r.region, period: r.period, measure: r.measure, message: r.message }),
};
