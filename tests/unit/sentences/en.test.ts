/** The English sentence module over real municipalities from the published dataset, word for word. */
import { describe, expect, it } from 'vitest';
import { WHOLE_DATASET } from '../whole-dataset.ts';
import { getFigures, getKommuner, getPredecessor } from '../../../src/data/dataset.ts';
import { harmonizationNote } from '../../../src/lib/profile/harmonization-note.ts';
import {
  capacitySentences,
  decisionSentence,
  enSentences,
  formatInt,
  keyPoints,
  minors,
  minorsSentences,
  missingYearsSentence,
  monthOf,
  refugees,
  settledSentence,
  settlementSentence,
  share,
  yearsList,
} from '../../../src/lib/sentences/en.ts';
import { figure } from '../figure-fixture.ts';
import { seriesOf, type Figure } from '../../../src/lib/domain/figure.ts';

const s = (code: string, measure: string, group?: string) => seriesOf(getFigures(code), measure, group);
const points = (code: string, name: string) =>
  keyPoints(name, {
    req: s(code, 'anmodning'),
    dec: s(code, 'vedtak'),
    set: s(code, 'bosatt'),
    grants: s(code, 'tilskudd', 'totalt'),
  }).map((p) => p.text);

/** Words that only bokmål (or nynorsk) has: none may be left in an English sentence. */
const NORWEGIAN =
  /\b(ikke|ikkje|og|flyktninger|flyktningar|bosatt|bosatte|vedtak|anmodet|kommunen|kildene|minst|foreløpig|skjult|mangler|tilskudd|innbyggere|år|av)\b/i;

