import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/**
 * Card tags after a build (npm run build first): every page type carries Open Graph and Twitter tags and a
 * canonical address; a profile and a brief point og:image at their kommune's card, an existing PNG of
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

describe('card tags on every page type', () => {
  for (const path of PAGES)
    it(path, () => {
      const m = meta(readFileSync(file(path), 'utf8'));
      expect(m.canonical).toMatch(new RegExp(`^https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(m.og('og:url')).toBe(m.canonical);
      expect(m.og('og:title')).toBeTruthy();
      expect(m.og('og:description')).toBeTruthy();
      expect(m.og('og:locale')).toBe('nb_NO');
      expect(m.tw('twitter:card')).toMatch(/^summary(_large_image)?$/);
      if (!path.startsWith('/kommune/')) return;
      expect(m.tw('twitter:card')).toBe('summary_large_image');
      const image = new URL(m.og('og:image')!);
      expect(image.pathname).toBe(`/kort/${kommune}.png`);
      const png = readFileSync(`${DIST}${image.pathname}`);
      expect(png.length).toBeLessThan(100 * 1024);
      expect(pngSize(png)).toEqual({ png: true, w: 1200, h: 630 });
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
