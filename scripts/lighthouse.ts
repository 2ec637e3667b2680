/**
 * Lighthouse (the measuring tool the issues' targets name: 12.2.3, its default
 * mobile preset — Moto G Power viewport, simulated slow 4G and 4× CPU slowdown)
 * against pages of a running server. The browser is the project's own
 * (scripts/chromium.ts), launched by chrome-launcher. Nothing leaves the
 * machine: the pages are local, Lighthouse's error reporting is off (its
 * default in the Node API), and chrome's background networking is off
 * (chrome-launcher's default flags plus the project's own).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { chromiumPath } from './chromium.ts';

export interface LighthousePage {
  path: string;
  performance: number;
  accessibility: number;
  /** Audits below Lighthouse's pass mark (0.9) in the two categories, with what they found. */
  failing: { category: string; id: string; title: string; score: number; detail: string }[];
  /** The mobile preset's metrics as Lighthouse shows them (FCP, LCP, TBT, CLS, Speed Index). */
  metrics: string;
  /** Lighthouse's own check that text responses came compressed (uses-text-compression passed). */
  compressed: boolean;
  /** Requests to any other origin than the server's (should be none). */
  external: string[];
}

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

/**
 * Each page `runs` times (the scores move with the machine's load: the mobile preset's
 * CPU slowdown multiplies the main-thread time chromium actually took); the median run
 * by performance score is reported, with the range of performance scores. `cpuSlowdown`: the
 * preset's simulated CPU slowdown (4, a mid-range phone) or another (1: this machine's CPU as it is);
 * the network stays the preset's slow 4G.
 */
export async function lighthousePages(
  base: string,
  paths: string[],
  runs = 1,
  { cpuSlowdown = 4 }: { cpuSlowdown?: number } = {},
): Promise<(LighthousePage & { range: [number, number] })[]> {
  const { path: chromePath, bundled } = await chromiumPath();
  const chromeFlags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-component-update',
    '--disable-sync',
  ];
  // The packaged build is chrome-headless-shell: it runs without a zygote.
  if (bundled) chromeFlags.push('--no-zygote');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const out: (LighthousePage & { range: [number, number] })[] = [];
  try {
    for (const path of paths) {
      const all: LighthousePage[] = [];
      for (let i = 0; i < runs; i++) all.push(await once(path));
      all.sort((a, b) => a.performance - b.performance);
      out.push({ ...all[Math.floor((all.length - 1) / 2)], range: [all[0].performance, all.at(-1)!.performance] });
    }
  } finally {
    chrome.kill();
  }
  return out;

  async function once(path: string): Promise<LighthousePage> {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown },
    });
    if (!result) throw new Error(`lighthouse: no result for ${path}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const failing: LighthousePage['failing'] = [];
    for (const category of ['performance', 'accessibility'] as const) {
      for (const ref of lhr.categories[category].auditRefs) {
        const a = lhr.audits[ref.id];
        if (a.score === null || a.score >= 0.9) continue;
        if (!['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue;
        const items =
          (a.details as { items?: { node?: { snippet?: string; selector?: string } }[] } | undefined)?.items ?? [];
        const nodes = items
          .map((i) => i.node?.selector)
          .filter(Boolean)
          .slice(0, 3)
          .join(' | ');
        failing.push({
          category,
          id: a.id,
          title: a.title,
          score: a.score,
          detail: [a.displayValue, nodes].filter(Boolean).join('; '),
        });
      }
    }
    const origin = new URL(base).origin;
    const requests = (
      (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? []
    ).map((i) => i.url);
    return {
      path,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      failing,
      metrics: METRICS.map(([id, name]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', '),
      compressed: lhr.audits['uses-text-compression']?.score === 1,
      external: requests.filter((u) => /^https?:/.test(u) && !u.startsWith(origin)),
    };
  }
}
