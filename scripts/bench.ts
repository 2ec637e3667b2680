/**
 * npm run bench: measures, never asserts. Prints
 * - ingest of the whole raw directory: wall time and peak memory (in a child process);
 * - full site build: wall time and pages built;
 * - bytes of a profile page (HTML, CSS, JS; raw and gzip).
 * Usage: npm run bench [-- --raw DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const argRaw = process.argv.indexOf('--raw');
const RAW = resolve(argRaw >= 0 ? process.argv[argRaw + 1] : '../shared/data/raw');
const results: [string, string][] = [];
const row = (k: string, v: string) => {
  results.push([k, v]);
  console.log(`${k.padEnd(46)} ${v}`);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function timed(cmd: string, args: string[]): { ms: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Oslo' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return { ms: performance.now() - t0, out: r.stdout + r.stderr };
}

// 1. Ingest, in a child process so its peak memory is its own.
const out = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
const probe = `const { ingest } = await import(${JSON.stringify(resolve('scripts/ingest.ts'))}); const t0 = performance.now(); await ingest(${JSON.stringify(RAW)}, ${JSON.stringify(out)}); console.log(JSON.stringify({ ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));`;
const ing = timed(process.execPath, ['--input-type=module', '-e', probe]);
const ingStats = JSON.parse(ing.out.trim().split('\n').at(-1)!);
row('ingest: time (in process)', `${(ingStats.ms / 1000).toFixed(2)} s`);
row('ingest: wall time incl. node start', `${(ing.ms / 1000).toFixed(2)} s`);
row('ingest: peak memory (max RSS)', `${(ingStats.maxRssKb / 1024).toFixed(0)} MB`);

// 2. Full site build.
const build = timed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
const pages = countPages('dist');
row('build: wall time', `${(build.ms / 1000).toFixed(2)} s`);
row('build: pages built', String(pages));

// 3. A profile page's bytes.
for (const path of ['kommune/0301-oslo', 'kommune/1508-alesund']) pageBytes(path);

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

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (e.endsWith('.html')) n++;
  }
  return n;
}
