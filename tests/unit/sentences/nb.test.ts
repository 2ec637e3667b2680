/** The sentence generator over real kommuner from the published dataset. */
import { describe, expect, it } from 'vitest';
import { WHOLE_DATASET } from '../whole-dataset.ts';
import { getFigures } from '../../../src/data/dataset.ts';
import {
  capacitySentences,
  decisionSentence,
  keyPoints,
  record,
  latestRequestSentence,
  minorsSentence,
  minorsSentences,
  missingYearsSentence,
  refugees,
  minors,
  settledSentence,
  settlementSentence,
  share,
} from '../../../src/lib/sentences/nb.ts';
import { figure } from '../figure-fixture.ts';
import { seriesOf, type Figure } from '../../../src/lib/domain/figure.ts';

const s = (code: string, measure: string) => seriesOf(getFigures(code), measure);

describe('sentences from real figures', WHOLE_DATASET, () => {
  it("Eigersund 2024: the issue's own example", () => {
    expect(decisionSentence(2024, s('1101', 'anmodning').get(2024), s('1101', 'vedtak').get(2024))).toBe(
      'For 2024 vedtok kommunen å bosette 110 flyktninger, 59\u00a0% av de 185 IMDi anmodet om.',
    );
  });

  it('Hovedpunkter: the newest figures in words, no marks, each pointing to its table (Eigersund, issue 22)', () => {
    const points = keyPoints('Eigersund', {
      req: s('1101', 'anmodning'),
      dec: s('1101', 'vedtak'),
      set: s('1101', 'bosatt'),
      grants: seriesOf(getFigures('1101'), 'tilskudd', 'totalt'),
    });
    expect(points.map((p) => p.text)).toEqual([
      'For 2026 ba IMDi Eigersund bosette 44 flyktninger, og kommunen vedtok å bosette 15 (foreløpige tall per september 2026, fra IMDis nettside).',
      'I 2025 ble 55 flyktninger bosatt i Eigersund; i 2026 var 16 bosatt per september 2026 (foreløpig tall).',
      'Flest bosatte på ett år i Eigersund var 188 flyktninger, i 2023.',
      expect.stringMatching(
        /^I 2023 fikk Eigersund \d+,\d millioner kroner i tilskudd fra IMDi; for 2024 mangler tallet i kildene\.$/,
      ),
    ]);
    expect(points.map((p) => p.target)).toEqual(['bosetting', 'bosetting', 'bosetting', 'tilskudd']);
  });

  it('Hovedpunkter: a lower bound is «minst» with why, in words, never «≥» (Oslo 2023, issue 22)', () => {
    const points = keyPoints('Oslo', {
      req: s('0301', 'anmodning'),
      dec: s('0301', 'vedtak'),
      set: s('0301', 'bosatt'),
      grants: seriesOf(getFigures('0301'), 'tilskudd', 'totalt'),
    });
    expect(points[2].text).toBe(
      'Flest bosatte på ett år i Oslo var minst 2\u00a0018 flyktninger, i 2023 – IMDi skjuler noen små tall, så det riktige tallet kan være litt høyere.',
    );
    // Grants rounded to millions in prose (the table keeps the krone).
    expect(points[3].text).toBe(
      'I 2023 fikk Oslo 1\u00a0396,1 millioner kroner i tilskudd fra IMDi; for 2024 mangler tallet i kildene.',
    );
    expect(points.map((p) => p.text).join(' ')).not.toMatch(/[≥*†‡§]|\(\d+ av \d+\)/);
  });

  it('Hovedpunkter: a hidden figure stays hidden, never a number (Bygland 2025; Kautokeino grants 2022–2023)', () => {
    const bygland = keyPoints('Bygland', {
      req: s('4220', 'anmodning'),
      dec: s('4220', 'vedtak'),
      set: s('4220', 'bosatt'),
      grants: seriesOf(getFigures('4220'), 'tilskudd', 'totalt'),
    });
    expect(bygland[1].text).toBe(
      'Antallet bosatte i Bygland i 2025 er skjult av personvernhensyn; i 2026 var ingen bosatt per september 2026 (foreløpig tall).',
    );
    const kautokeino = keyPoints('Kautokeino', {
      req: s('5612', 'anmodning'),
      dec: s('5612', 'vedtak'),
      set: s('5612', 'bosatt'),
      grants: seriesOf(getFigures('5612'), 'tilskudd', 'totalt'),
    });
    expect(kautokeino.at(-1)!.text).toBe(
      'I 2015 fikk Kautokeino 1,14 millioner kroner i tilskudd fra IMDi; tallene for 2022–2023 er skjult (anonymisert); for 2024 mangler tallet i kildene.',
    );
  });

  it('Kautokeino: the lead speaks of the newest year, and a finished year without a decision says so (issue 22)', () => {
    expect(settlementSentence('Kautokeino', s('5612', 'anmodning'), s('5612', 'vedtak'), s('5612', 'bosatt'))).toBe(
      'For 2026 anmodet IMDi om 10 flyktninger; kommunen hadde ikke fattet vedtak da tallene ble hentet. ' +
        'For 2025 anmodet IMDi om 10 flyktninger; ingen vedtak registrert (IMDi: avventer vedtak). ' +
        'For 2024 vedtok Kautokeino å bosette 8 flyktninger, 53\u00a0% av de 15 IMDi anmodet om. ' +
        'I 2025 ble 10 flyktninger bosatt.',
    );
  });

  it('a suppressed figure is named as hidden, never as a number (Utsira 2020)', () => {
    expect(settledSentence(2020, s('1151', 'bosatt').get(2020), s('1151', 'vedtak').get(2020))).toBe(
      'Antallet bosatte i 2020 er skjult fordi det er under 5.',
    );
  });

  it('a pending decision is neither 0 nor missing; after the year ended it was never registered (Utsira 2024, issue 22)', () => {
    // IMDi's final 2024 page (January 2025) still says «avventer vedtak».
    expect(decisionSentence(2024, s('1151', 'anmodning').get(2024), s('1151', 'vedtak').get(2024))).toMatch(
      /^For 2024 anmodet IMDi om \d+ flyktninger?; ingen vedtak registrert \(IMDi: avventer vedtak\)\.$/,
    );
    // Kautokeino 2026, from a page of September 2026: still pending.
    expect(decisionSentence(2026, s('5612', 'anmodning').get(2026), s('5612', 'vedtak').get(2026))).toBe(
      'For 2026 anmodet IMDi om 10 flyktninger; kommunen hadde ikke fattet vedtak da tallene ble hentet.',
    );
  });

  it('a request of 0 with «-» for the decision: there was nothing to decide (Utsira 2026)', () => {
    expect(decisionSentence(2026, s('1151', 'anmodning').get(2026), s('1151', 'vedtak').get(2026))).toBe(
      'IMDi ba ikke om bosetting i 2026 (foreløpige tall per september 2026).',
    );
  });

  it('no request some year gives no sentence about it (Sokndal 2018: "." for request and decision)', () => {
    expect(decisionSentence(2018, s('1111', 'anmodning').get(2018), s('1111', 'vedtak').get(2018))).toBeNull();
  });

  it('a merged kommune: the sum of the former kommuner (Moss 2016 = old Moss + Rygge)', () => {
    const r = s('3103', 'anmodning').get(2016)!;
    expect(r.from).toEqual(['0104', '0136']);
    expect(decisionSentence(2016, r, s('3103', 'vedtak').get(2016))).toMatch(
      /^For 2016 vedtok kommunen å bosette \d+ flyktninger, \d+\u00a0% av de \d+ IMDi anmodet om\.$/,
    );
  });

  it('a merged kommune with a missing part says "minst" (Tjeldsund 2016)', () => {
    expect(decisionSentence(2016, s('5512', 'anmodning').get(2016), s('5512', 'vedtak').get(2016))).toBe(
      'For 2016 vedtok de tidligere kommunene samlet å bosette minst 15 flyktninger; tallet for én av dem mangler.',
    );
  });

  it("a split kommune: the Ålesund of 2020–2023 is not put on today's Ålesund, and is said apart (issue 22)", () => {
    const former = seriesOf(getFigures('1507:2023'), 'bosatt');
    expect(s('1508', 'bosatt').get(2022)).toBeUndefined();
    const elsewhere = { years: [2020, 2021, 2022, 2023], label: 'Ålesund (1507, 2020–2023)', settled: former };
    const points = keyPoints('Ålesund', {
      req: s('1508', 'anmodning'),
      dec: s('1508', 'vedtak'),
      set: s('1508', 'bosatt'),
      grants: new Map(),
      elsewhere,
    });
    expect(points[2].text).toBe(
      'Flest bosatte på ett år i Ålesund var 217 flyktninger, i 2024. Tallene for 2020–2023 gjelder Ålesund (1507, 2020–2023), som senere ble delt, og er ikke regnet med her; der ble flest bosatt i 2023: 294.',
    );
    // The brief's record names the former kommune's own record beside today's, as its chart shows both.
    expect(capacitySentences(s('1508', 'bosatt'), s('1508', 'vedtak'), elsewhere)[0]).toBe(
      'Flest bosatte på ett år: 217 flyktninger i 2024 (for 2018 er bare et minstetall kjent; for 2020–2023, merket ‡, gjelder tallene Ålesund (1507, 2020–2023), som senere ble delt: flest der var 294 i 2023).',
    );
    expect(record(s('1508', 'bosatt'))).toEqual({ year: 2024, value: 217, exact: true });
  });

  it('unaccompanied minors with a hidden year, and the highest settled year', () => {
    const lines = minorsSentences(s('3103', 'ema-anmodning'), s('3103', 'ema-vedtak'), s('3103', 'ema-bosatt'));
    expect(lines).toEqual([
      // IMDi's 2026 request page gives the request for minors, not the decisions.
      'For 2026 anmodet IMDi om 16 enslige mindreårige (foreløpig tall per oktober 2025); kildene har ikke vedtaket.',
      'I 2022–2024 ble minst 6 enslige mindreårige bosatt (2023: skjult, under 5). Tallet for 2024 er foreløpig (per november 2024).',
    ]);
    const cap = capacitySentences(s('1101', 'bosatt'), s('1101', 'vedtak'));
    expect(cap[0]).toBe('Flest bosatte på ett år: 188 flyktninger i 2023.');
    expect(cap[1]).toBe('Snitt for 2021–2025: 109 bosatte i året.'); // (28 + 166 + 188 + 110 + 55) / 5
    // Vindafjord has a hidden year (2021) among the last five: no mean.
    expect(capacitySentences(s('1160', 'bosatt'), s('1160', 'vedtak')).join(' ')).not.toMatch(/Snitt/);
    expect(capacitySentences(s('1151', 'bosatt'), s('1151', 'vedtak'))[1]).toBe(
      'Snitt for 2021–2025: 7 bosatte i året.',
    ); // (0 + 15 + 11 + 5 + 5) / 5
  });

  it('the record and «flere enn vedtatt» count lower bounds (Oslo and Stavanger 2023, review finding 1)', () => {
    // Oslo: 2022 1 926 exact, 2023 ≥ 2 018 (a hidden part) against a decision of 2 000 (from a file of September 2023).
    expect(capacitySentences(s('0301', 'bosatt'), s('0301', 'vedtak'))).toEqual([
      'Flest bosatte på ett år: minst 2\u00a0018 flyktninger i 2023.',
      'Kommunen bosatte flere enn vedtatt i 2012, 2013 og 2023 (vedtaket for 2023 er et foreløpig tall per september 2023).',
    ]);
    // Stavanger: 2023 ≥ 875 against 770 decided; 719 in 2024 is not the record.
    const stavanger = capacitySentences(s('1103', 'bosatt'), s('1103', 'vedtak'));
    expect(stavanger[0]).toBe('Flest bosatte på ett år: minst 875 flyktninger i 2023.');
    expect(stavanger.at(-1)).toMatch(/^Kommunen bosatte flere enn vedtatt i .*2023 \(vedtaket for 2023/);
  });

  it("the record names the years IMDi's web page hid, which may hide more (Bygland 2024–2025)", () => {
    expect(capacitySentences(s('4220', 'bosatt'), s('4220', 'vedtak'))[0]).toBe(
      'Flest bosatte på ett år: 29 flyktninger i 2023 (tallene for 2024 og 2025 er skjult).',
    );
  });

  it("a cell hidden on IMDi's web page is «av personvernhensyn», not «under 5» (Bygland 2025, finding 4)", () => {
    expect(settledSentence(2025, s('4220', 'bosatt').get(2025), s('4220', 'vedtak').get(2025))).toBe(
      'Antallet bosatte i 2025 er skjult av personvernhensyn.',
    );
    const lines = keyPoints('Bygland', {
      req: s('4220', 'anmodning'),
      dec: s('4220', 'vedtak'),
      set: s('4220', 'bosatt'),
      grants: new Map(),
    }).map((p) => p.text);
    expect(lines.join(' ')).toMatch(/skjult av personvernhensyn/);
    expect(lines.join(' ')).not.toMatch(/under 5/);
  });

  it('minors: the profile and the brief say the same, the hidden year inside the span (Oslo, finding 7)', () => {
    const args = [s('0301', 'ema-anmodning'), s('0301', 'ema-vedtak'), s('0301', 'ema-bosatt')] as const;
    const brief = minorsSentences(...args);
    expect(brief).toEqual([
      'For 2026 anmodet IMDi om 66 enslige mindreårige (foreløpig tall per oktober 2025); kildene har ikke vedtaket.',
      'I 2022–2024 ble minst 94 enslige mindreårige bosatt (2024: skjult, under 5). Tallet for 2024 er foreløpig (per november 2024).',
    ]);
    expect(minorsSentence('Oslo', ...args, [2022, 2023, 2024])).toBe(
      `For 2024 ba IMDi Oslo bosette 53 enslige mindreårige; vedtak var ikke registrert (foreløpige tall per november 2024). ${brief[1]}`,
    );
  });

  it('provisional minors figures say so (Ålesund 2024: 0 from a file of November 2024, finding 12)', () => {
    const lines = minorsSentences(s('1508', 'ema-anmodning'), s('1508', 'ema-vedtak'), s('1508', 'ema-bosatt'));
    expect(lines[1]).toBe('Ingen enslige mindreårige ble bosatt i 2024 (foreløpig tall per november 2024).');
    // Haram: IMDi's «.» is no request, not an empty cell.
    expect(minorsSentences(s('1580', 'ema-anmodning'), s('1580', 'ema-vedtak'), s('1580', 'ema-bosatt'))[0]).toBe(
      'IMDi ba ikke kommunen bosette enslige mindreårige i 2024 og 2026 (foreløpige tall per november 2024).',
    );
  });

  it('the grant years the sources lack come from the series, a «mangler» row included (Oslo 2016–2021 and 2024, finding 14)', () => {
    const grants = seriesOf(getFigures('0301'), 'tilskudd', 'totalt');
    expect(grants.get(2024)?.status).toBe('missing');
    expect(missingYearsSentence(grants)).toBe('Kildene mangler tall for 2016–2021 og 2024.');
  });

  it('a provisional request or decision says so, on the profile and in the brief (Oslo 2026: 600*, finding 12)', () => {
    const [req, dec] = [s('0301', 'anmodning'), s('0301', 'vedtak')];
    expect(settlementSentence('Oslo', req, dec, new Map())).toBe(
      'For 2026 vedtok Oslo å bosette 600 flyktninger, 100\u00a0% av de 600 IMDi anmodet om (foreløpige tall per september 2026).',
    );
    expect(latestRequestSentence(req)).toBe(
      'Siste anmodning i datasettet: 600 for 2026 (foreløpig tall per september 2026).',
    );
    // A final decision says nothing of the kind.
    expect(decisionSentence(2025, req.get(2025), dec.get(2025))).toBe(
      'For 2025 vedtok kommunen å bosette 850 flyktninger; IMDi anmodet om 640 etter at anmodningen ble satt ned midt i året, så vedtaket kan svare til den opprinnelige anmodningen.',
    );
  });

  it('singular and plural', () => {
    expect(refugees(1)).toBe('1 flyktning');
    expect(refugees(1500)).toBe('1\u00a0500 flyktninger');
    expect(minors(1)).toBe('1 enslig mindreårig');
  });
});

describe('one set of sentence rules for profile and brief', () => {
  const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
    figure('x', year, measure, value, { from: [], source: 's', vintage: '2024-01-01', ...o });
  const ser = (list: Figure[]) => new Map(list.map((x) => [x.year, x]));
  it('zero is «ingen», one is singular', () => {
    expect(refugees(0)).toBe('ingen flyktninger');
    expect(refugees(1)).toBe('1 flyktning');
    expect(minors(0)).toBe('ingen enslige mindreårige');
    expect(settledSentence(2021, f(2021, 'bosatt', 0), undefined)).toBe('I 2021 ble ingen flyktninger bosatt.');
  });
  it('shares are whole percent, only from exact values', () => {
    expect(share(f(2024, 'vedtak', 110), f(2024, 'anmodning', 185))).toBe('59\u00a0%');
    expect(share(f(2024, 'vedtak', 110, { flags: ['lower-bound'] }), f(2024, 'anmodning', 185))).toBeNull();
    expect(share(f(2024, 'vedtak', 110), f(2024, 'anmodning', 0))).toBeNull();
  });
  it('a lower bound is «minst», in the profile and the brief alike', () => {
    const dec = f(2016, 'vedtak', 15, { flags: ['lower-bound'] });
    expect(decisionSentence(2016, undefined, dec)).toContain('minst 15 flyktninger');
    expect(settlementSentence('Tjeldsund', ser([]), ser([dec]), ser([]))).toContain('minst 15 flyktninger');
    expect(
      minorsSentence(
        'Moss',
        ser([]),
        ser([]),
        ser([f(2022, 'ema-bosatt', 6), f(2023, 'ema-bosatt', null)]),
        [2022, 2023],
      ),
    ).toBe('I 2022–2023 ble minst 6 enslige mindreårige bosatt (2023: skjult, under 5).');
  });
  it('2025, whose request IMDi cut mid-year: no «% av anmodningen», the cut said instead (Oslo: 850 decided, 640 asked)', () => {
    const req = f(2025, 'anmodning', 640, { flags: ['scraped'] });
    const dec = f(2025, 'vedtak', 850, { flags: ['scraped'] });
    const sentence = decisionSentence(2025, req, dec)!;
    expect(sentence).not.toMatch(/%/);
    expect(sentence).toBe(
      'For 2025 vedtok kommunen å bosette 850 flyktninger; IMDi anmodet om 640 etter at anmodningen ble satt ned midt i året, så vedtaket kan svare til den opprinnelige anmodningen.',
    );
    // Other years keep their share.
    expect(decisionSentence(2024, f(2024, 'anmodning', 640), f(2024, 'vedtak', 850))).toContain('133\u00a0% av de 640');
  });
  it('the profile and the brief state the same decision the same way', () => {
    const req = f(2024, 'anmodning', 185);
    const dec = f(2024, 'vedtak', 110);
    const brief = decisionSentence(2024, req, dec)!;
    const profile = settlementSentence('Eigersund', ser([req]), ser([dec]), ser([]));
    expect(profile).toBe(brief.replace('kommunen', 'Eigersund'));
  });
  it('a lower bound is the record only above every exact figure, and never gives «færre»', () => {
    const set = ser([
      f(2020, 'bosatt', 30),
      f(2021, 'bosatt', 28, { flags: ['lower-bound'] }),
      f(2022, 'bosatt', 12, { flags: ['lower-bound'] }),
    ]);
    const dec = ser([f(2020, 'vedtak', 30), f(2021, 'vedtak', 25), f(2022, 'vedtak', 20)]);
    expect(capacitySentences(set, dec)).toEqual([
      'Flest bosatte på ett år: 30 flyktninger i 2020 (for 2021 og 2022 er bare et minstetall kjent).',
      'Kommunen bosatte flere enn vedtatt i 2021.',
    ]);
    expect(capacitySentences(set, dec).join(' ')).not.toMatch(/færre/);
    // A hidden IMDi cell (under 5) cannot beat a record of 30, but can beat one of 3.
    const small = ser([f(2020, 'bosatt', 3), f(2021, 'bosatt', null)]);
    expect(capacitySentences(small, ser([]))[0]).toBe(
      'Flest bosatte på ett år: 3 flyktninger i 2020 (tallet for 2021 er skjult).',
    );
    expect(capacitySentences(ser([f(2020, 'bosatt', 30), f(2021, 'bosatt', null)]), ser([]))[0]).toBe(
      'Flest bosatte på ett år: 30 flyktninger i 2020.',
    );
  });
  it('the newest settled year is the newest final one', () => {
    const set = ser([f(2023, 'bosatt', 188), f(2024, 'bosatt', 78, { flags: ['provisional'] })]);
    expect(settlementSentence('Eigersund', ser([]), ser([]), set)).toBe('I 2023 ble 188 flyktninger bosatt.');
  });
});
