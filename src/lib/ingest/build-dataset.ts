import { type ChangeIndex, historicName, resolutionYear } from '../domain/code-changes.ts';
import type { SourceFileRow, WarningRow } from '../domain/dataset-schema.ts';
import type { Kommune } from '../domain/kommune.ts';
import { getMeasure, MEASURES } from '../domain/measures.ts';
import type { Observation } from '../domain/observation.ts';
import type { SourceSpec } from './sources/source-spec.ts';
import type { FetchManifest } from '../fetch/fetch-manifest.ts';
import { readFetched } from './read/read-fetched.ts';
import { buildKommuner } from './build-kommuner.ts';
import { checkCompleteness } from './check/check-completeness.ts';
import { checkPlausible, checkRows } from './check/check-domain.ts';
import { checkSchema } from './check/check-schema.ts';
import { partsAboveTotal } from './check/check-totals.ts';
import { EXPECTED_SCHEMAS } from './sources/expected-schemas.ts';
import { extractRows } from './read/extract-rows.ts';
import {
  harmonize,
  type HarmonizeResult,
  knownCodeRule,
  type Predecessor,
  type SourceRow,
} from './harmonize/harmonize.ts';
import { IngestError } from '../raw/ingest-error.ts';
import { keepNewest } from './harmonize/keep-newest.ts';
import { firstYearOf } from './harmonize/kommune-history.ts';
import { kommuneNameIndex } from './read/match-kommune-names.ts';
import { matchVedtakList } from './read/match-vedtak-list.ts';
import { readBoundaries } from './read/read-boundaries.ts';
import { type RawFiles, type ReadRaw, readOnce } from '../raw/read-once.ts';
import { type References, readReferences } from './read/read-references.ts';
import type { RawTable } from '../raw/raw-table.ts';
import { readSourceTable } from './read/read-source-table.ts';
import { applyRowStatus } from './harmonize/row-status.ts';
import { referenceFile } from './sources/references.ts';
import { sha256 } from '../raw/sha256.ts';
import { referenceRecords, sourceRecord } from './read/source-records.ts';
import { SOURCES } from './sources/sources.ts';
import { SAME_YEAR_DECISIONS } from './harmonize/territory-decisions.ts';

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

export async function buildDataset(read: ReadRaw): Promise<Dataset> {
  const files = readOnce(read);
  const refs = await readReferences(files, { year: CURRENT_YEAR });
  const { index, current, names } = refs;
  // The boundaries before the sources: a broken TopoJSON stops ingest in a second, not after harmonizing everything.
  const boundaries = referenceFile('boundaries');
  const topology = readBoundaries(files.text(boundaries, 'utf-8'), {
    file: boundaries,
    current: new Set(current.map((c) => c.code)),
  });
  const nameIndex = kommuneNameIndex(
    current.map((c) => ({ code: c.code, fylkeName: c.fylkeName, names: [c.name, ...(names.get(c.code)?.all ?? [])] })),
  );
  const currentCodes = new Set(current.map((c) => c.code));
  const { all, country, used, rowAccounts, vintages, misprints } = await readSources(files, {
    nameIndex,
    currentCodes,
    index,
  });
  const vintageOfSource = (id: string) => vintages.get(id)!;
  const unresolved = Object.fromEntries(
    SOURCES.filter((s) => s.unresolvedCodes).map((s) => [s.id, new Set(s.unresolvedCodes)]),
  );
  const h = harmonize(all, {
    index,
    range: [FIRST_YEAR, CURRENT_YEAR],
    isAdditive: (m) => getMeasure(m).additive,
    growsWithinYear: (m) => getMeasure(m).growsWithinYear ?? false,
    unresolved,
    vintageOf: vintageOfSource,
    sameYear: SAME_YEAR_DECISIONS,
    dotYieldsToPending: (r) =>
      !!SOURCES.find((s) => s.id === r.source)?.dotYieldsToPending?.some(
        (y) => y.measure === r.measure && y.group === r.group,
      ),
    hiddenYields: (r) =>
      !!SOURCES.find((s) => s.id === r.source)?.hiddenYields?.some(
        (y) => y.measure === r.measure && y.group === r.group,
      ),
  });
  checkPlausible(h.observations, all);
  checkDotsNotPublished(h.unpublished);
  checkHiddenDifference(h.observations, all);
  // What IMDi's «.» and empty cells mean beside their neighbours (the rules are data in row-status.ts).
  const { observations } = applyRowStatus(h.observations);
  // The publishers' own national rows are not harmonized, only deduplicated across files.
  observations.push(...nationalObservations(country, vintageOfSource));
  const perSource = new Map<string, number>();
  for (const o of observations) perSource.set(o.source, (perSource.get(o.source) ?? 0) + 1);
  for (const rec of used) rec.figures = perSource.get(rec.id) ?? 0;
  used.push(...(await referenceRecords(files)));
  validateGroups(observations);

  const predecessors = describePredecessors([...h.predecessors.values()], refs);
  const kommuner = buildKommuner(refs, predecessors, { currentYear: CURRENT_YEAR });
  const vintageOf = new Map(used.map((s) => [s.id, s.vintage]));
  return {
    kommuner,
    observations: observations.map((o) => Object.assign(o, { vintage: vintageOf.get(o.source)! })),
    predecessors: predecessors.sort((a, b) => a.key.localeCompare(b.key)),
    sources: used,
    skipped: h.skipped,
    warnings: [...h.warnings, ...partsAboveTotal(observations), ...misprints],
    rowAccounts,
    topology,
  };
}

