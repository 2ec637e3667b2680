import { existsSync, readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from './harness.ts';

/**
 * «Last ned data» after a build (npm run build first): every address the README and the data package
 * document exists in dist/, and each file's rows are the published dataset's (data/observations.csv).
 */
const DIST = 'dist/data/last-ned/';
type Row = Record<string, string>;
const read = (path: string, delimiter = ',') =>
  Papa.parse<Row>(readFileSync(DIST + path, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    delimiter,
  }).data;

const observations = Papa.parse<Row>(readFileSync('data/observations.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const keyOf = (r: Row) => `${r.region}|${r.period ?? r.year}|${r.measure}|${r.group}`;
const published = new Map(observations.map((o) => [keyOf(o), o]));
const predecessors = Papa.parse<Row>(readFileSync('data/predecessors.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const kommuner = Papa.parse<Row>(readFileSync('data/kommuner.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** A file row against the published figure: the same key, value, status, flags, codes, source and date. */
function sameAsPublished(r: Row, decimalComma = false): string | null {
  const o = published.get(keyOf(r));
  if (!o) return `${keyOf(r)}: not in data/observations.csv`;
  const value = decimalComma ? r.value.replace(',', '.') : r.value;
  const got = [value, r.status, r.flags, r.from, r.source, r.vintage].join(' ');
  const want = [o.value, o.status, o.flags, o.from, o.source, o.vintage].join(' ');
  return got === want ? null : `${keyOf(r)}: ${got} ≠ ${want}`;
}

/** The published figures a kommune's file must hold: its own, and those of the former kommuner its page shows. */
const perRegion = new Map<string, number>();
for (const o of observations) perRegion.set(o.region, (perRegion.get(o.region) ?? 0) + 1);
function expectedForKommune(code: string): number {
  const former = predecessors.filter((p) => p.successors.split(';').includes(code)).map((p) => p.key);
  return [code, ...former].reduce((n, r) => n + (perRegion.get(r) ?? 0), 0);
}

describe('open data files in dist/ (after npm run build)', () => {
  const pkg = JSON.parse(readFileSync(`${DIST}datapackage.json`, 'utf8')) as {
    resources: { name: string; path: string; bytes: number; schema: unknown; dialect?: { delimiter?: string } }[];
  };

  it('every resource of datapackage.json and every address the README documents exists, with the size the package states', () => {
    for (const r of pkg.resources) {
      expect(existsSync(DIST + r.path), r.path).toBe(true);
      expect(statSync(DIST + r.path).size, r.path).toBe(r.bytes);
      if (typeof r.schema === 'string') expect(existsSync(DIST + r.schema), r.schema).toBe(true);
    }
    const readme = readFileSync('README.md', 'utf8');
    const documented = [...readme.matchAll(/\/data\/last-ned\/([\w./<>æøå-]*)/g)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(10);
    for (const a of documented.filter((x) => x !== '' && !x.endsWith('/'))) {
      const path = a.replace('<kode>', '0301').replace('<mål>', 'bosatt');
      expect(existsSync(DIST + path), a).toBe(true);
    }
  });

  it('the whole CSV holds every published figure once, with its value, status, flags, source and date', () => {
    const rows = read('bosettingstall.csv');
    expect(rows.length).toBe(observations.length);
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
    const wrong = rows.map((r) => sameAsPublished(r)).filter(Boolean);
    expect(wrong.slice(0, 5)).toEqual([]);
    // Statuses stay apart: as many hidden, not applicable, missing, pending and zero as published.
    const count = (list: Row[], f: (r: Row) => boolean) => list.filter(f).length;
    for (const s of ['suppressed', 'not-applicable', 'missing', 'pending'])
      expect(
        count(rows, (r) => r.status === s),
        s,
      ).toBe(count(observations, (o) => o.status === s));
    expect(count(rows, (r) => r.status === 'ok' && r.value === '0')).toBe(
      count(observations, (o) => o.status === 'ok' && o.value === '0'),
    );
  });

  it('each per-measure and per-kommune file (CSV and CSV for Norwegian Excel): the published count, and a sample of rows equal to data/', () => {
    const byMeasure = new Map<string, number>();
    for (const o of observations) byMeasure.set(o.measure, (byMeasure.get(o.measure) ?? 0) + 1);
    const problems: string[] = [];
    for (const r of pkg.resources.filter((x) => /^(maal|kommune)\//.test(x.path))) {
      const excel = r.dialect?.delimiter === ';';
      const rows = read(r.path, excel ? ';' : ',');
      const [dir, file] = r.path.split('/');
      const subject = file.replace(/(\.excel)?\.csv$/, '');
      const expected = dir === 'maal' ? (byMeasure.get(subject) ?? 0) : expectedForKommune(subject);
      if (rows.length !== expected) problems.push(`${r.path}: ${rows.length} rows, published ${expected}`);
      if (dir === 'maal' && rows.some((x) => x.measure !== subject)) problems.push(`${r.path}: another measure`);
      for (const x of [rows[0], rows[Math.floor(rows.length / 2)], rows.at(-1)].filter(Boolean)) {
        const p = sameAsPublished(x!, excel);
        if (p) problems.push(`${r.path}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    expect(pkg.resources.filter((x) => x.path.startsWith('kommune/')).length).toBe(kommuner.length * 2);
  });

  it('the XLSX of the whole dataset is a workbook of the size the page and the package state', () => {
    const bytes = readFileSync(`${DIST}bosettingstall.xlsx`);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(pkg.resources.find((r) => r.path === 'bosettingstall.xlsx')?.bytes).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(5_000_000);
  });
});

describe('«Last ned data» (/data/) in the browser', () => {
  const site = useSite();

  for (const path of ['/data/', '/nn/data/', '/en/data/'])
    for (const width of [390, 1280]) {
      it(`${path} at ${width} px with every <details> open: no sideways scroll, no axe violations`, async () => {
        const page = await site.open(path, { viewport: { width, height: 900 } });
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => {
            d.open = true;
          }),
        );
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });
    }

  it('offers each file by its stable address under a name with the kommune or measure and the date, with sizes and the version', async () => {
    const page = await site.open('/data/');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Datasettversjon [0-9a-f]{8}, med kilder til og med \d/);
    expect(text).toMatch(/Alle tall, én rad per tall \(CSV\) — \d+,\d MB, [\d\u00a0 ]+ rader/);
    expect(text).toMatch(/\(Excel, XLSX\) — \d+,\d MB/);
    const oslo = page.locator('a[href="/data/last-ned/kommune/0301.excel.csv"]');
    expect(await oslo.getAttribute('download')).toMatch(
      /^bosettingstall-0301-oslo-alle-mal-\d{4}-\d{2}(-\d{2})?-norsk-excel\.csv$/,
    );
    // In English the same file is saved under an English name.
    const en = await site.open('/en/data/');
    expect(await en.locator('a[href="/data/last-ned/kommune/0301.excel.csv"]').getAttribute('download')).toMatch(
      /^bosettingstall-0301-oslo-all-measures-\d{4}-\d{2}(-\d{2})?-norwegian-excel\.csv$/,
    );
    expect(await en.locator('a[href="/data/last-ned/bosettingstall.xlsx"]').getAttribute('download')).toMatch(
      /^bosettingstall-all-figures-\d{4}-\d{2}(-\d{2})?\.xlsx$/,
    );
    await en.context().close();
    const res = await page.request.get(`${site.base}/data/last-ned/maal/bosatt.csv`);
    expect(res.status()).toBe(200);
    expect((await res.text()).split('\n')[0]).toBe(
      'region,regionName,year,measure,group,value,unit,status,flags,from,source,vintage',
    );
    await page.context().close();
  });

  it('«Siter» on a profile and on the comparison page: the citation with the dataset version, and the kommune’s own files', async () => {
    const page = await site.open('/kommune/0301-oslo/');
    const box = page.locator('section.cite');
    expect(await box.innerText()).toMatch(
      /Bosettingstall \(\d{4}\)\. Oslo: bosetting av flyktninger, tilskudd og integrering \[datasett\]\. Datasettversjon [0-9a-f]{8}, kilder til og med .+\. Tall fra IMDi og SSB\. https?:\/\/.+\/kommune\/0301-oslo\//,
    );
    expect(await box.locator('a[href="/data/last-ned/kommune/0301.csv"]').getAttribute('download')).toMatch(
      /0301-oslo/,
    );
    await page.context().close();
    const compare = await site.open('/sammenlign/');
    expect(await compare.locator('section.cite').innerText()).toMatch(/Sammenligning av kommuner.*Datasettversjon/s);
    await compare.context().close();
  });
});
