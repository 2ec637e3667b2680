/**
 * SSB 09817 and 11607 and FHI 403 end to end: npm run fetch against a local
 * stand-in for SSB's PxWebApi v2 and FHI's statistikk API (127.0.0.1), then npm
 * run ingest on what it wrote. The fixtures (tests/fixtures/fetch/, written by
 * make-json-stat-fixtures.mjs) hold the 357 kommuner with real figures where we
 * have them and null elsewhere; the few test-only figures are marked there and
 * here. Everything is ingested into temporary directories: nothing is published.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunFetchOptions, runFetch } from '../../../scripts/fetch.ts';
import { ingest } from '../../../scripts/ingest.ts';
import { OBSERVATIONS } from '../../../src/lib/domain/dataset-schema.ts';
import { FETCH_TABLES, SSB_LANDBAKGRUNN } from '../../../src/lib/fetch/fetch-config.ts';
import { parseTable } from '../../../src/lib/ingest/publish/changelog.ts';
import { buildProfile } from '../../../src/lib/profile/build-profile.ts';
import { RAW, rawSuite } from '../raw-dir.ts';
import { PublisherServer } from './publisher-server.ts';

const runs = rawSuite(
  'SSB 09817, 11607 and FHI 403 fetched and ingested beside the real raw files (fetch-json-stat-tables)',
);
const FIXTURES = resolve('tests/fixtures/fetch');
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const json = (doc: unknown) => JSON.stringify(doc);
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

const SSB = (t: string) => `/api/pxwebapi/v2/tables/${t}/data`;
const FHI = (t: string, what: 'query' | 'data') => `/api/open/v1/nokkel/Table/${t}/${what}`;
const MINE = ['ssb-09817', 'ssb-11607', 'fhi-403'];

/** Index of a cell in a JSON-stat cube, from one category code per dimension. */
type Cube = {
  id: string[];
  size: number[];
  dimension: Record<string, { category: { index: Record<string, number> } }>;
};
function cell(doc: Cube, at: Record<string, string>) {
  return doc.id.reduce((n, d, i) => n * doc.size[i] + doc.dimension[d].category.index[at[d]], 0);
}

/**
 * FHI 403 as served: the fixture, and (test-only) FHI's way of writing a hidden cell, «:» in place of the
 * number, on Oslo's total for all ages (a cell the fixture has no figure for).
 */
function fhi403() {
  const doc = fixture('fhi-403-lavinntekt-innvkat.json');
  doc.value[
    cell(doc, { GEO: '0301', AAR: '2023_2023', ALDER: '0_120', INNVKAT: '0', MAAL: 'ant_eu60', MEASURE_TYPE: 'RATE' })
  ] = ':';
  return doc;
}

function publishers(): PublisherServer {
  return new PublisherServer()
    .on('GET', SSB('09817'), { status: 200, body: json(fixture('ssb-09817-landbakgrunn.json')) })
    .on('GET', SSB('11607'), { status: 200, body: json(fixture('ssb-11607-sysselsatte.json')) })
    .on('GET', FHI('403', 'query'), { status: 200, body: json(fixture('fhi-403-query.json')) })
    .on('POST', FHI('403', 'data'), { status: 200, body: json(fhi403()) });
}

