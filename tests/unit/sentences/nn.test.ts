/** The nynorsk sentence module over real kommuner from the published dataset, word for word, and its grammar. */
import { describe, expect, it } from 'vitest';
import { getFigures } from '../../../src/data/dataset.ts';
import { seriesOf, type Figure } from '../../../src/lib/domain/figure.ts';
import { sentencesFor } from '../../../src/lib/sentences/index.ts';
import { nnPlanning } from '../../../src/lib/sentences/nn-planning.ts';
import { figure } from '../figure-fixture.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';

const nn = sentencesFor('nn');
const s = (code: string, measure: string, group = '') => seriesOf(getFigures(code), measure, group);
const four = (code: string) => ({
  req: s(code, 'anmodning'),
  dec: s(code, 'vedtak'),
  set: s(code, 'bosatt'),
  grants: s(code, 'tilskudd', 'totalt'),
});

/** Bokmål-only forms that must never reach a nynorsk reader (IMDi's nynorsk: ikkje, flyktningar, busetting …). */
const BOKMAL =
  /\b(ikke|flyktninger|bosetting|bosatte?|bosette|innbyggere|vedtatt|anmodet|anmodning|tilskudd|enslige|tallene?|kildene|mangler|foreløpige?|ble|fra|hele|noen|førebelse|svarer|tidligere|flere|mye|uten|hvis|samme|sammen|høyeste|lavere)\b/i;

describe('nynorsk sentences from real figures', WHOLE_DATASET, () => {
  it("Bygland (4220): figures IMDi's web page hid stay hidden, in words", () => {
    expect(nn.brief.keyPoints('Bygland', four('4220')).map((p) => p.text)).toEqual([
      'For 2026 bad IMDi Bygland busette 5 flyktningar, og kommunen vedtok å ikkje busette nokon (førebels tal per september 2026, frå nettsida til IMDi).',
      'Talet på busette i Bygland i 2025 er skjult av personvernomsyn; i 2026 var ingen busette per september 2026 (førebels tal).',
      'Flest busette på eitt år i Bygland var 29 flyktningar, i 2023.',
      'I 2023 fekk Bygland 13,5 millionar kroner i tilskot frå IMDi; for 2024 manglar talet i kjeldene.',
    ]);
    expect(nn.brief.capacity(s('4220', 'bosatt'), s('4220', 'vedtak'))[0]).toBe(
      'Flest busette på eitt år: 29 flyktningar i 2023 (tala for 2024 og 2025 er skjulte).',
    );
    // IMDi's own files hide under 5 (Utsira 2020).
    expect(nn.settledSentence(2020, s('1151', 'bosatt').get(2020), s('1151', 'vedtak').get(2020))).toBe(
      'Talet på busette i 2020 er skjult fordi det er under 5.',
    );
  });

  it('Kautokeino (5612): «ventar på vedtak» in the running year, never registered after it', () => {
    expect(nn.profile.settlement('Kautokeino', s('5612', 'anmodning'), s('5612', 'vedtak'), s('5612', 'bosatt'))).toBe(
      'For 2026 bad IMDi om 10 flyktningar; kommunen hadde ikkje gjort vedtak då tala vart henta. ' +
        'For 2025 bad IMDi om 10 flyktningar; ikkje noko vedtak registrert (IMDi: ventar på vedtak). ' +
        'For 2024 vedtok Kautokeino å busette 8 flyktningar, 53\u00a0% av dei 15 IMDi bad om. ' +
        'I 2025 vart 10 flyktningar busette.',
    );
    expect(nn.brief.keyPoints('Kautokeino', four('5612'))[0].text).toBe(
      'For 2026 bad IMDi Kautokeino busette 10 flyktningar; kommunen hadde ikkje gjort vedtak då tala vart henta (førebels tal per september 2026, frå nettsida til IMDi).',
    );
  });

  it('Moss (3103, merged with Rygge in 2020): the former kommuner summed, minors with a hidden year', () => {
    expect(s('3103', 'anmodning').get(2016)!.from).toEqual(['0104', '0136']);
    expect(nn.decisionSentence(2016, s('3103', 'anmodning').get(2016), s('3103', 'vedtak').get(2016))).toBe(
      'For 2016 vedtok kommunen å busette 110 flyktningar, 100\u00a0% av dei 110 IMDi bad om.',
    );
    expect(nn.brief.minors(s('3103', 'ema-anmodning'), s('3103', 'ema-vedtak'), s('3103', 'ema-bosatt'))).toEqual([
      'For 2026 bad IMDi om 16 einslege mindreårige (førebels tal per oktober 2025); kjeldene har ikkje vedtaket.',
      'I 2022–2024 vart minst 6 einslege mindreårige busette (2023: skjult, under 5). Talet for 2024 er førebels (per november 2024).',
    ]);
    // Tjeldsund (merged 2020): one former kommune's decision is missing, so the sum is «minst».
    expect(nn.decisionSentence(2016, s('5512', 'anmodning').get(2016), s('5512', 'vedtak').get(2016))).toBe(
      'For 2016 vedtok dei tidlegare kommunane samla å busette minst 15 flyktningar; talet for éin av dei manglar.',
    );
  });

  it('Oslo: collective protection said without a bracket inside a bracket', () => {
    const ys = [2023, 2024, 2025, 2026];
    expect(nn.profile.ukrainians('Oslo', s('0301', 'bosatt'), s('0301', 'bosatt', 'ukrainere'), ys)).toBe(
      'I 2026 vart 386 flyktningar busette i Oslo, 345 av dei med kollektivt vern, for det meste ukrainarar (førebels tal).',
    );
  });

  it('Ålesund: the divided former kommune is said apart', () => {
    const elsewhere = {
      years: [2020, 2021, 2022, 2023],
      label: 'Ålesund (1507, 2020–2023)',
      settled: seriesOf(getFigures('1507:2023'), 'bosatt'),
    };
    expect(nn.brief.keyPoints('Ålesund', { ...four('1508'), grants: new Map(), elsewhere })[2].text).toBe(
      'Flest busette på eitt år i Ålesund var 217 flyktningar, i 2024. Tala for 2020–2023 gjeld Ålesund (1507, 2020–2023), som seinare vart delt, og er ikkje rekna med her; der vart flest busette i 2023: 294.',
    );
  });

  it('ten kommuner: every generated line is nynorsk, with no bokmål-only word and no mark', () => {
    const kommuner = [
      ['0301', 'Oslo'],
      ['1101', 'Eigersund'],
      ['1151', 'Utsira'],
      ['1508', 'Ålesund'],
      ['3103', 'Moss'],
      ['4220', 'Bygland'],
      ['4601', 'Bergen'],
      ['5001', 'Trondheim'],
      ['5512', 'Tjeldsund'],
      ['5612', 'Kautokeino'],
    ];
    for (const [code, name] of kommuner) {
      const o = four(code);
      const lines = [
        nn.profile.settlement(name, o.req, o.dec, o.set),
        ...nn.brief.keyPoints(name, o).map((p) => p.text),
        ...nn.brief.capacity(o.set, o.dec),
        ...nn.brief.minors(s(code, 'ema-anmodning'), s(code, 'ema-vedtak'), s(code, 'ema-bosatt')),
        nn.brief.latestRequest(o.req) ?? '',
        nn.profile.population(s(code, 'befolkning')) ?? '',
      ];
      for (const line of lines) {
        expect(line, `${name}: ${line}`).not.toMatch(BOKMAL);
        expect(line, name).not.toMatch(/undefined|null|NaN/);
      }
      expect(lines.filter(Boolean).length, name).toBeGreaterThan(4);
    }
  });
});

