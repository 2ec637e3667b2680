import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { figur1, haveRaw } from './raw-figures.ts';

const site = useSite();
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

/** The cells of the row for `year` in the table with this caption. */
async function rowOf(page: Page, caption: string, year: number): Promise<string[]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) }).first();
  const row = table.locator('tr', { has: page.locator(`th[scope=row]:text-is("${year}")`) });
  return (await row.locator('th, td').allTextContents()).map((s) => s.replace(/\s/g, ' ').trim());
}

const n = (s: string | undefined) => (s ?? '').replace(/\D/g, '');

describe('profile pages', () => {
  it('Oslo: request, decision and settled for 2016 equal IMDi\'s file', async () => {
    const page = await open('/kommune/0301-oslo/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Oslo');
    const cells = await rowOf(page, 'Anmodning, vedtak og bosatte flyktninger i Oslo', 2016);
    expect(cells[0]).toBe('2016');
    if (haveRaw) {
      expect(n(cells[1])).toBe(figur1('0301', 2016, 'Anmodning om bosetting'));
      expect(n(cells[2])).toBe(figur1('0301', 2016, 'Vedtak om bosetting'));
      expect(n(cells[3])).toBe(figur1('0301', 2016, 'Faktisk bosetting'));
    }
    await expect(page.getByText('Oslove').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('p', { hasText: 'Nyeste tall:' }).innerText()).resolves.toMatch(/bosetting 2026, tilskudd 2023/);
    await page.context().close();
  });

  it('a merged kommune (Moss 3103): 2016 is the sum of old Moss (0104) and Rygge (0136), and the page says so', async () => {
    const page = await open('/kommune/3103-moss/');
    const cells = await rowOf(page, 'Anmodning, vedtak og bosatte flyktninger i Moss', 2016);
    if (haveRaw) {
      const sum = Number(figur1('0104', 2016, 'Anmodning om bosetting')) + Number(figur1('0136', 2016, 'Anmodning om bosetting'));
      expect(Number(n(cells[1]))).toBe(sum);
    }
    const note = await page.locator('#harmonisering').innerText();
    expect(note).toContain('0104');
    expect(note).toContain('0136');
    await page.context().close();
  });

  it('Ålesund: the 2024 split is explained and 2020–2023 Ålesund shown as its own series, not divided', async () => {
    const page = await open('/kommune/1508-alesund/');
    await expect(page.locator('#harmonisering').innerText()).resolves.toMatch(/Ålesund \(1507, 2020–2023\) ble delt mellom flere av dagens kommuner; det samme gjelder .*Haram \(1534, til 2019\)/);
    const pred = page.locator('#predecessors > details', { hasText: 'Ålesund (1507, 2020–2023)' });
    await expect(pred.count()).resolves.toBe(1);
    const cells = await rowOf(page, 'Anmodning, vedtak og bosatte flyktninger i Ålesund (1507, 2020–2023)', 2021);
    if (haveRaw) expect(n(cells[3])).toBe(figur1('1507', 2021, 'Faktisk bosetting'));
    // The current kommune has no 2021 row of its own.
    expect(await rowOf(page, 'Anmodning, vedtak og bosatte flyktninger i Ålesund', 2021).then((c) => c.length)).toBe(0);
    await page.context().close();
  });

  it('a small kommune with suppressed figures shows them as hidden, never 0', async () => {
    // Utsira 2020: IMDi's file has ":" for settled.
    const page = await open('/kommune/1151-utsira/');
    if (haveRaw) expect(figur1('1151', 2020, 'Faktisk bosetting')).toBe(':');
    const cells = await rowOf(page, 'Anmodning, vedtak og bosatte flyktninger i Utsira', 2020);
    expect(cells[3]).toBe('skjult (under 5)');
    await page.context().close();
  });

  it('reads without JavaScript: charts are inline SVG with a label, tables are there', async () => {
    const page = await open('/kommune/1101-eigersund/', false);
    const svg = page.locator('#bosetting svg[role=img]');
    await expect(svg.getAttribute('aria-label')).resolves.toMatch(/Eigersund/);
    await expect(page.locator('#bosetting table caption').textContent()).resolves.toMatch(/Eigersund/);
    await expect(page.locator('#bosetting .source').innerText()).resolves.toMatch(/IMDi, tabell bosatt_anmodede/);
    await page.context().close();
  });
});

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const path of ['/', '/kommune/0301-oslo/', '/kommune/1508-alesund/', '/kommune/5538-storfjord/', '/om-dataene/', '/finnes-ikke/']) {
    it(`finds no violations on ${path}`, async () => {
      const page = await open(path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((x) => x.target.join(' ')).join(' | ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});
