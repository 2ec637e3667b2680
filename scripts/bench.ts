/**
 * npm run bench: measures, never asserts. Prints
 * - ingest of the whole raw directory: wall time and peak memory (in a child process);
 * - full site build: wall time and pages built;
 * - bytes of a profile page (HTML, CSS, JS; raw and gzip), and of the script «Planlegg vedtaket» adds to it;
 * - in chromium: what pages transfer, redraw times, briefs printed (all 357, in every language built);
 * - Lighthouse (mobile preset, served compressed; with the preset's 4× CPU slowdown and without): performance
 *   and accessibility per page type in every language.
 * Usage: npm run bench [-- --raw DIR] [--only STEP[,STEP…]] [--lighthouse-runs N (default 3; median reported)]
 * Steps, in order: ingest, build, bytes, browser, lighthouse. Steps after `build` measure
 * the dist/ that is there (run `npm run build` first when running them alone).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serve } from './serve.ts';

const argRaw = process.argv.indexOf('--raw');
const RAW = resolve(argRaw >= 0 ? process.argv[argRaw + 1] : '../shared/data/raw');
const STEPS = ['ingest', 'build', 'bytes', 'browser', 'lighthouse'] as const;
const argOnly = process.argv.indexOf('--only');
const only = argOnly >= 0 ? process.argv[argOnly + 1].split(',') : [...STEPS];
for (const s of only)
  if (!(STEPS as readonly string[]).includes(s))
    throw new Error(`--only: unknown step «${s}» (steps: ${STEPS.join(', ')})`);
const want = (step: (typeof STEPS)[number]) => only.includes(step);
/**
 * The pages the issues' Lighthouse targets name, in each language: every page type (front, three
 * profiles, a comparison, a brief, «Om dataene», «Last ned data»).
 */
