/**
 * The Frictionless Data Package (v2) that describes «Last ned data»: one
 * resource per file, each with its Table Schema (the number files share
 * schema/tall.json, or schema/tall-excel.json for the Norwegian Excel
 * variant), primary and foreign keys, units, the status vocabulary with what
 * each status means, the sources with the publisher's page and the licence.
 * Validated against the standard's own profile in tests/unit/open-data.
 */
// The files under /data/last-ned/ are language-neutral and made once per build (not per page language):
// their column names are machine names, their titles, download names and the data package's descriptions
// are the dataset's documented metadata in bokmål. Only the «Last ned data» page around them follows the
// page's language (src/pages/[...locale]/data/index.astro).
import { t } from '../../i18n/nb.ts';
import type { SourceFileRow } from '../domain/dataset-schema.ts';
import { FLAGS, STATUSES } from '../domain/observation.ts';
import type { Measure } from '../domain/measures.ts';
import {
  FIGURE_COLUMNS,
  GROUP_COLUMNS,
  MEASURE_COLUMNS,
  REGION_COLUMNS,
  SOURCE_COLUMNS,
  type FigureColumn,
  type OpenDataFile,
} from './files.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';
export const SCHEMA_PATHS = { csv: 'schema/tall.json', excel: 'schema/tall-excel.json' } as const;
export const XLSX_PATH = 'bosettingstall.xlsx';
export const XLSX_SHEET = 'Tall';

type Json = Record<string, unknown>;

const FIELD_TYPES: Record<FigureColumn, 'string' | 'integer' | 'number'> = {
  region: 'string',
  regionName: 'string',
  year: 'integer',
  measure: 'string',
  group: 'string',
  value: 'number',
  unit: 'string',
  status: 'string',
  flags: 'string',
  from: 'string',
  source: 'string',
  vintage: 'string',
};

/** What the number files' rows are keyed and linked by: a figure is one region, year, measure and group. */
export const PRIMARY_KEY: FigureColumn[] = ['region', 'year', 'measure', 'group'];

/** The Table Schema of every number file (`decimal: ','` for the Norwegian Excel variant). */
export function figureSchema(measures: Measure[], decimal: '.' | ',' = '.'): Json {
  const F = t.openData.fields;
  const units = [...new Set(measures.map((m) => m.unit))];
  const field = (name: FigureColumn): Json => {
    const f: Json = { name, type: FIELD_TYPES[name], description: F[name] };
    if (name === 'value') {
      f.missingValues = [''];
      if (decimal === ',') f.decimalChar = ',';
    }
    if (name === 'region' || name === 'year' || name === 'measure' || name === 'status' || name === 'source')
      f.constraints = { required: true };
    if (name === 'measure') f.constraints = { required: true, enum: measures.map((m) => m.id) };
    if (name === 'unit') f.categories = units.map((u) => ({ value: u, label: t.units[u] }));
    if (name === 'status') {
      f.categories = STATUSES.map((s) => ({ value: s, label: t.openData.statusMeaning[s] }));
      f.constraints = { required: true, enum: [...STATUSES] };
    }
    if (name === 'flags') f.constraints = { pattern: `^((${FLAGS.join('|')})(;(${FLAGS.join('|')}))*)?$` };
    if (name === 'vintage') f.constraints = { required: true, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
    return f;
  };
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: FIGURE_COLUMNS.map(field),
    // Only `value` has missing values: an empty group is the measure's total, an empty flags cell no flag.
    missingValues: [],
    primaryKey: PRIMARY_KEY,
    foreignKeys: [
      { fields: ['region'], reference: { resource: 'regioner', fields: ['code'] } },
      { fields: ['measure'], reference: { resource: 'maal', fields: ['id'] } },
      { fields: ['measure', 'group'], reference: { resource: 'grupper', fields: ['measure', 'group'] } },
      { fields: ['source'], reference: { resource: 'kilder', fields: ['id'] } },
    ],
  };
}

