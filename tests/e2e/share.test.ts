import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/**
 * Card tags after a build (npm run build first): every page type in every language carries Open Graph and
 * Twitter tags, a canonical address and og:image: a profile and a brief their kommune's card, the comparison
 * its own card and every other page the site's card in the page's language — each an existing PNG of
 * 1200 × 630 under 100 KB; every kommune has its card.
 */
const DIST = 'dist';
const kommune = readdirSync(`${DIST}/kommune`).sort()[0];
const PAGES = ['/', '/sammenlign/', '/om-dataene/', '/data/', `/kommune/${kommune}/`, `/kommune/${kommune}/notat/`];
const file = (path: string) => `${DIST}${path}index.html`;
const meta = (html: string) => {
  const { document } = parseHTML(html);
  const get = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
  return {
    canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
    og: (p: string) => get(`meta[property="${p}"]`),
    tw: (n: string) => get(`meta[name="${n}"]`),
  };
};
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (buf: Buffer) => ({
  png: buf.subarray(1, 4).toString() === 'PNG',
  w: buf.readUInt32BE(16),
  h: buf.readUInt32BE(20),
});

const LOCALES = [
  ['', 'nb_NO', 'nb'],
  ['/nn', 'nn_NO', 'nn'],
  ['/en', 'en_GB', 'en'],
] as const;
/** The card a page should show: its kommune's, the comparison's own, or the site's (the front page's) in its language. */
const cardOf = (path: string, locale: string) =>
  path.startsWith('/kommune/')
    ? `/kort/${kommune}.png`
    : `/kort/${path === '/sammenlign/' ? 'sammenlign' : 'forside'}-${locale}.png`;

describe('card tags on every page type', () => {
  for (const [prefix, ogLocale, locale] of LOCALES)
    for (const path of PAGES)
      it(`${prefix}${path}`, () => {
        const m = meta(readFileSync(file(`${prefix}${path}`), 'utf8'));
        expect(m.canonical).toMatch(
          new RegExp(`^https?://[^/]+${`${prefix}${path}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
        );
        expect(m.og('og:url')).toBe(m.canonical);
        expect(m.og('og:title')).toBeTruthy();
        expect(m.og('og:description')).toBeTruthy();
        expect(m.og('og:locale')).toBe(ogLocale);
        expect(m.tw('twitter:card')).toBe('summary_large_image');
        // The image the tags name exists after the build: a PNG of 1200 × 630 under 100 KB.
        const image = new URL(m.og('og:image')!);
        expect(m.tw('twitter:image')).toBe(image.href);
        expect(image.pathname).toBe(cardOf(path, locale));
        expect(m.og('og:image:width')).toBe('1200');
        expect(m.og('og:image:height')).toBe('630');
        const png = readFileSync(`${DIST}${image.pathname}`);
        expect(png.length).toBeLessThan(100 * 1024);
        expect(pngSize(png)).toEqual({ png: true, w: 1200, h: 630 });
      });

  it("the front page's and the comparison's cards differ by language (their words are the page's)", () => {
    for (const card of ['forside', 'sammenlign']) {
      const [nb, nn, en] = LOCALES.map(([, , l]) => readFileSync(`${DIST}/kort/${card}-${l}.png`));
      expect(nb.equals(nn) || nb.equals(en) || nn.equals(en), card).toBe(false);
    }
  });

  it('a profile in nynorsk and English names its language and shares the same card', () => {
    for (const [prefix, ogLocale] of [
      ['/nn', 'nn_NO'],
      ['/en', 'en_GB'],
    ]) {
      const m = meta(readFileSync(file(`${prefix}/kommune/${kommune}/`), 'utf8'));
      expect(m.og('og:locale')).toBe(ogLocale);
      expect(m.canonical).toMatch(new RegExp(`${prefix}/kommune/${kommune}/$`));
      expect(new URL(m.og('og:image')!).pathname).toBe(`/kort/${kommune}.png`);
    }
  });

  it('a profile describes its newest key figures in words', () => {
    const html = readFileSync(file(`/kommune/${kommune}/`), 'utf8');
    const { document } = parseHTML(html);
    const description = meta(html).og('og:description')!;
    const cards = [...document.querySelectorAll('.keyfigs .card')];
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards)
      expect(description).toContain(
        `${c.querySelector('dt')!.textContent!.trim()}: ${c.querySelector('dd')!.textContent!.trim()}`,
      );
  });

  it('every kommune has its card, a PNG of 1200 × 630 under 100 KB', () => {
    const kommuner = readdirSync(`${DIST}/kommune`).filter((d) => existsSync(file(`/kommune/${d}/`)));
    expect(kommuner.length).toBe(357);
    for (const k of kommuner) {
      const path = `${DIST}/kort/${k}.png`;
      expect(existsSync(path), path).toBe(true);
      expect(statSync(path).size, path).toBeLessThan(100 * 1024);
      expect(pngSize(readFileSync(path)), path).toEqual({ png: true, w: 1200, h: 630 });
    }
  });
});
