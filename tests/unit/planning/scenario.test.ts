import { planningSentencesFor, planningWordsFor } from '../../../src/lib/sentences/index.ts';
import { describe, expect, it } from 'vitest';
import { renderScenario } from '../../../src/lib/planning/render-scenario.ts';
import {
  maxProposal,
  median,
  parseProposal,
  type PlanningBasis,
  positionOf,
  type RateAt,
  scenarioOf,
} from '../../../src/lib/domain/scenario.ts';
import { emaSentence, scenarioSentences } from '../../../src/lib/sentences/nb-planning.ts';

/**
 * The scenario model against hand computations for three real kommuner, with
 * the published figures of data/observations.csv (dataset of 2026-10) as
 * inputs: a large kommune (Bergen), a small one with hidden figures (Ibestad)
 * and a merged one (Trondheim, with Klæbu from 2020). The settled-per-1000
 * history is the build's input (settled / population 1 January × 1000, as
 * the site's rate rule gives it today); everything after it is the model's.
 */
type Row = [year: number, settled: number | null, population: number, status?: RateAt['status'], provisional?: boolean];
const historyOf = (rows: Row[]): RateAt[] =>
  rows.map(([year, settled, pop, status = 'ok', provisional = false]) => ({
    year,
    value: settled === null ? null : (settled / pop) * 1000,
    status,
    provisional,
  }));
const ok = (value: number) => ({ value, status: 'ok' as const, flags: [] });
const NATIONAL_REQUEST_2026 = { year: 2026, part: ok(13000) };

const basisOf = (name: string, pop: number, request: number, rows: Row[]): PlanningBasis => ({
  name,
  population: { year: 2026, part: ok(pop) },
  request: { year: 2026, value: request, provisional: true },
  history: historyOf(rows),
  peers: [],
  nationalRequest: NATIONAL_REQUEST_2026,
  emaLine: 'Enslige mindreårige: kommunen bosatte 7 i 2022.',
});

// Bergen (4601): bosatt 2017–2026 and folketall 1 January, 2023 a lower bound («≥ 1 037»), 2026 provisional.
const bergen = basisOf('Bergen', 294860, 250, [
  [2017, 500, 278556],
  [2018, 179, 279792],
  [2019, 196, 281190],
  [2020, 118, 283929],
  [2021, 146, 285601],
  [2022, 718, 286930],
  [2023, 1037, 289330, 'lower-bound'],
  [2024, 891, 291940],
  [2025, 386, 293709],
  [2026, 152, 294860, 'ok', true],
]);
// Ibestad (5514): 2017, 2018, 2020 and 2026 hidden (under 5), 2019 not applicable (no request), 2023 a lower bound.
const ibestad = basisOf('Ibestad', 1287, 5, [
  [2017, null, 1394, 'suppressed'],
  [2018, null, 1380, 'suppressed'],
  [2019, null, 1375, 'not-applicable'],
  [2020, null, 1361, 'suppressed'],
  [2021, 0, 1320],
  [2022, 23, 1289],
  [2023, 20, 1279, 'lower-bound'],
  [2024, 20, 1311],
  [2025, 6, 1301],
  [2026, null, 1287, 'suppressed', true],
]);
// Trondheim (5001, Klæbu merged in 2020; 2017 is the two former kommuner's sum): 2018 and 2023 lower bounds.
const trondheim = basisOf('Trondheim', 218460, 450, [
  [2017, 470, 196514],
  [2018, 186, 199595, 'lower-bound'],
  [2019, 159, 202235],
  [2020, 86, 205163],
  [2021, 130, 207595],
  [2022, 667, 210496],
  [2023, 788, 212660, 'lower-bound'],
  [2024, 844, 214565],
  [2025, 359, 216518],
  [2026, 319, 218460, 'ok', true],
]);

const sentencesOf = (b: PlanningBasis, n: number, ema = false) =>
  scenarioSentences(scenarioOf(b, n, ema), { populationYear: 2026, emaLine: b.emaLine }).join(' ');

