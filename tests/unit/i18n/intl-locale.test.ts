import { describe, expect, it } from 'vitest';
import { intlLocale } from '../../../src/i18n/locales.ts';

describe('the locale Intl formats with', () => {
  it('formats nynorsk numbers, dates and lists as nynorsk writes them, with a tag browsers know', () => {
    // Chromium has no nn data and would fall back to en-US; nb-NO writes what nynorsk writes.
    const tag = intlLocale('nn');
    expect(tag).toBe('nb-NO');
    expect(new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(1234.5)).toBe('1\u00a0234,5');
    expect(new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date(2026, 11, 6))).toBe('6. desember 2026');
    expect(new Intl.ListFormat(tag, { type: 'conjunction' }).format(['2019', '2021', '2023'])).toBe(
      '2019, 2021 og 2023',
    );
    expect(new Intl.PluralRules(tag).select(1)).toBe(new Intl.PluralRules('nn').select(1));
    expect(intlLocale('nb')).toBe('nb-NO');
    expect(intlLocale('en')).toBe('en-GB');
  });
});
