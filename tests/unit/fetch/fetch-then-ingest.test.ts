/**
 * npm run fetch end to end against a local stand-in for the publishers, then
 * npm run ingest on what it wrote. The raw directory is the real one (env
 * RAW_DIR, default ../shared/data/raw) with the fetched folders added beside it.
 * Nothing here reaches the internet.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFetch, type RunFetchOptions } from '../../../scripts/fetch.ts';
import { ingest } from '../../../scripts/ingest.ts';
import Papa from 'papaparse';
import { FETCH_TABLES, IMDI_TABLES } from '../../../src/lib/fetch/fetch-config.ts';
import { FETCH_MANIFEST, type FetchManifest } from '../../../src/lib/fetch/fetch-manifest.ts';
import { RELEASES, REVISIONS } from '../../../src/lib/domain/dataset-schema.ts';
import { RAW, rawSuite } from '../raw-dir.ts';
import { PublisherServer } from './publisher-server.ts';

const runs = rawSuite(
  'npm run fetch of every configured table, then npm run ingest of what it wrote (fetch-then-ingest)',
);
const FIXTURES = resolve('tests/fixtures/fetch');
const rawFile = (path: string) => (runs ? readFileSync(join(RAW, path)) : Buffer.alloc(0));
const figur1 = rawFile('imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv');
const figur3 = rawFile('imdi-via-evensrii-telemark/Figur3_flytting_2022.csv');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const IMDI = (t: string) => `/download_csv/k/${t}`;
const SSB = (t: string) => `/api/pxwebapi/v2/tables/${t}/data`;

/** IMDi's two real app exports from the raw directory; every other IMDi table from its fixture (tests/fixtures/fetch/README.md). */
const REAL_EXPORTS: Record<string, Buffer> = { bosatt_anmodede: figur1, flyktning_botid_flytting: figur3 };
const FIXTURE_TABLES = IMDI_TABLES.filter((t) => !Object.hasOwn(REAL_EXPORTS, t));
const IMDI_BODIES: Record<string, Buffer> = {
  ...REAL_EXPORTS,
  ...Object.fromEntries(FIXTURE_TABLES.map((t) => [t, fixture(`imdi-${t}.csv`)])),
};
const sourceOf = (table: string) => `imdi-api-${table.replaceAll('_', '-')}`;
/** Configured tables the stand-in does not serve (no fixture yet): each answers 404. (A 404 table: fetch-json-stat-tables.test.ts.) */
const NOT_SERVED: string[] = [];

function publishers(): PublisherServer {
  const server = new PublisherServer();
  for (const [t, body] of Object.entries(IMDI_BODIES))
    server.on('GET', IMDI(t), { status: 200, body, headers: { 'Content-Type': 'text/csv; charset=ISO-8859-1' } });
  return server
    .on('GET', SSB('07459'), { status: 200, body: fixture('ssb-07459-kommuner-2025-2026.json') })
    .on('GET', SSB('09817'), { status: 200, body: fixture('ssb-09817-landbakgrunn.json') })
    .on('GET', SSB('11607'), { status: 200, body: fixture('ssb-11607-sysselsatte.json') })
    .on('GET', '/api/open/v1/nokkel/Table/403/query', { status: 200, body: fixture('fhi-403-query.json') })
    .on('POST', '/api/open/v1/nokkel/Table/403/data', {
      status: 200,
      body: fixture('fhi-403-lavinntekt-innvkat.json'),
    });
}

/** An observations.csv as rows keyed by region, year, measure and group. */
function observations(text: string): Map<string, Record<string, string>> {
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [`${r.region},${r.period},${r.measure},${r.group}`, r]));
}

