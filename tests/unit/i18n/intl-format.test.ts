import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/index.ts';
import { dateInWords, formatVintage, monthOf } from '../../../src/lib/format/date.ts';
import { formatPer1000 } from '../../../src/lib/format/decimals.ts';
import { formatFigure, formatIndicator, formatInt, formatPercent } from '../../../src/lib/format/number.ts';
import { figure } from '../figure-fixture.ts';

/** Numbers and dates go through Intl by the page's language: no month names or separators of our own. */
describe('numbers by locale', () => {
  it('bokmål and nynorsk group with a non-breaking space and a decimal comma; English with a comma and a point', () => {
    expect(formatInt(1000, 'nb')).toBe('1\u00a0000');
    expect(formatInt(1000, 'nn')).toBe('1\u00a0000');
    expect(formatInt(1000, 'en')).toBe('1,000');
    expect(formatInt(1234567, 'en')).toBe('1,234,567');
    expect(formatPercent(61.54, 'nb')).toBe('61,5\u00a0%');
    expect(formatPercent(61.54, 'en')).toBe('61.5%');
    // Where the sign and the currency go is Intl's: after the number in bokmål, «NOK» first in English.
    expect(formatPercent(61.54, 'nn')).toBe('61,5\u00a0%');
    expect(formatPer1000(2.9, { locale: 'nb' })).toBe('2,90');
    expect(formatPer1000(2.9, { locale: 'en', lowerBound: true })).toBe('≥\u00a02.90');
  });
  it('a figure with its unit and status in the page’s words', () => {
    const f = figure('0301', 2024, 'tilskudd', 12345678);
    expect(formatFigure(messages('nb'), f, 'kroner')).toBe('12\u00a0345\u00a0678 kr');
    expect(formatFigure(messages('en'), f, 'kroner')).toBe('NOK 12,345,678');
    expect(formatFigure(messages('en'), figure('0301', 2014, 'sysselsatte-andel', 62), 'prosent')).toBe('62%');
    expect(formatFigure(messages('nb'), figure('0301', 2014, 'sysselsatte-andel', 62), 'prosent')).toBe('62\u00a0%');
    expect(formatFigure(messages('nb'), f, 'kroner', { millions: true })).toBe('12,3 mill. kr');
    const hidden = figure('0301', 2024, 'bosatt', null, { status: 'suppressed' });
    expect(formatFigure(messages('nb'), hidden, 'personer')).toBe(messages('nb').status.suppressed);
    expect(formatFigure(messages('nn'), hidden, 'personer')).toBe(messages('nn').status.suppressed);
    expect(formatFigure(messages('en'), hidden, 'personer')).toBe(messages('en').status.suppressed);
    expect(formatIndicator(messages('en'), 1234.5, 'kroner')).toBe('NOK 1,235');
    expect(formatIndicator(messages('nb'), 1234.5, 'kroner')).toBe('1\u00a0235 kr');
    expect(formatIndicator(messages('en'), 12.34, 'prosent')).toBe('12.3%');
  });
});

describe('dates by locale', () => {
  it('months and days through Intl.DateTimeFormat', () => {
    expect(monthOf('2024-11', 'nb')).toBe('november 2024');
    expect(monthOf('2024-11-13', 'en')).toBe('November 2024');
    expect(dateInWords('2024-11-13', 'nb')).toBe('13. november 2024');
    expect(dateInWords('2024-11-13', 'nn')).toBe('13. november 2024');
    expect(dateInWords('2024-11-13', 'en')).toBe('13 November 2024');
    expect(formatVintage('2024-11-13', 'nb')).toBe('13. november 2024');
    expect(formatVintage('2026-09-28', 'nn')).toBe('28. september 2026');
    expect(formatVintage('2026-09-28', 'en')).toBe('28 September 2026');
    expect(formatVintage('2023-09', 'en')).toBe('September 2023');
    expect(formatVintage('2015', 'en')).toBe('2015');
  });
});

describe('plurals and lists by locale', () => {
  it('each catalogue lists with its own «and»', () => {
    expect(messages('nb').list(['A', 'B', 'C'])).toBe('A, B og C');
    expect(messages('nn').list(['A', 'B', 'C'])).toBe('A, B og C');
    expect(messages('en').list(['A', 'B'])).toBe('A and B');
  });
  it('counts kommuner in the right form', () => {
    for (const l of ['nb', 'nn', 'en'] as const) {
      const k = messages(l).compare.kommuner;
      expect(k(1)).not.toBe(k(2).replace('2', '1'));
    }
  });
});
