import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { figure } from '../figure-fixture.ts';
import { keyFigures, keyYear } from '../../../src/lib/profile/key-figures.ts';

const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('1151', year, measure, value, { source: 's', vintage: '2024-11-13', ...o });

describe('key figures at the top of a profile', () => {
  const own = [
    f(2023, 'anmodning', 20),
    f(2023, 'vedtak', 15),
    f(2023, 'bosatt', 11),
    f(2024, 'anmodning', 5, { flags: ['provisional'] }),
    f(2024, 'vedtak', null, { status: 'pending', flags: ['provisional'] }),
    f(2024, 'bosatt', 5, { flags: ['provisional'] }),
    f(2026, 'vedtak', 10, { flags: ['provisional', 'scraped'], vintage: '2026-04-08' }),
  ];
  it('leads with the newest year with a settled figure, with its cut-off date', () => {
    expect(keyYear(own)).toBe(2024);
    const k = keyFigures(t, own, { name: 'Utsira' })!;
    expect(k.asOf).toBe('foreløpige tall per 13. november 2024');
    expect(k.cards.map((c) => [c.id, c.value, c.numeric])).toEqual([
      ['anmodning', '5', true],
      ['vedtak', 'avventer vedtak', false],
      ['bosatt', '5', true],
      ['siste-vedtak', '10', true],
    ]);
    expect(k.cards[3].detail).toBe('ifølge IMDis nettside, 8. april 2026');
  });
  it('shows a hidden settled figure as hidden, and no per-1000 row when the kommune has no value', () => {
    const k = keyFigures(t, [f(2020, 'bosatt', null), f(2020, 'anmodning', 0)], {
      name: 'X',
      perThousand: () => [
        { label: 'X', own: true, point: { value: null, status: 'suppressed' } },
        { label: 'Hele landet', point: { value: 3.2, status: 'ok' } },
      ],
    })!;
    expect(k.cards.find((c) => c.id === 'bosatt')!.value).toBe('skjult (under 5)');
    expect(k.cards.find((c) => c.id === 'anmodning')!.value).toBe('0');
    expect(k.perThousand).toBeUndefined();
  });
  it('says «minst» in words for a lower bound, in the cards and beside the groups (issue 22)', () => {
    const k = keyFigures(
      t,
      [f(2023, 'anmodning', 2170), f(2023, 'vedtak', 2000), f(2023, 'bosatt', 2018, { flags: ['lower-bound'] })],
      {
        name: 'Oslo',
        perThousand: () => [
          { label: 'Oslo', own: true, point: { value: 2.9, status: 'ok' } },
          { label: 'Hele landet', point: { value: 1.31, status: 'lower-bound' } },
        ],
      },
    )!;
    expect(k.cards.find((c) => c.id === 'bosatt')!.value).toBe('minst 2\u00a0018');
    expect(k.perThousand!.rows.map((r) => r.value)).toEqual(['2,90', 'minst 1,31']);
  });
  it('a decision still pending after the year ended reads as never registered (Kautokeino 2025, issue 22)', () => {
    const k = keyFigures(
      t,
      [
        f(2025, 'anmodning', 10, { flags: ['scraped'] }),
        f(2025, 'vedtak', null, { status: 'pending', flags: ['scraped'] }),
        f(2025, 'bosatt', 10, { flags: ['scraped'] }),
      ],
      { name: 'Kautokeino' },
    )!;
    expect(k.cards.find((c) => c.id === 'vedtak')!.value).toBe('ingen vedtak registrert (IMDi: avventer vedtak)');
  });
  it('gives nothing for a kommune without settlement figures', () => {
    expect(keyFigures(t, [f(2020, 'befolkning', 100)], { name: 'X' })).toBeNull();
  });
});