describe('English sentences from real figures', WHOLE_DATASET, () => {
  it('Bygland (withheld figures): the hidden year is said to be withheld for privacy, never a number', () => {
    expect(points('4220', 'Bygland')).toEqual([
      "For 2026, IMDi asked Bygland to settle 5 refugees, and the municipality decided not to settle anyone (provisional figures as of September 2026, from IMDi's web page).",
      'The number settled in Bygland in 2025 is withheld for privacy reasons; in 2026, none had been settled as of September 2026 (provisional figure).',
      'The most settled in one year in Bygland was 29 refugees, in 2023.',
      expect.stringMatching(
        /^In 2023, Bygland received NOK \d+\.\d million in grants from IMDi; the sources have no figure for 2024\.$/,
      ),
    ]);
    expect(settledSentence(2025, s('4220', 'bosatt').get(2025), s('4220', 'vedtak').get(2025))).toBe(
      'The number settled in 2025 is withheld for privacy reasons.',
    );
    expect(capacitySentences(s('4220', 'bosatt'), s('4220', 'vedtak'))[0]).toBe(
      'Most settled in one year: 29 refugees in 2023 (the figures for 2024 and 2025 are withheld).',
    );
    // IMDi's own files hide under 5: said as such (Utsira 2020).
    expect(settledSentence(2020, s('1151', 'bosatt').get(2020), s('1151', 'vedtak').get(2020))).toBe(
      'The number settled in 2020 is withheld because it is fewer than 5.',
    );
  });

  it('Kautokeino («avventer vedtak»): pending in the running year, never registered once the year ended', () => {
    expect(settlementSentence('Kautokeino', s('5612', 'anmodning'), s('5612', 'vedtak'), s('5612', 'bosatt'))).toBe(
      'For 2026, IMDi requested 10 refugees; the municipality had not made a decision when the figures were taken. ' +
        'For 2025, IMDi requested 10 refugees; no decision registered (IMDi: awaiting decision). ' +
        'For 2024, Kautokeino decided to settle 8 refugees, 53% of the 15 IMDi requested. ' +
        'In 2025, 10 refugees were settled.',
    );
    expect(points('5612', 'Kautokeino')).toEqual([
      "For 2026, IMDi asked Kautokeino to settle 10 refugees; the municipality had not made a decision when the figures were taken (provisional figures as of September 2026, from IMDi's web page).",
      'In 2025, 10 refugees were settled in Kautokeino; in 2026, none had been settled as of September 2026 (provisional figure).',
      'In 2015, Kautokeino received NOK 1.14 million in grants from IMDi; the figures for 2022–2023 are withheld (anonymised); the sources have no figure for 2024.',
    ]);
  });

  it('Tjeldsund (merged in 2020): a sum of former municipalities with a missing part is «at least»', () => {
    const dec = s('5512', 'vedtak').get(2016)!;
    expect(dec.from.length).toBeGreaterThan(1);
    expect(decisionSentence(2016, s('5512', 'anmodning').get(2016), dec)).toBe(
      'For 2016, the former municipalities together decided to settle at least 15 refugees; the figure for one of them is missing.',
    );
    expect(capacitySentences(s('5512', 'bosatt'), s('5512', 'vedtak'))).toEqual([
      'Most settled in one year: 33 refugees in 2023 (the figure for 2017 is missing).',
      'Average for 2021–2025: 17 settled a year.',
      'The municipality settled more than it had decided in 2012 and 2023 (the decision for 2023 is a provisional figure as of September 2023).',
    ]);
  });

  it('the reform note in English: merged (Tjeldsund) and divided (Ålesund), numbers never read as years', () => {
    const names = new Map(getKommuner().map((k) => [k.code, k.name]));
    const note = (code: string) => {
      const k = getKommuner().find((x) => x.code === code)!;
      return harmonizationNote(k, k.predecessors.map(getPredecessor), {
        nameOf: (c) => names.get(c) ?? c,
        locale: 'en',
      })?.text;
    };
    expect(note('5512')).toBe(
      "Tjeldsund was merged with Skånland in 2020. The figures for the merged municipalities (Skånland: municipality no. 1913) are added together where they are counts and amounts in NOK; shares cannot be added together and are shown for each former municipality separately. Tjeldsund had municipality no. 1852 until 2019 and municipality no. 5412 in 2020–2023; the figures from those years are under today's municipality no. 5512.",
    );
    expect(note('1508')).toContain(
      'In 2024, Ålesund (municipality no. 1507, 2020–2023) was divided into Ålesund and Haram. The figures for Ålesund 2020–2023 are not divided up, but are shown separately under «Former municipalities». The figures for Haram before 2020 are on the page for Haram.',
    );
    expect(note('5055')).toContain('(Halsa: municipality no. 1571; Hemne: municipality nos. 1612 and 5011)');
  });

  it('Moss 2023: the collective-protection split in one sentence', () => {
    expect(enSentences.profile.ukrainians('Moss', s('3103', 'bosatt'), s('3103', 'bosatt', 'ukrainere'), [2023])).toBe(
      'In 2023, 229 refugees were settled in Moss, 198 of them with collective protection, mostly Ukrainians.',
    );
  });

  it('Oslo: a lower bound is «at least» with why; English number format in prose', () => {
    const oslo = points('0301', 'Oslo');
    expect(oslo[2]).toBe(
      'The most settled in one year in Oslo was at least 2,018 refugees, in 2023 – IMDi withholds some small numbers, so the true figure may be a little higher.',
    );
    expect(oslo[3]).toBe(
      'In 2023, Oslo received NOK 1,396.1 million in grants from IMDi; the sources have no figure for 2024.',
    );
    expect(minorsSentences(s('0301', 'ema-anmodning'), s('0301', 'ema-vedtak'), s('0301', 'ema-bosatt'))).toEqual([
      'For 2026, IMDi requested 66 unaccompanied minors (provisional figure as of October 2025); the sources do not have the decision.',
      'In 2022–2024, at least 94 unaccompanied minors were settled (2024: withheld, fewer than 5). The figure for 2024 is provisional (as of November 2024).',
    ]);
    expect(missingYearsSentence(s('0301', 'tilskudd', 'totalt'))).toBe(
      'The sources have no figures for 2016–2021 and 2024.',
    );
  });

  it('ten real municipalities: key points and summaries in English, without marks or Norwegian words', () => {
    const ten = [
      ['0301', 'Oslo'],
      ['1101', 'Eigersund'],
      ['1103', 'Stavanger'],
      ['1151', 'Utsira'],
      ['1508', 'Ålesund'],
      ['3103', 'Moss'],
      ['4220', 'Bygland'],
      ['5512', 'Tjeldsund'],
      ['5612', 'Kautokeino'],
      ['1580', 'Haram'],
    ];
    for (const [code, name] of ten) {
      const text = [
        ...points(code, name),
        settlementSentence(name, s(code, 'anmodning'), s(code, 'vedtak'), s(code, 'bosatt')),
        ...capacitySentences(s(code, 'bosatt'), s(code, 'vedtak')),
        ...minorsSentences(s(code, 'ema-anmodning'), s(code, 'ema-vedtak'), s(code, 'ema-bosatt')),
      ].join(' ');
      expect(text.length, name).toBeGreaterThan(100);
      expect(text.replaceAll(name, ''), name).not.toMatch(NORWEGIAN);
      // Norwegian number format (a space or a comma inside a number) does not appear.
      expect(text, name).not.toMatch(/\d[\u00a0 ]\d{3}\b|\d,\d{1,2}\b(?!\d)/);
    }
  });
});

