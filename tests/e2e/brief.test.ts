import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useSite, axeViolations } from './harness.ts';

const site = useSite();

const obs = readFileSync('data/observations.csv', 'utf8').split('\n');
const published = (region: string, year: number, measure: string, group = '') =>
  obs.find((l) => l.startsWith(`${region},${year},${measure},${group},`))!.split(',')[4];
const nb = (n: string) => Number(n).toLocaleString('nb-NO');
/** The publishers' own pages, as ingest wrote them (data/sources.csv). */
const publisherUrls = Papa.parse<Record<string, string>>(readFileSync('data/sources.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.map((r) => r.publisherUrl);

describe('the brief for the council vote', () => {
  for (const [path, code, name] of [
    ['/kommune/1101-eigersund/notat/', '1101', 'Eigersund'],
    ['/kommune/1508-alesund/notat/', '1508', 'Ålesund'],
    ['/kommune/1151-utsira/notat/', '1151', 'Utsira'],
    ['/kommune/0301-oslo/notat/', '0301', 'Oslo'],
    ['/kommune/5612-kautokeino/notat/', '5612', 'Kautokeino'],
  ] as const) {
    it(`${name}: prints on at most two A4 pages, with the published headline figures and no controls`, async () => {
      const page = await site.open(path);
      const ctx = page.context();
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      // Hovedpunkter first: the newest (2026) request as published, in plain words without marks, each
      // sentence pointing to its table in the brief (issue 22).
      const points = page.locator('.keypoints li');
      await expect(page.locator('main h2').first().innerText()).resolves.toBe('Hovedpunkter');
      const said = (await points.allInnerTexts()).join(' ');
      const req = Number(published(code, 2026, 'anmodning'));
      expect(said).toContain(
        req > 0
          ? `For 2026 ba IMDi ${name} bosette ${nb(String(req))} flyktninger`
          : `IMDi ba ikke ${name} bosette flyktninger i 2026`,
      );
      expect(said).not.toMatch(/[≥*†‡§]|\(\d+ av \d+\)/);
      expect(await points.count()).toBeGreaterThanOrEqual(3);
      for (const href of await points.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        await expect(page.locator(href).count()).resolves.toBe(1);
      expect(text).toMatch(/Datasett per \d{4}-\d{2}(-\d{2})?, versjon [0-9a-f]{8}/);
      // The first note names the publisher's page and the file used, and links to that page.
      await expect(page.locator('#kilder + ol li').first().innerText()).resolves.toMatch(
        /^IMDi: (Nøkkeltall bosetting \d{4}|Tall og statistikk: .+, tabell \w+(, tall for \d{4}(–\d{4})?)?), fil fra .+\(https:\/\/www\.imdi\.no\//,
      );
      // The years cited are said before the file's date, never as a bare year trailing it.
      for (const note of await page.locator('#kilder + ol li').allInnerTexts())
        expect(note).not.toMatch(/fil fra (\d{1,2}\. )?\p{L}+ \d{4},? \d{4}|; år \d{4}/u);
      await expect(
        page.locator('#kilder + ol li').first().locator('a[href^="https://www.imdi.no/"]').count(),
      ).resolves.toBe(1);
      await expect(
        page
          .locator('main :is(button, input, select, textarea, details, summary, [contenteditable]):not(.screen-only *)')
          .count(),
      ).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Skriv ut' }).isVisible()).resolves.toBe(true);
      // The full address and the date it was printed; each source with the publisher's own address.
      expect(text).toMatch(
        new RegExp(`Adresse: https?://\\S+${path.replaceAll('/', '\\/')}, skrevet ut \\d+\\. \\p{L}+ \\d{4}`, 'u'),
      );
      expect(text).not.toContain('?v=');
      const notes = await page.locator('#kilder + ol li').allInnerTexts();
      expect(notes.filter((n) => /^IMDi/.test(n)).every((n) => n.includes('https://www.imdi.no/'))).toBe(true);
      expect(
        notes.filter((n) => /tabell 07459/.test(n)).every((n) => n.includes('https://www.ssb.no/statbank/table/07459')),
      ).toBe(true);
      // Every note links to its table's page at the publisher, never to a portal or a re-publisher's copy.
      const hrefs = await page
        .locator('#kilder + ol li')
        .evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
      expect(hrefs).toHaveLength(notes.length);
      for (const h of hrefs) {
        expect(h).toHaveLength(1);
        expect(publisherUrls).toContain(h[0]);
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.screen-only').isVisible()).resolves.toBe(false);
      // Every footnote number fits inside the page box: the list's indent holds «10.» and up, no superscript crosses the right edge.
      const fit = await page.evaluate(() => {
        const ol = document.querySelector('#kilder + ol')!;
        const li = ol.querySelector('li')!;
        const probe = document.createElement('span');
        probe.textContent = `${ol.children.length}. `;
        probe.style.font = getComputedStyle(li).font;
        document.body.append(probe);
        const need = probe.getBoundingClientRect().width;
        probe.remove();
        const width = document.documentElement.clientWidth;
        return {
          indent: li.getBoundingClientRect().left,
          need,
          supsOut: [...document.querySelectorAll('sup')].filter((s) => s.getBoundingClientRect().right > width).length,
        };
      });
      expect(fit.indent).toBeGreaterThanOrEqual(fit.need);
      expect(fit.supsOut).toBe(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await ctx.close();
    });
  }

  it('Oslo with a planned decision (?vedtak=40&ema=ja) still prints on at most two A4 pages', async () => {
    const page = await site.open('/kommune/0301-oslo/notat/?vedtak=40&ema=ja');
    await expect(page.locator('[data-brief-proposal]').innerText()).resolves.toMatch(/40/);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('Ålesund: no axe violations (every table header has text: empty-table-header)', async () => {
    const page = await site.open('/kommune/1508-alesund/notat/');
    await expect(page.locator('main thead th').allInnerTexts()).resolves.not.toContain('');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('Oslo, alone in its KOSTRA group, is compared with the ten largest kommuner', async () => {
    const page = await site.open('/kommune/0301-oslo/notat/');
    await expect(page.locator('main').innerText()).resolves.toMatch(/De 10 største kommunene \(10\)/);
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/KOSTRA-gruppe 13 \(1\)/);
    await page.context().close();
  });

  it('at 360 px every brief fits the screen and no table breaks a word inside it («innbygge re», «Rogalan d»; issue 22)', async () => {
    for (const path of [
      '/kommune/0301-oslo/notat/',
      '/kommune/1508-alesund/notat/',
      '/kommune/5612-kautokeino/notat/',
      '/kommune/1151-utsira/notat/',
    ]) {
      const page = await site.open(path, { viewport: { width: 360, height: 800 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      // A word is split only where the text allows it (a soft hyphen, or after «/» with a zero-width space).
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        for (const cell of document.querySelectorAll('main th, main td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent ?? '';
            // A line may break after a dash («20–» / «66 år»), not inside a word.
            for (const m of text.matchAll(/[^\s\u00ad\u200b–-]+/g)) {
              // The hyphen drawn at a soft hyphen's break belongs to the word before it.
              if (text[m.index! - 1] === '\u00ad') continue;
              const r = document.createRange();
              r.setStart(n, m.index!);
              r.setEnd(n, m.index! + m[0].length);
              const lines = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
              if (lines.size > 1) out.push(m[0]);
            }
          }
        }
        return out;
      });
      expect(broken, path).toEqual([]);
      await page.context().close();
    }
  });

  for (const width of [390, 1280]) {
    it(`reflows without sideways scroll and has no axe violations on screen at ${width} px`, async () => {
      const page = await site.open('/kommune/0301-oslo/notat/', { viewport: { width, height: 800 } });
      const ctx = page.context();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Every table lies inside the page's text column (none sticks out of a half-width column).
      const outside = await page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        return [...document.querySelectorAll('main table')]
          .filter((t) => t.getBoundingClientRect().right > main.right + 1)
          .map((t) => t.querySelector('caption, th')?.textContent);
      });
      expect(outside).toEqual([]);
      // No year or column name of the funnel table is cut inside a word («202» / «6»).
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.funnel tbody th, .funnel thead th')]
          .filter((th) => !/[ \u200b]/.test((th.textContent ?? '').trim()))
          .filter((th) => {
            const r = document.createRange();
            r.selectNodeContents(th);
            return r.getClientRects().length > 1;
          })
          .map((th) => th.textContent),
      );
      expect(cut).toEqual([]);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      expect(await axeViolations(page)).toEqual([]);
      await ctx.close();
    });
  }
});
