import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../../src/lib/ingest/check/check-schema.ts';
import { EXPECTED_SCHEMAS } from '../../../src/lib/ingest/sources/expected-schemas.ts';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { IngestError } from '../../../src/lib/raw/ingest-error.ts';
import { readJsonStat } from '../../../src/lib/raw/read-json-stat.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/fetch/${name}`, 'utf8');
const file = 'fhi-api/403.json';

describe('readJsonStat', () => {
  it("reads FHI's JSON-stat 2 into one column per dimension, value and status", () => {
    const t = readJsonStat(fixture('fhi-403-lavinntekt-innvkat.json'), { file });
    expect(t.columns).toEqual(['GEO', 'AAR', 'ALDER', 'INNVKAT', 'MAAL', 'MEASURE_TYPE', 'value', 'status']);
    expect(t.rows).toHaveLength(359 * 2 * 4);
    expect(t.rows[0]).toEqual({ line: 1, cells: ['0', '2023_2023', '0_120', '0', 'ant_eu60', 'RATE', '9.5', ''] });
    // A null value without a symbol reads as an empty cell (parseValue: «missing»).
    expect(t.rows[16].cells.slice(0, 1).concat(t.rows[16].cells.slice(6))).toEqual(['0301', '', '']);
    expect(t.meta).toMatchObject({
      updated: '2026-03-02T10:15:00Z',
      units: {},
      labels: {
        'AAR:2023_2023': '2021-2023',
        'INNVKAT:20': 'øvrig befolkning',
        'MEASURE_TYPE:RATE': 'andel (prosent)',
      },
      codes: { AAR: ['2023_2023'], INNVKAT: ['0', '2', '3', '20'] },
    });
    expect(t.meta.codes.GEO.slice(0, 3)).toEqual(['0', '40', '0301']);
  });

  it("reads a status symbol in place of the number (FHI's «:») and a null with SSB's status as the symbol", () => {
    const doc = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    doc.value[16] = ':';
    doc.status = { 17: '..' };
    const t = readJsonStat(JSON.stringify(doc), { file });
    expect(t.rows[16].cells.slice(6)).toEqual([':', ':']);
    expect(t.rows[17].cells.slice(6)).toEqual(['..', '..']);
  });

  it("keeps category order by index, not by key order (SSB's 0301 comes after 1101 in the object)", () => {
    const t = readJsonStat(fixture('ssb-07459-kommuner-2025-2026.json'), { file: 'ssb-api/07459.json' });
    expect(t.meta.codes.Region[0]).toBe('0301');
    expect(t.rows[0].cells.slice(0, 3)).toEqual(['0301', 'Personer1', '2025']);
    expect(t.rows).toHaveLength(714);
  });

  it('names the file and position of a truncated download', () => {
    const text = fixture('fhi-403-lavinntekt-innvkat.json');
    const cut = text.slice(0, 900);
    expect(() => readJsonStat(cut, { file })).toThrow(IngestError);
    expect(() => readJsonStat(cut, { file })).toThrow(
      /^fhi-api\/403.json, line \d+, column "\d+": expected JSON \(JSON-stat 2\), found invalid JSON .*truncated download\?/,
    );
    expect(() => readJsonStat('', { file })).toThrow(/expected JSON \(JSON-stat 2\), found an empty file/);
  });

  it('refuses a cube whose values do not fill its size', () => {
    const doc = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    doc.value.pop();
    expect(() => readJsonStat(JSON.stringify(doc, null, 1), { file })).toThrow(
      /^fhi-api\/403.json, line \d+, column "value": expected 2872 values \(the product of "size"\), found 2871/,
    );
    doc.value.push('13,2');
    expect(() => readJsonStat(JSON.stringify(doc), { file })).toThrow(
      /column "value\[2871\]": expected a number, null or a status symbol, found "13,2"/,
    );
    expect(() => readJsonStat(JSON.stringify({ ...doc, class: 'collection' }), { file })).toThrow(
      /expected "class": "dataset", found "collection"/,
    );
    const short = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    short.size[0] = 3;
    expect(() => readJsonStat(JSON.stringify(short), { file })).toThrow(
      /column "dimension\/GEO\/category": expected 3 categories in "GEO" \(its "size"\), found 359/,
    );
  });
});

