import { historicName, indexChanges, type ChangeIndex } from '../domain/code-changes.ts';
import { slugify, type Kommune } from '../domain/kommune.ts';
import { getMeasure, MEASURES } from '../domain/measures.ts';
import type { SourceFileRow, WarningRow } from '../domain/dataset-schema.ts';
import type { Observation } from '../domain/observation.ts';
import { readFetched } from '../fetch/read-fetched.ts';
import type { FetchManifest } from '../fetch/fetch-manifest.ts';
import { checkCodeLists, CODE_LIST_CSV } from './check-code-lists.ts';
import { checkPlausible, checkRows } from './check-domain.ts';
import { checkSchema } from './check-schema.ts';
import { partsAboveTotal } from './check-totals.ts';
import { decisionStatus } from './decision-status.ts';
import { EXPECTED_SCHEMAS } from './expected-schemas.ts';
import { extractRows } from './extract-rows.ts';
import { harmonize, type Predecessor, type SourceRow } from './harmonize.ts';
import { keepNewest } from './keep-newest.ts';
import { firstYearOf, historiesOf } from './kommune-history.ts';
import { kommuneNameIndex } from './match-kommune-names.ts';
import { matchVedtakList } from './match-vedtak-list.ts';
import { readBoundaries } from './read-boundaries.ts';
import { LIFESPAN_COLUMNS, mergeChanges, readCodeChanges, readCodeLifespans, readSkdeChanges, SKDE_COLUMNS } from './read-code-changes.ts';
import { KOMMUNE_LIST_COLUMNS, readKommuneList, type CurrentKommune } from './read-kommune-list.ts';
import { OFFICIAL_NAME_COLUMNS, readNorwegianNames, readOfficialNames, type NorwegianNames, type OfficialNames } from './read-kommune-names.ts';
import { KOSTRA_GROUP_COLUMNS, readKostraGroups, type KostraGroup } from './read-kostra-groups.ts';
import { readOnce, type RawFiles, type ReadRaw } from './read-once.ts';
import { readSourceTable } from './read-source-table.ts';
import { CODE_LIST_YEARS, codeListFile, referenceFile, REFERENCES } from './references.ts';
import { sha256 } from './sha256.ts';
import type { SourceSpec } from './source-spec.ts';
import { SOURCES } from './sources.ts';
import { TERRITORY_DECISIONS } from './territory-decisions.ts';

/** A source file's row in sources.csv (declared once in domain/dataset-schema.ts). */
export type SourceRecord = SourceFileRow;

export interface Dataset {
  kommuner: Kommune[];
  observations: (Observation & { vintage: string })[];
  predecessors: (Predecessor & { name: string; firstYear: number; kind: PredecessorKind })[];
  sources: SourceRecord[];
  skipped: { source: string; code: string; rows: number }[];
  /** Said at ingest, not published: figures given twice with different values, publisher totals below a part. */
  warnings: WarningRow[];
  /** Per source: rows read and rows skipped by declared reason (every row is one or the other); shown by ingest --verbose. */
  rowAccounts: { source: string; read: number; skipped: Record<string, number> }[];
  topology: unknown;
}

/** split: the code itself was divided; part-of-split: merged into a kommune later divided; merged: kept apart only for rates. */
export type PredecessorKind = 'split' | 'part-of-split' | 'merged';

export type { ReadRaw };
export { sha256 };

const FIRST_YEAR = 1986;
const CURRENT_YEAR = 2024;

/** What the reference files give: the change index, today's kommuner, their names and groups. */
interface References {
  index: ChangeIndex;
  current: CurrentKommune[];
  names: Map<string, OfficialNames>;
  groups: Map<string, KostraGroup>;
  norwegian: NorwegianNames;
}

