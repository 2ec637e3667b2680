import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PredecessorRow, SourceFileRow } from '../../../src/lib/domain/dataset-schema.ts';
import type { Kommune } from '../../../src/lib/domain/kommune.ts';
import type { Measure } from '../../../src/lib/domain/measures.ts';
import { downloadName } from '../../../src/lib/format/download-name.ts';
import { citation } from '../../../src/lib/open-data/citation.ts';
import { type Strings, nb as t } from '../../../src/i18n/nb.ts';
import { FIGURE_COLUMNS, openDataFiles, saveAsName, type OpenDataFile } from '../../../src/lib/open-data/files.ts';
import { en } from '../../../src/i18n/en.ts';
import { nn } from '../../../src/i18n/nn.ts';
import { figure } from '../figure-fixture.ts';

const kommune = (code: string, name: string, slug: string, predecessors: string[] = []): Kommune => ({
  code,
  slug,
  name,
  officialName: name,
  otherNames: [],
  otherNameLanguages: [],
  fylkeCode: code.slice(0, 2),
  fylkeName: 'Fylke',
  kostraGroup: 1,
  centrality: 1,
  predecessors,
  history: [],
});
const measures: Measure[] = [
  { id: 'bosatt', label: 'Bosatte', unit: 'personer', topic: 'bosetting', additive: true, definition: 'Bosatte.' },
  {
    id: 'andel',
    label: 'Andel',
    unit: 'prosent',
    topic: 'arbeid',
    additive: false,
    definition: 'En andel.',
    groups: { innvandrere: 'Innvandrere' },
  },
];
const predecessors: PredecessorRow[] = [
  {
    key: '1850:2019',
    code: '1850',
    name: 'Tysfjord',
    firstYear: 1995,
    lastYear: 2019,
    kind: 'split',
    successors: ['1875', '1806'],
  },
];
const source = { id: 'src-bosatt', publisher: 'IMDi', publisherUrl: 'https://www.imdi.no/x' } as SourceFileRow;

const figures = [
  figure('0301', 2024, 'bosatt', 1924, { flags: ['provisional', 'scraped'] }),
  figure('0301', 2023, 'bosatt', null),
  figure('0301', 2022, 'andel', 63.4, { group: 'innvandrere' }),
  figure('0301', 2021, 'andel', null, { status: 'missing', group: 'innvandrere' }),
  figure('1875', 2024, 'bosatt', 12),
  figure('1850:2019', 2018, 'bosatt', 7, { from: ['1849', '1850'] }),
  figure('0000', 2024, 'bosatt', 13000),
  figure('1806', 2024, 'bosatt', null, { status: 'not-applicable' }),
];
const make = (extra: Partial<Parameters<typeof openDataFiles>[0]> = {}) =>
  openDataFiles({
    figures,
    kommuner: [
      kommune('0301', 'Oslo', 'oslo'),
      kommune('1806', 'Narvik', 'narvik', ['1850:2019']),
      kommune('1875', 'Hamarøy', 'hamaroy', ['1850:2019']),
    ],
    predecessors,
    measures,
    sources: [source],
    date: '2026-10-01',
    ...extra,
  });
const parse = (f: OpenDataFile) =>
  Papa.parse<Record<string, string>>(f.body.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    delimiter: f.variant === 'excel' ? ';' : ',',
  });