describe.skipIf(!runs)('SSB 09817, 11607 and FHI 403: npm run fetch, then npm run ingest', () => {
  let server: PublisherServer;
  let raw: string;
  let out: string;
  let files: Record<string, string>;
  const fetchMine = (o: Partial<RunFetchOptions> = {}) =>
    runFetch({
      out: raw,
      bases: server.bases,
      tables: FETCH_TABLES.filter((t) => MINE.includes(t.id)),
      retries: 0,
      backoffMs: 10,
      timeoutMs: 5_000,
      ...o,
    });
  /** One published line per figure: region,period,measure,group,value,status,flags,from,source. */
  const figure = (prefix: string) =>
    files['observations.csv']
      .split('\n')
      .find((l) => l.startsWith(`${prefix},`))
      ?.split(',')
      .slice(0, 9)
      .join(',');

  beforeAll(async () => {
    server = await publishers().start();
    raw = mkdtempSync(join(tmpdir(), 'fetch-json-stat-raw-'));
    for (const d of readdirSync(RAW, { withFileTypes: true }))
      if (d.isDirectory()) symlinkSync(join(RAW, d.name), join(raw, d.name));
    out = mkdtempSync(join(tmpdir(), 'fetch-json-stat-out-'));
    const report = await fetchMine();
    expect(report.failed).toEqual([]);
    expect(report.notFound).toEqual([]);
    files = await ingest(raw, out);
  }, 120_000);
  afterAll(() => server.stop());

  it('asks SSB and FHI for exactly the categories ingest reads', () => {
    const q = (t: string) => Object.fromEntries(server.requests.find((r) => r.path === SSB(t))!.query);
    expect(q('09817')).toEqual({
      lang: 'no',
      outputFormat: 'json-stat2',
      'codelist[Region]': 'agg_KommGjeldende',
      'valueCodes[Region]': '*',
      'valueCodes[InnvandrKat]': 'B',
      'valueCodes[Landbakgrunn]': Object.keys(SSB_LANDBAKGRUNN).join(','),
      'valueCodes[ContentsCode]': 'Personer1',
      'valueCodes[Tid]': 'top(5)',
    });
    expect(q('11607')).toMatchObject({
      'codelist[Region]': 'agg_KommGjeldende',
      'valueCodes[Landbakgrunn]': 'zzz,abc,ddd,eee',
      'valueCodes[Alder]': '15-74',
      'valueCodes[Kjonn]': '0',
      'valueCodes[ContentsCode]': 'Sysselsatte2',
      'valueCodes[Tid]': '*',
    });
    const post = server.requests.find((r) => r.method === 'POST' && r.path === FHI('403', 'data'))!;
    expect(JSON.parse(post.body)).toEqual({
      dimensions: [
        { code: 'GEO', filter: 'all', values: ['*'] },
        { code: 'AAR', filter: 'all', values: ['*'] },
        { code: 'ALDER', filter: 'item', values: ['0_120', '0_17'] },
        { code: 'INNVKAT', filter: 'item', values: ['0', '2', '3', '20'] },
        { code: 'MAAL', filter: 'item', values: ['ant_eu60'] },
        { code: 'MEASURE_TYPE', filter: 'item', values: ['RATE'] },
      ],
      response: { format: 'json-stat2' },
    });
  });

  it("puts SSB 09817 on innvandrere-landbakgrunn by country name, with SSB's «:» kept as hidden", () => {
    // Test-only figures (see the fixture's note), not SSB's.
    expect(figure('0301,2026,innvandrere-landbakgrunn,Ukraina')).toBe(
      '0301,2026,innvandrere-landbakgrunn,Ukraina,1111,ok,,0301,ssb-api-09817',
    );
    expect(figure('5001,2026,innvandrere-landbakgrunn,Syria')).toBe(
      '5001,2026,innvandrere-landbakgrunn,Syria,2222,ok,,5001,ssb-api-09817',
    );
    expect(figure('4012,2026,innvandrere-landbakgrunn,Thailand')).toBe(
      '4012,2026,innvandrere-landbakgrunn,Thailand,,suppressed,,4012,ssb-api-09817',
    );
    // A cell without a figure is «missing», not 0.
    expect(figure('0301,2026,innvandrere-landbakgrunn,Polen')).toBe(
      '0301,2026,innvandrere-landbakgrunn,Polen,,missing,,0301,ssb-api-09817',
    );
  });

  it("puts SSB 11607 on sysselsatte-landbakgrunn-andel, not on IMDi's sysselsatte-andel", () => {
    // SSB's figures for 2023 (via evensrii/Telemark, see make-json-stat-fixtures.mjs).
    expect(figure('4001,2023,sysselsatte-landbakgrunn-andel,innvandrere')).toBe(
      '4001,2023,sysselsatte-landbakgrunn-andel,innvandrere,59.7,ok,,4001,ssb-api-11607',
    );
    expect(figure('4016,2023,sysselsatte-landbakgrunn-andel,innvandrere')).toBe(
      '4016,2023,sysselsatte-landbakgrunn-andel,innvandrere,50.8,ok,,4016,ssb-api-11607',
    );
    // A cell without a figure is «missing» (where the kommune existed: 4001 was 3806 in 2023, so it has no empty row then).
    expect(figure('0301,2023,sysselsatte-landbakgrunn-andel,ellers')).toBe(
      '0301,2023,sysselsatte-landbakgrunn-andel,ellers,,missing,,0301,ssb-api-11607',
    );
    expect(figure('4001,2023,sysselsatte-landbakgrunn-andel,ellers')).toBeUndefined();
    expect(files['observations.csv']).not.toMatch(/,sysselsatte-andel,[^\n]*,ssb-api-11607,/);
  });

  it('puts FHI 403 on lavinntekt-fhi-andel at the end year of the period, the country as 0000, and keeps «:»', () => {
    // FHI's figures for 2021–2023 (via evensrii/Telemark, see make-json-stat-fixtures.mjs).
    expect(figure('0000,2023,lavinntekt-fhi-andel,innvandrere|alle')).toBe(
      '0000,2023,lavinntekt-fhi-andel,innvandrere|alle,23.7,ok,,0000,fhi-api-403',
    );
    expect(figure('0000,2023,lavinntekt-fhi-andel,norskfodte|0-17')).toBe(
      '0000,2023,lavinntekt-fhi-andel,norskfodte|0-17,27.6,ok,,0000,fhi-api-403',
    );
    expect(figure('4001,2023,lavinntekt-fhi-andel,alle|alle')).toMatch(
      /^4001,2023,lavinntekt-fhi-andel,alle\|alle,9\.507\d*,ok,,4001,fhi-api-403$/,
    );
    // FHI writes a hidden cell as «:» in place of the number (test-only cell): hidden, not missing, not 0.
    expect(figure('0301,2023,lavinntekt-fhi-andel,alle|alle')).toBe(
      '0301,2023,lavinntekt-fhi-andel,alle|alle,,suppressed,,0301,fhi-api-403',
    );
    // Fylker (GEO 40) are not kommuner; IMDi's lavinntekt-andel gets nothing from FHI.
    expect(files['observations.csv']).not.toMatch(/^0040,|^40,/m);
    expect(files['observations.csv']).not.toMatch(/,lavinntekt-andel,[^\n]*,fhi-api-403,/);
  });

  it("records each table in sources.csv with the publisher's «updated» date as its vintage", () => {
    const sources = files['sources.csv'];
    expect(sources).toMatch(/^ssb-api-09817,ssb-api\/09817\.json,.*,2026-03-10,/m);
    expect(sources).toMatch(/^ssb-api-11607,ssb-api\/11607\.json,.*,2026-05-28,/m);
    expect(sources).toMatch(/^fhi-api-403,fhi-api\/403\.json,.*,2026-03-02,/m);
  });

  it("shows the two rates on a profile in panels of their own, FHI's hidden cell in words, beside Hele landet", () => {
    const figures = parseTable(OBSERVATIONS, files['observations.csv'])!;
    const panels = (region: string, name: string) =>
      buildProfile({
        name,
        own: figures.filter((f) => f.region === region),
        country: figures.filter((f) => f.region === '0000'),
      }).flatMap((s) => s.panels);
    const oslo = panels('0301', 'Oslo').find((p) => p.id === 'lavinntekt-fhi')!;
    expect(oslo.title).toBe('Vedvarende lavinntekt etter innvandringskategori (FHI)');
    expect(oslo.table!.caption).toBe('Vedvarende lavinntekt etter innvandringskategori (FHI), 2023');
    expect(oslo.table!.rows[0]).toEqual(['Hele befolkningen', 'skjult (personvern)', '9,5\u00a0%']);
    expect(oslo.table!.rows[1]).toEqual(['Innvandrere', 'mangler', '23,7\u00a0%']);
    const porsgrunn = panels('4001', 'Porsgrunn');
    expect(porsgrunn.find((p) => p.id === 'sysselsatte-landbakgrunn')!.table!.rows[0]).toEqual([
      'Innvandrere',
      '59,7\u00a0%',
      'ikke i kilden', // SSB's kommune code list has no national row
    ]);
    // IMDi's panels are not fed by these tables.
    for (const id of ['lavinntekt', 'sysselsetting'])
      for (const c of porsgrunn.find((p) => p.id === id)?.citations ?? []) expect(c.source).toMatch(/^imdi-/);
  }, 60_000); // reads the whole ingested dataset

  it('reports a table the publisher does not have (404) without failing the run, and keeps the file it had', async () => {
    const before = readFileSync(join(raw, 'ssb-api/11607.json'));
    server.on('GET', SSB('11607'), { status: 404, body: 'Not Found' });
    const report = await fetchMine();
    expect(report.exitCode).toBe(0);
    expect(report.failed).toEqual([]);
    expect(report.notFound.map((f) => f.table.id)).toEqual(['ssb-11607']);
    expect(report.lines.join('\n')).toMatch(/not found at the publisher \(404/);
    expect(readFileSync(join(raw, 'ssb-api/11607.json')).equals(before)).toBe(true);
    server.on('GET', SSB('11607'), { status: 200, body: json(fixture('ssb-11607-sysselsatte.json')) });
  });

  describe('a changed table stops ingest with what changed, and publishes nothing', () => {
    const published = () => Object.fromEntries(readdirSync(out).map((f) => [f, sha(readFileSync(join(out, f)))]));
    const refetch = async (id: string) => {
      const report = await fetchMine({ tables: FETCH_TABLES.filter((t) => t.id === id) });
      expect(report.failed).toEqual([]);
    };

    it('a changed unit (SSB 11607 in persons instead of percent)', async () => {
      const was = published();
      const doc = fixture('ssb-11607-sysselsatte.json');
      doc.dimension.ContentsCode.category.unit.Sysselsatte2.base = 'personer';
      server.on('GET', SSB('11607'), { status: 200, body: json(doc) });
      await refetch('ssb-11607');
      await expect(ingest(raw, out)).rejects.toThrow(
        /^ssb-api\/11607\.json: the publisher changed the table \(source ssb-api-11607\): unit of ContentsCode:Sysselsatte2 changed: expected "prosent", found "personer"/,
      );
      expect(published()).toEqual(was);
      server.on('GET', SSB('11607'), { status: 200, body: json(fixture('ssb-11607-sysselsatte.json')) });
      await refetch('ssb-11607');
    }, 60_000);

    it('a new dimension code (FHI 403 adds an immigrant category) and a period that is not three years', async () => {
      const was = published();
      const doc = fhi403();
      doc.dimension.INNVKAT.category.index['30'] = 4;
      doc.dimension.INNVKAT.category.label['30'] = 'innvandrere og norskfødte med innvandrerforeldre';
      doc.size[3] = 5;
      // Every cell of the new category null: only the code list changed.
      const old = doc.value as (number | string | null)[];
      doc.value = old.flatMap((v, i) => (i % 4 === 3 ? [v, null] : [v]));
      doc.dimension.AAR.category.label['2023_2023'] = '2023';
      server.on('POST', FHI('403', 'data'), { status: 200, body: json(doc) });
      await refetch('fhi-403');
      await expect(ingest(raw, out)).rejects.toThrow(
        /^fhi-api\/403\.json: the publisher changed the table \(source fhi-api-403\): new code in "INNVKAT": "30"; periods of "AAR" changed: expected 3-year periods labelled "YYYY-YYYY" ending in the code's end year, found "2023_2023 = 2023"/,
      );
      expect(published()).toEqual(was);
      server.on('POST', FHI('403', 'data'), { status: 200, body: json(fhi403()) });
      await refetch('fhi-403');
    }, 60_000);

    it("a country code that now means another country (SSB 09817's label check)", async () => {
      const was = published();
      const doc = fixture('ssb-09817-landbakgrunn.json');
      doc.dimension.Landbakgrunn.category.label['148'] = 'Hviterussland';
      server.on('GET', SSB('09817'), { status: 200, body: json(doc) });
      await refetch('ssb-09817');
      await expect(ingest(raw, out)).rejects.toThrow(
        /the publisher changed the table \(source ssb-api-09817\): label of Landbakgrunn:148 changed: expected "Ukraina", found "Hviterussland"/,
      );
      expect(published()).toEqual(was);
    }, 60_000);
  });
});
