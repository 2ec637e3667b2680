/**
 * Nynorsk and English pages (issue 19): no bokmål left on them, no axe
 * violations with every <details> open, no sideways scroll on a phone — for
 * every page type: front, a profile, the comparison with a state in its link,
 * the brief, «Om dataene» and the 404 page.
 *
 * What counts as the page's own text: every text node a reader can see (all
 * <details> opened first, visually hidden text for screen readers included),
 * the page title, and the aria-label, alt, title and placeholder of visible
 * elements. Left out, by one marker each:
 *  - text in another language, marked with its own `lang` (any element whose
 *    nearest `lang` differs from <html lang>: a Sami or Kven name, `lang="se"`,
 *    `"smj"`, `"sma"`, `"fkv"`, and a Norwegian source title or publisher's
 *    phrase quoted on an English or nynorsk page, `lang="nb"`);
 *  - a source's own title, in <cite> (what the publisher calls its table or page);
 *  - machine text: <code>, <kbd>, <samp>, `translate="no"`, addresses and file
 *    names (tokens with «://», «_», «=», or starting with «/»), and a publisher's
 *    table identifier after «table»/«tabell» («table tilskudd»);
 *  - proper names: every kommune's, former kommune's and fylke's name in the
 *    dataset (data/kommuner.csv, data/predecessors.csv), e.g. «Nore og Uvdal»,
 *    «Møre og Romsdal».
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from './harness.ts';

const site = useSite();

/** One of each page type, by its bokmål address; the nynorsk and English ones are the same under /nn and /en. */
const PAGES: [string, string][] = [
  ['front', '/'],
  ['profile', '/kommune/0301-oslo/'],
  ['profile with Sami names', '/kommune/5612-kautokeino/'],
  ['comparison with state', '/sammenlign/?k=1101,1103&ref=land,fylke'],
  ['brief', '/kommune/0301-oslo/notat/?vedtak=40&ema=ja'],
  ['about the data', '/om-dataene/'],
  ['download data', '/data/'],
  ['404', '/404/'],
];

/** Words only bokmål has, by the language of the page they must not appear on. */
const BOKMAL_ONLY: Record<'nn' | 'en', string[]> = {
  // Bokmål forms whose nynorsk forms differ (busetting, flyktningar, innbyggjarar, vedteke, ikkje …).
  nn: [
    'ikke',
    'flyktninger',
    'bosetting',
    'bosatte',
    'innbyggere',
    'innvandrere',
    'vedtatt',
    'anmodning',
    'anmodet',
    'tilskudd',
    'enslige',
    'kommunene',
    'tallene',
    'befolkningen',
    'hele landet',
    'foreløpig',
    'foreløpige',
    'kilder',
    'kilden',
    'sammenlign',
    'hvor',
    'noen',
    'mye',
    'førebelse',
    'svarer',
  ],
  // Any of these on an English page is untranslated Norwegian.
  en: [
    'ikke',
    'og',
    'av',
    'fra',
    'til',
    'som',
    'er',
    'ble',
    'har',
    'år',
    'kommunen',
    'kommunen har',
    'kommuner',
    'flyktning',
    'flyktninger',
    'bosetting',
    'bosatt',
    'bosatte',
    'innbyggere',
    'innvandrere',
    'tilskudd',
    'anmodning',
    'anmodet',
    'vedtak',
    'vedtatt',
    'mangler',
    'skjult',
    'foreløpig',
    'foreløpige',
    'minst',
    'hele landet',
    'sammenlign',
    'kilder',
    'tallene',
    'enslige mindreårige',
  ],
};

const wordPattern = (words: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The page's own text (see the header), one string per text node or attribute. */
async function ownText(page: Page): Promise<string[]> {
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const machine = 'cite, code, kbd, samp, script, style, template, noscript, [translate="no"]';
    const own = (el: Element) => {
      if (el.closest(machine)) return false;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
      return lang === pageLang;
    };
    const seen = (el: Element) => el.checkVisibility() || !!el.closest('.sr-only, .visually-hidden');
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (el && text && own(el) && seen(el)) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]'))
      if (own(el) && seen(el))
        for (const a of ['aria-label', 'alt', 'title', 'placeholder']) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
    return out;
  });
}

