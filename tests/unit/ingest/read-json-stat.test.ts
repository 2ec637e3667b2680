import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../../src/lib/ingest/check-schema.ts';
import { EXPECTED_SCHEMAS } from '../../../src/lib/ingest/expected-schemas.ts';
import { IngestError } from '../../../src/lib/ingest/ingest-error.ts';
import { readJsonStat } from '../../../src/lib/ingest/read-json-stat.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/fetch/${name}`, 'utf8');
const file = 'fhi-api/403.json';

describe('readJsonStat', () => {
  it("reads FHI's JSON-stat 2 into one column per dimension, value and status", () => {
    const t = readJsonStat(fixture('fhi-403-lavinntekt-innvkat.json'), { file });
    expect(t.columns).toEqual(['GEO', 'AAR', 'INNVKAT', 'MEASURE_TYPE', 'value', 'status']);
    expect(t.rows).toHaveLength(8);
    expect(t.rows[0]).toEqual({ line: 1, cells: ['0301', '2020_2022', '0', 'RATE', '13.9', ''] });
    // A null value with a status symbol reads as the symbol (parseValue maps it to a status).
    expect(t.rows[6]).toEqual({ line: 7, cells: ['5001', '2021_2023', '0', 'RATE', ':', ':'] });
    expect(t.meta).toMatchObject({
      updated: '2026-03-02T10:15:00Z',
      units: { 'MEASURE_TYPE:RATE': 'prosent' },
      codes: { GEO: ['0301', '5001'], AAR: ['2020_2022', '2021_2023'] },
    });
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
      /^fhi-api\/403.json, line \d+, column "value": expected 8 values \(the product of "size"\), found 7/,
    );
    doc.value.push('13,2');
    expect(() => readJsonStat(JSON.stringify(doc), { file })).toThrow(
      /column "value\[7\]": expected a number or null, found "13,2"/,
    );
    expect(() => readJsonStat(JSON.stringify({ ...doc, class: 'collection' }), { file })).toThrow(
      /expected "class": "dataset", found "collection"/,
    );
    const short = JSON.parse(fixture('fhi-403-lavinntekt-innvkat.json'));
    short.size[0] = 3;
    expect(() => readJsonStat(JSON.stringify(short), { file })).toThrow(
      /column "dimension\/GEO\/category": expected 3 categories in "GEO" \(its "size"\), found 2/,
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
});