const LOOKUP_SCHEMAS: Record<string, { columns: readonly string[]; key: string[]; describe: Record<string, string> }> =
  (() => {
    const L = t.openData.lookupFields;
    return {
      regions: {
        columns: REGION_COLUMNS,
        key: ['code'],
        describe: {
          code: L.code,
          name: L.name,
          kind: L.kind,
          fylkeCode: L.fylke,
          fylkeName: L.fylke,
          successors: L.successors,
        },
      },
      measures: {
        columns: MEASURE_COLUMNS,
        key: ['id'],
        describe: {
          id: L.measureId,
          label: L.label,
          unit: t.openData.fields.unit,
          topic: L.topic,
          definition: L.definition,
        },
      },
      groups: {
        columns: GROUP_COLUMNS,
        key: ['measure', 'group'],
        describe: { measure: L.measureId, group: L.groupId, label: L.label },
      },
      sources: {
        columns: SOURCE_COLUMNS,
        key: ['id'],
        describe: {
          id: L.sourceId,
          publisher: L.publisher,
          publisherPage: L.publisherPage,
          publisherUrl: L.publisherUrl,
          table: L.table,
          title: L.title,
          licence: L.licence,
          vintage: L.vintage,
          sha256: L.sha256,
        },
      },
    };
  })();

export const LICENCES = [
  { name: 'NLOD-2.0', path: 'https://data.norge.no/nlod/no/2.0', title: 'Norsk lisens for offentlige data (NLOD) 2.0' },
];

export interface PackageInput {
  files: OpenDataFile[];
  /** The XLSX of the whole dataset, if it was made: its size. */
  xlsxBytes: number | null;
  measures: Measure[];
  sources: SourceFileRow[];
  version: string;
  date: string;
  /** The site's address (astro.config.mjs `site`), for the homepage. */
  site: string;
}

/** The publishers' pages the figures come from, each once (with the publisher in the title). */
export function packageSources(sources: SourceFileRow[]): { title: string; path: string }[] {
  const seen = new Map<string, { title: string; path: string }>();
  for (const s of sources)
    if (s.publisherUrl && !seen.has(s.publisherUrl))
      seen.set(s.publisherUrl, { title: t.source.name(s.publisher, s.publisherPage), path: s.publisherUrl });
  return [...seen.values()];
}

export function dataPackage(p: PackageInput): Json {
  const D = t.openData;
  const resource = (f: OpenDataFile): Json => {
    const base: Json = {
      name: f.name,
      type: 'table',
      path: f.path,
      title: f.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: f.variant === 'excel' ? 'utf-8-sig' : 'utf-8',
      bytes: f.bytes,
    };
    if (f.variant === 'excel') base.dialect = { delimiter: ';', lineTerminator: '\r\n' };
    const lookup = LOOKUP_SCHEMAS[f.kind];
    if (!lookup) return { ...base, schema: SCHEMA_PATHS[f.variant] };
    return {
      ...base,
      schema: {
        fields: lookup.columns.map((name) => ({ name, type: 'string', description: lookup.describe[name] })),
        missingValues: [],
        primaryKey: lookup.key,
      },
    };
  };
  const resources = p.files.map(resource);
  if (p.xlsxBytes !== null)
    resources.splice(1, 0, {
      name: 'bosettingstall-xlsx',
      type: 'table',
      path: XLSX_PATH,
      title: D.resourceTitles.xlsx,
      format: 'xlsx',
      mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: p.xlsxBytes,
      dialect: { sheetName: XLSX_SHEET },
      schema: SCHEMA_PATHS.csv,
    });
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'bosettingstall',
    title: D.packageTitle,
    description: `${D.packageDescription} ${D.version(p.version, p.date)}`,
    version: p.version,
    homepage: new URL('/data/', p.site).href,
    keywords: ['flyktninger', 'bosetting', 'kommuner', 'IMDi', 'SSB'],
    licenses: LICENCES,
    sources: packageSources(p.sources),
    resources,
  };
}