/** Every listed source that is present: its rows (kommune and national), its sources.csv record and row account. */
async function readSources(
  files: RawFiles,
  { nameIndex, currentCodes, index }: { nameIndex: Map<string, string>; currentCodes: Set<string>; index: ChangeIndex },
) {
  const range: [number, number] = [FIRST_YEAR, CURRENT_YEAR];
  const known = {
    test: (code: string, year: number) => resolutionYear(index, code, year, range) !== undefined,
    rule: knownCodeRule(range),
  };
  const all: SourceRow[] = [];
  const country: SourceRow[] = [];
  const used: SourceRecord[] = [];
  const rowAccounts: Dataset['rowAccounts'] = [];
  const misprints: WarningRow[] = [];
  // A fetched file's vintage comes from its fetch manifest entry, not from SOURCES.
  const vintages = new Map(SOURCES.map((s) => [s.id, s.vintage]));
  const manifests = new Map<ReadRaw, FetchManifest | null>();
  // The fetched tables are read and checked against their expected schema first: a table a publisher changed
  // (a new code, a renamed column, another unit) stops ingest in seconds, with the message it would give in its
  // turn, instead of after every committed file has been read. Their rows are still taken in SOURCES order.
  const early = new Map<string, { fetched: Awaited<ReturnType<typeof readFetched>>; table?: RawTable }>();
  for (const listed of SOURCES.filter((s) => s.fetched)) {
    const fetched = await readFetched(listed, files.read, { sha256, manifests });
    let table: RawTable | undefined;
    if (fetched && fetched.spec.format.kind !== 'vedtak-list') {
      table = await readSourceTable(fetched.spec, { files, nameIndex });
      const schema = EXPECTED_SCHEMAS[fetched.spec.id];
      if (schema) checkSchema(table, schema, { sourceId: fetched.spec.id, kommuner: currentCodes });
    }
    early.set(listed.id, { fetched, table });
  }
  for (const listed of SOURCES) {
    const pre = early.get(listed.id);
    const fetched = pre?.fetched;
    if (fetched === null) continue;
    const spec = fetched?.spec ?? listed;
    const bytes = fetched?.bytes ?? files.read(spec.file);
    vintages.set(spec.id, spec.vintage);
    let extracted: { rows: SourceRow[]; country: SourceRow[]; cover: Map<string, number> };
    let columns = { codeColumn: 'name', yearColumn: 'name' };
    if (spec.format.kind === 'vedtak-list') {
      const rows = matchVedtakList(files.text(spec.file, 'utf-8'), spec, nameIndex);
      const cover = new Map(rows.map((r) => [`${r.code}\t${r.year}\t${r.measure}\t${r.group}`, r.line]));
      extracted = { rows, country: [], cover };
    } else {
      let table = pre?.table;
      if (!table) {
        table = await readSourceTable(spec, { files, nameIndex });
        const schema = EXPECTED_SCHEMAS[spec.id];
        if (schema) checkSchema(table, schema, { sourceId: spec.id, kommuner: currentCodes });
      }
      const e = extractRows(table, spec, { known });
      rowAccounts.push({ source: spec.id, read: e.read, skipped: e.skipped });
      misprints.push(...e.misprints);
      extracted = e;
      columns = { codeColumn: spec.rows!.code, yearColumn: spec.rows!.year };
    }
    checkRows([...extracted.rows, ...extracted.country], () => spec);
    checkCompleteness(extracted.cover, spec, { index, range, ...columns });
    for (const r of extracted.rows) all.push(r);
    for (const r of extracted.country) country.push(r);
    used.push(sourceRecord(spec, await sha256(bytes), 0));
  }
  return { all, country, used, rowAccounts, vintages, misprints };
}

