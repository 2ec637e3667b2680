import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { ratio } from '../../../src/lib/domain/figure.ts';
import { slugify } from '../../../src/lib/domain/kommune.ts';
import { formatFigure, formatInt } from '../../../src/lib/format/number.ts';
import { yearTablePanel } from '../../../src/lib/profile/build-profile.ts';
import { settlementSentence } from '../../../src/lib/sentences/nb.ts';
import { figure } from '../figure-fixture.ts';
import { harmonizationNote } from '../../../src/lib/profile/harmonization-note.ts';

const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('1101', year, measure, value, { source: 'imdi-bosatt-anmodede-2023', vintage: '2023-09', ...o });
const series = (figs: Figure[]) => new Map(figs.map((x) => [x.year, x]));

describe('number formatting (nb-NO)', () => {
  it('uses a space as thousands separator', () => {
    expect(formatInt(18517)).toBe('18\u00a0517');
  });
  it('never shows a suppressed, missing or pending figure as 0', () => {
    expect(formatFigure(t, f(2020, 'bosatt', null), 'personer')).toBe('skjult (under 5)');
    expect(formatFigure(t, f(2020, 'bosatt', null, { status: 'missing' }), 'personer')).toBe('mangler');
    expect(formatFigure(t, f(2024, 'vedtak', null, { status: 'pending', flags: ['provisional'] }), 'personer')).toBe(
      'avventer vedtak',
    );
    // Still «avventer vedtak» in a file made after the year ended: no decision was registered (issue 22).
    expect(formatFigure(t, f(2024, 'vedtak', null, { status: 'pending' }), 'personer')).toBe(
      'ingen vedtak registrert (IMDi: avventer vedtak)',
    );
    expect(formatFigure(t, undefined, 'personer')).toBe('ikke i kilden');
    expect(formatFigure(t, undefined, 'personer', { short: true })).toBe('–');
  });
  it('marks provisional figures and lower bounds', () => {
    expect(formatFigure(t, f(2024, 'bosatt', 78, { flags: ['provisional'] }), 'personer')).toBe('78*');
    expect(formatFigure(t, f(2017, 'bosatt', 30, { flags: ['lower-bound'] }), 'personer')).toBe('≥\u00a030');
    expect(formatFigure(t, f(2014, 'x', 61.5), 'prosent')).toBe('61,5\u00a0%');
    // A whole percentage as published, without a decimal the source never had (issue 22).
    expect(formatFigure(t, f(2014, 'x', 62), 'prosent')).toBe('62\u00a0%');
  });
});

describe('ratios', () => {
  it('only from two complete values', () => {
    expect(ratio(f(2023, 'vedtak', 170), f(2023, 'anmodning', 185))).toBeCloseTo(91.89, 2);
    expect(ratio(f(2023, 'vedtak', 170), f(2023, 'anmodning', null))).toBeNull();
    expect(ratio(f(2023, 'vedtak', 170), f(2023, 'anmodning', 0))).toBeNull();
    expect(ratio(f(2023, 'vedtak', 30, { flags: ['lower-bound'] }), f(2023, 'anmodning', 40))).toBeNull();
  });
});

describe('plain-language settlement sentence', () => {
  it('states the newest decision against the request, and the newest complete settled year', () => {
    const s = settlementSentence(
      'Eigersund',
      series([f(2024, 'anmodning', 185)]),
      series([f(2024, 'vedtak', 110)]),
      series([f(2023, 'bosatt', 188), f(2024, 'bosatt', 78, { flags: ['provisional'] })]),
    );
    expect(s).toBe(
      'For 2024 vedtok Eigersund å bosette 110 flyktninger, 59\u00a0% av de 185 IMDi anmodet om. I 2023 ble 188 flyktninger bosatt.',
    ); // the brief's rule: whole percent
  });
  it('uses the singular for one and says nothing about a suppressed figure', () => {
    const s = settlementSentence(
      'Utsira',
      series([]),
      series([f(2019, 'vedtak', 1)]),
      series([f(2019, 'bosatt', null)]),
    );
    expect(s).toBe('For 2019 vedtok Utsira å bosette 1 flyktning.');
  });
});

describe('year tables', () => {
  it('lists years newest first and keeps statuses', () => {
    const p = yearTablePanel(
      {
        name: 'X',
        own: [
          f(2022, 'ema-bosatt', 12, { source: 'imdi-ema-2024' }),
          f(2023, 'ema-bosatt', null, { source: 'imdi-ema-2024' }),
        ],
        country: [],
      },
      { id: 'ema', title: 'EMA', columns: [{ measure: 'ema-bosatt', label: 'Bosatt' }] },
    )!;
    expect(p.table!.rows).toEqual([
      ['2023', 'skjult (under 5)'],
      ['2022', '12'],
    ]);
    expect(p.citations).toEqual([{ source: 'imdi-ema-2024', years: [2022, 2023] }]);
  });
});

