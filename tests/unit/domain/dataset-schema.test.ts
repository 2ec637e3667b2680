import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  type CsvTable,
  KOMMUNER,
  OBSERVATIONS,
  PREDECESSORS,
  SKIPPED,
  SOURCES,
} from '../../../src/lib/domain/dataset-schema.ts';
import { toCsv } from '../../../src/lib/format/csv.ts';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const roundTrip = <W, R>(t: CsvTable<W, R>, rows: W[]) =>
  parse(toCsv([...t.columns], rows.map(t.write))).data.map(t.read);

describe('the published dataset, declared once', () => {
  it('an observation written and read back is the same figure (lists, nulls, quoting)', () => {
    const o = {
      region: '1508',
      period: '2023',
      measure: 'bosatt',
      group: 'ukrainere',
      value: null,
      status: 'suppressed' as const,
      flags: ['provisional' as const, 'lower-bound' as const],
      from: ['1507', '1534'],
      source: 'imdi-bosatt, "2023"',
      vintage: '2023-09-01',
    };
    const [f] = roundTrip(OBSERVATIONS, [o]);
    const { period, ...rest } = o;
    expect(f).toEqual({ ...rest, year: Number(period) });
    expect(roundTrip(OBSERVATIONS, [{ ...o, value: 0, status: 'ok' as const, flags: [], from: [] }])[0]).toMatchObject({
      value: 0,
      flags: [],
      from: [],
    });
  });

  it('a kommune written and read back is the same, empty groups as null', () => {
    const k = {
      code: '5601',
      slug: 'alta',
      name: 'Alta',
      officialName: 'Alta - Áltá - Alattio',
      otherNames: ['Áltá', 'Alattio'],
      otherNameLanguages: ['se', 'fkv'],
      fylkeCode: '56',
      fylkeName: 'Finnmark',
      kostraGroup: null,
      centrality: 4,
      predecessors: [],
      history: ['2020:5403', '2024:5601'],
    };
    expect(roundTrip(KOMMUNER, [k])).toEqual([k]);
  });

  it('predecessors, sources and skipped rows round-trip', () => {
    const p = {
      key: '1507:2023',
      code: '1507',
      name: 'Ålesund',
      firstYear: 2020,
      lastYear: 2023,
      kind: 'split' as const,
      successors: ['1508', '1580'],
    };
    expect(roundTrip(PREDECESSORS, [p])).toEqual([p]);
    const s = {
      id: 'x',
      file: 'a/b.csv',
      publisher: 'IMDi',
      table: 'T',
      title: 'Tittel, med komma',
      publisherPage: 'Statistikkbanken, tabell 07459: befolkning',
      publisherUrl: 'https://www.ssb.no/statbank/table/07459',
      publisherPageNote: '',
      origin: 'o',
      licence: 'NLOD',
      vintage: '2024-11-01',
      sha256: 'ab',
      figures: 12,
      notes: '',
    };
    expect(roundTrip(SOURCES, [s])).toEqual([s]);
    expect(roundTrip(SKIPPED, [{ source: 'x', code: '0101', rows: 3 }])).toEqual([
      { source: 'x', code: '0101', rows: 3 },
    ]);
  });

  it.each([KOMMUNER, PREDECESSORS, SOURCES, SKIPPED] as CsvTable<unknown, unknown>[])(
    'data/$file read with the schema and written back is byte for byte the committed file',
    (t) => {
      const text = readFileSync(`data/${t.file}`, 'utf8');
      const rows = parse(text).data.map(t.read);
      expect(toCsv([...t.columns], rows.map(t.write))).toBe(text);
    },
  );

  it('data/observations.csv has the declared columns', () => {
    const header = readFileSync('data/observations.csv', 'utf8').slice(0, 200).split('\n')[0];
    expect(header.split(',')).toEqual([...OBSERVATIONS.columns]);
  });
});