describe('English plurals, numbers and dates', () => {
  const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
    figure('x', year, measure, value, { from: [], source: 's', vintage: '2024-01-01', ...o });
  it('0, 1, 2 and a large number', () => {
    expect([0, 1, 2, 12_640].map(refugees)).toEqual(['no refugees', '1 refugee', '2 refugees', '12,640 refugees']);
    expect([0, 1, 2, 1500].map(minors)).toEqual([
      'no unaccompanied minors',
      '1 unaccompanied minor',
      '2 unaccompanied minors',
      '1,500 unaccompanied minors',
    ]);
    expect(settledSentence(2021, f(2021, 'bosatt', 0), undefined)).toBe('In 2021, no refugees were settled.');
    expect(settledSentence(2021, f(2021, 'bosatt', 1), undefined)).toBe('In 2021, 1 refugee was settled.');
    expect(settledSentence(2021, f(2021, 'bosatt', 2), undefined)).toBe('In 2021, 2 refugees were settled.');
    expect(settledSentence(2021, f(2021, 'bosatt', 2018), undefined)).toBe('In 2021, 2,018 refugees were settled.');
    expect(decisionSentence(2024, f(2024, 'anmodning', 1), f(2024, 'vedtak', 1))).toBe(
      'For 2024, the municipality decided to settle 1 refugee, 100% of the 1 IMDi requested.',
    );
  });
  it('English number format, percent without a space, months and lists by Intl', () => {
    expect(formatInt(1234567)).toBe('1,234,567');
    expect(share(f(2024, 'vedtak', 110), f(2024, 'anmodning', 185))).toBe('59%');
    expect(monthOf('2024-11')).toBe('November 2024');
    expect(monthOf('2026-09-13')).toBe('September 2026');
    expect(monthOf('2015')).toBe('2015');
    expect(yearsList([2019])).toBe('2019');
    expect(yearsList([2019, 2021])).toBe('2019 and 2021');
    expect(yearsList([2019, 2021, 2023])).toBe('2019, 2021 and 2023');
  });
  it('the profile and the brief state the same decision the same way', () => {
    const req = f(2024, 'anmodning', 185);
    const dec = f(2024, 'vedtak', 110);
    const brief = decisionSentence(2024, req, dec)!;
    expect(brief).toBe('For 2024, the municipality decided to settle 110 refugees, 59% of the 185 IMDi requested.');
    expect(settlementSentence('Eigersund', new Map([[2024, req]]), new Map([[2024, dec]]), new Map())).toBe(
      brief.replace('the municipality', 'Eigersund'),
    );
  });
});