/** Fetch options and the manifest reader for the server and raw directory a suite's beforeAll sets up. */
function fetchKit(at: () => { server: PublisherServer; raw: string }) {
  return {
    fetchOpts: (o: Partial<RunFetchOptions> = {}): RunFetchOptions => ({
      out: at().raw,
      bases: at().server.bases,
      retries: 1,
      backoffMs: 10,
      timeoutMs: 5_000,
      ...o,
    }),
    manifest: (): FetchManifest => JSON.parse(readFileSync(join(at().raw, FETCH_MANIFEST), 'utf8')),
  };
}
const only = (...ids: string[]) => FETCH_TABLES.filter((t) => ids.includes(t.id));

describe.skipIf(!runs)('npm run fetch, then npm run ingest', () => {
  let server: PublisherServer;
  let raw: string;
  let outA: string;
  const { fetchOpts, manifest } = fetchKit(() => ({ server, raw }));

  beforeAll(async () => {
    server = await publishers().start();
    raw = mkdtempSync(join(tmpdir(), 'fetch-raw-'));
    for (const d of readdirSync(RAW, { withFileTypes: true }))
      if (d.isDirectory()) symlinkSync(join(RAW, d.name), join(raw, d.name));
    outA = mkdtempSync(join(tmpdir(), 'fetch-out-a-'));
  });
  afterAll(() => server.stop());

  it('downloads every configured table, reports the 404s, writes the manifest, and ingest reads the fetched files', async () => {
    const report = await runFetch(fetchOpts());
    expect(report.failed).toEqual([]);
    expect(report.exitCode).toBe(0);
    const served = FETCH_TABLES.filter((t) => !NOT_SERVED.includes(t.id));
    expect(report.fetched.map((f) => f.table.id).sort()).toEqual(served.map((t) => t.id).sort());
    // Every IMDi table configured is served and fetched; a 404 is reported, not fatal.
    expect(report.notFound.map((f) => f.table.id).sort()).toEqual([...NOT_SERVED].sort());
    expect(report.lines).toContain('  new       ssb-api/07459.json (publisher updated 2026-10-01T06:00:00Z)');
    expect(report.lines).toContain('  new       ssb-api/09817.json (publisher updated 2026-03-10T07:00:00Z)');

    // The same layout ingest reads, byte for byte what was served.
    expect(readFileSync(join(raw, 'imdi-api/k/bosatt_anmodede.csv')).equals(figur1)).toBe(true);
    const m = manifest().files;
    expect(Object.keys(m).sort()).toEqual(served.map((t) => t.file).sort());
    for (const t of IMDI_TABLES)
      expect(readFileSync(join(raw, `imdi-api/k/${t}.csv`)).equals(IMDI_BODIES[t]), t).toBe(true);
    expect(m['imdi-api/k/bosatt_anmodede.csv']).toMatchObject({
      url: `${server.origin}/download_csv/k/bosatt_anmodede`,
      method: 'GET',
      status: 200,
      bytes: figur1.length,
      sha256: sha(figur1),
      updated: null,
      attempts: 1,
    });
    expect(m['ssb-api/07459.json']).toMatchObject({ status: 200, updated: '2026-10-01T06:00:00Z' });
    expect(m['ssb-api/07459.json'].url).toContain('codelist%5BRegion%5D=agg_KommGjeldende');

    // The requests as the publishers document them, with a descriptive User-Agent.
    const ssb = server.requests.find((r) => r.path === SSB('07459'))!;
    expect(Object.fromEntries(ssb.query)).toMatchObject({
      lang: 'no',
      outputFormat: 'json-stat2',
      'codelist[Region]': 'agg_KommGjeldende',
      'valueCodes[Region]': '*',
      'valueCodes[ContentsCode]': 'Personer1',
    });
    expect(ssb.headers['user-agent']).toMatch(/^bosettingstall-fetch\//);
    const fhi = server.requests.find((r) => r.method === 'POST' && r.path.endsWith('/403/data'))!;
    // The FHI query body itself is checked in fetch-json-stat-tables.test.ts.
    expect(JSON.parse(fhi.body).response).toEqual({ format: 'json-stat2' });
    expect(fhi.headers['content-type']).toBe('application/json');

    const files = await ingest(raw, outA);
    const sources = files['sources.csv'];
    const today = new Date().toISOString().slice(0, 10);
    expect(sources).toContain(`imdi-api-bosatt-anmodede,imdi-api/k/bosatt_anmodede.csv`);
    expect(sources).toMatch(new RegExp(`imdi-api-bosatt-anmodede,.*,${today},${sha(figur1)}`));
    expect(sources).toMatch(/ssb-api-07459,.*,2026-10-01,/);
    // The fetched copy is the newest vintage: the figures are its own, and the same numbers as before.
    const published = readFileSync('data/observations.csv', 'utf8');
    const line = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));
    expect(line(files['observations.csv'], '0301,2016,anmodning,,')).toMatch(
      /^0301,2016,anmodning,,1000,ok,,0301,imdi-api-bosatt-anmodede,/,
    );
    expect(line(published, '0301,2016,anmodning,,')!.split(',')[4]).toBe('1000');
    expect(line(files['observations.csv'], '0301,2026,befolkning,,')!.split(',').slice(4, 9)).toEqual([
      line(published, '0301,2026,befolkning,,')!.split(',')[4],
      'ok',
      '',
      '0301',
      'ssb-api-07459',
    ]);

    // The ten IMDi tables whose layout is assumed: each fixture figure lands on the measure, group, kommune and
    // year the older export of the same table feeds, with its status kept (: hidden, . not applicable, 0 a value).
    const got = observations(files['observations.csv']);
    const was = observations(published);
    const at = (key: string) => {
      const o = got.get(key);
      return o && [o.value, o.status, o.source].join(',');
    };
    expect(at('0301,2014,sysselsatte,innvandrere')).toBe('91951,ok,imdi-api-sysselsatte-innvkat');
    expect(at('1101,2014,sysselsatte-andel,befolkningen_ellers')).toBe('72,ok,imdi-api-sysselsatte-innvkat');
    expect(at('0301,2013,sysselsatte-grunn-andel,alle')).toBe('64.5,ok,imdi-api-sysselsatte-botid-land');
    expect(at('0301,2021,innvandrere-grunn,flukt')).toMatch(/^\d+,ok,imdi-api-befolkning-innvandringsgrunn$/);
    expect(at('0301,2015,intro-deltakere,')).toBe('783,ok,imdi-api-intro-deltakere');
    expect(at('1111,2015,intro-deltakere,')).toBe(',not-applicable,imdi-api-intro-deltakere');
    expect(at('1114,2015,intro-deltakere,')).toBe(',suppressed,imdi-api-intro-deltakere');
    expect(at('0301,2014,intro-status,ettaar|arbutd')).toBe('140,ok,imdi-api-intro-status-arbutd');
    expect(at('1101,2014,intro-status,ettaar|arbutd')).toBe(',suppressed,imdi-api-intro-status-arbutd');
    expect(at('0301,2014,lavinntekt-andel,innvandrere|2')).toBe('32,ok,imdi-api-vedvarende-lavinntekt');
    expect(at('0301,2014,sosialhjelp-andel,innvandrere')).toBe('7.22,ok,imdi-api-sosialhjelp');
    expect(at('0301,2014,barnehage-andel,minoritet')).toBe('79.469054,ok,imdi-api-barnehagedeltakelse-spraak');
    expect(at('0301,2023,tilskudd,totalt')).toBe('1396133280,ok,imdi-api-tilskudd');
    expect(at('1816,2023,tilskudd,inttilsk_1')).toBe(',suppressed,imdi-api-tilskudd');
    expect(at('1103,2024,ema-anmodning,')).toBe('12,ok,imdi-api-enslige-mindrearige');
    expect(at('1101,2024,ema-bosatt,')).toBe('0,ok,imdi-api-enslige-mindrearige');
    expect(at('5001,2024,ema-bosatt,')).toBe(',suppressed,imdi-api-enslige-mindrearige');
    expect(at('1101,2024,ema-anmodning,')).toBe(',not-applicable,imdi-api-enslige-mindrearige');
    // «.» for a decision where IMDi made a request: not registered (missing) — but Oslo 2024 (53 requested) is worded
    // «har ikke vedtatt hvor mange» in app_flyktninger_oppsummert.xlsx (`ema_vedtak_2024_string`, sources.ts statusWhen):
    // pending. The app export has no wording column, so its «.» gives way to that word (dotYieldsToPending in the
    // manifest) instead of turning it into «mangler» as the newest vintage.
    expect(got.get('0301,2024,ema-vedtak,')).toMatchObject({ status: 'pending', source: 'imdi-flyktninger-2024' });
    expect(was.get('0301,2024,ema-vedtak,')).toMatchObject({ status: 'pending', source: 'imdi-flyktninger-2024' });
    // Copied, not invented: every fixture figure with a published counterpart has its value and status.
    const perSource = new Map<string, number>();
    const fixtureSources = new Set(FIXTURE_TABLES.map(sourceOf));
    // A published «pending» no fetched file can word stays «pending» (above): none turns «mangler».
    const pendingWording: string[] = [];
    for (const [key, o] of got) {
      if (!fixtureSources.has(o.source) || !was.has(key)) continue;
      const w = was.get(key)!;
      if (w.status === 'pending' && o.status === 'missing' && w.value === '' && o.value === '') {
        pendingWording.push(key);
        continue;
      }
      expect([key, o.value, o.status].join(','), o.source).toBe([key, w.value, w.status].join(','));
      perSource.set(o.source, (perSource.get(o.source) ?? 0) + 1);
    }
    for (const t of FIXTURE_TABLES) expect(perSource.get(sourceOf(t)), t).toBeGreaterThan(0);
    expect(pendingWording).toEqual([]);
  }, 240_000);

  let outB: string;
  it('shows a revised value as old → new and changes nothing else', async () => {
    const revised = latin1(
      figur1
        .toString('latin1')
        .replace(
          '\nPersoner;2016;0301;Oslo;Anmodning om bosetting;1000\n',
          '\nPersoner;2016;0301;Oslo;Anmodning om bosetting;1100\n',
        ),
    );
    expect(revised.length).toBe(figur1.length);
    server.on('GET', IMDI('bosatt_anmodede'), { status: 200, body: revised });
    const report = await runFetch(fetchOpts({ tables: only('imdi-bosatt_anmodede') }));
    expect(report.fetched[0].change).toBe('changed');
    expect(report.lines.join('\n')).toMatch(/changed +imdi-api\/k\/bosatt_anmodede.csv/);
    outB = mkdtempSync(join(tmpdir(), 'fetch-out-b-'));
    // Compared with the release published from the clean fetch (outA): the release diff, as npm run ingest writes it.
    const after = await ingest(raw, outB, { previous: join(outA, 'observations.csv') });
    const table = <R>(t: { read: (r: Record<string, string>) => R }, text: string) =>
      Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map(t.read);
    const revisions = table(REVISIONS, after['revisions.csv']);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      kind: 'revised',
      region: '0301',
      year: 2016,
      measure: 'anmodning',
      group: '',
      oldValue: 1000,
      oldStatus: 'ok',
      oldSource: 'imdi-api-bosatt-anmodede',
      newValue: 1100,
      newStatus: 'ok',
      newSource: 'imdi-api-bosatt-anmodede',
    });
    // Nothing else changed: one measure-year, one revised figure, none added or removed.
    const counts = table(RELEASES, after['releases.csv']);
    expect(
      counts.map(({ measure, year, added, removed, revised }) => ({ measure, year, added, removed, revised })),
    ).toEqual([{ measure: 'anmodning', year: 2016, added: 0, removed: 0, revised: 1 }]);
    expect(after['CHANGES.md']).toContain('0 figures added, 0 removed, 1 revised');
    expect(after['CHANGES.md']).toContain(
      '| 0301 Oslo | 2016 | anmodning |  | 1000 → 1100 | imdi-api-bosatt-anmodede |',
    );
  }, 240_000);

  it('stops ingest when a publisher adds a dimension code or renames a column, and publishes nothing', async () => {
    const published = () => Object.fromEntries(readdirSync(outB).map((f) => [f, sha(readFileSync(join(outB, f)))]));
    const was = published();
    const text = figur1.toString('latin1');
    server.on('GET', IMDI('bosatt_anmodede'), {
      status: 200,
      body: latin1(`${text}Personer;2024;0301;Oslo;Avtalt bosetting;1400\n`),
    });
    expect((await runFetch(fetchOpts({ tables: only('imdi-bosatt_anmodede') }))).exitCode).toBe(0);
    await expect(ingest(raw, outB)).rejects.toThrow(
      /imdi-api\/k\/bosatt_anmodede.csv, line 1: the publisher changed the table \(source imdi-api-bosatt-anmodede\): new code in "Bosetting": "Avtalt bosetting"/,
    );
    expect(published()).toEqual(was);

    server.on('GET', IMDI('bosatt_anmodede'), {
      status: 200,
      body: latin1(text.replace('Bosetting;Antall', 'Bosetting;Verdi')),
    });
    await runFetch(fetchOpts({ tables: only('imdi-bosatt_anmodede') }));
    await expect(ingest(raw, outB)).rejects.toThrow(/new column "Verdi"; column "Antall" gone/);
    expect(published()).toEqual(was);
  }, 240_000);
});

