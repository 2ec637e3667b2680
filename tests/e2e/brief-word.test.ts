import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('«Last ned som Word» on the brief', () => {
  it('Kautokeino: loads the docx writer only on click and downloads a .docx naming the kommune', async () => {
    const scripts: string[] = [];
    const page = await site.open('/kommune/5612-kautokeino/notat/', {});
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().endsWith('.json')) scripts.push(r.url());
    });
    await page.reload({ waitUntil: 'networkidle' });
    // With the page: no docx chunk, no brief content fetched.
    const before = [...scripts];
    expect(before.some((u) => /brief-word|docx/.test(u))).toBe(false);
    expect(before.some((u) => u.endsWith('notat.json'))).toBe(false);
    const button = page.getByRole('button', { name: 'Last ned som Word' });
    await expect(button.isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^notat-5612-kautokeino-\d{4}-\d{2}(-\d{2})?\.docx$/);
    const after = scripts.slice(before.length);
    expect(after.some((u) => u.endsWith('/kommune/5612-kautokeino/notat.json'))).toBe(true);
    expect(after.some((u) => /brief-word/.test(u))).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Kautokeino');
    expect(xml).toContain('Anmodning, vedtak og bosetting');
    // The chart: the SVG and the PNG the browser drew from it (not an empty picture).
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.some((f) => f.endsWith('.svg'))).toBe(true);
    const png = media.find((f) => f.endsWith('.png'));
    expect((await zip.file(png!)!.async('uint8array')).length).toBeGreaterThan(2000);
    await expect(page.locator('[data-word-status]').innerText()).resolves.toBe('');
  });
});
