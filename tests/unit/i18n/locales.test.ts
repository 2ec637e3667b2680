import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  htmlLang,
  intlLocale,
  isLocale,
  LOCALES,
  localePath,
  localePrefix,
  splitLocale,
} from '../../../src/i18n/locales.ts';
import { messages } from '../../../src/i18n/index.ts';
import { alternatesOf, localeOf, localeStaticPaths, PUBLISHED_LOCALES } from '../../../src/i18n/routes.ts';
import { sentencesFor } from '../../../src/lib/sentences/index.ts';

describe('locale addresses', () => {
  it('bokmål keeps today’s addresses; nynorsk and English have a prefix', () => {
    expect(DEFAULT_LOCALE).toBe('nb');
    expect(localePrefix('nb')).toBe('');
    expect(localePath('nb', '/kommune/0301-oslo/')).toBe('/kommune/0301-oslo/');
    expect(localePath('nn', '/kommune/0301-oslo/')).toBe('/nn/kommune/0301-oslo/');
    expect(localePath('en', '/')).toBe('/en/');
    expect(localePath('en', '/sammenlign/?k=0301,4601')).toBe('/en/sammenlign/?k=0301,4601');
  });
  it('moves a prefixed path to another language, and reads the language of a path', () => {
    expect(localePath('en', '/nn/om-dataene/')).toBe('/en/om-dataene/');
    expect(localePath('nb', '/en/sammenlign/')).toBe('/sammenlign/');
    expect(splitLocale('/nn/kommune/0301-oslo/notat/')).toEqual({ locale: 'nn', path: '/kommune/0301-oslo/notat/' });
    expect(splitLocale('/en/')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
    // A kommune or a word that starts with the letters is not a prefix.
    expect(splitLocale('/kommune/5001-trondheim/')).toEqual({ locale: 'nb', path: '/kommune/5001-trondheim/' });
    expect(splitLocale('/nnn/')).toEqual({ locale: 'nb', path: '/nnn/' });
    expect(() => localePath('nn', 'kommune/')).toThrow();
  });
  it('names the language for <html lang> and for Intl', () => {
    expect(LOCALES.map(htmlLang)).toEqual(['nb', 'nn', 'en']);
    expect(LOCALES.map(intlLocale)).toEqual(['nb-NO', 'nb-NO', 'en-GB']);
    expect(isLocale('nn')).toBe(true);
    expect(isLocale('no')).toBe(false);
  });
});

describe('routes', () => {
  it('builds every published language, bokmål without a prefix', () => {
    expect(PUBLISHED_LOCALES[0]).toBe('nb');
    expect(localeStaticPaths().map((p) => p.params.locale)).toEqual(
      PUBLISHED_LOCALES.map((l) => (l === 'nb' ? undefined : l)),
    );
    expect(localeOf(undefined)).toBe('nb');
    expect(localeOf('en')).toBe('en');
    expect(() => localeOf('de')).toThrow();
  });
  it('the language switch and hreflang lead to the same page in each language', () => {
    const alt = alternatesOf('/nn/kommune/0301-oslo/');
    expect(alt.find((a) => a.locale === 'nb')?.path).toBe('/kommune/0301-oslo/');
    for (const a of alt) expect(a.path).toBe(localePath(a.locale, '/kommune/0301-oslo/'));
    expect(alternatesOf('/data/', ['nb'])).toEqual([{ locale: 'nb', path: '/data/' }]);
  });
  it('every published language has its catalogue and its sentences, and names itself', () => {
    for (const l of PUBLISHED_LOCALES) {
      expect(messages(l).lang).toBe(l);
      expect(sentencesFor(l).locale).toBe(l);
      expect(messages(l).languageName.length).toBeGreaterThan(0);
    }
  });
});

describe('the browser scripts', () => {
  it('load the catalogue and the planning words of every published language', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync('src/client/page-locale.ts', 'utf8');
    for (const l of PUBLISHED_LOCALES) {
      expect(src, l).toContain(`${l}: () => import('../i18n/${l}.ts')`);
      expect(src, l).toContain(`import('../i18n/${l}-planning.ts'), import('../lib/sentences/${l}-planning.ts')`);
    }
  });
});
