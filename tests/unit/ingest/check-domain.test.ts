import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/domain/observation.ts';
import { checkPlausible, checkRows, periodOf } from '../../../src/lib/ingest/check/check-domain.ts';
import type { SourceRow } from '../../../src/lib/ingest/harmonize/harmonize.ts';

const spec = { title: 'Anmodning, vedtak og faktisk bosetting 1995–2023', vintage: '2023-09' };
const row = (over: Partial<SourceRow>): SourceRow => ({
  file: 'f.csv',
  line: 7,
  column: 'Antall',
  code: '0301',
  year: 2022,
  measure: 'bosatt',
  group: '',
  value: 684,
  status: 'ok',
  flags: [],
  source: 's',
  ...over,
});
const check = (over: Partial<SourceRow>) => () => checkRows([row(over)], () => spec);

describe('checkRows', () => {
  it('accepts values in their domain', () => {
    expect(check({})).not.toThrow();
    expect(check({ value: null, status: 'suppressed' })).not.toThrow();
    expect(check({ measure: 'tilskudd', value: -532795 })).not.toThrow();
    expect(check({ measure: 'barnehage-andel', value: 260 })).not.toThrow();
    expect(check({ measure: 'sysselsatte', code: '0000', value: 2649584 })).not.toThrow();
  });

  it.each([
    [
      { value: -684 },
      /line 7, column "Antall": expected a value in the measure's domain, found -684 \(rule: bosatt \(personer\) must be a whole number from 0 to 1 000 000\)/,
    ],
    [{ value: 684.5 }, /found 684.5 \(rule: bosatt \(personer\) must be a whole number/],
    [{ value: 1_000_000_000 }, /found 1000000000 \(rule/],
    [
      { measure: 'sysselsatte-andel', value: 100.5 },
      /found 100.5 \(rule: sysselsatte-andel \(prosent\) must be a number from 0 to 100\)/,
    ],
    [
      { measure: 'tilskudd', value: 1e11 },
      /rule: tilskudd \(kroner\) must be a number from -100 000 000 to 10 000 000 000 — a repayment/,
    ],
    [{ year: 1899 }, /expected a year within the file's period 1995–2023, found 1899/],
    [{ year: 2099 }, /expected a year within the file's period 1995–2023, found 2099/],
  ])('stops on %o with file, line, column, value and rule', (over, message) => {
    expect(check(over)).toThrow(message);
    expect(check(over)).toThrow(/^f\.csv, line 7/);
  });

  it('takes the period from the title, else from 1986 to the vintage', () => {
    expect(
      periodOf({ title: 'Bosatte flyktninger 2022–2024, anmodning og vedtak 2024', vintage: '2024-11-13' }),
    ).toEqual([2022, 2024]);
    expect(periodOf({ title: 'Sysselsatte 15–74 år etter innvandringskategori 2006–2014', vintage: '2016' })).toEqual([
      2006, 2014,
    ]);
    expect(periodOf({ title: 'Kommunegrenser', vintage: '2024' })).toEqual([1986, 2024]);
  });
});

describe('checkPlausible', () => {
  const obs = (measure: string, value: number, period = '2022'): Observation => ({
    region: '1832',
    period,
    measure,
    group: '',
    value,
    status: 'ok',
    flags: [],
    from: ['1832'],
    source: 's',
  });
  it('stops when more persons than inhabitants, naming the source row', () => {
    const rows = [row({ code: '1832', value: 5000, line: 42 })];
    expect(() =>
      checkPlausible([obs('befolkning', 1200), obs('befolkning', 1250, '2023'), obs('bosatt', 5000)], rows),
    ).toThrow(
      /^f\.csv, line 42, column "Antall": expected bosatt for 1832 in 2022 to be at most the kommune's population \(1 250\), found 5 000 \(rule: no more persons than inhabitants\)$/,
    );
    expect(() =>
      checkPlausible([obs('befolkning', 1200), obs('bosatt', 50), obs('sysselsatte-andel', 70)], rows),
    ).not.toThrow();
  });
});
