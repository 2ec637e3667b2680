import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from './harness.ts';

const site = useSite();

/** Click a button and read the file it downloads: its suggested name and its bytes. */
async function downloadOf(page: Page, panel: string, name: string) {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(panel).getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** The lines of an exported SVG that lie outside its own picture (none should). */
async function outside(svgText: string): Promise<string[]> {
  const probe = await site.open('/404.html');
  await probe.setContent(
    `<!doctype html><html><body style="margin:0">${svgText.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`,
  );
  const out = await probe.evaluate(() => {
    const svg = document.querySelector('svg')!;
    const vb = svg.viewBox.baseVal;
    return [...svg.querySelectorAll(':scope > text')]
      .map((t) => ({ text: t.textContent, box: (t as SVGGraphicsElement).getBBox() }))
      .filter(
        ({ box }) => box.x < vb.x - 1 || box.x + box.width > vb.x + vb.width + 1 || box.y + box.height > vb.height,
      )
      .map(({ text }) => text ?? '');
  });
  await probe.context().close();
  return out;
}

describe('downloads under each profile panel and on the comparison (issue 21)', () => {
  it('Oslo: the download code loads on click only; the settlement chart as SVG and PNG names its title, source and dataset', async () => {
    const page = await site.open('/kommune/0301-oslo/');
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.reload({ waitUntil: 'networkidle' });
    expect(loaded.some((u) => /panel-export\.|\/data\/panel\//.test(u))).toBe(false);
    const svg = await downloadOf(page, '#bosetting', 'Figur (SVG)');
    expect(svg.name).toMatch(/^bosettingstall-0301-oslo-bosetting-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Anmodning, vedtak og faktisk bosetting – Oslo');
    expect(text).toMatch(/Kilde: IMDi/);
    expect(text).toMatch(/https:\/\/www\.imdi\.no\//);
    expect(text).toMatch(/Bosettingstall, datasettversjon [0-9a-f]{8} \(kilder til og med \d{1,2}\. \w+ \d{4}\)/);
    expect(text).toContain('/kommune/0301-oslo/#bosetting');
    expect(text).not.toMatch(/<image|<style|url\(|xlink:href/);
    expect(await outside(text)).toEqual([]);
    const png = await downloadOf(page, '#bosetting', 'Figur (PNG)');
    expect(png.name).toMatch(/^bosettingstall-0301-oslo-bosetting-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // Twice the picture's width (824 px): sharp on a high-density screen and in print.
    expect(png.bytes.readUInt32BE(16)).toBe(2 * 824);
    expect(loaded.some((u) => /\/data\/panel\//.test(u))).toBe(false);
    await expect(page.locator('#bosetting [data-export-status]').innerText()).resolves.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('Oslo: the settlement panel’s figures as CSV and XLSX, in the common columns with the source line in each row', async () => {
    const page = await site.open('/kommune/0301-oslo/');
    const csv = await downloadOf(page, '#bosetting', 'Tall (CSV)');
    expect(csv.name).toMatch(/^bosettingstall-0301-oslo-bosetting-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.bytes.toString('utf8').split('\n');
    expect(lines[0]).toBe('\uFEFFkode,navn,fylke,mål,år,verdi,enhet,status,foreløpig,kilde,merknad,gruppe');
    const row2016 = lines.find((l) => l.startsWith('0301,Oslo,Oslo,Bosatte flyktninger,2016,'))!;
    expect(row2016).toMatch(/,tall,nei,"?IMDi[^,]*,/);
    expect(row2016).toMatch(/https:\/\/www\.imdi\.no\//);
    const xlsx = await downloadOf(page, '#bosetting', 'Tall (XLSX)');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const zip = await JSZip.loadAsync(xlsx.bytes);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('Bosatte flyktninger');
    expect(strings).toMatch(/IMDi/);
    await page.context().close();
  });

  it('English and nynorsk: the picture and the figures speak the page’s language', async () => {
    const en = await site.open('/en/kommune/4601-bergen/');
    const csv = (await downloadOf(en, '#sysselsetting', 'Figures (CSV)')).bytes.toString('utf8');
    expect(csv).toMatch(/\n4601,Bergen,Vestland,("[^"]+"|[^,]+),\d{4},[\d.]+,prosent,figure,(no|yes),/);
    expect(csv).toMatch(/\n0000,Whole country,,/);
    expect(csv).toContain('Immigrants');
    const svg = (await downloadOf(en, '#bosetting', 'Chart (SVG)')).bytes.toString('utf8');
    expect(svg).toMatch(/Source: IMDi/);
    expect(svg).toMatch(/dataset version [0-9a-f]{8} \(sources up to \d{1,2} \w+ \d{4}\)/);
    await en.context().close();
    const nn = await site.open('/nn/kommune/4601-bergen/');
    const nnSvg = (await downloadOf(nn, '#bosetting', 'Figur (SVG)')).bytes.toString('utf8');
    expect(nnSvg).toMatch(/Kjelde: IMDi/);
    expect(nnSvg).toMatch(/datasettversjon [0-9a-f]{8} \(kjelder til og med/);
    expect(await axeViolations(nn)).toEqual([]);
    await nn.context().close();
  });

  it('a former kommune’s panel (inside «Tidligere kommuner») downloads that kommune’s figures, named for it', async () => {
    const page = await site.open('/kommune/1508-alesund/');
    const former = page.locator('#predecessors > details').filter({ hasText: 'Sandøy' });
    await former.locator(':scope > summary').click();
    const panel = former.locator('.panel', { has: page.getByRole('button', { name: 'Tall (CSV)' }) }).first();
    const id = (await panel.getAttribute('id'))!;
    expect(id).toMatch(/^1546-2019-/);
    const csv = (await downloadOf(page, `[id="${id}"]`, 'Tall (CSV)')).bytes.toString('utf8');
    const rows = csv.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    // Sandøy's own figures (and the country's where the panel compares), none of today's Ålesund.
    expect(rows.every((r) => /^(1546:2019,Sandøy|0000,)/.test(r))).toBe(true);
    expect(rows.some((r) => r.startsWith('1546:2019,Sandøy'))).toBe(true);
    await page.context().close();
  });

  it('without JavaScript the panels carry no tools (they need the script), and the page is whole', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.base}/kommune/0301-oslo/`);
    expect(await page.locator('.panel-tools').count()).toBeGreaterThan(10);
    expect(await page.locator('.panel-tools button, .panel-tools details').count()).toBe(0);
    expect(await page.locator('.panel figure[data-chart] svg').count()).toBeGreaterThan(10);
    await ctx.close();
  });

  it('the comparison’s picture holds the source line and the dataset’s version and date', async () => {
    const page = await site.open('/sammenlign/?k=1101&mal=bosatt');
    const svg = await downloadOf(page, '.tools', 'Last ned figuren (SVG)');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/Kilde: IMDi/);
    expect(text).toMatch(/Bosettingstall, datasettversjon [0-9a-f]{8}/);
    expect(text).toContain('/sammenlign/?k=1101');
    expect(await outside(text)).toEqual([]);
    const png = await downloadOf(page, '.tools', 'Last ned figuren (PNG)');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
