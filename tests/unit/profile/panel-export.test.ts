import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/index.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { toExcelCsv } from '../../../src/lib/format/csv.ts';
import { employmentPanel, settlementPanel } from '../../../src/lib/profile/build-profile.ts';
import {
  figureKeys,
  PANEL_EXPORT_COLUMNS,
  panelFigureKeys,
  panelExportTable,
  parseFigureKeys,
  regionsOfKeys,
  wireFigures,
  type PanelExportContext,
} from '../../../src/lib/profile/panel-export.ts';
import { panelWords } from '../../../src/lib/profile/panel-words.ts';
import { figure } from '../figure-fixture.ts';
import { getKommuner } from '../../../src/data/dataset.ts';
import { getProfile, profilePanelFigures } from '../../../src/data/profile.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';

const f = (region: string, year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure(region, year, measure, value, { from: [], source: 'imdi-bosatt', ...o });
const own = [
  f('9999', 2021, 'anmodning', 20),
  f('9999', 2021, 'vedtak', 15),
  f('9999', 2021, 'bosatt', 3, { status: 'suppressed', value: null }),
  f('9999', 2022, 'anmodning', 0, { status: 'not-applicable', value: null }),
  f('9999', 2022, 'vedtak', 10),
  f('9999', 2022, 'bosatt', 12, { flags: ['provisional'] }),
  f('9999', 2020, 'sysselsatte-andel', 61.24, { group: 'innvandrere', source: 'ssb-emp' }),
  f('9999', 2020, 'sysselsatte-andel', 78.9, { group: 'befolkningen_ellers', source: 'ssb-emp' }),
  f('9999', 2021, 'sysselsatte-andel', 62.5, { group: 'innvandrere', source: 'ssb-emp' }),
  f('9999', 2021, 'sysselsatte-andel', 79.1, { group: 'befolkningen_ellers', source: 'ssb-emp' }),
];
const country = [
  f('0000', 2019, 'sysselsatte-andel', 60, { group: 'innvandrere', source: 'ssb-emp' }),
  f('0000', 2020, 'sysselsatte-andel', 63.1, { group: 'innvandrere', source: 'ssb-emp' }),
  f('0000', 2020, 'sysselsatte-andel', 77.7, { group: 'befolkningen_ellers', source: 'ssb-emp' }),
  f('0000', 2021, 'sysselsatte-andel', 64, { group: 'innvandrere', source: 'ssb-emp' }),
];
const files = [wireFigures(own, { '9999': '=Testvik' }), wireFigures(country, {})];
const ctx = (locale: 'nb' | 'nn' | 'en'): PanelExportContext => {
  const t = messages(locale);
  return {
    t,
    locale,
    nameOf: (r) => (r === '0000' ? t.compare.refKinds.land : r === '9999' ? '=Testvik' : r),
    fylkeOf: (r) => (r === '9999' ? 'Testfylke' : null),
    sourceLabel: (id) => `Kilden ${id} (https://example.org/${id})`,
    cutNote: (year) => (year === 2022 ? `Merknad om ${year}` : undefined),
    words: panelWords(
      locale,
      [...own, ...country].map((f) => `${f.measure}|${f.group}`),
    ),
  };
};
const col = (name: string) => PANEL_EXPORT_COLUMNS.indexOf(name);

describe('a profile panel’s figures as a download', () => {
  it('names the figures a panel shows in a short key, and reads it back', () => {
    const p = settlementPanel({ name: 'Testvik', own, country: [] })!;
    const keys = figureKeys(p.figures!);
    expect(keys).toBe('9999 anmodning  2021-2022;9999 vedtak  2021-2022;9999 bosatt  2021-2022');
    expect([...parseFigureKeys(keys).get('9999 bosatt ')!]).toEqual([2021, 2022]);
    expect(figureKeys([f('0000', 2006, 'x', 1), f('0000', 2014, 'x', 1), f('0000', 2015, 'x', 1)])).toBe(
      '0000 x  2006,2014-2015',
    );
    expect(() => figureKeys([f('0301', 2020, 'landbakgrunn', 1, { group: 'Sri Lanka' })])).toThrow(/space/);
  });

  it('settlement (bokmål): one row per figure shown, the common columns, status in the page’s words', () => {
    const p = settlementPanel({ name: 'Testvik', own, country: [] })!;
    const table = panelExportTable(figureKeys(p.figures!), files, ctx('nb'));
    expect(table.columns).toEqual(PANEL_EXPORT_COLUMNS);
    expect(table.rows).toHaveLength(6);
    const row = (measure: string, year: number) =>
      table.rows.find((r) => r[col('mål')] === measure && r[col('år')] === year)!;
    expect(row('Bosatte flyktninger', 2021).slice(col('verdi'), col('foreløpig') + 1)).toEqual([
      null,
      'personer',
      'skjult (under 5)',
      'nei',
    ]);
    expect(row('Bosatte flyktninger', 2022).slice(col('verdi'), col('foreløpig') + 1)).toEqual([
      12,
      'personer',
      'tall',
      'ja',
    ]);
    expect(row('Anmodning om bosetting', 2022)[col('status')]).toBe('ingen anmodning');
    // The request-cut note where the year's request was cut (as the panel says it), on request and decision only.
    expect(row('Anmodning om bosetting', 2022)[col('merknad')]).toBe('Merknad om 2022');
    expect(row('Bosatte flyktninger', 2022)[col('merknad')]).toBe('');
    expect(row('Anmodning om bosetting', 2022)[col('fylke')]).toBe('Testfylke');
    expect(row('Anmodning om bosetting', 2022)[col('kilde')]).toBe(
      'Kilden imdi-bosatt (https://example.org/imdi-bosatt)',
    );
    expect(table.sources).toEqual([['imdi-bosatt', 'Kilden imdi-bosatt (https://example.org/imdi-bosatt)']]);
    // The CSV neutralises a cell a spreadsheet would read as a formula.
    const csv = toExcelCsv(table.columns, table.rows);
    expect(csv).toContain(",'=Testvik,");
    expect(csv).not.toMatch(/,=Testvik/);
  });

  it('employment (English): the kommune’s two groups and the country’s in the table’s years, groups named', () => {
    const p = employmentPanel({ name: 'Testvik', own, country, locale: 'en' })!;
    const keys = figureKeys(p.figures!);
    expect(regionsOfKeys(keys)).toEqual(['9999', '0000']);
    const table = panelExportTable(keys, files, ctx('en'));
    // The country's 2019 figure is not in the panel's table (the kommune has no 2019): not in the download.
    expect(table.rows.map((r) => `${r[col('kode')]} ${r[col('år')]} ${r[col('gruppe')]}`)).toEqual([
      '9999 2020 Immigrants',
      '9999 2021 Immigrants',
      '9999 2020 Rest of the population',
      '9999 2021 Rest of the population',
      '0000 2020 Immigrants',
      '0000 2021 Immigrants',
      '0000 2020 Rest of the population',
    ]);
    const land = table.rows.find((r) => r[col('kode')] === '0000')!;
    expect(land[col('navn')]).toBe('Whole country');
    expect(land[col('fylke')]).toBeNull();
    expect(land[col('status')]).toBe('figure');
    expect(land[col('foreløpig')]).toBe('no');
  });
});

describe('which figures each profile panel shows, in the kommune’s /data/panel/ file (not in the page)', () => {
  it(
    'the same in bokmål, nynorsk and English for every panel, a former kommune’s panels under their own ids',
    WHOLE_DATASET,
    () => {
      // Oslo; Ålesund (former kommuner, one divided); Bergen; Kautokeino; Orkland (three former kommuner, one divided).
      for (const code of ['0301', '1508', '4601', '5612', '5059']) {
        const k = getKommuner().find((x) => x.code === code)!;
        const nb = profilePanelFigures(k);
        for (const locale of ['nn', 'en'] as const) {
          const p = getProfile(k, locale);
          const panels = [...p.sections, ...p.predecessors.flatMap((pr) => pr.sections)].flatMap((s) => s.panels);
          expect(panelFigureKeys(panels), `${code} ${locale}`).toEqual(nb);
        }
        expect(Object.keys(nb).length, code).toBeGreaterThan(10);
        // Every panel id is one on the page: a former kommune's are prefixed with its number and last year.
        expect(new Set(Object.keys(nb)).size).toBe(Object.keys(nb).length);
        for (const pr of k.predecessors)
          expect(Object.keys(nb).some((id) => id.startsWith(`${pr.split(':')[0]}-`))).toBe(true);
      }
    },
  );
});
