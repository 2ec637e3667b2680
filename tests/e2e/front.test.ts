import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useSite, axeViolations } from './harness.ts';

const site = useSite();
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

/** Wait until the page's view (in the URL) includes this text. */
const waitForState = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => (document.querySelector<HTMLElement>('[data-front]')?.dataset.state ?? '').includes(t),
    text,
  );

describe('front page search', () => {
  it('finds Kautokeino by its Sami name and goes there with the keyboard', async () => {
    const page = await open('/');
    await page.locator('#sok').focus();
    await page.keyboard.type('Guovdageaidnu');
    // The official name, one rule everywhere (issue 22): «Guovdageaidnu – Kautokeino», the Sami part lang=se.
    await expect(page.locator('[role=option]').first().innerText()).resolves.toMatch(
      /^Guovdageaidnu – Kautokeino – 5612, Finnmark$/,
    );
    await expect(page.locator('[role=option]').first().locator('[lang=se]').innerText()).resolves.toBe('Guovdageaidnu');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#sok').getAttribute('aria-activedescendant')).resolves.toBe('sok-5612');
    await Promise.all([page.waitForURL('**/kommune/5612-kautokeino/'), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('Escape after arrowing into the results closes the list without an error or a stale active option', async () => {
    const page = await open('/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.locator('#sok').focus();
    await page.keyboard.type('Bergen');
    await expect(page.locator('[role=option]').first().innerText()).resolves.toMatch(/Bergen/);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#sok').getAttribute('aria-activedescendant')).resolves.toBe('sok-4601');
    await page.keyboard.press('Escape');
    await expect(page.locator('#sok').getAttribute('aria-activedescendant')).resolves.toBeNull();
    await expect(page.locator('#sok').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('[role=listbox]').isHidden()).resolves.toBe(true);
    // Typing again after Escape starts from no highlighted option.
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await expect(page.locator('#sok').getAttribute('aria-activedescendant')).resolves.toBeNull();
    expect(errors).toEqual([]);
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
    // The first rows of the ranking; every kommune is linked in the per-fylke list below.
    await expect(page.locator('table.ranking tbody tr').count()).resolves.toBe(25);
    await expect(page.locator('#alle-kommuner ~ section a').count()).resolves.toBe(357);
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
    const first = await page.locator('table.ranking tbody tr').first().locator('td').nth(3).innerText();
    expect(first).toMatch(/%/);
    await page.context().close();
  });

  it('a shared link reproduces the view; sorting and filtering work', async () => {
    const page = await open('/?indikator=ema-bosatt&ar=2023&fylke=03');
    await waitForState(page, 'ema-bosatt');
    await expect(page.locator('table.ranking tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('table.ranking tbody tr th').innerText()).resolves.toBe('Oslo – Oslove');
    await page.selectOption('select[name=fylke]', '');
    await page.selectOption('select[name=sentralitet]', '6');
    await waitForState(page, 'sentralitet=6');
    await page.getByRole('button', { name: 'Vis alle 108' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.ranking tbody tr').length > 25);
    const n = await page.locator('table.ranking tbody tr').count();
    expect(n).toBe(108); // SSB centrality class 6 in 2024
    await page.getByRole('button', { name: 'Navn' }).click();
    await waitForState(page, 'sorter=name');
    const names = await page.locator('table.ranking tbody tr th').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    await page.context().close();
  });

  it('downloads the ranking as CSV (BOM, common columns, rounded as shown) and as XLSX that matches the table', async () => {
    const page = await open('/?fylke=15');
    await waitForState(page, 'fylke=15');
    await page.getByRole('button', { name: /Vis alle/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.ranking tbody tr').length > 25);
    const n = await page.locator('table.ranking tbody tr').count();
    // The source line links the publisher's own page.
    const hrefs = await page.locator('[data-source] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https:\/\/www\.(imdi|ssb)\.no\/[^/]+\/[^/]+/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /tabellen \(CSV\)/ }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      'kode,navn,fylke,mål,år,verdi,enhet,status,foreløpig,kilde,merknad,rang,folketall,teller_bosatt,nevner_befolkning,endring_fra_året_før',
    );
    expect(lines.length - 1).toBe(n);
    expect(lines.slice(1).every((l) => l.includes('Møre og Romsdal'))).toBe(true);
    expect(text).not.toMatch(/github/);
    expect(text).not.toMatch(/\d\.\d{3,}/);
    const [x] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Excel/ }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await x.path())!);
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(n + 1);
    expect(wb.worksheets[1].name).toBe('Kilder');
    // The sources sheet names the publisher's own page with its address, never a re-publisher's copy.
    expect(String(wb.worksheets[1].getRow(2).getCell(2).value)).toMatch(
      /^(IMDi|SSB): .*\(https:\/\/www\.(imdi|ssb)\.no\/[^)]+\)$/,
    );
    // The first data row is the table's first row: name, and value as shown (decimal comma on the page).
    const row = page.locator('table.ranking tbody tr').first();
    expect(sheet.getRow(2).getCell(2).value).toBe(await row.locator('th').innerText());
    const shown = (await row.locator('td').nth(3).innerText()).replace(/\s/g, '').replace(',', '.');
    expect(Number(sheet.getRow(2).getCell(6).value)).toBe(Number(shown));
    await page.context().close();
  });

  it('«Sammenlign valgte» opens the comparison of the ticked kommuner', async () => {
    const page = await open('/');
    await waitForState(page, '?');
    const boxes = page.locator('table.ranking tbody input[type=checkbox]');
    const codes = [await boxes.nth(0).getAttribute('value'), await boxes.nth(2).getAttribute('value')];
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await Promise.all([
      page.waitForURL(`**/sammenlign/?k=${codes.join(',')}`),
      page.getByRole('button', { name: 'Sammenlign valgte' }).click(),
    ]);
    await page.context().close();
  });

  it('a link with an unknown fylke, measure or parameter says what was ignored', async () => {
    const page = await open('/?fylke=99&indikator=finnes-ikke&foo=1');
    // The script says it once the page's catalogue has loaded (a module of its own).
    await page.locator('[data-ignored]:not([hidden])').waitFor();
    await expect(page.locator('[data-ignored]').innerText()).resolves.toMatch(
      /utelatt: indikator=finnes-ikke, foo=1, fylke=99/,
    );
    await page.context().close();
  });
});

describe('honest ranking (findings 4, 5, 9)', () => {
  const rowOf = (page: Page, name: string) =>
    page.locator('table.ranking tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });

  it('2023 bosatt av vedtak: lower bounds get no rank, come after the ranked, and show «≥» on the value and the count', async () => {
    const page = await open('/?indikator=bosatt-av-vedtak&ar=2023');
    await waitForState(page, 'bosatt-av-vedtak');
    await page.getByRole('button', { name: /Vis alle/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.ranking tbody tr').length > 25);
    const skjervoy = rowOf(page, 'Skjervøy');
    const cells = await skjervoy.locator('td').allInnerTexts();
    // [checkbox, rank, fylke, value, bosatt, vedtatt, change]
    expect(cells[1]).toBe('–');
    expect(cells[3]).toMatch(/^≥\s200,0\s%$/);
    expect(cells[4]).toMatch(/^≥\s40$/);
    // Every ranked row is exact; every row after the first unranked one has no rank.
    const ranks = await page.locator('table.ranking tbody tr td:nth-child(2)').allInnerTexts();
    const values = await page.locator('table.ranking tbody tr td:nth-child(5)').allInnerTexts();
    const firstUnranked = ranks.indexOf('–');
    expect(firstUnranked).toBeGreaterThan(0);
    expect(ranks.slice(firstUnranked).every((r) => r === '–')).toBe(true);
    expect(values.slice(0, firstUnranked).some((v) => v.startsWith('≥'))).toBe(false);
    await expect(page.locator('[data-caption-small]').innerText()).resolves.toMatch(/≥ betyr minst.*uten rang/);
    await page.context().close();
  });

  it('Bygland 2025 (hidden on IMDi’s page): «skjult (personvern)» in the rate and the count, and the legend says so', async () => {
    const page = await open('/?ar=2025&fylke=42');
    await waitForState(page, 'fylke=42');
    const cells = await rowOf(page, 'Bygland').locator('td').allInnerTexts();
    expect(cells[3]).toBe('skjult (personvern)');
    expect(cells[4]).toBe('skjult (personvern)');
    const legend = await page.locator('[data-legend]').innerText();
    expect(legend).toMatch(/skjult \(personvern\)/);
    expect(legend).not.toMatch(/under 5/);
    await page.context().close();
  });

  it('2026 (provisional): no change from 2025, the reason is given and sorting by change is off', async () => {
    const page = await open('/?ar=2026');
    await waitForState(page, 'ar=2026');
    const changes = await page.locator('table.ranking tbody tr td:last-child').allInnerTexts();
    expect(changes.every((c) => c === '–')).toBe(true);
    await expect(page.locator('[data-caption-small]').innerText()).resolves.toMatch(
      /Endring fra 2025 vises ikke: tallene for 2026 er foreløpige/,
    );
    await expect(page.getByRole('button', { name: 'Endring' }).isDisabled()).resolves.toBe(true);
    await page.selectOption('select[name=ar]', '2024');
    await waitForState(page, 'ar=2024');
    const final = await page.locator('table.ranking tbody tr td:last-child').allInnerTexts();
    expect(final.some((c) => /^[+−±]\d/.test(c))).toBe(true);
    await page.context().close();
  });
});

describe('the map', () => {
  it('every kommune has a hit area; the smallest islands also get a dot', async () => {
    const page = await open('/');
    const areas = await page.locator('svg#kart path[data-k]').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [(e as SVGElement).dataset.k, r.width * r.height];
      }),
    );
    expect(areas).toHaveLength(357);
    expect(areas.filter(([, a]) => !((a as number) > 0))).toEqual([]);
    for (const code of ['1151', '1144', '4633'])
      await expect(page.locator(`svg#kart circle[data-k="${code}"]`).count(), code).resolves.toBe(1);
    await page.locator('svg#kart circle[data-k="1151"]').hover();
    await expect(page.locator('[data-tooltip]').innerText()).resolves.toMatch(/^Utsira: .* per 1000 innbyggere/);
    await page.context().close();
  });

  it('patterns render for «skjult» and «ingen tall» (a pattern fill with visible children)', async () => {
    const page = await open('/?indikator=ema-bosatt&ar=2023');
    await waitForState(page, 'ema-bosatt');
    const fills = await page
      .locator('svg#kart path[data-k]')
      .evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).fill))]);
    expect(fills.some((f) => /url\(.*#kart-skjult/.test(f))).toBe(true);
    await expect(page.locator('#kart-skjult > circle').count()).resolves.toBe(1);
    await expect(page.locator('#kart-ingen-tall > line').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('filters dim the kommuner outside them', async () => {
    const page = await open('/?fylke=03');
    await waitForState(page, 'fylke=03');
    await expect(page.locator('svg#kart path.dim').count()).resolves.toBe(356);
    await page.context().close();
  });
  it('hover names the kommune with its value; a click goes to its profile', async () => {
    const page = await open('/');
    // The map's hover is attached by the page's script once its catalogue module has loaded (it then writes data-state).
    await page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-front]')?.dataset.state);
    const oslo = page.locator('svg#kart-oslo path[data-k="0301"]');
    await oslo.hover();
    await page.locator('[data-tooltip]:not([hidden])').waitFor();
    await expect(page.locator('[data-tooltip]').innerText()).resolves.toMatch(/^Oslo – Oslove: /);
    await Promise.all([page.waitForURL('**/kommune/0301-oslo/'), oslo.click()]);
    await page.context().close();
  });
  it("Kautokeino by SSB's official name in the ranking and the map's tooltip, the Sami part marked (issue 22)", async () => {
    const page = await open('/?fylke=56&minst=0');
    await waitForState(page, 'fylke=56');
    const row = page.locator('[data-rows] tr[data-k="5612"] th[scope=row] a');
    await expect(row.innerText()).resolves.toBe('Guovdageaidnu – Kautokeino');
    await expect(row.locator('[lang=se]').innerText()).resolves.toBe('Guovdageaidnu');
    await page.locator('svg#kart path[data-k="5612"]').hover();
    await page.locator('[data-tooltip]:not([hidden])').waitFor();
    await expect(page.locator('[data-tooltip]').innerText()).resolves.toMatch(/^Guovdageaidnu – Kautokeino: /);
    await page.context().close();
  });
});

describe('the ranking on a phone (finding 18)', () => {
  for (const path of ['/', '/?indikator=bosatt-av-vedtak&ar=2023']) {
    it(`at 390 px the title stays put and the key columns are in view without scrolling: ${path}`, async () => {
      const page = await site.browser
        .newContext({ locale: 'nb-NO', viewport: { width: 390, height: 800 } })
        .then((c) => c.newPage());
      await page.goto(site.base + path);
      await waitForState(page, '?');
      const region = await page.locator('.rank-scroll').boundingBox();
      // The title is not inside the scrolling region.
      await expect(page.locator('.rank-scroll #rang-caption').count()).resolves.toBe(0);
      const title = await page.locator('#rang-caption').boundingBox();
      expect(title!.x + title!.width).toBeLessThanOrEqual(390);
      // Kommune, value, the counts and the change: all inside the region as first shown.
      const heads = page.locator('table.ranking thead th');
      const n = await heads.count();
      for (let i = 0; i < n; i++) {
        const h = heads.nth(i);
        if (!(await h.isVisible())) continue;
        const box = (await h.boundingBox())!;
        expect(box.x + box.width, await h.innerText()).toBeLessThanOrEqual(region!.x + region!.width + 1);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.context().close();
    });
  }
});

describe('the ranking on a phone, wider than the screen (long status words)', () => {
  it('the name column and its header stay in view while the table scrolls sideways; the page does not', async () => {
    const page = await site.browser
      .newContext({ locale: 'nb-NO', viewport: { width: 390, height: 800 } })
      .then((c) => c.newPage());
    await page.goto(`${site.base}/?ar=2025&fylke=42`);
    await waitForState(page, 'fylke=42');
    const region = page.locator('.rank-scroll');
    await region.evaluate((e) => {
      e.scrollLeft = e.scrollWidth;
    });
    const box = (await region.boundingBox())!;
    for (const el of [page.locator('table.ranking thead th.name'), page.locator('table.ranking tbody th').first()]) {
      const b = (await el.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});

describe('phone widths and accessibility', () => {
  for (const width of [360, 390, 1280]) {
    it(`no sideways scroll and no axe violations at ${width} px`, async () => {
      const page = await open('/', true);
      await page.setViewportSize({ width, height: 800 });
      await waitForState(page, '?');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

/** Contrast ratio of two CSS colours rgb(r, g, b) (WCAG relative luminance). */
const contrast = (a: string, b: string) => {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('what a journalist and a planner trip over (issue 22)', () => {
  it('the focus ring stands out from the white page (at least 3:1, WCAG 2.2 non-text contrast)', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const { outline, background } = await page.evaluate(() => {
      const el = document.activeElement!;
      return {
        outline: getComputedStyle(el).outlineColor,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(
      contrast(outline, background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : background),
    ).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('at 360 px the menu is one line with «Om dataene» whole, and the search placeholder is not cut', async () => {
    const page = await site.open('/', { viewport: { width: 360, height: 800 } });
    const links = await page
      .locator('header.site nav a')
      .evaluateAll((as) =>
        as.map((a) => ({ text: a.textContent, lines: a.getClientRects().length, top: a.getBoundingClientRect().top })),
      );
    expect(links.map((l) => l.lines)).toEqual([1, 1, 1]);
    expect(new Set(links.map((l) => Math.round(l.top))).size).toBe(1);
    const fit = await page.locator('#sok').evaluate((input: HTMLInputElement) => {
      const cs = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
      const room = input.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
      return { text: ctx.measureText(input.placeholder).width, room };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);
    await page.context().close();
  });

  it('the change column says its unit, and the source line gives the file date in words, not as 2026-10-01', async () => {
    const page = await open('/');
    await waitForState(page, '?');
    await expect(page.locator('table.ranking thead th').last().innerText()).resolves.toMatch(
      /^Endring fra \d{4} \(per 1000 innb\.\)$/,
    );
    const source = await page.locator('[data-source]').innerText();
    expect(source).not.toMatch(/fil fra \d{4}-\d\d/);
    // Nor a bare year trailing it («fil fra 1. oktober 2026, 2025»): the page's name says the year.
    expect(source).not.toMatch(/fil fra (\d{1,2}\. )?\p{L}+ \d{4}, \d{4}/u);
    await page.locator('select[name=indikator]').selectOption('bosatt-av-vedtak');
    await waitForState(page, 'bosatt-av-vedtak');
    await expect(
      page
        .locator('table.ranking thead th')
        .last()
        .innerText()
        .then((h) => h.replace(/\u00ad/g, '')),
    ).resolves.toMatch(/\(prosentpoeng\)$/);
    await page.context().close();
  });

  it('the front page keeps its DOM under 1 500 elements with the map, 25 ranking rows and every kommune linked', async () => {
    const page = await open('/');
    await waitForState(page, '?');
    const counts = await page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      links: document.querySelectorAll('#alle-kommuner ~ section a[href^="/kommune/"]').length,
      rows: document.querySelectorAll('table.ranking tbody tr').length,
      paths: document.querySelectorAll('svg#kart path[data-k]').length,
    }));
    expect(counts).toMatchObject({ links: 357, rows: 25, paths: 357 });
    expect(counts.nodes).toBeLessThan(1500);
    await page.context().close();
  });

  it('an 11th ticked kommune is not taken, and the page says why', async () => {
    const page = await open('/');
    await waitForState(page, '?');
    const boxes = page.locator('table.ranking tbody input[type=checkbox]');
    for (let i = 0; i < 10; i++) await boxes.nth(i).check();
    await expect(page.locator('[data-selected]').innerText()).resolves.toBe('10 valgt');
    await boxes.nth(10).click();
    await expect(boxes.nth(10).isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-selected]').innerText()).resolves.toMatch(
      /^\S.* er ikke lagt til: du kan sammenligne opptil 10 kommuner – fjern én først\.$/,
    );
    await page.context().close();
  });
});
