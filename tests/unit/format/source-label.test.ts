import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../../src/lib/format/date.ts';
import { sourceLabel, sourcePlainText } from '../../../src/lib/format/source-label.ts';

const imdi = {
  publisher: 'IMDi',
  table: 'bosatt_anmodede',
  vintage: '2023-09',
  publisherPage: 'Tall og statistikk: Anmodnings-, vedtaks- og bosettingstall',
  publisherUrl: 'https://www.imdi.no/tall-og-statistikk/steder/F00/befolkning/bosatt_anmodede',
  publisherPageNote: '',
};

describe('a source as a reader sees it', () => {
  it('names the publisher’s page first, then the table and the file’s date in words', () => {
    expect(sourceLabel(t, imdi)).toEqual({
      name: 'IMDi: Tall og statistikk: Anmodnings-, vedtaks- og bosettingstall',
      url: imdi.publisherUrl,
      detail: 'tabell bosatt_anmodede, fil fra september 2023',
      text: 'IMDi: Tall og statistikk: Anmodnings-, vedtaks- og bosettingstall, tabell bosatt_anmodede, fil fra september 2023',
    });
    expect(sourcePlainText(t, imdi)).toBe(
      'IMDi: Tall og statistikk: Anmodnings-, vedtaks- og bosettingstall, tabell bosatt_anmodede, fil fra september 2023 (https://www.imdi.no/tall-og-statistikk/steder/F00/befolkning/bosatt_anmodede)',
    );
  });
  it('does not repeat a table the page’s name already holds, nor a page’s own title as a table', () => {
    const ssb = {
      ...imdi,
      publisher: 'SSB',
      table: '07459',
      publisherPage: 'Statistikkbanken, tabell 07459: befolkning',
      vintage: '2026-06',
    };
    expect(sourceLabel(t, ssb).detail).toBe('fil fra juni 2026');
    const page = { ...imdi, table: 'Nøkkeltall bosetting 2024 (nettside)', publisherPage: 'Nøkkeltall bosetting 2024' };
    expect(sourceLabel(t, { ...page, vintage: '2025-01-15' }).detail).toBe('fil fra 15. januar 2025');
    // «tilskudd» inside «tilskuddsordning» is not the table's name.
    const grants = {
      ...imdi,
      table: 'tilskudd',
      publisherPage: 'Tall og statistikk: Tilskudd fra IMDi - per tilskuddsordning',
    };
    expect(sourceLabel(t, grants).detail).toBe('tabell tilskudd, fil fra september 2023');
  });
  it('says the years cited before the file’s date, never as a bare year trailing it, nor twice', () => {
    const page = {
      ...imdi,
      table: 'Nøkkeltall bosetting 2025 (nettside)',
      publisherPage: 'Nøkkeltall bosetting 2025',
      vintage: '2026-10-01',
    };
    // The page's name already says the year: no year after the file's date («fil fra 1. oktober 2026, 2025»).
    expect(sourceLabel(t, page, [2025, 2025]).text).toBe('IMDi: Nøkkeltall bosetting 2025, fil fra 1. oktober 2026');
    // Another year, or a span, is said in words before the date.
    expect(sourceLabel(t, page, [2024, 2025]).detail).toBe('tall for 2024–2025, fil fra 1. oktober 2026');
    expect(sourceLabel(t, imdi, [2016, 2021]).text).toBe(
      'IMDi: Tall og statistikk: Anmodnings-, vedtaks- og bosettingstall, tabell bosatt_anmodede, tall for 2016–2021, fil fra september 2023',
    );
    expect(sourcePlainText(t, imdi, [2020, 2020])).toBe(
      `IMDi: Tall og statistikk: Anmodnings-, vedtaks- og bosettingstall, tabell bosatt_anmodede, tall for 2020, fil fra september 2023 (${imdi.publisherUrl})`,
    );
    for (const years of [undefined, [2025, 2025], [2016, 2025]] as const)
      expect(sourceLabel(t, page, years).text).not.toMatch(/fil fra [^,]+, \d{4}/);
  });
  it('says a date in words', () => {
    expect(dateInWords('2026-10-01', 'nb')).toBe('1. oktober 2026');
    expect(dateInWords('2026-10', 'nb')).toBe('oktober 2026');
    expect(dateInWords('2022', 'nb')).toBe('2022');
  });
});
