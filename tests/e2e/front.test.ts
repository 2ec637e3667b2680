import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useSite } from './harness.ts';

const site = useSite();
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

/** Wait until the page's view (in the URL) includes this text. */
const waitForState = (page: Page, text: string) => page.waitForFunction((t) => (document.querySelector<HTMLElement>('[data-front]')?.dataset.state ?? '').includes(t), text);

describe('front page search', () => {
  it('finds Kautokeino by its Sami name and goes there with the keyboard', async () => {
    const page = await open('/');
    await page.locator('#sok').focus();
    await page.keyboard.type('Guovdageaidnu');
    await expect(page.locator('[role=option]').first().innerText()).resolves.toMatch(/Kautokeino/);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#sok').getAttribute('aria-activedescendant')).resolves.toBe('sok-5612');
    await Promise.all([page.waitForURL('**/kommune/5612-kautokeino/'), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('finds a kommune by number, and "alesund" without diacritics', async () => {
    const page = await open('/');
    await page.locator('#sok').fill('1101');
    await Promise.all([page.waitForURL('**/kommune/1101-eigersund/'), page.locator('#sok').press('Enter')]);
    await page.goto(site.base + '/');
    await page.locator('#sok').fill('alesund');
    await expect(page.locator('[role=option]').first().innerText()).resolves.toMatch(/^Ålesund/);
    await page.context().close();
  });
});

describe('map and ranking', () => {
  it('the default map and ranking are there without JavaScript', async () => {
    const page = await open('/', false);
    await expect(page.locator('svg#kart path[data-k]').count()).resolves.toBe(357);
    await expect(page.locator('table.ranking tbody tr').count()).resolves.toBe(357);
    await expect(page.locator('[data-legend] li').count()).resolves.toBeGreaterThanOrEqual(4);
    await page.context().close();
  });

  it('changing measure and year redraws the legend, the ranking and the URL', async () => {
    const page = await open('/');
    const legendBefore = await page.locator('[data-legend]').innerText();
    await page.selectOption('select[name=indikator]', 'vedtak-av-anmodning');
    await waitForState(page, 'vedtak-av-anmodning');
    await page.selectOption('select[name=ar]', '2016');
    await waitForState(page, 'ar=2016');
    expect(page.url()).toContain('indikator=vedtak-av-anmodning&ar=2016');
    await expect(page.locator('[data-caption]').innerText()).resolves.toMatch(/vedtak i prosent av anmodning, 2016/);
    expect(await page.locator('[data-legend]').innerText()).not.toBe(legendBefore);
    await expect(page.locator('[data-legend]').innerText()).resolves.toMatch(/%/);
    // The ranking's first row has the highest share.
    const first = await page.locator('table.ranking tbody tr').first().locator('td').nth(2).innerText();
    expect(first).toMatch(/%/);
    await page.context().close();
  });

  it('a shared link reproduces the view; sorting and filtering work', async () => {
    const page = await open('/?indikator=ema-bosatt&ar=2023&fylke=03');
    await waitForState(page, 'ema-bosatt');
    await expect(page.locator('table.ranking tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('table.ranking tbody tr th').innerText()).resolves.toBe('Oslo');
    await page.selectOption('select[name=fylke]', '');
    await page.selectOption('select[name=sentralitet]', '6');
    await waitForState(page, 'sentralitet=6');
    const n = await page.locator('table.ranking tbody tr').count();
    expect(n).toBe(108); // SSB centrality class 6 in 2024
    await page.getByRole('button', { name: 'Navn' }).click();
    await waitForState(page, 'sorter=name');
    const names = await page.locator('table.ranking tbody tr th').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    await page.context().close();
  });

  it('downloads exactly the ranking shown as CSV with a BOM', async () => {
    const page = await open('/?fylke=15');
    await waitForState(page, 'fylke=15');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe('rang,kommunenummer,kommune,fylke,indikator,år,verdi,enhet,status,per_1000_innbyggere,verdi_året_før,endring,kilder');
    expect(lines.length - 1).toBe(await page.locator('table.ranking tbody tr').count());
    expect(lines.slice(1).every((l) => l.includes('Møre og Romsdal'))).toBe(true);
    await page.context().close();
  });
});

describe('the map', () => {
  it('hover names the kommune with its value; a click goes to its profile', async () => {
    const page = await open('/');
    const oslo = page.locator('svg#kart-oslo path[data-k="0301"]');
    await oslo.hover();
    await expect(page.locator('[data-tooltip]').innerText()).resolves.toMatch(/^Oslo: .*Kilde|^Oslo: /);
    await Promise.all([page.waitForURL('**/kommune/0301-oslo/'), oslo.click()]);
    await page.context().close();
  });
});
