import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { buildProfile, grantsPanel, olderTopics, settlementPanel } from '../../../src/lib/profile/build-profile.ts';
import { figure } from '../figure-fixture.ts';

const f = (year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('9999', year, measure, value, { from: [], ...o });
const own: Figure[] = [
  f(2022, 'anmodning', 20),
  f(2022, 'vedtak', 10),
  f(2022, 'bosatt', 12),
  f(2022, 'befolkning', 2000),
  f(2023, 'anmodning', 20),
  f(2023, 'vedtak', 10),
  f(2023, 'bosatt', null),
  f(2023, 'befolkning', 2000),
  f(2014, 'tilskudd', 1_000_000, { group: 'totalt' }),
  f(2023, 'tilskudd', 3_000_000, { group: 'totalt' }),
];
const input = { name: 'Testvik', own, country: [] };

describe('profile panels', () => {
  it('lists only panels that have figures, in page order', () => {
    const ids = buildProfile(input).flatMap((s) => s.panels.map((p) => p.id));
    expect(ids[0]).toBe('bosetting');
    expect(ids).toContain('tilskudd');
    expect(ids).not.toContain('sysselsetting');
  });
  it('settlement: a hidden figure is said, never 0, and no share is built on it', () => {
    const p = settlementPanel(input)!;
    const row2023 = p.table!.rows.find((r) => r[0] === '2023')!;
    expect(row2023.join(' ')).toContain('skjult');
    expect(row2023.at(-1)).toBe('–');
    expect(p.summary).toBe(
      'For 2023 vedtok Testvik å bosette 10 flyktninger, 50\u00a0% av de 20 IMDi anmodet om. I 2022 ble 12 flyktninger bosatt, 120\u00a0% av vedtaket.',
    );
    expect(p.citations.length).toBeGreaterThan(0);
  });
  it('grants: per inhabitant from the one calculation, the missing years from the figures', () => {
    const p = grantsPanel(input)!;
    expect(p.table!.rows[0].slice(0, 2)).toEqual(['2023', '1\u00a0500 kr']);
    expect(p.summary).toContain('Kildene mangler tall for 2015–2022.');
    // The gap is a row of its own, not a jump from 2023 to 2014 (issue 22).
    expect(p.table!.rows.map((r) => r[0])).toEqual(['2023', '2015–2022', '2014']);
    expect(p.table!.rows[1][1]).toBe('ikke i kilden');
  });
});

describe('how old the work and living-conditions figures are', () => {
  it('names the topics more than five years behind the newest figure, and none once a refresh brings newer ones', () => {
    const committed = [
      { topic: 'bosetting', year: 2026 },
      { topic: 'befolkning', year: 2026 },
      { topic: 'arbeid', year: 2014 },
      { topic: 'levekar', year: 2014 },
    ];
    expect(olderTopics(committed)).toEqual(['arbeid', 'levekar']);
    expect(
      olderTopics([...committed.slice(0, 2), { topic: 'arbeid', year: 2025 }, { topic: 'levekar', year: 2014 }]),
    ).toEqual(['levekar']);
    expect(
      olderTopics([...committed.slice(0, 2), { topic: 'arbeid', year: 2021 }, { topic: 'levekar', year: 2023 }]),
    ).toEqual([]);
    // Population is never the subject of the sentence, however old.
    expect(
      olderTopics([
        { topic: 'bosetting', year: 2026 },
        { topic: 'befolkning', year: 2010 },
      ]),
    ).toEqual([]);
  });
});

describe('employment by reason for immigration is 20–66 år, beside 15–74 år (finding 25)', () => {
  it('the panel, its table caption and its summary say the age group, and warn against comparing', () => {
    const emp = [
      f(2013, 'sysselsatte-grunn-andel', 64.5, { group: 'alle' }),
      f(2013, 'sysselsatte-grunn-andel', 54.5, { group: 'flukt' }),
      f(2014, 'sysselsatte-andel', 62, { group: 'innvandrere' }),
      f(2014, 'sysselsatte-andel', 73, { group: 'befolkningen_ellers' }),
    ];
    const panels = buildProfile({ ...input, own: [...own, ...emp] }).flatMap((s) => s.panels);
    const byReason = panels.find((p) => p.id === 'innvandringsgrunn-arbeid')!;
    expect(byReason.title).toBe('Sysselsatte innvandrere 20–66 år etter innvandringsgrunn');
    expect(byReason.table!.caption).toBe('Sysselsatte innvandrere 20–66 år etter innvandringsgrunn, 2013');
    expect(byReason.summary).toContain('ikke 15–74 år som sysselsettingen ellers på siden, og kan ikke sammenlignes');
    expect(byReason.summary).not.toContain('62,0');
    expect(panels.find((p) => p.id === 'sysselsetting')!.title).toContain('15–74 år');
  });
});

describe('a divided former kommune’s years on the profile (Ålesund: 1507 in 2020–2023, issue 22)', () => {
  // Today's kommune has its own figures before 2020 and from 2024; the divided former kommune's stand in between.
  const today = [2019, 2024].flatMap((y) => [
    f(y, 'anmodning', 30),
    f(y, 'vedtak', 30),
    f(y, 'bosatt', y === 2019 ? 28 : 217),
  ]);
  const former = [2020, 2021, 2022, 2023].flatMap((y) => [
    figure('1507', y, 'anmodning', 250, { from: [] }),
    figure('1507', y, 'vedtak', 250, { from: [] }),
    figure('1507', y, 'bosatt', y === 2023 ? 294 : 200, { from: [] }),
  ]);
  const label = 'tidligere Ålesund (1507, 2020–2023)';
  const p = settlementPanel({
    name: 'Ålesund',
    own: today,
    country: [],
    splitPredecessor: { label, figures: former },
  })!;
  it('the table lists those years with the former kommune’s figures, marked ‡, not «mangler»', () => {
    const rows = p.table!.rows;
    expect(rows.map((r) => r[0])).toEqual(['2024', '2023‡', '2022‡', '2021‡', '2020‡', '2019']);
    expect(rows.find((r) => r[0] === '2023‡')!.slice(1, 4)).toEqual(['250', '250', '294']);
    expect(rows.flat().join(' ')).not.toMatch(/mangler/);
    expect(p.notes).toContain(`År merket ‡ gjelder ${label}; tallene er ikke delt opp.`);
  });
  it('the chart draws them as the brief does: a dashed bar and ‡ on the year, with a legend that says whose', () => {
    expect(p.chart!.wide).toMatch(/>2023‡</);
    expect(p.chart!.wide).not.toMatch(/mangler/);
    expect(p.chart!.legend!.map((l) => l.label)).toContain(`Bosatt i ${label} (år merket ‡, tallene er ikke delt opp)`);
  });
  it('the sentences speak of the kommune’s own figures only', () => {
    expect(p.summary).not.toMatch(/294/);
  });
});