/**
 * What fetch does with a publisher's failures, on the fixture tables alone: no
 * raw files needed, so these run on a fresh clone too.
 */
describe('npm run fetch on the fixture tables: 404, retries, timeouts, cut bodies', () => {
  let server: PublisherServer;
  let raw: string;
  const FIXTURE_IDS = FETCH_TABLES.filter((t) => !Object.hasOwn(REAL_EXPORTS, t.table)).map((t) => t.id);
  const { fetchOpts, manifest } = fetchKit(() => ({ server, raw }));
  const arbutd = IMDI_BODIES.intro_status_arbutd;

  beforeAll(async () => {
    server = await publishers().start();
    raw = mkdtempSync(join(tmpdir(), 'fetch-fixtures-'));
    const first = await runFetch(fetchOpts({ tables: only(...FIXTURE_IDS) }));
    expect(first.failed).toEqual([]);
    expect(first.fetched.map((f) => f.table.id).sort()).toEqual([...FIXTURE_IDS].sort());
  });
  afterAll(() => server.stop());

  it('reports a table the publisher no longer has (404) and keeps what was fetched before', async () => {
    const before = manifest().files['imdi-api/k/tilskudd.csv'];
    server.on('GET', IMDI('tilskudd'), { status: 404, body: 'Not Found' });
    const report = await runFetch(fetchOpts({ tables: only('imdi-tilskudd', 'imdi-sosialhjelp') }));
    expect(report.exitCode).toBe(0);
    expect(report.notFound.map((f) => f.table.id)).toEqual(['imdi-tilskudd']);
    expect(report.fetched.map((f) => f.table.id)).toEqual(['imdi-sosialhjelp']);
    expect(report.lines.join('\n')).toMatch(/not found at the publisher \(404[\s\S]*404 +imdi-tilskudd: http:/);
    expect(manifest().files['imdi-api/k/tilskudd.csv']).toEqual(before);
    expect(readFileSync(join(raw, 'imdi-api/k/tilskudd.csv')).equals(IMDI_BODIES.tilskudd)).toBe(true);
    server.on('GET', IMDI('tilskudd'), { status: 200, body: IMDI_BODIES.tilskudd });
  });

  it('retries a 500 (and a 429) and then succeeds', async () => {
    server.on(
      'GET',
      IMDI('sosialhjelp'),
      { status: 500, body: 'Internal Server Error' },
      { status: 200, body: IMDI_BODIES.sosialhjelp },
    );
    const report = await runFetch(fetchOpts({ tables: only('imdi-sosialhjelp') }));
    expect(report.exitCode).toBe(0);
    expect(report.fetched[0]).toMatchObject({ attempts: 2, change: 'unchanged' });
    expect(manifest().files['imdi-api/k/sosialhjelp.csv'].attempts).toBe(2);

    server.on(
      'GET',
      SSB('07459'),
      { status: 429, headers: { 'Retry-After': '1' } },
      { status: 200, body: fixture('ssb-07459-kommuner-2025-2026.json') },
    );
    const t0 = Date.now();
    const limited = await runFetch(fetchOpts({ tables: only('ssb-07459') }));
    expect(limited.fetched[0]).toMatchObject({ attempts: 2, change: 'unchanged' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_000);
  });

  it('gives up on a table that times out, keeps its previous file and entry, and exits non-zero', async () => {
    const before = manifest().files['ssb-api/07459.json'];
    server.on('GET', SSB('07459'), { stall: 3_000 });
    const t0 = Date.now();
    const report = await runFetch(
      fetchOpts({ tables: only('ssb-07459', 'imdi-sosialhjelp'), timeoutMs: 300, retries: 1 }),
    );
    expect(Date.now() - t0).toBeLessThan(2_500);
    expect(report.exitCode).toBe(1);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(report.lines.join('\n')).toMatch(
      /1 table\(s\) FAILED; each keeps its previous file[\s\S]*timeout +ssb-api\/07459.json: no complete answer within 0.3 s/,
    );
    expect(manifest().files['ssb-api/07459.json']).toEqual(before);
    expect(sha(readFileSync(join(raw, 'ssb-api/07459.json')))).toBe(before.sha256);
    server.on('GET', SSB('07459'), { status: 200, body: fixture('ssb-07459-kommuner-2025-2026.json') });
  });

  it('refuses a body cut off mid-transfer and keeps the previous file', async () => {
    const file = 'imdi-api/k/intro_status_arbutd.csv';
    const before = manifest().files[file];
    server.on('GET', IMDI('intro_status_arbutd'), { cutAfter: 10_000, body: arbutd });
    const report = await runFetch(fetchOpts({ tables: only('imdi-intro_status_arbutd') }));
    expect(report.exitCode).toBe(1);
    expect(report.failed[0]).toMatchObject({ kind: 'truncated', attempts: 2 });
    expect(readFileSync(join(raw, file)).equals(arbutd)).toBe(true);
    expect(manifest().files[file]).toEqual(before);
    expect(readdirSync(join(raw, 'imdi-api/k')).filter((f) => f.endsWith('.part'))).toEqual([]);
    // A complete answer that is not a whole table (the last row cut short, Content-Length matching) is refused too.
    server.on('GET', IMDI('intro_status_arbutd'), { status: 200, body: arbutd.subarray(0, arbutd.lastIndexOf(';')) });
    const again = await runFetch(fetchOpts({ tables: only('imdi-intro_status_arbutd') }));
    expect(again.failed[0]).toMatchObject({ kind: 'invalid' });
    expect(again.failed[0].message).toMatch(
      /intro_status_arbutd.csv, line \d+: expected the file to end with a line break, found the end of the file inside the last line/,
    );
    server.on('GET', IMDI('intro_status_arbutd'), { status: 200, body: arbutd });
  });
});

describe('npm run fetch without a network', () => {
  it('fails at once with a clear message and changes nothing', async () => {
    const closed = await new PublisherServer().start();
    await closed.stop();
    const out = join(mkdtempSync(join(tmpdir(), 'fetch-offline-')), 'raw');
    const t0 = Date.now();
    const report = await runFetch({ out, bases: closed.bases, retries: 3, backoffMs: 1_000 });
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(report.exitCode).toBe(2);
    expect(report.lines[0]).toBe(
      'fetch failed: no publisher could be reached, so nothing was downloaded and nothing under the output directory was changed.',
    );
    expect(report.lines.join('\n')).toMatch(
      /imdi: http:\/\/127\.0\.0\.1:\d+ — cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
