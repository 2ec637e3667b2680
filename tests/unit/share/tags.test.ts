import { describe, expect, it } from 'vitest';
import { cardSvg, pageCardSvg, wrapWords } from '../../../src/lib/share/card.ts';
import { cardPath, kommuneOfPath, pageCardPath, profileDescription, shareTags } from '../../../src/lib/share/tags.ts';
import type { KeyFigures } from '../../../src/lib/profile/key-figures.ts';

const site = 'https://bosettingstall.no';
const tagMap = (tags: ReturnType<typeof shareTags>['tags']) =>
  new Map(tags.map((m) => ['property' in m ? m.property : m.name, m.content]));

describe('shareTags', () => {
  it('gives a profile its canonical address, language, large card and the kommune card', () => {
    const s = shareTags({
      site,
      pathname: '/kommune/0301-oslo/',
      title: 'Oslo – Bosettingstall',
      description: 'Oslo: figures',
      siteName: 'Bosettingstall',
    });
    expect(s.canonical).toBe('https://bosettingstall.no/kommune/0301-oslo/');
    expect(s.image).toBe('https://bosettingstall.no/kort/0301-oslo.png');
    const m = tagMap(s.tags);
    expect(m.get('og:url')).toBe(s.canonical);
    expect(m.get('og:title')).toBe('Oslo – Bosettingstall');
    expect(m.get('og:description')).toBe('Oslo: figures');
    expect(m.get('og:locale')).toBe('nb_NO');
    expect(m.get('og:image')).toBe(s.image);
    expect(m.get('og:image:width')).toBe('1200');
    expect(m.get('twitter:card')).toBe('summary_large_image');
    expect(m.get('twitter:image')).toBe(s.image);
  });

  it('takes the language from the address prefix and names the others as alternates', () => {
    const s = shareTags({
      site,
      pathname: '/nn/kommune/4601-bergen/notat/',
      title: 'x',
      description: 'y',
      siteName: 'z',
      alternates: ['nb', 'nn', 'en'],
    });
    expect(tagMap(s.tags).get('og:locale')).toBe('nn_NO');
    expect(s.tags.filter((m) => 'property' in m && m.property === 'og:locale:alternate').map((m) => m.content)).toEqual(
      ['nb_NO', 'en_GB'],
    );
    // The brief shares its kommune's card, shared by the languages.
    expect(s.image).toBe(`${site}${cardPath('4601-bergen')}`);
    expect(
      tagMap(shareTags({ site, pathname: '/en/', title: 'x', description: 'y', siteName: 'z' }).tags).get('og:locale'),
    ).toBe('en_GB');
  });

  it("gives the comparison its own card and every other page the site's card, in the page's language", () => {
    for (const [pathname, image] of [
      ['/', '/kort/forside-nb.png'],
      ['/nn/', '/kort/forside-nn.png'],
      ['/sammenlign/', '/kort/sammenlign-nb.png'],
      ['/en/sammenlign/', '/kort/sammenlign-en.png'],
      ['/nn/om-dataene/', '/kort/forside-nn.png'],
      ['/en/data/', '/kort/forside-en.png'],
      ['/kommune/0301-oslo/figur/x/', '/kort/forside-nb.png'],
    ]) {
      const s = shareTags({ site, pathname, title: 't', description: 'd', siteName: 's' });
      expect(s.image, pathname).toBe(`${site}${image}`);
      const m = tagMap(s.tags);
      expect(m.get('twitter:card')).toBe('summary_large_image');
      expect(m.get('og:image')).toBe(s.image);
      expect(m.get('twitter:image')).toBe(s.image);
      expect(m.get('og:type')).toBe('website');
      expect(m.get('og:url')).toBe(new URL(pathname, site).href);
    }
    expect(pageCardPath('sammenlign', 'nn')).toBe('/kort/sammenlign-nn.png');
  });

  it('finds the kommune of a profile or brief address only', () => {
    expect(kommuneOfPath('/kommune/5001-trondheim/')).toBe('5001-trondheim');
    expect(kommuneOfPath('/en/kommune/5001-trondheim/notat/')).toBe('5001-trondheim');
    expect(kommuneOfPath('/kommune/')).toBeNull();
    expect(kommuneOfPath('/sammenlign/')).toBeNull();
  });
});