describe('nynorsk grammar', () => {
  const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
    figure('x', year, measure, value, { from: [], source: 's', vintage: '2024-01-01', ...o });

  it('plural forms by Intl.PluralRules(nn): 0, 1, 2 and a large number', () => {
    expect([0, 1, 2, 1_234_567].map(nn.refugees)).toEqual([
      'ingen flyktningar',
      '1 flyktning',
      '2 flyktningar',
      '1\u00a0234\u00a0567 flyktningar',
    ]);
    expect([0, 1, 2, 1500].map(nn.minors)).toEqual([
      'ingen einslege mindreårige',
      '1 einsleg mindreårig',
      '2 einslege mindreårige',
      '1\u00a0500 einslege mindreårige',
    ]);
  });

  it('the participle agrees with its subject: «vart busett» / «vart busette»', () => {
    expect([0, 1, 2, 12_000].map((n) => nn.settledSentence(2021, f(2021, 'bosatt', n), undefined))).toEqual([
      'I 2021 vart ingen flyktningar busette.',
      'I 2021 vart 1 flyktning busett.',
      'I 2021 vart 2 flyktningar busette.',
      'I 2021 vart 12\u00a0000 flyktningar busette.',
    ]);
  });

  it('kommunen har vedteke / vedtok, oppmoding, and a decision of 0', () => {
    expect(nn.decisionSentence(2024, f(2024, 'anmodning', 185), f(2024, 'vedtak', 110))).toBe(
      'For 2024 vedtok kommunen å busette 110 flyktningar, 59\u00a0% av dei 185 IMDi bad om.',
    );
    expect(nn.decisionSentence(2024, f(2024, 'anmodning', 5), f(2024, 'vedtak', 0))).toBe(
      'For 2024 vedtok kommunen å ikkje busette flyktningar, sjølv om IMDi bad om 5 flyktningar.',
    );
    expect(nnPlanning.emaSentence([{ year: 2026, value: null, status: 'pending' }], [])).toBe(
      'Einslege mindreårige: kommunen hadde ikkje vedteke kor mange for 2026.',
    );
  });

  it('lists by Intl.ListFormat(nn)', () => {
    expect(nn.yearsList([2019])).toBe('2019');
    expect(nn.yearsList([2019, 2021])).toBe('2019 og 2021');
    expect(nn.yearsList([2019, 2021, 2023])).toBe('2019, 2021 og 2023');
  });
});
