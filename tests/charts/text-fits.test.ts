import { describe, expect, it } from 'vitest';
import { barsChart } from '../../src/lib/charts/bars.ts';
import { linesChart } from '../../src/lib/charts/lines.ts';
import { settlementChart } from '../../src/lib/charts/settlement.ts';
import { nb as t } from '../../src/i18n/nb.ts';
import { SIZES } from '../../src/lib/charts/theme.ts';
import { clippedTexts } from './text-fits.ts';

// The introduction programme as the profile draws it: long labels, so on a phone they stand above the bars.
const INTRO = [1, 2, 3, 4, 5].map((n, i) => ({
  label: `${n} år etter avsluttet program`,
  value: [0, 48.2, 61.5, 66.7, 70.1][i],
}));
const GRANTS = [2011, 2012, 2013, 2014, 2015, 2022, 2023].map((y, i) => ({
  year: y,
  series: 'Totalt',
  value: [433e6, 171e6, 690e6, 702e6, 815e6, 640e6, 1207e6][i],
}));
const OSLO = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y, i) => ({
  year: y,
  request: 1200 + i * 100,
  decision: 1150 + i * 90,
  settled: 1100 + i * 80,
}));

describe('no chart text reaches past the chart edge (desk and phone widths)', () => {
  for (const [name, size] of Object.entries(SIZES)) {
    it(`percent bars, labels above at a phone («0 %» whole), ${name}`, () => {
      const svg = barsChart(INTRO, { percent: true, values: true, hits: true, ...size, label: 'Intro' });
      expect(svg).toContain('>0 %<');
      expect(clippedTexts(svg)).toEqual([]);
    });
    it(`count bars, ${name}`, () => {
      const svg = barsChart(
        [
          { label: 'Syria', value: 12034 },
          { label: 'Ukraina', value: 9876 },
        ],
        { values: true, ...size, label: 'Land' },
      );
      expect(clippedTexts(svg)).toEqual([]);
    });
    it(`kroner lines with their end label, ${name}`, () => {
      const svg = linesChart(GRANTS, { kroner: true, ...size, t, label: 'Tilskudd' });
      expect(clippedTexts(svg)).toEqual([]);
    });
    it(`settlement, ${name}`, () => {
      expect(clippedTexts(settlementChart(OSLO, { ...size, t, label: 'Oslo' }))).toEqual([]);
    });
  }
});
