/** The sentence generator over real kommuner from the published dataset. */
import { describe, expect, it } from 'vitest';
import { getFigures } from '../../../src/data/dataset.ts';
import { capacitySentences, decisionSentence, headline, minorsSentences, refugees, minors, settledSentence } from '../../../src/lib/brief/sentences.ts';
import { seriesOf } from '../../../src/lib/domain/figure.ts';

const s = (code: string, measure: string) => seriesOf(getFigures(code), measure);

describe('sentences from real figures', () => {
  it('Eigersund 2024: the issue\'s own example', () => {
    expect(decisionSentence(2024, s('1101', 'anmodning').get(2024), s('1101', 'vedtak').get(2024))).toBe('For 2024 vedtok kommunen å bosette 110 flyktninger, 59\u00a0% av de 185 IMDi anmodet om.');
  });

  it('a decision without a request (2026, from IMDi\'s web page)', () => {
    const lines = headline('Eigersund', s('1101', 'anmodning'), s('1101', 'vedtak'), s('1101', 'bosatt'));
    expect(lines[0]).toBe('Siste vedtak: For 2026 vedtok kommunen å bosette 15 flyktninger (ifølge IMDis nettside).');
    expect(lines).toContain('I 2024 ble 78 flyktninger bosatt, 71\u00a0% av vedtaket (foreløpig tall, året var ikke omme da tallet ble hentet).');
  });

  it('a suppressed figure is named as hidden, never as a number (Utsira 2020)', () => {
    expect(settledSentence(2020, s('1151', 'bosatt').get(2020), s('1151', 'vedtak').get(2020))).toBe('Antallet bosatte i 2020 er skjult fordi det er under 5.');
  });

  it('a pending decision (Utsira 2024, "avventer vedtak") is neither 0 nor missing', () => {
    expect(decisionSentence(2024, s('1151', 'anmodning').get(2024), s('1151', 'vedtak').get(2024))).toMatch(/^For 2024 anmodet IMDi om \d+ flyktninger?; kommunen hadde ikke fattet vedtak da tallene ble hentet\.$/);
  });

  it('no request some year gives no sentence about it (Sokndal 2018: "." for request and decision)', () => {
    expect(decisionSentence(2018, s('1111', 'anmodning').get(2018), s('1111', 'vedtak').get(2018))).toBeNull();
  });

  it('a merged kommune: the sum of the former kommuner (Moss 2016 = old Moss + Rygge)', () => {
    const r = s('3103', 'anmodning').get(2016)!;
    expect(r.from).toEqual(['0104', '0136']);
    expect(decisionSentence(2016, r, s('3103', 'vedtak').get(2016))).toMatch(/^For 2016 vedtok kommunen å bosette \d+ flyktninger, \d+\u00a0% av de \d+ IMDi anmodet om\.$/);
  });

  it('a merged kommune with a missing part says "minst" (Tjeldsund 2016)', () => {
    expect(decisionSentence(2016, s('5512', 'anmodning').get(2016), s('5512', 'vedtak').get(2016))).toBe('For 2016 vedtok de tidligere kommunene samlet å bosette minst 15 flyktninger; tallet for én av dem mangler.');
  });

  it('a split kommune: Ålesund\'s own series starts in 2024; nothing before is put on it', () => {
    const lines = headline('Ålesund', s('1508', 'anmodning'), s('1508', 'vedtak'), s('1508', 'bosatt'));
    expect(lines.join(' ')).not.toMatch(/2023|2022/);
    expect(lines.join(' ')).toMatch(/2024/);
  });

  it('unaccompanied minors with a hidden year, and the highest settled year', () => {
    const lines = minorsSentences(s('3103', 'ema-anmodning'), s('3103', 'ema-vedtak'), s('3103', 'ema-bosatt'));
    expect(lines).toEqual(['For 2024 anmodet IMDi om 12 enslige mindreårige, og kommunen vedtok 12.', 'I 2022–2024 ble minst 6 enslige mindreårige bosatt (2023: skjult, under 5).']);
    const cap = capacitySentences(s('1101', 'bosatt'), s('1101', 'vedtak'));
    expect(cap[0]).toBe('Flest bosatte på ett år: 188 flyktninger i 2023.');
    expect(cap[1]).toBe('Snitt for 2019–2023: 81 bosatte i året.'); // (12 + 11 + 28 + 166 + 188) / 5
    // Utsira has suppressed and not-applicable years among the last five: no mean.
    expect(capacitySentences(s('1151', 'bosatt'), s('1151', 'vedtak')).join(' ')).not.toMatch(/Snitt/);
  });

  it('singular and plural', () => {
    expect(refugees(1)).toBe('1 flyktning');
    expect(refugees(1500)).toBe('1\u00a0500 flyktninger');
    expect(minors(1)).toBe('1 enslig mindreårig');
  });
});
