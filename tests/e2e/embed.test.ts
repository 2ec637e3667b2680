import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractPanels } from '../../src/lib/embed/page.ts';
import { axeViolations, useSite } from './harness.ts';

const site = useSite();
const DIST = 'dist';
const PREFIXES = ['', '/nn', '/en'];

/** Every request the page makes, and whether any left the site. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

describe('embed addresses after the build', () => {
  it('every panel of every profile in every language has its embed page, and nothing else is there', () => {
    let count = 0;
    for (const prefix of PREFIXES) {
      const dir = `${DIST}${prefix}/kommune`;
      const kommuner = readdirSync(dir).filter((d) => existsSync(`${dir}/${d}/index.html`));
      expect(kommuner.length, prefix).toBe(357);
      for (const k of kommuner) {
        const panels = [...extractPanels(readFileSync(`${dir}/${k}/index.html`, 'utf8')).keys()];
        expect(panels.length, `${prefix}/kommune/${k}/`).toBeGreaterThan(5);
        const embeds = readdirSync(`${dir}/${k}/figur`).filter((p) => existsSync(`${dir}/${k}/figur/${p}/index.html`));
        expect(embeds.sort(), `${prefix}/kommune/${k}/figur/`).toEqual([...panels].sort());
        count += embeds.length;
      }
      expect(existsSync(`${DIST}${prefix}/sammenlign/figur/index.html`), prefix).toBe(true);
    }
    expect(existsSync(`${DIST}/bygg-inn.js`)).toBe(true);
    expect(count).toBeGreaterThan(357 * 3 * 10);
  });
});

const EMBEDS = [
  '/kommune/0301-oslo/figur/bosetting/',
  '/kommune/0301-oslo/figur/tilskudd/',
  '/nn/kommune/5612-kautokeino/figur/sysselsetting/',
  '/en/kommune/1508-alesund/figur/bosetting/',
  '/sammenlign/figur/?k=0301,4601,5001&ref=land&mal=vedtak&per1000=1',
];

for (const width of [320, 1200]) {
  describe(`embed pages at ${width} px`, () => {
    for (const path of EMBEDS)
      for (const javaScriptEnabled of [false, true])
        it(`${path} ${javaScriptEnabled ? 'with' : 'without'} JavaScript: chart, table toggle, source, link back; no sideways scroll; no other host; axe`, async () => {
          const ctx = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
          const page = await ctx.newPage();
          const requests = watchRequests(page);
          await page.goto(site.base + path);
          if (javaScriptEnabled && path.startsWith('/sammenlign/'))
            await page.waitForSelector('[data-compare-embed][data-state]');
          await expect(page.locator('h1').count()).resolves.toBe(1);
          await expect(page.locator('figure svg[role=img]:visible').count()).resolves.toBe(1);
          const summary = page.locator('details > summary').first();
          await expect(summary.innerText()).resolves.toMatch(/tabell|table/i);
          // The table opens without any script (a <details>).
          await summary.click();
          await expect(page.locator('details table').first().isVisible()).resolves.toBe(true);
          const source = page.locator('p.source');
          await expect(source.innerText()).resolves.toMatch(/^(Kilde|Kjelde|Source)/);
          const publisher = await source.locator('a').first().getAttribute('href');
          expect(publisher).toMatch(/^https:\/\/(www\.)?(imdi|ssb)\.no\//);
          const back = await page.locator('p.back a').getAttribute('href');
          if (path.startsWith('/sammenlign/'))
            expect(back).toBe(
              javaScriptEnabled ? '/sammenlign/?k=0301,4601,5001&ref=land&mal=vedtak&per1000=1' : '/sammenlign/',
            );
          else expect(back).toBe(path.replace(/figur\/([a-z-]+)\/$/, '#$1'));
          // Links open in the page around the frame.
          await expect(page.locator('base').getAttribute('target')).resolves.toBe('_top');
          const sideways = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(sideways, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
          expect(requests.filter((u) => !u.startsWith(site.base))).toEqual([]);
          await expect(ctx.cookies()).resolves.toEqual([]);
          // axe runs in the page: with JavaScript only (the markup is the same either way for a panel).
          if (javaScriptEnabled) {
            await page.evaluate(() => {
              for (const d of document.querySelectorAll('details')) d.open = true;
            });
            expect(await axeViolations(page)).toEqual([]);
          }
          await ctx.close();
        });
  });
}

describe('«Bygg inn»', () => {
  it('each profile panel gives an iframe with a title, its own embed address and a height; the script fits the frame to its content', async () => {
    const page = await site.open('/kommune/0301-oslo/');
    const panels = await page.locator('section.panel').evaluateAll((s) => s.map((x) => x.id));
    const codes = await page
      .locator('section.panel details.embed-code textarea')
      .evaluateAll((ts) => ts.map((x) => (x as HTMLTextAreaElement).value));
    const iframes = codes.filter((c) => c.startsWith('<iframe'));
    expect(iframes).toHaveLength(panels.length);
    for (const [i, code] of iframes.entries()) {
      expect(code).toMatch(
        new RegExp(
          `^<iframe src="https://bosettingstall\\.no/kommune/0301-oslo/figur/${panels[i]}/" title="[^"]+ – Oslo \\(Bosettingstall\\)" width="100%" height="\\d{3}" `,
        ),
      );
    }
    const script = codes.find((c) => c.startsWith('<script'));
    expect(script).toBe('<script src="https://bosettingstall.no/bygg-inn.js" async></script>');
    await page.context().close();

    // A reader's page with the code as given (pointed at this test server) and the optional script.
    const host = await site.browser.newPage({ viewport: { width: 700, height: 900 } });
    const local = (s: string) => s.replaceAll('https://bosettingstall.no', site.base);
    await host.setContent(
      `<!doctype html><title>Avis</title><h1>Sak</h1>${local(iframes[0])}<p>Etter</p>${local(script!)}`,
    );
    const frame = host.locator('iframe');
    await expect(frame.getAttribute('title')).resolves.toBe(
      'Anmodning, vedtak og faktisk bosetting – Oslo (Bosettingstall)',
    );
    const inner = host.frameLocator('iframe');
    await inner.locator('p.back').waitFor();
    const contentHeight = () => inner.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
    const frameHeight = () => frame.evaluate((f) => f.getBoundingClientRect().height);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 15000 })
      .toBe(0);
    const before = await frameHeight();
    await inner.locator('details > summary').first().click();
    await expect.poll(frameHeight, { timeout: 15000 }).toBeGreaterThan(before + 100);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 15000 })
      .toBe(0);
    await host.close();
  });

  it('the comparison’s code follows its view (the proposal left out), and its embed shows that view', async () => {
    const page = await site.open('/sammenlign/?k=0301,4601&mal=bosatt&per1000=1&vedtak=500');
    await page.waitForSelector('[data-compare][data-state]');
    const code = await page.locator('[data-embed-code]').inputValue();
    // The default measure is not in the address; the kommuner by their official names.
    expect(code).toBe(
      '<iframe src="https://bosettingstall.no/sammenlign/figur/?k=0301,4601&amp;per1000=1" title="Bosatte flyktninger – Oslo – Oslove og Bergen (Bosettingstall)" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    const preview = (await page.locator('[data-embed-preview]').getAttribute('href'))!;
    expect(preview).toBe('/sammenlign/figur/?k=0301,4601&per1000=1');
    await page.context().close();
    const embed = await site.open(preview);
    await embed.waitForSelector('[data-compare-embed][data-state]');
    const heads = await embed.locator('[data-table] thead th').allTextContents();
    expect(heads.join(' ')).toContain('Oslo');
    expect(heads.join(' ')).toContain('Bergen');
    await expect(embed.locator('h1').innerText()).resolves.toMatch(/per 1000/);
    await embed.context().close();
  });
});