describe('the scenario model, by hand', () => {
  it('Bergen, 250 (the 2026 request): 0,85 per 1000, below the highest year (a lower bound), above the median', () => {
    const s = scenarioOf(bergen, 250, false);
    // 250 / 294 860 × 1000 = 0,84786…
    expect(s.rate.value).toBeCloseTo(0.84786, 5);
    // Highest: 2023, 1 037 / 289 330 × 1000 = 3,5841… but a lower bound («minst»); 0,85 is far below it.
    expect(s.highest).toMatchObject({ year: 2023, status: 'lower-bound', position: 'lower' });
    expect(s.highest!.value).toBeCloseTo(3.584143, 5);
    // Median of the nine exact years (2023 left out): sorted 0,4156 0,5112 0,5155 0,6398 [0,6970] 1,3142 1,7950 2,5024 3,0520.
    expect(s.median).toMatchObject({ years: 9, of: 10, position: 'higher' });
    expect(s.median!.value).toBeCloseTo((196 / 281190) * 1000, 9);
    // 250 / 13 000 = 1,923 %.
    expect(s.nationalShare!.value).toBeCloseTo(1.923077, 5);
    expect(sentencesOf(bergen, 250)).toBe(
      'Et vedtak på 250 tilsvarer 0,85 bosatte per 1000 innbyggere (folketall 1. januar 2026). ' +
        'Det er lavere enn kommunens høyeste år de siste 10 årene (minst 3,58 i 2023) og høyere enn medianen for de 9 årene med fullstendige tall (0,70). ' +
        'Forslaget tilsvarer 1,9\u00a0% av IMDis samlede anmodning til kommunene for 2026.',
    );
  });

  it('Ibestad, 5: hidden years are never numbers, the median is over the four exact years', () => {
    const s = scenarioOf(ibestad, 5, true);
    // 5 / 1 287 × 1000 = 3,885…
    expect(s.rate.value).toBeCloseTo(3.885004, 5);
    // Highest: 2022, 23 / 1 289 × 1000 = 17,84.
    expect(s.highest).toMatchObject({ year: 2022, status: 'ok', position: 'lower' });
    // Exact: 0 (2021), 17,84 (2022), 15,26 (2024), 4,61 (2025) → (4,6118 + 15,2555) / 2 = 9,9337.
    expect(s.median!.value).toBeCloseTo((6 / 1301 + 20 / 1311) * 500, 9);
    expect(s.median).toMatchObject({ years: 4, of: 10, position: 'lower' });
    const text = sentencesOf(ibestad, 5, true);
    expect(text).toContain('Et vedtak på 5 tilsvarer 3,89 bosatte per 1000 innbyggere');
    expect(text).toContain('lavere enn medianen for de 4 årene med fullstendige tall (9,93)');
    // 5 / 13 000 = 0,04 %: said as under 0,1 %, not «0,0 %».
    expect(text).toContain('Forslaget tilsvarer under 0,1\u00a0% av IMDis samlede anmodning');
    // «ja» adds what the kommune did before.
    expect(text).toMatch(/Enslige mindreårige: kommunen bosatte 7 i 2022\.$/);
    // The chart draws no bar for a hidden year: the word, at the baseline.
    const html = renderScenario(planningWordsFor('nb'), ibestad, parseProposal('5', 1287), false);
    expect(html.match(/<rect /g)).toHaveLength(5);
    expect(html.match(/>skjult</g)).toHaveLength(4);
  });

  it('Trondheim, 450: above the median of the merged kommune’s years, below its highest', () => {
    const s = scenarioOf(trondheim, 450, false);
    // 450 / 218 460 × 1000 = 2,0599…
    expect(s.rate.value).toBeCloseTo(2.059874, 5);
    // Highest: 2024, 844 / 214 565 × 1000 = 3,9335 (above 2023's lower bound 3,7054).
    expect(s.highest).toMatchObject({ year: 2024, status: 'ok', position: 'lower' });
    // Exact: 2017, 2019–2022, 2024–2026 (8) → (1,4602 + 1,6581) / 2 = 1,5591.
    expect(s.median!.value).toBeCloseTo((319 / 218460 + 359 / 216518) * 500, 9);
    expect(s.median).toMatchObject({ years: 8, position: 'higher' });
    expect(sentencesOf(trondheim, 450)).toContain(
      'Det er lavere enn kommunens høyeste år de siste 10 årene (3,93 i 2024) og høyere enn medianen for de 8 årene med fullstendige tall (1,56).',
    );
    // 450 / 13 000 = 3,46 %.
    expect(s.nationalShare!.value).toBeCloseTo(3.461538, 5);
  });

  it('a proposal at the level of a lower-bound highest year is not said to be above it', () => {
    // Bergen's 2023 is «minst 3,58»: 1 060 / 294 860 × 1000 = 3,595 cannot be called higher.
    const s = scenarioOf(bergen, 1060, false);
    expect(s.highest!.position).toBe('unknown');
    expect(sentencesOf(bergen, 1060)).toContain(
      'Kommunens høyeste år de siste 10 årene var minst 3,58 i 2023; en del av tallet er skjult',
    );
  });

  it('the window «the highest year» looks in is the history the kommune has, not always ten years', () => {
    // A kommune whose series starts 2024 (three years): its highest year is of the last 3 years, said so in each language.
    const young = basisOf('Ung', 10000, 20, [
      [2024, 30, 9800],
      [2025, 12, 9900],
      [2026, 8, 10000, 'ok', true],
    ]);
    const s = scenarioOf(young, 20, false);
    expect(s.years).toBe(3);
    expect(scenarioOf(bergen, 250, false).years).toBe(10);
    expect(sentencesOf(young, 20)).toContain('lavere enn kommunens høyeste år de siste 3 årene (3,06 i 2024)');
    for (const [lang, words] of [
      ['nn', 'dei siste 3 åra'],
      ['en', 'in the last 3 years'],
    ] as const)
      expect(planningSentencesFor(lang).scenarioSentences(s, { populationYear: 2026 }).join(' ')).toContain(words);
  });

  it('peers: the median of the members with a value, their count said, provisional said', () => {
    const b: PlanningBasis = {
      ...bergen,
      peers: [
        {
          kind: 'kostra',
          label: 'KOSTRA-gruppe 12',
          year: 2026,
          counted: 3,
          members: 4,
          median: 0.8,
          min: 0.5,
          max: 2,
          provisional: true,
        },
      ],
    };
    expect(sentencesOf(b, 250)).toContain(
      'Sammenlignet med de nyeste vedtakene (2026, foreløpige tall) er det omtrent som medianen i KOSTRA-gruppe 12 (0,80; 3 av 4 kommuner).',
    );
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('positions: within 10 % reads «omtrent som»', () => {
    expect(positionOf(2.9, 3)).toBe('about');
    expect(positionOf(2.6, 3)).toBe('lower');
    expect(positionOf(3.4, 3)).toBe('higher');
    expect(positionOf(null, 3)).toBe('unknown');
  });

  it('without a population, no rate and no comparison', () => {
    const b = { ...bergen, population: null };
    expect(sentencesOf(b, 250)).toBe(
      'Et vedtak på 250: folketallet kommunen skal deles på mangler, så forslaget kan ikke regnes per 1000 innbyggere.',
    );
  });
});

describe('a proposal is a whole number from 0 to a plausible maximum', () => {
  it('reads digits, and digit groups with spaces', () => {
    expect(parseProposal('40', 294860)).toEqual({ ok: true, n: 40 });
    expect(parseProposal(' 1 000 ', 294860)).toEqual({ ok: true, n: 1000 });
    expect(parseProposal('0', 1287)).toEqual({ ok: true, n: 0 });
  });
  it('rejects empty, negative, non-integer, text and absurd values, naming why', () => {
    const err = (s: string, pop = 294860) => {
      const p = parseProposal(s, pop);
      return p.ok ? 'ok' : p.error;
    };
    expect(err('')).toBe('empty');
    expect(err('  ')).toBe('empty');
    expect(err('-3')).toBe('negative');
    expect(err('2,5')).toBe('not-integer');
    expect(err('2.5')).toBe('not-integer');
    expect(err('førti')).toBe('not-number');
    expect(err('1e3')).toBe('not-number');
    expect(err('100000')).toBe('too-large');
    // Ibestad: at most 10 % of 1 287 inhabitants.
    expect(maxProposal(1287)).toBe(128);
    expect(err('129', 1287)).toBe('too-large');
    expect(err('128', 1287)).toBe('ok');
  });
  it('shows the message and no numbers for a proposal that is not valid', () => {
    const html = renderScenario(planningWordsFor('nb'), bergen, parseProposal('-3', 294860), false, {
      fromAddress: '-3',
    });
    expect(html).toBe(
      '<p class="plan-error">Adressen har vedtak=«-3»: Forslaget kan ikke være negativt. Skriv et helt tall fra 0 til 10\u00a0000.</p>',
    );
  });
});

describe('unaccompanied minors before', () => {
  it('says a pending decision in words, a hidden count as hidden, and zero as «ingen»', () => {
    expect(
      emaSentence(
        [{ year: 2024, value: null, status: 'pending' }],
        [
          { year: 2022, value: 7, status: 'ok' },
          { year: 2023, value: null, status: 'suppressed' },
          { year: 2024, value: 0, status: 'ok' },
        ],
      ),
    ).toBe(
      'Enslige mindreårige: kommunen hadde ikke vedtatt hvor mange for 2024 og bosatte 7 i 2022, et skjult antall (under 5) i 2023 og ingen i 2024.',
    );
    expect(emaSentence([], [])).toBe('Kildene har ingen tall for enslige mindreårige i kommunen.');
  });
});
