import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { scrapedCopies, scrapedNote } from '../../../src/lib/about/scraped-copies.ts';
import { figure } from '../figure-fixture.ts';

describe('«Om dataene» dates the copies of IMDi’s web page from the figures (finding 11)', () => {
  const figs = [
    figure('4220', 2026, 'vedtak', 5, { flags: ['provisional', 'scraped'], vintage: '2026-09-28' }),
    figure('0301', 2026, 'bosatt', 100, { flags: ['provisional', 'scraped'], vintage: '2026-09-28' }),
    figure('4220', 2025, 'bosatt', null, { flags: ['scraped'], vintage: '2026-10-01' }),
    // Not a copy: a publisher's file.
    figure('4220', 2023, 'bosatt', 7, { vintage: '2024-02-01' }),
  ];

  it('gives each copied year the date of the copy that is shown', () => {
    expect(scrapedCopies(figs)).toEqual([
      { year: 2025, vintage: '2026-10-01', measures: ['bosatt'] },
      { year: 2026, vintage: '2026-09-28', measures: ['bosatt', 'vedtak'] },
    ]);
  });

  it('a year with copies of two dates is dated by the newest', () => {
    const older = figure('0301', 2026, 'vedtak', 90, { flags: ['scraped'], vintage: '2026-04-08' });
    expect(scrapedCopies([older, ...figs]).find((c) => c.year === 2026)?.vintage).toBe('2026-09-28');
  });

  it('the line names the date of the shown copy, never a literal month', () => {
    const [lead, text] = scrapedNote(t, scrapedCopies(figs))!;
    expect(lead).toMatch(/IMDis nettside/);
    expect(text).toMatch(/for 2025 og 2026 /);
    expect(text).toMatch(/2025 per 1\. oktober 2026 og 2026 per 28\. september 2026/);
    expect(text).not.toMatch(/april/);
    expect(scrapedNote(t, [])).toBeNull();
  });
});