const LIGHTHOUSE_PATHS = [
  '/',
  '/kommune/0301-oslo/',
  '/kommune/1508-alesund/',
  '/kommune/1151-utsira/',
  '/sammenlign/?k=0301,4601,5001',
  '/kommune/0301-oslo/notat/',
  '/om-dataene/',
  '/data/',
];
const LIGHTHOUSE_PAGES = ['', '/nn', '/en'].flatMap((prefix) => LIGHTHOUSE_PATHS.map((p) => prefix + p));
const results: [string, string][] = [];
const row = (k: string, v: string) => {
  results.push([k, v]);
  console.log(`${k.padEnd(46)} ${v}`);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/**
 * The build as `npm run build` runs it (package.json): a larger young generation for V8, since a
 * build allocates short-lived strings for 2 000 pages and scavenging them was 5 s of it (about 2 s
 * less with 64 MB semi-spaces on the 2-core machine).
 */
const ASTRO_BUILD = ['--max-semi-space-size=64', 'node_modules/astro/bin/astro.mjs', 'build'];
/** The languages published under a path prefix (bokmål has none). */
const LANGUAGE_DIRS = ['nn', 'en'];

function timed(cmd: string, args: string[]): { ms: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Oslo' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return { ms: performance.now() - t0, out: r.stdout + r.stderr };
}

// 1. Ingest, in a child process so its peak memory is its own.
if (want('ingest')) {
  const out = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const probe = `const { ingest } = await import(${JSON.stringify(resolve('scripts/ingest.ts'))}); const t0 = performance.now(); await ingest(${JSON.stringify(RAW)}, ${JSON.stringify(out)}); console.log(JSON.stringify({ ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));`;
  const ing = timed(process.execPath, ['--input-type=module', '-e', probe]);
  const ingStats = JSON.parse(
    ing.out
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .at(-1)!,
  );
  row('ingest: time (in process)', `${(ingStats.ms / 1000).toFixed(2)} s`);
  row('ingest: wall time incl. node start', `${(ing.ms / 1000).toFixed(2)} s`);
  row('ingest: peak memory (max RSS)', `${(ingStats.maxRssKb / 1024).toFixed(0)} MB`);
}

// 2. Full site build.
if (want('build')) {
  const build = timed(process.execPath, ASTRO_BUILD);
  const pages = countPages('dist');
  row('build: wall time', `${(build.ms / 1000).toFixed(2)} s`);
  row('build: pages built', String(pages));
  // Per language: nynorsk and English live under their prefix; bokmål is the rest.
  const byLang = LANGUAGE_DIRS.filter((l) => existsSync(join('dist', l))).map(
    (l) => [l, countPages(join('dist', l))] as const,
  );
  if (byLang.length)
    row(
      `build: pages per language (${['nb', ...byLang.map(([l]) => l)].join(' / ')})`,
      [pages - byLang.reduce((sum, [, n]) => sum + n, 0), ...byLang.map(([, n]) => n)].join(' / '),
    );
  // Where the time went: Astro's own per-route times summed by language and page type (the rest is
  // bundling, getStaticPaths, data loading and writing files).
  const spent = routeTimes(build.out);
  row('build: summed route times (Astro log)', `${(spent.total / 1000).toFixed(2)} s`);
  for (const [key, v] of [...spent.by].sort((a, b) => b[1].ms - a[1].ms))
    row(`build: ${key}`, `${(v.ms / 1000).toFixed(2)} s over ${v.n} (${(v.ms / v.n).toFixed(1)} ms each)`);

  // 2b. What the 357 briefs add: the same build without them.
  {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ASTRO_BUILD, {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Europe/Oslo', SKIP_BRIEFS: '1' },
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const without = performance.now() - t0;
    row('build without briefs: wall time', `${(without / 1000).toFixed(2)} s`);
    row('briefs: added build time (357 briefs)', `${((build.ms - without) / 1000).toFixed(2)} s`);
    // Put the full site back for the page measurements below.
    timed(process.execPath, ASTRO_BUILD);
  }
}

// 3. A profile page's bytes.
if (want('bytes')) {
  for (const path of ['kommune/0301-oslo', 'kommune/1508-alesund']) pageBytes(path);

  // 3a. The script «Planlegg vedtaket» adds to a profile (issue 20's budget: ≤ 8 KB gzip): its module and
  // every chunk it imports, each gzipped on its own (as served).
  {
    const html = readFileSync(join('dist', 'kommune', '4601-bergen', 'index.html'), 'utf8');
    const entry = html.match(/src="\/_astro\/(PlanningSection[^"]+\.js)"/)?.[1];
    if (entry) {
      const seen = new Set<string>();
      const walk = (f: string) => {
        if (seen.has(f)) return;
        seen.add(f);
        for (const m of readFileSync(join('dist', '_astro', f), 'utf8').matchAll(
          /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g,
        ))
          walk(m[1]);
      };
      walk(entry);
      const files = [...seen].map((f) => readFileSync(join('dist', '_astro', f)));
      const gz = files.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      const raw = files.reduce((sum, b) => sum + b.length, 0);
      row(
        'profile: «Planlegg vedtaket» script raw / gzip',
        `${kb(raw)} / ${kb(gz)} (${files.length} files; budget 8 KB gzip)`,
      );
    } else row('profile: «Planlegg vedtaket» script', 'not found in /kommune/4601-bergen/');
  }

  // 3b. Every profile page in every language built: median and largest, gzip (HTML with inlined CSS; no JS).
  for (const prefix of ['', ...LANGUAGE_DIRS]) {
    const dir = join('dist', prefix, 'kommune');
    if (!existsSync(dir)) continue;
    const sizes = readdirSync(dir)
      .filter((d) => existsSync(join(dir, d, 'index.html')))
      .map((d) => ({ d, gz: gzipSync(readFileSync(join(dir, d, 'index.html')), { level: 9 }).length }))
      .sort((a, b) => a.gz - b.gz);
    row(
      `profile pages, ${prefix || 'nb'}: median / largest gzip`,
      `${kb(sizes[Math.floor(sizes.length / 2)].gz)} / ${kb(sizes.at(-1)!.gz)} (${sizes.at(-1)!.d})`,
    );
  }
}

// 4. In chromium: what pages transfer, and how fast views redraw.
if (want('browser')) await browserFigures();

// 5. Lighthouse, mobile preset, against the site served compressed (scripts/serve.ts).
if (want('lighthouse')) await lighthouseFigures();

function pageBytes(path: string) {
  const html = readFileSync(join('dist', path, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
  const css = assets.filter((a) => a.endsWith('.css')).map((a) => readFileSync(join('dist', a)));
  const js = assets.filter((a) => a.endsWith('.js')).map((a) => readFileSync(join('dist', a)));
  const inlineJs = [...html.toString().matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const sum = (bs: Buffer[]) => bs.reduce((s, b) => s + b.length, 0);
  const gz = (bs: Buffer[]) => bs.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
  row(`/${path}/: HTML (CSS inlined) raw / gzip`, `${kb(html.length)} / ${kb(gzipSync(html, { level: 9 }).length)}`);
  row(`/${path}/: external CSS raw / gzip`, `${kb(sum(css))} / ${kb(gz(css))}`);
  row(`/${path}/: JS raw / gzip (inline ${inlineJs.length} B)`, `${kb(sum(js))} / ${kb(gz(js))}`);
  row(`/${path}/: total gzip`, kb(gzipSync(html, { level: 9 }).length + gz(css) + gz(js)));
}

/**
 * Astro prints each route it writes with its time («├─ /nn/kommune/0301-oslo/index.html (+21ms)»):
 * summed by language (its path prefix, bokmål without one) and page type.
 */
function routeTimes(log: string): { total: number; by: Map<string, { ms: number; n: number }> } {
  const by = new Map<string, { ms: number; n: number }>();
  let total = 0;
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const ms = Number(m[2]);
    const parts = m[1].split('/').filter(Boolean);
    const lang = LANGUAGE_DIRS.includes(parts[0]) ? parts.shift()! : 'nb';
    const type =
      parts[0] === 'kommune'
        ? parts[2] === 'notat'
          ? 'brief'
          : 'profile'
        : parts[0] === 'data'
          ? `data/${parts[1]?.replace(/\.\w+$/, '') ?? ''}`
          : parts[0]?.replace(/(\/index)?\.html$/, '') || 'front';
    const key = type.startsWith('data/') ? type : `${lang} ${type}`;
    const v = by.get(key) ?? { ms: 0, n: 0 };
    by.set(key, { ms: v.ms + ms, n: v.n + 1 });
    total += ms;
  }
  return { total, by };
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (e.endsWith('.html')) n++;
  }
  return n;
}

/** Every response a page load transfers (HTML, CSS, JS, data), raw and gzip. */
async function transferred(page: Page, url: string, settle: () => Promise<unknown>) {
  const bodies: { url: string; raw: number; gz: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) =>
    pending.push(
      r
        .body()
        .then((b) => {
          bodies.push({ url: r.url(), raw: b.length, gz: gzipSync(b, { level: 6 }).length });
        })
        .catch(() => {}),
    ),
  );
  await page.goto(url);
  await settle();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const by = (re: RegExp) =>
    bodies.filter((b) => re.test(b.url)).reduce((s, b) => ({ raw: s.raw + b.raw, gz: s.gz + b.gz }), { raw: 0, gz: 0 });
  return {
    all: by(/./),
    html: by(/\/(\?.*)?$|\.html/),
    js: by(/\.js(\?|$)/),
    css: by(/\.css(\?|$)/),
    data: by(/\/data\//),
    count: bodies.length,
  };
}

async function browserFigures() {
  const server = await serve('dist', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const fmt = (x: { raw: number; gz: number }) => `${kb(x.raw)} / ${kb(x.gz)}`;
    // Front page.
    let page = await browser.newPage();
    const front = await transferred(page, `${base}/`, () =>
      page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-front]')?.dataset.state),
    );
    row('front page: everything transferred raw / gzip', `${fmt(front.all)} (${front.count} responses)`);
    row('front page: HTML / JS / data', `${fmt(front.html)} | ${fmt(front.js)} | ${fmt(front.data)}`);
    const mapBytes = await page.evaluate(() =>
      ['#kart', '#kart-oslo'].map((s) => document.querySelector(s)!.outerHTML).join(''),
    );
    row('front page: map SVG (boundaries) raw / gzip', `${kb(mapBytes.length)} / ${kb(gzipSync(mapBytes).length)}`);
    const redraw = async (indicator: string) => {
      const t0 = await page.evaluate(() => performance.now());
      await page.selectOption('select[name=indikator]', indicator);
      await page.waitForFunction(
        (i) => (document.querySelector<HTMLElement>('[data-front]')!.dataset.state ?? '').includes(i),
        indicator,
      );
      const t1 = await page.evaluate(() => performance.now());
      const pure = await page.evaluate(() =>
        Number(document.querySelector<HTMLElement>('[data-front]')!.dataset.redrawMs),
      );
      return { total: t1 - t0, pure };
    };
    const first = await redraw('vedtak-av-anmodning');
    row(
      'front: change measure, first time (fetch + redraw)',
      `${first.total.toFixed(0)} ms (redraw ${first.pure.toFixed(1)} ms)`,
    );
    await page.selectOption('select[name=indikator]', 'bosatt-per-1000');
    await page.waitForFunction(
      () => (document.querySelector<HTMLElement>('[data-front]')!.dataset.state ?? '') === '?',
    );
    const again = await redraw('vedtak-av-anmodning');
    row(
      'front: change measure, cached (map, legend, ranking)',
      `${again.total.toFixed(0)} ms (redraw ${again.pure.toFixed(1)} ms)`,
    );
    await page.close();

    // Comparison of three kommuner.
    page = await browser.newPage();
    const cmp = await transferred(page, `${base}/sammenlign/?k=0301,1101,4601&ref=land`, () =>
      page.waitForFunction(() =>
        (document.querySelector<HTMLElement>('[data-compare]')?.dataset.state ?? '').includes('0301'),
      ),
    );
    row('compare 3 kommuner: everything transferred raw / gzip', `${fmt(cmp.all)} (${cmp.count} responses)`);
    row('compare: HTML / JS / data', `${fmt(cmp.html)} | ${fmt(cmp.js)} | ${fmt(cmp.data)}`);
    const peer = page.locator('[data-peers] [data-add]').first();
    const code = await peer.getAttribute('data-add');
    const t0 = await page.evaluate(() => performance.now());
    await peer.click();
    await page.waitForFunction(
      (c) => (document.querySelector<HTMLElement>('[data-compare]')!.dataset.state ?? '').includes(`,${c}`),
      code,
    );
    const t1 = await page.evaluate(() => performance.now());
    const pure = await page.evaluate(() =>
      Number(document.querySelector<HTMLElement>('[data-compare]')!.dataset.redrawMs),
    );
    row(
      'compare: add a kommune (click → redrawn, incl. fetch)',
      `${(t1 - t0).toFixed(0)} ms (redraw ${pure.toFixed(1)} ms)`,
    );
    await page.close();

    // Briefs in every language built (bokmål at /kommune/…, nynorsk /nn/…, English /en/…): bytes, and how
    // many of the 357 print on more than two A4 pages, each printed to PDF.
    for (const prefix of ['', ...LANGUAGE_DIRS]) {
      const dir = join('dist', prefix, 'kommune');
      if (!existsSync(dir)) continue;
      const lang = prefix || 'nb';
      const slugs = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'notat', 'index.html')));
      const gz = slugs
        .map((d) => gzipSync(readFileSync(join(dir, d, 'notat', 'index.html')), { level: 9 }).length)
        .sort((a, b) => a - b);
      row(
        `brief HTML, ${lang} (CSS inlined, no JS): median / max gzip`,
        `${kb(gz[Math.floor(gz.length / 2)])} / ${kb(gz.at(-1)!)}`,
      );
      page = await browser.newPage();
      const pages: number[] = [];
      const overNames: string[] = [];
      for (const d of slugs) {
        await page.goto(`${base}${prefix ? `/${prefix}` : ''}/kommune/${d}/notat/`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        const n = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
        pages.push(n);
        if (n > 2) overNames.push(d);
      }
      row(
        `briefs printed to PDF, ${lang}: pages min / max; over two pages`,
        `${Math.min(...pages)} / ${Math.max(...pages)}; ${overNames.length} of ${pages.length}${overNames.length ? ` (${overNames.slice(0, 8).join(', ')}${overNames.length > 8 ? ', …' : ''})` : ''}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function lighthouseFigures() {
  const { lighthousePages } = await import('./lighthouse.ts');
  const server = await serve('dist', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const argRuns = process.argv.indexOf('--lighthouse-runs');
    const runs = argRuns >= 0 ? Number(process.argv[argRuns + 1]) : 3;
    // The mobile preset as it is (simulated 4× CPU slowdown), then with this machine's CPU as it is.
    for (const cpuSlowdown of [4, 1]) {
      const pages = await lighthousePages(base, LIGHTHOUSE_PAGES, runs, { cpuSlowdown });
      console.log(
        `Lighthouse 12.2.3, mobile preset, CPU slowdown ${cpuSlowdown}×, served compressed; median of ${runs} run(s) by performance score:`,
      );
      for (const p of pages)
        row(
          `lighthouse ${cpuSlowdown}× ${p.path}: perf. / access.`,
          `${p.performance} (runs ${p.range[0]}–${p.range[1]}) / ${p.accessibility} (${p.metrics}${p.compressed ? '' : '; NOT compressed'})`,
        );
      for (const p of pages) {
        if (p.external.length) console.log(`  ${p.path}: requests to other origins: ${p.external.join(', ')}`);
        if (p.performance >= 98 && p.accessibility >= 100) continue;
        for (const f of p.failing)
          console.log(`  ${p.path}: ${f.category} ${f.id} (${f.score}) ${f.title}${f.detail ? ` — ${f.detail}` : ''}`);
      }
    }
  } finally {
    server.close();
  }
}
