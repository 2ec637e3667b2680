import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset.ts';
import { datasetFiles } from '../../../src/data/open-data.ts';
import { MEASURES } from '../../../src/lib/domain/measures.ts';
import { STATUSES } from '../../../src/lib/domain/observation.ts';
import {
  DATA_PACKAGE_PROFILE,
  dataPackage,
  figureSchema,
  SCHEMA_PATHS,
  TABLE_SCHEMA_PROFILE,
} from '../../../src/lib/open-data/datapackage.ts';
import { FIGURE_COLUMNS, type OpenDataFile } from '../../../src/lib/open-data/files.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';

/** The standard's own profiles (tests/fixtures/frictionless/README.md says where from). */
const profile = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/frictionless/${name}.json`, 'utf8')) as Record<string, unknown>;

/** ajv over a profile: the errors as one line each (path and message), [] when valid. */
function validator(schema: Record<string, unknown>) {
  // The profiles' formats: `textarea` is an editor hint (any text); the others checked by the platform's parsers.
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: {
      textarea: true,
      uri: (s: string) => URL.canParse(s),
      'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
      email: /^[^@\s]+@[^@\s]+$/,
    },
  });
  const validate = ajv.compile(schema);
  return (doc: unknown): string[] =>
    validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

describe('the data package (datapackage.json) validates against the Frictionless v2 profiles', () => {
  let files: OpenDataFile[];
  let descriptor: Record<string, unknown>;
  const packageErrors = validator(profile('datapackage'));
  const schemaErrors = validator(profile('tableschema'));

  beforeAll(() => {
    const made = datasetFiles();
    const { sources, stamp } = made;
    files = made.files;
    descriptor = dataPackage({
      files,
      xlsxBytes: 1234,
      measures: MEASURES,
      sources,
      version: stamp.version,
      date: stamp.date,
      site: 'https://bosettingstall.no/',
    });
  }, WHOLE_DATASET.timeout);

  it('the descriptor: no error from the data package profile, and the profile would catch a broken one', () => {
    expect(descriptor.$schema).toBe(DATA_PACKAGE_PROFILE);
    expect(packageErrors(descriptor)).toEqual([]);
    // The check bites: a resource without a path or data, and a licence without name or path, are refused.
    const broken = structuredClone(descriptor) as { resources: Record<string, unknown>[]; licenses: unknown[] };
    delete broken.resources[0].path;
    broken.licenses = [{ title: 'no name, no path' }];
    (broken as Record<string, unknown>).homepage = 'not an address';
    expect(packageErrors(broken).length).toBeGreaterThan(0);
  });

  it('both Table Schemas of the figure files (schema/tall.json, schema/tall-excel.json) validate against the Table Schema profile', () => {
    for (const decimal of ['.', ','] as const) {
      const schema = figureSchema(MEASURES, decimal);
      expect(schema.$schema).toBe(TABLE_SCHEMA_PROFILE);
      expect(schemaErrors(schema)).toEqual([]);
    }
    const broken = { ...figureSchema(MEASURES), fields: [{ name: 'value', type: 'nummer' }] };
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
    // Every inline schema of a lookup table too.
    const inline = (descriptor.resources as { schema: unknown }[]).filter((r) => typeof r.schema === 'object');
    expect(inline.length).toBe(4);
    for (const r of inline) expect(schemaErrors(r.schema)).toEqual([]);
  });

  it('one resource per file, each with its schema, size, format and encoding; names unique', () => {
    const resources = descriptor.resources as {
      name: string;
      path: string;
      schema: unknown;
      bytes: number;
      dialect?: { delimiter?: string };
    }[];
    expect(resources.length).toBe(files.length + 1); // + the XLSX
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
    for (const f of files) {
      const r = resources.find((x) => x.path === f.path)!;
      expect(r.bytes).toBe(f.bytes);
      if (f.kind === 'whole' || f.kind === 'measure' || f.kind === 'kommune')
        expect(r.schema).toBe(SCHEMA_PATHS[f.variant]);
      if (f.variant === 'excel') expect(r.dialect?.delimiter).toBe(';');
    }
    // 357 kommuner and every measure, each as machine CSV and CSV for Norwegian Excel.
    expect(files.filter((f) => f.kind === 'kommune').length).toBe(357 * 2);
    // Every measure with a figure; a measure only `npm run fetch` fills has none in the committed data, and no file.
    const withFigures = new Set([...dataset().byRegion.values()].flat().map((f) => f.measure));
    expect(files.filter((f) => f.kind === 'measure').length).toBe(withFigures.size * 2);
    expect(withFigures.size).toBeGreaterThan(20);
  });

  it('the figure schema: the columns in order, the status vocabulary with a meaning for each, units, keys to the lookup tables', () => {
    const s = figureSchema(MEASURES) as {
      fields: { name: string; type: string; categories?: { value: string; label: string }[] }[];
      primaryKey: string[];
      foreignKeys: { fields: string[]; reference: { resource: string } }[];
    };
    expect(s.fields.map((f) => f.name)).toEqual([...FIGURE_COLUMNS]);
    const status = s.fields.find((f) => f.name === 'status')!;
    expect(status.categories!.map((c) => c.value)).toEqual([...STATUSES]);
    for (const c of status.categories!) expect(c.label.length).toBeGreaterThan(20);
    expect(s.fields.find((f) => f.name === 'unit')!.categories!.map((c) => c.value)).toEqual([
      'personer',
      'kroner',
      'prosent',
    ]);
    expect(s.fields.find((f) => f.name === 'value')!.type).toBe('number');
    expect(s.primaryKey).toEqual(['region', 'year', 'measure', 'group']);
    const names = new Set((descriptor.resources as { name: string }[]).map((r) => r.name));
    for (const fk of s.foreignKeys) expect(names.has(fk.reference.resource)).toBe(true);
  });

  it('names each publisher page once as a source (https, the publisher’s own host) and NLOD 2.0 as the licence', () => {
    const sources = descriptor.sources as { title: string; path: string }[];
    const published = new Set(dataset().sources.map((s) => s.publisherUrl));
    expect(new Set(sources.map((s) => s.path))).toEqual(published);
    for (const s of sources) expect(s.path).toMatch(/^https:\/\/([\w-]+\.)*(imdi|ssb|geonorge)\.no\//);
    expect(sources.find((s) => s.path === 'https://www.ssb.no/statbank/table/07459')?.title).toMatch(/^SSB: /);
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'NLOD-2.0' })]);
  });
});