/**
 * A source's «.» cells not published as rows of their own are declared with their count in the manifest
 * (SourceSpec.dotsNotPublished, said on «Om dataene»): a file whose count differs stops ingest.
 */
export function checkDotsNotPublished(unpublished: HarmonizeResult['unpublished'], sources = SOURCES) {
  for (const s of sources) {
    if (!s.dotsNotPublished) continue;
    const found = (reason: string) =>
      unpublished.find((u) => u.source === s.id && u.status === 'not-applicable' && u.reason === reason)?.rows ?? 0;
    const got = { outOfPeriod: found('out-of-period'), folded: found('folded') };
    for (const k of ['outOfPeriod', 'folded'] as const)
      if (got[k] !== s.dotsNotPublished[k])
        throw new IngestError(
          { file: s.file },
          `expected ${s.dotsNotPublished[k]} «.» cells ${k === 'outOfPeriod' ? 'of codes in years they did not exist' : 'of merged kommuner folded into a sum'} not published (sources.ts ${s.id} dotsNotPublished), found ${got[k]}: count what changed and declare it again`,
        );
  }
}

/**
 * A copy that hides a total or its part so that their difference stays hidden (SourceSpec.hidesDifference): no
 * region-year where it hid either may publish both as figures (from whatever file), or the difference is revealed.
 */
export function checkHiddenDifference(
  observations: Observation[],
  rows: SourceRow[],
  sources: Pick<SourceSpec, 'id' | 'file' | 'hidesDifference'>[] = SOURCES,
) {
  for (const s of sources) {
    const pair = s.hidesDifference;
    if (!pair) continue;
    const isPair = (x: { measure: string; group: string }) =>
      [pair.total, pair.part].some((p) => p.measure === x.measure && p.group === x.group);
    const hidden = new Set(
      rows
        .filter((r) => r.source === s.id && r.status === 'suppressed' && isPair(r))
        .map((r) => `${r.code}\t${r.year}`),
    );
    if (!hidden.size) continue;
    const shown = new Map<string, Observation[]>();
    for (const o of observations) {
      if (o.status !== 'ok' || !isPair(o)) continue;
      const k = `${o.region}\t${o.period}`;
      shown.set(k, [...(shown.get(k) ?? []), o]);
    }
    for (const [k, both] of shown) {
      if (both.length < 2) continue;
      const period = k.split('\t')[1];
      const from = both.flatMap((o) => o.from);
      if (from.some((c) => hidden.has(`${c}\t${period}`)))
        throw new IngestError(
          { file: s.file },
          `expected the difference ${s.id} hides to stay hidden, found ${pair.total.measure} and ${pair.part.measure}${pair.part.group ? ` (${pair.part.group})` : ''} both published for ${k.replace('\t', ' ')} (sources ${[...new Set(both.map((o) => o.source))].join(', ')}): a hidden cell may give way to another file's figure (hiddenYields) only where that reveals nothing`,
        );
    }
  }
}

/** The publishers' own national rows (code 0000), the newest file's where several give one. */
function nationalObservations(country: SourceRow[], vintageOf: (source: string) => string): Observation[] {
  return keepNewest(country, (r) => `0000\t${r.year}\t${r.measure}\t${r.group}`, vintageOf).map((c) => ({
    region: '0000',
    period: String(c.year),
    measure: c.measure,
    group: c.group,
    value: c.value,
    status: c.status,
    flags: c.flags,
    from: ['0000'],
    source: c.source,
  }));
}

/** Each earlier code whose figures were kept apart: its name then, first year, and how it ended. */
function describePredecessors(predecessors: Predecessor[], { index, names }: References): Dataset['predecessors'] {
  return predecessors.map((p) => ({
    ...p,
    name: historicName(index, p.code, p.lastYear) ?? names.get(p.code)?.name ?? p.code,
    firstYear: firstYearOf(index, p.code, p.lastYear, { from: FIRST_YEAR }),
    kind: ((index.forward.get(p.lastYear + 1)?.get(p.code)?.length ?? 1) > 1
      ? 'split'
      : p.successors.length > 1
        ? 'part-of-split'
        : 'merged') as PredecessorKind,
  }));
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