describe('profileDescription', () => {
  const key: KeyFigures = {
    year: 2024,
    asOf: 'foreløpige tall per 13. november 2024',
    cards: [
      { id: 'anmodning', label: 'IMDi ba om', year: 2024, value: '120', numeric: true },
      { id: 'vedtak', label: 'Kommunen vedtok', year: 2024, value: 'avventer vedtak', numeric: false },
      { id: 'bosatt', label: 'Bosatt', year: 2024, value: 'skjult (under 5)', numeric: false },
    ],
  };
  it('says the key figures as the page shows them, a status in its own words', () => {
    expect(profileDescription('Bosetting i Oslo kommune', key, (y) => `Bosetting ${y}`)).toBe(
      'Bosetting i Oslo kommune. Bosetting 2024 (foreløpige tall per 13. november 2024) – IMDi ba om: 120; Kommunen vedtok: avventer vedtak; Bosatt: skjult (under 5).',
    );
  });
  it('is the lead alone without key figures', () => {
    expect(profileDescription('Lead', null, (y) => String(y))).toBe('Lead');
  });
});

describe('cardSvg', () => {
  const chart =
    '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="L" width="640" height="260" viewBox="0 0 640 260" font-family="system-ui, sans-serif" font-size="12" text-anchor="middle" fill="currentColor" class="chart-svg"><rect x="1" y="2" width="3" height="4"/></svg>';
  it('draws the name escaped, the numbers with the chart marks, and the chart scaled in', () => {
    const svg = cardSvg({
      name: 'A & B',
      groups: [
        {
          year: 2024,
          figures: [
            { kind: 'request', value: '12' },
            { kind: 'settled', value: '7', provisional: true },
          ],
        },
      ],
      chart,
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('>A &amp; B</text>');
    expect(svg).toContain('>2024</text>');
    expect(svg).toContain('>12</text>');
    expect(svg).toContain('<circle');
    // Provisional settled: a hollow bar.
    expect(svg).toMatch(/<rect [^>]*fill="none" stroke="#E69F00"/);
    expect(svg).toContain('<rect x="1" y="2" width="3" height="4"/>');
    expect(svg).toMatch(
      /<g transform="translate\(\d+,200\) scale\(1\.5769\)" color="#1a1a1a" font-family="system-ui, sans-serif"/,
    );
    expect(svg).not.toContain('aria-label');
  });
  it('draws no chart when there is none, and shrinks a long name to the width', () => {
    const long = 'Porsanger – Porsáŋgu – Porsanki og enda lengre navn';
    const svg = cardSvg({ name: long, groups: [] });
    const size = Number(/font-size="(\d+)" font-weight="bold" fill="#1a1a1a">Porsanger/.exec(svg)![1]);
    expect(size * 0.7 * long.length).toBeLessThanOrEqual(1200 - 120);
    expect(svg).not.toContain('<g transform');
  });
});

describe('pageCardSvg', () => {
  const outline = {
    type: 'Polygon',
    coordinates: [
      [
        [5, 58],
        [31, 58],
        [31, 71],
        [5, 71],
        [5, 58],
      ],
    ],
  };
  it("writes the page's words escaped, wrapped to the text column, beside Norway's outline", () => {
    const svg = pageCardSvg({
      kicker: 'Site & co',
      title: 'Compare <municipalities>',
      text: 'word '.repeat(20),
      outline,
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('>Site &amp; co</text>');
    expect(svg).toContain('>Compare &lt;municipalities&gt;</text>');
    const lines = [...svg.matchAll(/font-size="36" fill="#1a1a1a">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('word '.repeat(20).trim());
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(33);
    // The outline, fitted into the right-hand box, with no number drawn on it.
    const d = /<path d="([^"]+)"/.exec(svg)![1];
    const xs = [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(820);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1160);
  });
  it('wraps words at the width and keeps a word longer than a line whole', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('abcdefgh ij', 5)).toEqual(['abcdefgh', 'ij']);
    expect(wrapWords('  ', 5)).toEqual([]);
  });
});