describe('slugs and the harmonization note', () => {
  it('folds Norwegian and Sami letters', () => {
    expect(slugify('Ålesund')).toBe('alesund');
    expect(slugify('Våler (Østfold)')).toBe('valer-ostfold');
    expect(slugify('Guovdageaidnu')).toBe('guovdageaidnu');
    expect(slugify('Porsáŋgu')).toBe('porsangu');
  });
  it('says in plain Norwegian who was merged and split, and writes numbers as «kommunenr.»', () => {
    const k = {
      code: '1806',
      slug: 'narvik',
      name: 'Narvik',
      officialName: 'Narvik',
      otherNames: [],
      otherNameLanguages: [],
      fylkeCode: '18',
      fylkeName: 'Nordland',
      kostraGroup: 9,
      centrality: 4,
      predecessors: [],
      history: [
        '1805:1995-2019:Narvik',
        '1806:2020-2023:Narvik',
        '1850*:1995-2019:Tysfjord',
        '1854:1995-2019:Ballangen',
      ],
    };
    const note = harmonizationNote(
      k,
      [
        {
          code: '1850',
          name: 'Tysfjord',
          firstYear: 1986,
          lastYear: 2019,
          kind: 'split',
          successors: ['1806', '1875'],
        },
      ],
      { nameOf: (c) => ({ '1875': 'Hamarøy' })[c] ?? c },
    )!;
    expect(note.kind).toBe('reform');
    expect(note.text).toContain('Narvik ble slått sammen med Ballangen i 2020.');
    expect(note.text).toContain('I 2020 ble Tysfjord (kommunenr. 1850, til 2019) delt i Narvik og Hamarøy.');
    expect(note.text).toContain('Ballangen: kommunenr. 1854');
    expect(note.text).toContain('Narvik hadde kommunenr. 1805 til 2019;');
  });
  it('a kommune that got its old borders back says so (Haram 2024), and the divided kommune is named with its parts (issue 8)', () => {
    const haram = {
      code: '1580',
      slug: 'haram',
      name: 'Haram',
      officialName: 'Haram',
      otherNames: [],
      otherNameLanguages: [],
      fylkeCode: '15',
      fylkeName: 'Møre og Romsdal',
      kostraGroup: 1,
      centrality: 5,
      predecessors: ['1507:2023'],
      history: ['1507*:2020-2023:Ålesund', '1534:1995-2019:Haram'],
    };
    const split = {
      code: '1507',
      name: 'Ålesund',
      firstYear: 2020,
      lastYear: 2023,
      kind: 'split' as const,
      successors: ['1508', '1580'],
    };
    const note = harmonizationNote(haram, [split], { nameOf: (c) => ({ '1508': 'Ålesund' })[c] ?? c })!;
    expect(note.text).toContain(
      'Haram var en del av Ålesund (kommunenr. 1507) 2020–2023 og ble egen kommune igjen i 2024.',
    );
    expect(note.text).toContain(
      'Haram hadde kommunenr. 1534 til 2019; tallene fra de årene står på dagens kommunenr. 1580.',
    );
    const alesund = {
      ...haram,
      code: '1508',
      name: 'Ålesund',
      officialName: 'Ålesund',
      history: ['1504:1995-2019:Ålesund', '1507*:2020-2023:Ålesund', '1523:1995-2019:Ørskog'],
    };
    const text = harmonizationNote(alesund, [split], { nameOf: (c) => ({ '1580': 'Haram' })[c] ?? c })!.text;
    expect(text).toContain('I 2024 ble Ålesund (kommunenr. 1507, 2020–2023) delt i Ålesund og Haram.');
    // Haram was in the 2020 merger too (finding 24); its own figures before 2020 are on its own page.
    expect(text).toContain('Ålesund ble slått sammen med Ørskog og Haram i 2020.');
    expect(text).toContain('Tallene for Haram før 2020 står på siden til Haram.');
    // The printed brief's short form: who and when only.
    expect(
      harmonizationNote(alesund, [split], { nameOf: (c) => ({ '1580': 'Haram' })[c] ?? c, short: true })!.text,
    ).toBe(
      'Ålesund ble slått sammen med Ørskog og Haram i 2020. I 2024 ble Ålesund (kommunenr. 1507, 2020–2023) delt i Ålesund og Haram.',
    );
  });
  it('a new number only is a quiet line, not a reform', () => {
    const k = {
      code: '5610',
      slug: 'karasjok',
      name: 'Karasjok',
      officialName: 'Kárášjohka - Karasjok',
      otherNames: [],
      otherNameLanguages: [],
      fylkeCode: '56',
      fylkeName: 'Finnmark',
      kostraGroup: 5,
      centrality: 6,
      predecessors: [],
      history: ['2021:1995-2019:Kárášjohka - Karasjok', '5437:2020-2023:Kárášjohka - Karasjok'],
    };
    expect(harmonizationNote(k, [])).toEqual({
      kind: 'renumbered',
      text: 'Karasjok hadde kommunenr. 2021 til 2019 og kommunenr. 5437 i 2020–2023; tallene fra de årene står på dagens kommunenr. 5610.',
    });
  });
});