describe('open data files (lib/open-data/files.ts)', () => {
  const { files } = make();
  const at = (path: string) => files.find((f) => f.path === path)!;

  it('the whole file: every figure once, land first, then kommuner by code, then former kommuner; statuses and flags kept', () => {
    const whole = parse(at('bosettingstall.csv'));
    expect(whole.meta.fields).toEqual([...FIGURE_COLUMNS]);
    expect(whole.data.map((r) => `${r.region} ${r.year} ${r.measure}`)).toEqual([
      '0000 2024 bosatt',
      '0301 2023 bosatt',
      '0301 2024 bosatt',
      '0301 2021 andel',
      '0301 2022 andel',
      '1806 2024 bosatt',
      '1875 2024 bosatt',
      '1850:2019 2018 bosatt',
    ]);
    expect(at('bosettingstall.csv').rows).toBe(figures.length);
    const oslo = whole.data.find((r) => r.region === '0301' && r.year === '2024')!;
    expect(oslo).toEqual({
      region: '0301',
      regionName: 'Oslo',
      year: '2024',
      measure: 'bosatt',
      group: '',
      value: '1924',
      unit: 'personer',
      status: 'ok',
      flags: 'provisional;scraped',
      from: '0301',
      source: 'src-bosatt',
      vintage: '2024-11-01',
    });
    // Hidden is not zero, not applicable is not missing: an empty value with its own status.
    expect(whole.data.find((r) => r.region === '0301' && r.year === '2023')).toMatchObject({
      value: '',
      status: 'suppressed',
    });
    expect(whole.data.find((r) => r.region === '1806')).toMatchObject({ value: '', status: 'not-applicable' });
    expect(whole.data[0]).toMatchObject({ regionName: 'Hele landet', value: '13000' });
    expect(whole.data.at(-1)).toMatchObject({ regionName: 'Tysfjord', from: '1849+1850' });
  });

  it('per measure: all regions; per kommune: its own figures and the former kommune its page shows', () => {
    expect(parse(at('maal/andel.csv')).data.map((r) => r.value)).toEqual(['', '63.4']);
    expect(at('maal/bosatt.csv').rows).toBe(6);
    expect(parse(at('kommune/1806.csv')).data.map((r) => r.region)).toEqual(['1806', '1850:2019']);
    expect(parse(at('kommune/1875.csv')).data.map((r) => r.region)).toEqual(['1875', '1850:2019']);
    expect(at('kommune/0301.csv').rows).toBe(4);
    // The download names carry the kommune or the measure, and the dataset's date.
    expect(at('kommune/0301.csv').download).toBe('bosettingstall-0301-oslo-alle-mal-2026-10-01.csv');
    expect(at('kommune/0301.excel.csv').download).toBe('bosettingstall-0301-oslo-alle-mal-2026-10-01-norsk-excel.csv');
    expect(at('maal/andel.csv').download).toBe('bosettingstall-andel-alle-kommuner-2026-10-01.csv');
    expect(at('bosettingstall.csv').download).toBe('bosettingstall-alle-tall-2026-10-01.csv');
  });

  it("the name a browser saves a file under is in the page's language (the file itself is one for all three)", () => {
    const name = (path: string, words: Strings['openData']) => saveAsName(at(path), words, '2026-10-01', () => 'oslo');
    expect(name('kommune/0301.excel.csv', en.openData)).toBe(
      'bosettingstall-0301-oslo-all-measures-2026-10-01-norwegian-excel.csv',
    );
    expect(name('kommune/0301.csv', nn.openData)).toBe('bosettingstall-0301-oslo-alle-mal-2026-10-01.csv');
    expect(name('bosettingstall.csv', en.openData)).toBe('bosettingstall-all-figures-2026-10-01.csv');
    expect(name('bosettingstall.csv', nn.openData)).toBe('bosettingstall-alle-tal-2026-10-01.csv');
    expect(name('maal/andel.csv', en.openData)).toBe('bosettingstall-andel-all-kommuner-2026-10-01.csv');
    expect(name('maal/andel.excel.csv', nn.openData)).toBe(
      'bosettingstall-andel-alle-kommunar-2026-10-01-norsk-excel.csv',
    );
    expect(name('regioner.csv', en.openData)).toBe('bosettingstall-regioner-2026-10-01.csv');
    // Bokmål's is the name the file carries.
    const slugs: Record<string, string> = { '0301': 'oslo', '1806': 'narvik', '1875': 'hamaroy' };
    for (const f of files)
      expect(
        saveAsName(f, t.openData, '2026-10-01', (c) => slugs[c]),
        f.path,
      ).toBe(f.download);
  });

  it('the CSV for Norwegian Excel: BOM, `;` between cells, decimal comma, CRLF; the same rows', () => {
    const excel = at('maal/andel.excel.csv');
    expect(excel.body.startsWith('\uFEFFregion;regionName;year;')).toBe(true);
    expect(excel.body).toContain(';63,4;prosent;ok;');
    expect(excel.body).toContain('\r\n');
    // A list of flags holds `;`: quoted, so it stays one cell.
    expect(at('kommune/0301.excel.csv').body).toContain(';"provisional;scraped";');
    const a = parse(at('kommune/0301.csv')).data;
    const b = parse(at('kommune/0301.excel.csv')).data;
    expect(b.map((r) => ({ ...r, value: r.value.replace(',', '.') }))).toEqual(a);
    expect(excel.bytes).toBe(Buffer.byteLength(excel.body));
  });

  it('text cells a spreadsheet would run as a formula (= + - @ tab CR) are neutralized in every file; numbers stay numbers', () => {
    const { files: hostile } = make({
      kommuner: [
        kommune('0301', '=HYPERLINK("http://x")', 'oslo'),
        kommune('1806', '@SUM(1)', 'narvik'),
        kommune('1875', '-2+3', 'hamaroy'),
      ],
      predecessors: [{ ...predecessors[0], name: '+Tysfjord' }],
      figures: [...figures, figure('1875', 2015, 'bosatt', -12500)],
    });
    for (const f of hostile.filter((x) => x.kind === 'whole' || x.kind === 'kommune')) {
      const rows = parse(f).data;
      for (const r of rows) for (const v of Object.values(r)) if (v !== r.value) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    }
    const whole = parse(hostile.find((f) => f.kind === 'whole')!).data;
    expect(whole.find((r) => r.region === '0301')!.regionName).toBe(`'=HYPERLINK("http://x")`);
    expect(whole.find((r) => r.year === '2015')!.value).toBe('-12500');
    const excel = hostile.find((f) => f.path === 'kommune/1875.excel.csv')!.body;
    expect(excel).toContain(";'-2+3;");
    expect(excel).toContain(';-12500;');
  });

  it('lookup tables: regions (land, kommuner, former with successors), measures, the groups in the data, sources', () => {
    expect(parse(at('regioner.csv')).data.map((r) => `${r.code} ${r.kind} ${r.successors}`)).toEqual([
      '0000 land ',
      '0301 kommune ',
      '1806 kommune ',
      '1875 kommune ',
      '1850:2019 tidligere-kommune 1875;1806',
    ]);
    expect(parse(at('grupper.csv')).data).toEqual([
      { measure: 'bosatt', group: '', label: 'Alle' },
      { measure: 'andel', group: 'innvandrere', label: 'Innvandrere' },
    ]);
    expect(parse(at('kilder.csv')).data[0]).toMatchObject({ id: 'src-bosatt', publisherUrl: 'https://www.imdi.no/x' });
    expect(parse(at('maal.csv')).data.map((r) => r.unit)).toEqual(['personer', 'prosent']);
  });

  it('a measure without a figure gets no file (a header alone), but stays in maal.csv', () => {
    const { files: some } = make({ figures: figures.filter((f) => f.measure === 'bosatt') });
    expect(some.some((f) => f.path.startsWith('maal/andel'))).toBe(false);
    expect(some.find((f) => f.path === 'maal.csv')!.rows).toBe(2);
  });

  it('refuses a figure of a measure or region it cannot describe', () => {
    expect(() => make({ figures: [figure('0301', 2024, 'ukjent', 1)] })).toThrow(/unknown measure ukjent/);
    expect(() => make({ figures: [figure('9999:2000', 2000, 'bosatt', 1)] })).toThrow(/unknown region 9999:2000/);
  });
});

