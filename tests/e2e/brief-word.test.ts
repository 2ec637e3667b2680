import { readFileSync } from 'node:fs';
import { patchDocument } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.ts';
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

/** The downloaded file read back: the package's parts, its text by paragraph, and the docx library's own reader over every XML part. */
async function readDocx(path: string) {
  const bytes = readFileSync(path);
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  // patchDocument unzips the file and parses each XML part (xml-js over sax, strict): a malformed part throws.
  await patchDocument({ outputType: 'uint8array', data: bytes, patches: {} });
  const decode = (s: string) =>
    s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e as 'lt']);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
  return { types, xml, styles, paragraphs, tables: xml.match(/<w:tbl>/g)?.length ?? 0 };
}

describe('«Last ned som Word» in nynorsk and English', () => {
  it('nynorsk, Alstahaug with ?vedtak=20&ema=ja: a valid .docx with the nynorsk heading and the proposal the page shows', async () => {
    const nn = messages('nn');
    const page = await site.open('/nn/kommune/1820-alstahaug/notat/?vedtak=20&ema=ja', {});
    // The page's script has replaced the default proposal with the one in the address.
    const live = page.locator('[data-brief-proposal] [data-live]');
    await live.filter({ hasText: 'Eit vedtak på 20 ' }).waitFor();
    const shown = (await live.locator('p').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    await expect(page.locator('[data-default-note]').isHidden()).resolves.toBe(true);
    const button = page.getByRole('button', { name: nn.brief.downloadWord });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^notat-1820-alstahaug-\d{4}-\d{2}(-\d{2})?\.docx$/);
    const doc = await readDocx((await download.path())!);
    expect(doc.types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(doc.styles).toMatch(/<w:lang w:val="nn-NO"/);
    expect(doc.paragraphs[0]).toBe(`${nn.brief.headingBefore}Alstahaug${nn.brief.headingAfter}`);
    expect(doc.tables).toBeGreaterThanOrEqual(3);
    // The proposal block: the heading, then the page's sentences for 20, and not the default's note.
    const at = doc.paragraphs.indexOf(nn.planning.briefHeading);
    expect(at).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    expect(doc.paragraphs.slice(at + 1, at + 1 + shown.length)).toEqual(shown);
    expect(doc.paragraphs).not.toContain(nn.planning.briefDefault);
    await expect(page.locator('[data-word-status]').innerText()).resolves.toBe('');
  });

  it("English, Bergen: a valid .docx with the English heading, tables and IMDi's request as the proposal", async () => {
    const en = messages('en');
    const page = await site.open('/en/kommune/4601-bergen/notat/', {});
    const button = page.getByRole('button', { name: en.brief.downloadWord });
    await expect(button.isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^brief-4601-bergen-\d{4}-\d{2}(-\d{2})?\.docx$/);
    const doc = await readDocx((await download.path())!);
    expect(doc.styles).toMatch(/<w:lang w:val="en-GB"/);
    expect(doc.paragraphs[0]).toBe(`${en.brief.headingBefore}Bergen${en.brief.headingAfter}`);
    expect(doc.paragraphs).toContain(en.keyPoints.heading);
    expect(doc.tables).toBeGreaterThanOrEqual(3);
    expect(doc.xml).toMatch(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*>Requested<\/w:t>/);
    // The page's default proposal block, word for word, with its note.
    const shown = (await page.locator('[data-brief-proposal] [data-live] p').allInnerTexts()).map((s) =>
      s.replace(/\s+/g, ' ').trim(),
    );
    const at = doc.paragraphs.indexOf(en.planning.briefHeading);
    expect(doc.paragraphs.slice(at + 1, at + 1 + shown.length)).toEqual(shown);
    expect(doc.paragraphs[at + 1 + shown.length]).toBe(en.planning.briefDefault);
  });
});