describe('sentences for Ukrainians and unaccompanied minors', () => {
  it('counts Ukrainians among the settled, saying when figures are provisional', async () => {
    const { ukrainianSentence } = await import('../../../src/lib/sentences/nb.ts');
    const s = ukrainianSentence(
      'Moss',
      series([f(2023, 'bosatt', 229), f(2024, 'bosatt', 162, { flags: ['provisional'] })]),
      series([f(2023, 'bosatt', 198), f(2024, 'bosatt', 162, { flags: ['provisional'] })]),
      [2022, 2023, 2024],
    );
    expect(s).toBe(
      'I 2024 ble 162 flyktninger bosatt i Moss, 162 av dem med kollektiv beskyttelse (for det meste ukrainere) (foreløpige tall).',
    );
    // No year with both figures: no sentence rather than one that restates the heading.
    expect(ukrainianSentence('Moss', series([f(2023, 'bosatt', null)]), series([f(2023, 'bosatt', 5)]), [2023])).toBe(
      '',
    );
  });
  it('says "minst" when a year is suppressed, and that the sources have no decision', async () => {
    const { minorsSentence } = await import('../../../src/lib/sentences/nb.ts');
    const s = minorsSentence(
      'Moss',
      series([f(2024, 'ema-anmodning', 12)]),
      series([]),
      series([f(2022, 'ema-bosatt', 6), f(2023, 'ema-bosatt', null)]),
      [2022, 2023, 2024],
    );
    expect(s).toBe(
      'For 2024 ba IMDi Moss bosette 12 enslige mindreårige; kildene har ikke vedtaket. I 2022–2023 ble minst 6 enslige mindreårige bosatt (2023: skjult, under 5).',
    );
  });
});

describe('countries of background', () => {
  it("ranks the kommune's largest, keeps hidden ones out of the ranking and says so", async () => {
    const { countriesPanel } = await import('../../../src/lib/profile/build-profile.ts');
    const g = (group: string, year: number, value: number | null) =>
      f(year, 'landbakgrunn', value, { group, source: 'imdi-landbakgrunn-2022' });
    const p = countriesPanel({
      name: 'X',
      own: [
        g('Polen', 2022, 120),
        g('Syria', 2022, 300),
        g('Eritrea', 2022, null),
        g('Syria', 2014, 20),
        g('Polen', 2014, 90),
      ],
      country: [],
    })!;
    expect(p.table!.columns).toEqual(['Land', '2022', '2014']);
    expect(p.table!.rows).toEqual([
      ['Syria', '300', '20'],
      ['Polen', '120', '90'],
    ]);
    expect(p.summary).toBe(
      'Blant de 15 landene med flest personer i Norge i 2022, og Ukraina, er Syria størst i X (300 personer i 2022). Tallene for Eritrea er skjult (under 5).',
    );
  });
  it("names the countries in the page's language (issue 19: no «Polen» on an English page)", async () => {
    const { countriesPanel } = await import('../../../src/lib/profile/build-profile.ts');
    const g = (group: string, value: number | null) =>
      f(2022, 'landbakgrunn', value, { group, source: 'imdi-landbakgrunn-2022' });
    const own = [g('Polen', 300), g('Syria', 120)];
    const en = countriesPanel({ name: 'X', own, country: [], locale: 'en' })!;
    expect(en.table!.rows.map((r) => r[0])).toEqual(['Poland', 'Syria']);
    expect(en.summary).toContain('Poland');
    expect(en.summary).not.toContain('Polen');
    const nb = countriesPanel({ name: 'X', own, country: [] })!;
    expect(nb.table!.rows.map((r) => r[0])).toEqual(['Polen', 'Syria']);
  });
  it("a hidden country is hidden by its publisher's rule, not always «under 5» (finding 4)", async () => {
    const { countriesPanel } = await import('../../../src/lib/profile/build-profile.ts');
    const g = (group: string, value: number | null) =>
      f(2022, 'landbakgrunn', value, { group, source: 'ssb-api-09817' });
    const p = countriesPanel({ name: 'X', own: [g('Syria', 300), g('Eritrea', null)], country: [] })!;
    expect(p.summary).toContain('Tallene for Eritrea er skjult (personvern).');
  });
});