describe('the suggested citation (lib/open-data/citation.ts)', () => {
  it('names Bosettingstall, the year, what is cited, the dataset version and its date in words, and the address', () => {
    expect(
      citation(
        t,
        'Oslo: bosetting [datasett]',
        { version: '5cd885dd', date: '2026-10-01' },
        'https://bosettingstall.no/kommune/0301-oslo/',
      ),
    ).toBe(
      'Bosettingstall (2026). Oslo: bosetting [datasett]. Datasettversjon 5cd885dd, kilder til og med 1. oktober 2026. Tall fra IMDi og SSB. https://bosettingstall.no/kommune/0301-oslo/',
    );
  });
});

describe('download names (lib/format/download-name.ts)', () => {
  it('carry the kommuner, the measure and the day', () => {
    expect(downloadName(['0301', '4601', 'bosatt', 'per1000'], new Date(2026, 11, 6, 23, 30))).toBe(
      'bosettingstall-0301-4601-bosatt-per1000-2026-12-06',
    );
    expect(downloadName(['bosatt-per-1000', 2025, 'alle-kommuner'], '2026-10-01')).toBe(
      'bosettingstall-bosatt-per-1000-2025-alle-kommuner-2026-10-01',
    );
    expect(downloadName(['a b/c'], '2026-01-02')).toBe('bosettingstall-a-b-c-2026-01-02');
  });
});