export async function buildDataset(read: ReadRaw): Promise<Dataset> {
  const files = readOnce(read);
  const refs = await readReferences(files);
  const { index, current, names } = refs;
  const nameIndex = kommuneNameIndex(current.map((c) => ({ code: c.code, fylkeName: c.fylkeName, names: [c.name, ...(names.get(c.code)?.all ?? [])] })));
  const currentCodes = new Set(current.map((c) => c.code));
  const { all, country, used, rowAccounts, vintages } = await readSources(files, { nameIndex, currentCodes });
  const vintageOfSource = (id: string) => vintages.get(id)!;
  const unresolved = Object.fromEntries(SOURCES.filter((s) => s.unresolvedCodes).map((s) => [s.id, new Set(s.unresolvedCodes)]));
  const h = harmonize(all, { index, range: [FIRST_YEAR, CURRENT_YEAR], isAdditive: (m) => getMeasure(m).additive, unresolved, vintageOf: vintageOfSource });
  checkPlausible(h.observations, all);
  decisionStatus(h.observations);
  // The publishers' own national rows are not harmonized, only deduplicated across files.
  for (const c of keepNewest(country, (r) => `0000\t${r.year}\t${r.measure}\t${r.group}`, vintageOfSource)) {
    h.observations.push({ region: '0000', period: String(c.year), measure: c.measure, group: c.group, value: c.value, status: c.status, flags: c.flags, from: ['0000'], source: c.source });
  }
  const observations = h.observations;
  const perSource = new Map<string, number>();
  for (const o of observations) perSource.set(o.source, (perSource.get(o.source) ?? 0) + 1);
  for (const rec of used) rec.figures = perSource.get(rec.id) ?? 0;
  used.push(...(await referenceRecords(files)));
  validateGroups(observations);

  const predecessors = [...h.predecessors.values()].map((p) => ({
    ...p,
    name: historicName(index, p.code, p.lastYear) ?? names.get(p.code)?.name ?? p.code,
    firstYear: firstYearOf(index, p.code, p.lastYear, { from: FIRST_YEAR }),
    kind: ((index.forward.get(p.lastYear + 1)?.get(p.code)?.length ?? 1) > 1 ? 'split' : p.successors.length > 1 ? 'part-of-split' : 'merged') as PredecessorKind,
  }));
  const kommuner = kommunerOf(refs, predecessors);
  const boundaries = referenceFile('boundaries');
  const topology = readBoundaries(files.text(boundaries, 'utf-8'), { file: boundaries, current: currentCodes });
  const vintageOf = new Map(used.map((s) => [s.id, s.vintage]));
  return {
    kommuner,
    observations: observations.map((o) => Object.assign(o, { vintage: vintageOf.get(o.source)! })),
    predecessors: predecessors.sort((a, b) => a.key.localeCompare(b.key)),
    sources: used,
    skipped: h.skipped,
    warnings: [...h.warnings, ...partsAboveTotal(observations)],
    rowAccounts,
    topology,
  };
}

/** The reference files, read in the order their checks depend on: changes, today's list, the code lists, names, groups. */
async function readReferences(files: RawFiles): Promise<References> {
  const lifespans = readCodeLifespans(await files.xlsx(referenceFile('lifespans'), { required: LIFESPAN_COLUMNS }));
  const klass = referenceFile('changes');
  const skde = referenceFile('changesBefore2011');
  const changes = [
    ...readCodeChanges(files.text(klass, 'utf-8'), { file: klass }),
    ...mergeChanges(lifespans.changes, readSkdeChanges(files.csv(skde, { encoding: 'utf-8', delimiter: ',', required: SKDE_COLUMNS })), lifespans.startOf, { file: skde }),
  ];
  const current = readKommuneList(files.csv(referenceFile('current'), { encoding: 'utf-8', delimiter: ',', required: KOMMUNE_LIST_COLUMNS }), { year: CURRENT_YEAR });
  const index = indexChanges(changes, current.map((c) => c.code), CURRENT_YEAR, TERRITORY_DECISIONS);
  for (const year of CODE_LIST_YEARS) checkCodeLists([{ year, table: files.csv(codeListFile(year), CODE_LIST_CSV) }], index);
  const names = readOfficialNames(files.csv(referenceFile('names'), { encoding: 'utf-8', delimiter: ',', required: OFFICIAL_NAME_COLUMNS }), { current: new Set(current.map((c) => c.code)) });
  const groups = readKostraGroups(await files.xlsx(referenceFile('groups'), { required: KOSTRA_GROUP_COLUMNS }));
  const languages = referenceFile('languages');
  const norwegian = readNorwegianNames(files.text(languages, 'utf-8'), { file: languages });
  return { index, current, names, groups, norwegian };
}

