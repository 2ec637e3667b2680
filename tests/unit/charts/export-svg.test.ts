import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/index.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { framedSvg, svgSize } from '../../../src/lib/charts/export-svg.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { dateInWords } from '../../../src/lib/format/date.ts';
import { plainText, sourceLabel } from '../../../src/lib/format/source-label.ts';
import { settlementPanel } from '../../../src/lib/profile/build-profile.ts';
import { figure } from '../figure-fixture.ts';

const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('9999', year, measure, value, { from: [], source: 'imdi-bosatt', ...o });
const own = [2021, 2022, 2023].flatMap((y) => [
  f(y, 'anmodning', 20),
  f(y, 'vedtak', 15),
  f(y, 'bosatt', y === 2023 ? 14 : 12, y === 2023 ? { flags: ['provisional'] } : {}),
]);
const STYLE = { ink: '#1a1a1a', muted: '#555555' };
const SOURCE = {
  publisher: 'IMDi',
  publisherPage: 'Statistikk om bosetting',
  publisherUrl: 'https://www.imdi.no/tall-og-statistikk/',
  publisherPageNote: '',
  table: 'bosatt_anmodede',
  vintage: '2026-09-28',
};

/** What the profile's «Figur (SVG)» frames a panel's chart with (src/client/panel-export.ts), from the catalogue. */
function exported(locale: Locale) {
  const t = messages(locale);
  const panel = settlementPanel({ name: 'Testvik', own, country: [], locale })!;
  const source = `${t.profile.source}: ${plainText(t, sourceLabel(t, SOURCE, [2021, 2023]))}.`;
  const date = dateInWords('2026-09-28', t.lang);
  const stamp = t.chartExport.stamp(
    t.chartExport.dataset('5cd885dd', date),
    'https://bosettingstall.no/kommune/9999-testvik/#bosetting',
  );
  const title = t.chartExport.title(panel.title, 'Testvik');
  const svg = framedSvg(
    panel.chart!.wide,
    {
      title,
      legend: [
        { glyph: '<rect x="3" y="2" width="12" height="12" fill="#0b5394"/>', label: t.profile.columns.settled },
      ],
      sources: [source],
      notes: ['* foreløpig tall & <merket>'],
      stamp,
    },
    STYLE,
  );
  return { svg, title, source, date, stamp };
}

describe('a chart exported as a picture of its own', () => {
  for (const locale of ['nb', 'nn', 'en'] as const)
    it(`holds its title, the source line (publisher, table, years, address) and the dataset's version and date (${locale})`, () => {
      const { svg, title, source, date } = exported(locale);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      expect(root.tagName.toLowerCase()).toBe('svg');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      // The picture's own text, line by line as drawn (long lines are wrapped at the chart's width).
      const texts = [...root.querySelectorAll('text')];
      const lines = texts.map((t) => t.textContent);
      const said = lines.join(' ');
      expect(said).toContain(title);
      expect(said).toContain(source);
      expect(said).toMatch(/IMDi/);
      expect(said).toContain('bosatt_anmodede');
      expect(said).toContain('https://www.imdi.no/tall-og-statistikk/');
      expect(said).toContain('5cd885dd');
      expect(said).toContain(date);
      expect(said).toContain('* foreløpig tall & <merket>');
      // The chart is inside, as drawn on the page, under the title and legend.
      expect(svg).toContain('role="img"');
      const { width } = svgSize(svg);
      for (const t of texts)
        expect(
          (t.textContent ?? '').length * Number(t.getAttribute('font-size')) * 0.56,
          t.textContent ?? '',
        ).toBeLessThan(width);
    });

  it('is self-contained: no stylesheet, font file, image or link to anything outside it', () => {
    const { svg } = exported('nb');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).not.toMatch(/<image|<style|@import|@font-face|url\(|xlink:href|\shref=/);
    expect(svg).toMatch(/font-family="system-ui/);
    // A white ground, so a PNG drawn from it is not transparent.
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#fff"\/>/);
  });

  it('is taller than the chart by the frame, and as wide as the chart and its margins', () => {
    const { svg } = exported('en');
    const panel = settlementPanel({ name: 'Testvik', own, country: [], locale: 'en' })!;
    const chart = svgSize(panel.chart!.wide);
    const framed = svgSize(svg);
    expect(framed.width).toBe(chart.width + 24);
    expect(framed.height).toBeGreaterThan(chart.height + 60);
  });
});
