import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { hiddenAtMost, hiddenRule, statusWord } from '../../../src/lib/format/status-word.ts';

describe("status words say what the publisher's symbol means for the measure (issue 8)", () => {
  it.each([
    ['a «.» decision (IMDi made no request)', 'not-applicable', { measure: 'vedtak' }, 'ingen anmodning'],
    [
      'an unaccompanied-minor request IMDi did not make',
      'not-applicable',
      { measure: 'ema-anmodning' },
      'ingen anmodning',
    ],
    ['a decision IMDi has not registered after a request', 'missing', { measure: 'vedtak' }, 'mangler'],
    ['a hidden count of people', 'suppressed', { measure: 'bosatt', unit: 'personer' }, 'skjult (under 5)'],
    [
      'a hidden kroner amount («Anonymisert»)',
      'suppressed',
      { measure: 'tilskudd', unit: 'kroner' },
      'skjult (anonymisert)',
    ],
    [
      "a cell IMDi's web page hides (can hide 5 or more)",
      'suppressed',
      { measure: 'bosatt', unit: 'personer', flags: ['scraped'] },
      'skjult (personvern)',
    ],
    [
      "a cell SSB hides by its own rule («:», not IMDi's under 5)",
      'suppressed',
      { measure: 'innvandrere-landbakgrunn', unit: 'personer', source: 'ssb-api-09817' },
      'skjult (personvern)',
    ],
    [
      'a share FHI hides («:»)',
      'suppressed',
      { measure: 'lavinntekt-fhi-andel', unit: 'prosent', source: 'fhi-api-403' },
      'skjult (personvern)',
    ],
    ['a pending decision', 'pending', { measure: 'vedtak' }, 'avventer vedtak'],
    [
      'a decision pending in a file made before the year ended',
      'pending',
      { measure: 'vedtak', flags: ['provisional', 'scraped'] },
      'avventer vedtak',
    ],
    [
      'a decision still «avventer vedtak» after the year ended (Kautokeino 2025, issue 22)',
      'pending',
      { measure: 'vedtak', flags: ['scraped'] },
      'ingen vedtak registrert (IMDi: avventer vedtak)',
    ],
    ['no figure in any source for the year', undefined, {}, 'ikke i kilden'],
  ] as const)('%s', (_, status, ctx, word) => {
    expect(statusWord(t, status, ctx)).toBe(word);
  });
});

describe('short status words for narrow print tables', () => {
  it('a «.» request or decision is «ingen anm.»', () => {
    expect(statusWord(t, 'not-applicable', { measure: 'vedtak' }, { short: true })).toBe('ingen anm.');
    expect(statusWord(t, 'not-applicable', { measure: 'bosatt' }, { short: true })).toBe('ikke akt.');
  });
});

describe('one rule for why a cell is hidden, for tables and sentences (finding 4)', () => {
  it("only IMDi's own files say «under 5»; its web page, SSB and FHI may hide more", () => {
    expect(hiddenRule({ source: 'imdi-bosatt-anmodede-2023' })).toBe('under-5');
    expect(hiddenAtMost({ source: 'imdi-bosatt-anmodede-2023' })).toBe(4);
    expect(hiddenRule({ source: 'imdi-nokkeltall-2025', flags: ['scraped'] })).toBe('privacy');
    expect(hiddenAtMost({ source: 'imdi-nokkeltall-2025', flags: ['scraped'] })).toBeNull();
    expect(hiddenRule({ source: 'ssb-api-09817' })).toBe('privacy');
    expect(hiddenRule({ unit: 'kroner' })).toBe('anonymised');
  });
});

describe('«Om dataene» defines every word a hidden cell can get (finding 4)', () => {
  it('each long hidden-cell word of statusWord appears in the about page text', async () => {
    const { t } = await import('../../../src/i18n/nb.ts');
    const about = t.about.how.flat().join(' ');
    const words = [
      statusWord(t, 'suppressed', { source: 'imdi-bosatt-anmodede-2023' }),
      statusWord(t, 'suppressed', { flags: ['scraped'] }),
      statusWord(t, 'suppressed', { source: 'ssb-api-09817' }),
      statusWord(t, 'suppressed', { unit: 'kroner' }),
    ];
    expect(new Set(words).size).toBe(3);
    for (const w of words) expect(about).toContain(`«${w}»`);
  });
});
