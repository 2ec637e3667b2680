import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localePath } from '../../src/i18n/locales.ts';
import { PUBLISHED_LOCALES } from '../../src/i18n/routes.ts';
import { useSite } from './harness.ts';

/**
 * Every page type in every published language after a build: the file exists at its address, <html lang> is the
 * language, hreflang names the same page in each language, and the language switch leads to the same page
 * (the comparison keeps its state once the script has run).
 */
const PAGES = ['/', '/kommune/0301-oslo/', '/kommune/0301-oslo/notat/', '/sammenlign/', '/om-dataene/', '/data/'];
const fileOf = (path: string) => `dist${path}index.html`;

describe('every page type in every language', () => {
  it('exists, with <html lang>, hreflang alternates and a language switch to the same page', () => {
    expect(PUBLISHED_LOCALES).toEqual(['nb', 'nn', 'en']);
    for (const locale of PUBLISHED_LOCALES)
      for (const page of PAGES) {
        const path = localePath(locale, page);
        expect(existsSync(fileOf(path)), path).toBe(true);
        const html = readFileSync(fileOf(path), 'utf8');
        expect(html, path).toContain(`<html lang="${locale}"`);
        for (const other of PUBLISHED_LOCALES) {
          expect(html, `${path} hreflang ${other}`).toMatch(
            new RegExp(`<link rel="alternate" hreflang="${other}" href="[^"]*${localePath(other, page)}"`),
          );
          if (other !== locale)
            expect(html, `${path} switch to ${other}`).toMatch(
              new RegExp(`<a href="${localePath(other, page)}" hreflang="${other}" lang="${other}"`),
            );
        }
        expect(html, path).toContain('hreflang="x-default"');
      }
    // The not-found page: bokmål's at the root, where a static host looks for it; the others under their prefix.
    expect(readFileSync('dist/404.html', 'utf8')).toContain('<html lang="nb"');
    for (const locale of PUBLISHED_LOCALES.filter((l) => l !== 'nb'))
      expect(readFileSync(`dist/${locale}/404/index.html`, 'utf8')).toContain(`<html lang="${locale}"`);
  });
});

describe('the language switch in the browser', () => {
  const site = useSite();
  it('keeps the comparison’s kommuner and measure', async () => {
    const page = await site.open('/sammenlign/?k=1101,4601&mal=vedtak');
    await page.waitForFunction(() =>
      (document.querySelector<HTMLElement>('[data-compare]')?.dataset.state ?? '').includes('4601'),
    );
    const state = await page.evaluate(() => location.search);
    for (const other of PUBLISHED_LOCALES.filter((l) => l !== 'nb')) {
      const href = await page.locator(`a[data-lang-switch=${other}]`).getAttribute('href');
      expect(href).toBe(`${localePath(other, '/sammenlign/')}${state}`);
    }
    const target = PUBLISHED_LOCALES.find((l) => l !== 'nb')!;
    await page.locator(`a[data-lang-switch=${target}]`).click();
    await page.waitForFunction(() =>
      (document.querySelector<HTMLElement>('[data-compare]')?.dataset.state ?? '').includes('4601'),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(target);
    expect(await page.evaluate(() => location.search)).toBe(state);
    await page.context().close();
  });
  it('the search leads to the profile in the page’s language', async () => {
    for (const locale of PUBLISHED_LOCALES) {
      const page = await site.open(localePath(locale, '/'));
      await page.locator('#sok').fill('Tromsø');
      await page.locator('#sok').press('Enter');
      await page.waitForURL(/5501-tromso/);
      expect(new URL(page.url()).pathname).toBe(localePath(locale, '/kommune/5501-tromso/'));
      await page.context().close();
    }
  });
});
