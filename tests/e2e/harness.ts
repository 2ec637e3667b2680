import AxeBuilder from '@axe-core/playwright';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { serve } from '../../scripts/serve.ts';

/** The built site (dist/) on 127.0.0.1 and a headless Debian chromium. */
export async function startSite(): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
  const server: Server = await serve('dist', 0);
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * For a test file: start the site before its tests and stop it after.
 * `open(path)` gives a page in a fresh context (locale nb-NO, downloads on).
 */
export function useSite() {
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site?.close());
  return {
    get base() {
      return site.base;
    },
    get browser() {
      return site.browser;
    },
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const ctx = await site.browser.newContext({ locale: 'nb-NO', acceptDownloads: true, ...options });
      const page = await ctx.newPage();
      await page.goto(site.base + path);
      return page;
    },
  };
}

/**
 * Best-practice rules checked beside WCAG 2.1 A/AA, because they once failed here (issue 22): two landmarks
 * with the same name (a former kommune's panels on Ålesund's page), an empty table header (the brief).
 */
export const EXTRA_AXE_RULES = ['landmark-unique', 'empty-table-header'];

/** WCAG 2.1 A/AA violations (and EXTRA_AXE_RULES) axe finds on the page as it is now, one line each with up to three of its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: Object.fromEntries(EXTRA_AXE_RULES.map((id) => [id, { enabled: true }])),
    })
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((x) => x.target.join(' '))
        .join(' | ')}`,
  );
}
