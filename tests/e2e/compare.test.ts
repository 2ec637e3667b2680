import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, axeViolations } from './harness.ts';

const site = useSite();
async function open(path: string): Promise<Page> {
  const page = await site.open(path);
  await page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-compare]')?.dataset.state);
  return page;
}
const waitForState = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => (document.querySelector<HTMLElement>('[data-compare]')?.dataset.state ?? '').includes(t),
    text,
  );
const chips = (page: Page) => page.locator('[data-chips] li > span').allInnerTexts();
const published = (region: string, year: number, measure: string) =>
  readFileSync('data/observations.csv', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${region},${year},${measure},,`))!
    .split(',')[4];

describe('comparison page', () => {
  it('builds a comparison by typing and clicking; the copied URL reproduces it', async () => {
    const page = await open('/sammenlign/?k=1101');
    await page.locator('#legg-til').fill('stavanger');
    await page.locator('#legg-til').press('Enter');
    await waitForState(page, 'k=1101,1103');
    const peer = page.locator('[data-peers] [data-add]').first();
    const peerCode = await peer.getAttribute('data-add');
    await peer.click();
    await waitForState(page, `k=1101,1103,${peerCode}`);
    await page.locator('[data-refs] input[value=kostra]').check();
    await waitForState(page, 'ref=kostra');
    const url = page.url();
    const before = {
      chips: await chips(page),
      head: await page.locator('[data-table] thead').innerText(),
      body: await page.locator('[data-table] tbody').innerText(),
    };
    const again = await open(url.replace(site.base, ''));
    expect({
      chips: await chips(again),
      head: await again.locator('[data-table] thead').innerText(),
      body: await again.locator('[data-table] tbody').innerText(),
    }).toEqual(before);
    expect(before.head).toMatch(/KOSTRA-gruppe 7/);
    await page.context().close();
    await again.context().close();
  });

  it('back and forward restore the view', async () => {
    const page = await open('/sammenlign/?k=0301');
    await page.locator('#legg-til').fill('1101');
    await page.locator('#legg-til').press('Enter');
    await waitForState(page, 'k=0301,1101');
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-compare]')!.dataset.state === '?k=0301',
    );
    expect(await chips(page)).toEqual(['Oslo – Oslove 0301']);
    await page.goForward();
    await waitForState(page, 'k=0301,1101');
    await page.context().close();
  });

  it('per 1000 inhabitants: the same figures divided by the population 1 January the year after, as IMDi divides', async () => {
    const page = await open('/sammenlign/?k=1101&mal=bosatt');
    const abs = await page
      .locator('[data-table] tbody tr', { has: page.locator('th', { hasText: /^2023$/ }) })
      .locator('td')
      .first()
      .innerText();
    expect(abs.replace(/\D/g, '')).toBe(published('1101', 2023, 'bosatt'));
    await page.locator('input[name=per1000]').check();
    await waitForState(page, 'per1000=1');
    await expect(page.locator('[data-caption]').innerText()).resolves.toMatch(/per 1000 innbyggere/);
    const per = await page
      .locator('[data-table] tbody tr', { has: page.locator('th', { hasText: /^2023$/ }) })
      .locator('td')
      .first()
      .innerText();
    // As IMDi divides: the year's settled by the population on 1 January the year after (views.ts populationYear).
    const expected = (Number(published('1101', 2023, 'bosatt')) / Number(published('1101', 2024, 'befolkning'))) * 1000;
    expect(Number(per.replace(',', '.').replace(/[^\d.]/g, ''))).toBeCloseTo(expected, 1);
    await page.context().close();
  });

  it('downloads exactly what is shown as CSV (BOM, the common columns, status in words) and as XLSX', async () => {
    const page = await open('/sammenlign/?k=1101,0301&ref=land&mal=bosatt&fra=2010');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned tallene (CSV)' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]).toEqual([
      'kode',
      'navn',
      'fylke',
      'mål',
      'år',
      'verdi',
      'enhet',
      'status',
      'foreløpig',
      'kilde',
      'merknad',
      'type',
      'kommuner i tallet',
    ]);
    const eig2023 = rows.find((r) => r[0] === '1101' && r[4] === '2023')!;
    expect(eig2023[5]).toBe(published('1101', 2023, 'bosatt'));
    expect(eig2023[2]).toBe('Rogaland');
    // The source by name, as the page writes it, not an internal id such as imdi-flyktninger-2024 (finding 26).
    // The publisher's page first, in words and with its address, then table and file date (never a re-publisher).
    expect(eig2023[9]).toMatch(/^IMDi: .*, fil fra \p{L}*.*\(https:\/\/www\.imdi\.no\/[^)]+\)/u);
    expect(eig2023[9]).not.toMatch(/imdi-|github/);
    expect(eig2023[10]).toBe('');
    expect(eig2023[12]).toBe('');
    const land2016 = rows.find((r) => r[0] === 'land' && r[4] === '2016')!;
    expect(land2016[5]).toBe('15221');
    expect(land2016[7]).toBe('minst (en del er skjult eller selv en minsteverdi)');
    // A group row says how many of its kommuner the figure is built on (the hidden ones add nothing to a sum).
    expect(land2016[12]).toMatch(/^\d{3} av 357$/);
    const [x] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Excel/ }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await x.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tall', 'Kilder']);
    expect(wb.worksheets[0].rowCount).toBe(rows.length);
    const shown = await page
      .locator('[data-table] tbody tr', { has: page.locator('th', { hasText: /^2023$/ }) })
      .locator('td')
      .first()
      .innerText();
    const xrow = wb.worksheets[0]
      .getRows(2, rows.length - 1)!
      .find((r) => r.getCell(1).value === '1101' && r.getCell(5).value === 2023)!;
    expect(xrow.getCell(6).value).toBe(Number(shown.replace(/\D/g, '')));
    await page.context().close();
  });

  it('from a profile: per 1000 inhabitants beside the references, the last 10 years, the newest complete year ranked', async () => {
    const page = await site.open('/kommune/1101-eigersund/');
    await Promise.all([
      page.waitForURL('**/sammenlign/**'),
      page.getByRole('link', { name: /Sammenlign Eigersund/ }).click(),
    ]);
    await page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-compare]')?.dataset.state);
    await expect(page.locator('input[name=per1000]').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-caption]').innerText()).resolves.toMatch(/per 1000 innbyggere/);
    const years = await page.locator('[data-table] tbody th').allInnerTexts();
    expect(years.length).toBeLessThanOrEqual(10);
    await expect(page.locator('[data-latest-h]').innerText()).resolves.toMatch(/^Rangert, \d{4}$/);
    // Five suggestions per list, the rest behind «Vis flere».
    const first = page.locator('[data-peers] ul').first();
    await expect(first.locator('li:not([hidden]) [data-add]').count()).resolves.toBe(5);
    await first.getByRole('button', { name: /^Vis \d+ flere$/ }).click();
    await expect(first.locator('li:not([hidden]) [data-add]').count()).resolves.toBeGreaterThan(5);
    await page.context().close();
  });

  it('per 1000 survives a switch to a ratio and back', async () => {
    const page = await open('/sammenlign/?k=1101&per1000=1');
    await page.selectOption('select[name=mal]', 'bosatt-av-anmodning');
    await waitForState(page, 'mal=bosatt-av-anmodning');
    await expect(page.locator('[data-caption]').innerText()).resolves.toMatch(/Bosatte i prosent av anmodning/);
    await page.selectOption('select[name=mal]', 'vedtak');
    await waitForState(page, 'mal=vedtak');
    expect(page.url()).toContain('per1000=1');
    await page.context().close();
  });

  it('exports the chart as SVG and PNG, and hover shows the exact value with its source', async () => {
    const page = await open('/sammenlign/?k=1101&mal=bosatt');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned figuren (SVG)' }).click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<\?xml[^>]+\?>\n<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('Kilde: IMDi');
    expect(svgText).toMatch(/Bosettingstall, datasettversjon [0-9a-f]{8}/);
    // Every line of the exported figure (title, sources, dataset and address) lies inside it.
    const probe = await site.open('/404.html');
    await probe.setContent(
      `<!doctype html><html><body style="margin:0">${svgText.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`,
    );
    const overflow = await probe.evaluate(() => {
      const svg = document.querySelector('svg')!;
      const vb = svg.viewBox.baseVal;
      return [...svg.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, box: t.getBBox() }))
        .filter(
          ({ box }) =>
            box.x < vb.x - 1 || box.x + box.width > vb.x + vb.width + 1 || box.y + box.height > vb.y + vb.height + 1,
        )
        .map(({ text }) => text);
    });
    expect(overflow).toEqual([]);
    await probe.context().close();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned figuren (PNG)' }).click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // Hover a point: the tip gives value and source, and a ring marks the point.
    const dot = (await page.locator('[data-chart] svg[role=img] circle').nth(3).boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2 + 3, dot.y + dot.height / 2);
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await expect(
      page
        .locator('[data-chart] svg')
        .getByText(/Kilde: IMDi/)
        .first()
        .textContent(),
    ).resolves.toMatch(/Kilde: IMDi/);
    // The source line under the table, redrawn in the browser, links each source to the publisher's own page.
    const hrefs = await page.locator('[data-source] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https:\/\/www\.(imdi|ssb)\.no\/[^/]+\/[^/]+/);
    await page.context().close();
  });

  it('the chart can be read by keyboard: arrow keys announce each value with its source', async () => {
    const page = await open('/sammenlign/?k=1101,0301&mal=bosatt');
    await page.locator('[data-chart-figure]').focus();
    await expect(page.locator('[data-readout]').innerText()).resolves.toMatch(/^Eigersund, \d{4}: /);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const text = await page.locator('[data-readout]').innerText();
    expect(text).toMatch(/^Oslo – Oslove, \d{4}: .*\nKilde: IMDi/);
    // The point read is marked on the chart too.
    await expect(page.locator('[data-chart] circle.focus-ring').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('an 11th kommune is not added, and the page says why, visibly and to screen readers (issue 22)', async () => {
    const ten = '1103,1108,3107,3201,3203,3205,3301,4204,4601,5001';
    const page = await open(`/sammenlign/?k=${ten}`);
    await page.locator('#legg-til').fill('Tromsø');
    await page.locator('#legg-til').press('Enter');
    const note = page.locator('[data-refused]');
    await note.waitFor({ state: 'visible' });
    await expect(note.innerText()).resolves.toBe(
      'Tromsø er ikke lagt til: du kan sammenligne opptil 10 kommuner – fjern én først.',
    );
    const live = page.locator('[data-search][data-mode=add] [aria-live]');
    await expect(live.textContent()).resolves.toBe(await note.innerText());
    expect(await chips(page)).toHaveLength(10);
    await expect(
      page.evaluate(() => document.querySelector<HTMLElement>('[data-compare]')!.dataset.state),
    ).resolves.toBe(`?k=${ten}`);
    // Removing one makes room: the note goes, and Tromsø can be added.
    await page.locator('[data-remove="1108"]').click();
    await note.waitFor({ state: 'hidden' });
    await page.locator('#legg-til').fill('Tromsø');
    await page.locator('#legg-til').press('Enter');
    await waitForState(page, '5001,5501');
    await expect(live.textContent()).resolves.toBe('Tromsø er lagt til');
    await page.context().close();
  });

  it('KOSTRA group 12 (11 kommuner) cannot be compared whole: it is offered as a reference line, and says so', async () => {
    const page = await open('/sammenlign/?k=5501');
    const note = page.locator('[data-group-note=kostra]');
    await expect(note.innerText()).resolves.toMatch(
      /^KOSTRA-gruppe 12 har 11 kommuner – flere enn de 10 som kan sammenlignes side om side\./,
    );
    await note.getByRole('button', { name: 'Vis KOSTRA-gruppe 12 som referanselinje' }).click();
    await waitForState(page, 'ref=kostra');
    await expect(page.locator('[data-refs] input[value=kostra]').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-chart] .labels').textContent()).resolves.toMatch(/KOSTRA-gruppe 12/);
    await expect(page.locator('[data-group-note=kostra]').innerText()).resolves.toMatch(
      /KOSTRA-gruppe 12 vises som referanselinje i figuren\.$/,
    );
    await page.context().close();
  });

  it('says plainly what a link held that does not exist', async () => {
    const page = await open('/sammenlign/?k=0301,9999&mal=tull');
    await expect(page.locator('[data-ignored]').innerText()).resolves.toMatch(/kommunenummer «9999».*mål «tull»/);
    expect(await chips(page)).toEqual(['Oslo – Oslove 0301']);
    await page.context().close();
  });

  it('works by keyboard alone: add with the search box, remove with the chip button', async () => {
    const page = await open('/sammenlign/?k=0301');
    await page.locator('#legg-til').focus();
    await page.keyboard.type('Guovda');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForState(page, 'k=0301,5612');
    await expect(page.locator('[data-search][data-mode=add] [aria-live]').textContent()).resolves.toBe(
      'Guovdageaidnu – Kautokeino er lagt til',
    );
    await page.locator('[data-remove="0301"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-compare]')!.dataset.state === '?k=5612',
    );
    // One name rule (issue 22): SSB's official name, the Sami part in its language, in the chip, table and chart.
    expect(await chips(page)).toEqual(['Guovdageaidnu – Kautokeino 5612']);
    await expect(page.locator('[data-chips] [lang=se]').innerText()).resolves.toBe('Guovdageaidnu');
    await expect(page.locator('[data-table] thead th [lang=se]').innerText()).resolves.toBe('Guovdageaidnu');
    await expect(page.locator('[data-table] thead th').nth(1).innerText()).resolves.toBe('Guovdageaidnu – Kautokeino');
    await expect(page.locator('[data-chart] svg').getAttribute('aria-label')).resolves.toContain(
      'Guovdageaidnu – Kautokeino',
    );
    // Focus stays on a chip button, not lost to the page.
    await page.waitForFunction(() => document.activeElement?.matches('[data-remove], #legg-til') ?? false);
    await page.context().close();
  });

  it('has no axe violations (WCAG 2.1 A/AA) and no sideways scroll at 390 and 1280 px, and reads without JavaScript', async () => {
    for (const width of [390, 1280]) {
      const page = await site.open('/sammenlign/?k=1101,1103&ref=land,fylke', { viewport: { width, height: 800 } });
      await page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-compare]')?.dataset.state);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      expect(await axeViolations(page), String(width)).toEqual([]);
      await page.context().close();
    }
    const nojs = await site.open('/sammenlign/', { javaScriptEnabled: false });
    const ctx = nojs.context();
    await expect(nojs.locator('[data-chart] svg[role=img]').count()).resolves.toBe(1);
    await expect(nojs.locator('[data-table] thead').innerText()).resolves.toMatch(
      /Oslo.*Bergen.*Trondheim.*Stavanger.*Hele landet/s,
    );
    await ctx.close();
  });
});