describe('checkSchema on JSON-stat', () => {
  // The fixture holds exactly the 357 kommuner of data/kommuner.csv.
  const kommuner = new Set(
    readFileSync('data/kommuner.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.slice(0, 4)),
  );
  const check = (doc: unknown) =>
    checkSchema(readJsonStat(JSON.stringify(doc), { file: 'ssb-api/07459.json' }), EXPECTED_SCHEMAS['ssb-api-07459'], {
      sourceId: 'ssb-api-07459',
      kommuner,
    });

  it('passes SSB 07459 as fetched', () => {
    expect(kommuner.size).toBe(357);
    expect(() => check(JSON.parse(fixture('ssb-07459-kommuner-2025-2026.json')))).not.toThrow();
  });

  it('says what changed: a new dimension code, a unit, a dimension, the code list', () => {
    const doc = JSON.parse(fixture('ssb-07459-kommuner-2025-2026.json'));
    doc.dimension.ContentsCode.category.index.Personer2 = 1;
    doc.dimension.ContentsCode.category.label.Personer2 = 'Personer (ny definisjon)';
    doc.size[1] = 2;
    doc.value = [...doc.value, ...doc.value];
    expect(() => check(doc)).toThrow(
      /^ssb-api\/07459.json: the publisher changed the table \(source ssb-api-07459\): new code in "ContentsCode": "Personer2"/,
    );

    const unit = JSON.parse(fixture('ssb-07459-kommuner-2025-2026.json'));
    unit.dimension.ContentsCode.category.unit.Personer1.base = 'tusen personer';
    expect(() => check(unit)).toThrow(
      /unit of ContentsCode:Personer1 changed: expected "personer", found "tusen personer"/,
    );

    const dim = JSON.parse(fixture('ssb-07459-kommuner-2025-2026.json'));
    dim.id = ['Region', 'Kjonn', 'ContentsCode', 'Tid'];
    dim.size = [357, 1, 1, 2];
    dim.dimension.Kjonn = { label: 'kjønn', category: { index: { 2: 0 }, label: { 2: 'Kvinner' } } };
    expect(() => check(dim)).toThrow(/new column "Kjonn"/);

    const list = JSON.parse(fixture('ssb-07459-kommuner-2025-2026.json'));
    const idx = list.dimension.Region.category.index;
    idx['K-5001'] = idx['5001'];
    delete idx['5001'];
    idx['1599'] = idx['1508'];
    delete idx['1508'];
    expect(() => check(list)).toThrow(
      /code list of "Region" changed: 1 code\(s\) not among the 357 current kommuner \("1599"\); code list of "Region" changed: 1 current kommune\(r\) missing \("1508"\)/,
    );
  });
  it("checks FHI 403's kommuner among its country and fylke codes, its periods and its labels, not its dimension order", () => {
    const fhi = (doc: unknown) =>
      checkSchema(readJsonStat(JSON.stringify(doc), { file }), EXPECTED_SCHEMAS['fhi-api-403'], {
        sourceId: 'fhi-api-403',
        kommuner,
      });
    const doc = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    expect(() => fhi(doc)).not.toThrow();
    // The same cube with its dimensions listed in another order reads the same cells.
    const moved = { ...doc, id: [...doc.id].reverse(), size: [...doc.size].reverse(), value: doc.value };
    moved.value = doc.value.map(() => null);
    expect(() => fhi(moved)).not.toThrow();

    const gone = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    const geo = gone.dimension.GEO.category;
    geo.index['0302'] = geo.index['0301'];
    delete geo.index['0301'];
    geo.label['0301'] = 'Oslo';
    expect(() => fhi(gone)).toThrow(
      /code list of "GEO" changed: 1 code\(s\) not among the 357 current kommuner \("0302"\); code list of "GEO" changed: 1 current kommune\(r\) missing \("0301"\)/,
    );

    const renamed = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    renamed.dimension.INNVKAT.category.label['3'] = 'innvandrere og norskfødte med innvandrerforeldre';
    renamed.dimension.AAR.category.label['2023_2023'] = '2022-2023';
    expect(() => fhi(renamed)).toThrow(
      /label of INNVKAT:3 changed: expected "norskfødt med innvandrerforeldre", found "innvandrere og norskfødte med innvandrerforeldre"; periods of "AAR" changed: expected 3-year periods labelled "YYYY-YYYY" ending in the code's end year, found "2023_2023 = 2022-2023"/,
    );
  });
});

describe("FHI 403's row spec", () => {
  const spec = getSource('fhi-api-403');
  const table = (doc: unknown) => readJsonStat(JSON.stringify(doc), { file });

  it('reads a period on its end year, Hele landet as the country, and skips the fylke', () => {
    const e = extractRows(table(JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'))), {
      ...spec,
      vintage: '2026-03-02',
    });
    expect(e.country.find((r) => r.group === 'innvandrere|alle')).toMatchObject({
      code: '0000',
      year: 2023,
      value: 23.7,
    });
    expect(e.skipped).toEqual({ 'codes matching \\d{2}: fylke': 8 });
    expect(e.rows).toHaveLength(357 * 8);
  });

  it('names the cell of a period code that is not YYYY_YYYY', () => {
    const doc = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    doc.dimension.AAR.category = { index: { 2023: 0 }, label: { 2023: '2021-2023' } };
    expect(() => extractRows(table(doc), { ...spec, vintage: '2026-03-02' })).toThrow(
      /^fhi-api\/403.json, line 1, column "AAR": expected a period code \(YYYY_YYYY, start before end\), found "2023"$/,
    );
  });
});