/** Every listed source that is present: its rows (kommune and national), its sources.csv record and row account. */
async function readSources(files: RawFiles, { nameIndex, currentCodes }: { nameIndex: Map<string, string>; currentCodes: Set<string> }) {
  const all: SourceRow[] = [];
  const country: SourceRow[] = [];
  const used: SourceRecord[] = [];
  const rowAccounts: Dataset['rowAccounts'] = [];
  // A fetched file's vintage comes from its fetch manifest entry, not from SOURCES.
  const vintages = new Map(SOURCES.map((s) => [s.id, s.vintage]));
  const manifests = new Map<ReadRaw, FetchManifest | null>();
  for (const listed of SOURCES) {
    const fetched = listed.fetched ? await readFetched(listed, files.read, { sha256, manifests }) : undefined;
    if (fetched === null) continue;
    const spec = fetched?.spec ?? listed;
    const bytes = fetched?.bytes ?? files.read(spec.file);
    vintages.set(spec.id, spec.vintage);
    let extracted: { rows: SourceRow[]; country: SourceRow[] };
    if (spec.format.kind === 'vedtak-list') {
      extracted = { rows: matchVedtakList(files.text(spec.file, 'utf-8'), spec, nameIndex), country: [] };
    } else {
      const table = await readSourceTable(spec, { files, nameIndex });
      const schema = EXPECTED_SCHEMAS[spec.id];
      if (schema) checkSchema(table, schema, { sourceId: spec.id, kommuner: currentCodes });
      const e = extractRows(table, spec);
      rowAccounts.push({ source: spec.id, read: e.read, skipped: e.skipped });
      extracted = e;
    }
    checkRows([...extracted.rows, ...extracted.country], () => spec);
    for (const r of extracted.rows) all.push(r);
    for (const r of extracted.country) country.push(r);
    used.push(record(spec, await sha256(bytes), 0));
  }
  return { all, country, used, rowAccounts, vintages };
}

/** The reference files' rows in sources.csv, in manifest order (several files of one reference joined by spaces). */
async function referenceRecords(files: RawFiles): Promise<SourceRecord[]> {
  return Promise.all(
    Object.values(REFERENCES).map(async ({ files: paths, notes, ...meta }: (typeof REFERENCES)[keyof typeof REFERENCES] & { notes?: string }) => {
      const hashes = await Promise.all(paths.map((f) => sha256(files.read(f))));
      return { ...meta, file: paths.join(' '), sha256: hashes.join(' '), figures: 0, notes: notes ?? '' };
    }),
  );
}

/** Today's kommuner with their names (Norwegian first), groups, predecessors and code history. */
function kommunerOf({ index, current, names, groups, norwegian }: References, predecessors: Dataset['predecessors']): Kommune[] {
  const histories = historiesOf(index, (code, year) => historicName(index, code, year), { currentYear: CURRENT_YEAR });
  return current.map((c): Kommune => {
    const n = names.get(c.code);
    const g = groups.get(c.code);
    const name = n?.all.map((x) => norwegian.get(x)).find(Boolean) ?? c.name;
    return {
      code: c.code,
      slug: slugify(name),
      name,
      officialName: n?.official ?? c.name,
      otherNames: n ? n.all.filter((x) => x !== name) : [],
      otherNameLanguages: n ? n.all.filter((x) => x !== name).map((x) => norwegian.languageOf.get(x) ?? '') : [],
      fylkeCode: c.fylkeCode,
      fylkeName: c.fylkeName,
      kostraGroup: g?.kostra ?? null,
      centrality: g?.centrality ?? null,
      predecessors: predecessors.filter((p) => p.successors.includes(c.code)).map((p) => p.key).sort(),
      history: (histories.get(c.code) ?? []).map((h) => (h.endsWith(':') ? `${h}${name}` : h)),
    };
  });
}

function record(spec: SourceSpec, sha: string, figures: number): SourceRecord {
  return { id: spec.id, file: spec.file, publisher: spec.publisher, table: spec.table, title: spec.title, origin: spec.origin, licence: spec.licence, vintage: spec.vintage, sha256: sha, figures, notes: spec.notes ?? '' };
}

function validateGroups(obs: Observation[]) {
  for (const o of obs) {
    const m = getMeasure(o.measure);
    if (m.groups && Object.keys(m.groups).length && !Object.hasOwn(m.groups, o.group)) {
      throw new Error(`measure ${m.id} has no label for group ${JSON.stringify(o.group)} (source ${o.source})`);
    }
  }
}

export { MEASURES };