/** Names of kommuner (all their names), former kommuner and fylker, longest first. */
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
const PROPER_NAMES = [
  ...new Set([
    ...csv('data/kommuner.csv').flatMap((k) => [
      k.name,
      k.officialName,
      k.fylkeName,
      ...k.otherNames.split(';').filter(Boolean),
    ]),
    ...csv('data/predecessors.csv').map((p) => p.name),
  ]),
]
  .filter((n) => n && n.length > 1)
  .sort((a, b) => b.length - a.length);

/** Addresses, file names, link parameters and a publisher's table identifiers are machine text; proper names stay as they are. */
/**
 * Values the open-data files hold as they are in every language (the «Last ned data» page names them):
 * region 0000's name and a measure's machine id.
 */
const FILE_VALUES = ['«Hele landet»', '(bosatt)'];

const withoutMachineTokens = (s: string) => {
  let text = s.replace(/\b(table|tabell) \S+/gi, '$1');
  for (const value of FILE_VALUES) text = text.split(value).join('Value');
  for (const name of PROPER_NAMES) if (text.includes(name)) text = text.split(name).join('Name');
  return (
    text
      .split(/\s+/)
      // Addresses, machine names and file names (kilder.csv).
      .filter(
        (w) => !/:\/\/|_|=/.test(w) && !w.startsWith('/') && !w.startsWith('«/') && !/\.(csv|json|xlsx)\b/.test(w),
      )
      .join(' ')
  );
};

/** «ikke :: … the text around it …» for every listed word in the page's own text. */
function bokmalFound(texts: string[], words: string[]): string[] {
  const re = wordPattern(words);
  const found: string[] = [];
  for (const raw of texts) {
    const text = withoutMachineTokens(raw);
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      found.push(`${m[1]} :: ${text.slice(Math.max(0, at - 40), at + 40)}`);
    }
  }
  return [...new Set(found)];
}

describe.each(['nn', 'en'] as const)('%s pages', (locale) => {
  for (const [kind, path] of PAGES) {
    const address = `/${locale}${path}`;

    it(`${kind} (${address}): <html lang="${locale}"> and no bokmål-only words`, async () => {
      const page = await site.open(address);
      // Every page type has a heading; a language not built yet shows the bokmål 404 page (lang="nb" below).
      if (kind !== '404') expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBeTruthy();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      const texts = await ownText(page);
      expect(texts.join(' ').length).toBeGreaterThan(100);
      expect(bokmalFound(texts, BOKMAL_ONLY[locale])).toEqual([]);
      await page.context().close();
    });

    it(`${kind} (${address}): no sideways scroll at 360 and 390 px; no axe violations with every <details> open`, async () => {
      for (const width of [360, 390]) {
        const page = await site.open(address, { viewport: { width, height: 800 } });
        if (kind === 'comparison with state')
          await page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-compare]')?.dataset.state);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(
          width,
        );
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => {
            d.open = true;
          }),
        );
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${width} px, details open`,
        ).toBeLessThanOrEqual(width);
        if (width === 360) expect(await axeViolations(page), `${width} px`).toEqual([]);
        await page.context().close();
      }
    });
  }
});

describe('the word check itself', () => {
  it('finds bokmål between English words and leaves marked and machine text alone', () => {
    const words = BOKMAL_ONLY.en;
    expect(bokmalFound(['The municipality has decided og ikke more'], words)).toEqual([
      'og :: The municipality has decided og ikke more',
      'ikke :: The municipality has decided og ikke more',
    ]);
    expect(bokmalFound(['See https://www.imdi.no/bosetting/ and bosatt_anmodede, ?vedtak=40'], words)).toEqual([]);
    expect(bokmalFound(['Refugees settled; «1 refugee», «2 refugees», «Kautokeino»'], words)).toEqual([]);
    // Proper names and table identifiers are not words to translate.
    expect(bokmalFound(['Nore og Uvdal and Herøy (Møre og Romsdal); IMDi, table tilskudd'], words)).toEqual([]);
    expect(bokmalFound(['Hele   landet'], words)).toEqual(['Hele landet :: Hele landet']);
    expect(bokmalFound(['flyktningar, busetting, ikkje, innbyggjarar'], BOKMAL_ONLY.nn)).toEqual([]);
  });
});
