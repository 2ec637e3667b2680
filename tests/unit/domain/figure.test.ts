import { describe, expect, it } from 'vitest';
import { change, divide, divideSums, perCapita, single, sum, type Part } from '../../../src/lib/domain/figure.ts';

/** Figures in short: 12 = plain, '12≥' = lower bound, 's' suppressed, 'm' missing, 'n' not applicable, 'p' pending, undefined = no figure. */
type F = number | string | undefined;
function part(f: F): Part | undefined {
  if (f === undefined) return undefined;
  if (typeof f === 'number') return { value: f, status: 'ok', flags: [] };
  if (f.endsWith('≥')) return { value: Number(f.slice(0, -1)), status: 'ok', flags: ['lower-bound'] };
  const status = ({ s: 'suppressed', m: 'missing', n: 'not-applicable', p: 'pending' } as const)[
    f as 's' | 'm' | 'n' | 'p'
  ];
  return { value: null, status, flags: [] };
}
const shown = (d: { value: number | null; status: string }) => [d.value, d.status];

describe('the one calculation: status rules', () => {
  it.each<[string, F, [number | null, string]]>([
    ['plain', 12, [12, 'ok']],
    ['lower bound', '12≥', [12, 'lower-bound']],
    ['suppressed', 's', [null, 'suppressed']],
    ['pending', 'p', [null, 'pending']],
    ['no figure', undefined, [null, 'missing']],
  ])('single: %s', (_, a, want) => expect(shown(single(part(a)))).toEqual(want));

  it.each<[string, F, F, number, [number | null, string]]>([
    ['plain / plain', 50, 200, 100, [25, 'ok']],
    ['per 1000', 3, 1500, 1000, [2, 'ok']],
    ['lower-bound numerator gives a lower bound', '50≥', 200, 100, [25, 'lower-bound']],
    ['lower-bound denominator gives nothing', 50, '200≥', 100, [null, 'missing']],
    ['hidden numerator', 's', 200, 100, [null, 'suppressed']],
    ['hidden denominator', 50, 's', 100, [null, 'suppressed']],
    ['pending numerator', 'p', 200, 100, [null, 'pending']],
    ['zero denominator: no share of nothing', 5, 0, 100, [null, 'not-applicable']],
    ['no denominator', 5, undefined, 100, [null, 'missing']],
    ['no numerator', undefined, 5, 100, [null, 'missing']],
    ['zero numerator is a value', 0, 40, 100, [0, 'ok']],
  ])('divide: %s', (_, a, b, scale, want) => expect(shown(divide(part(a), part(b), scale))).toEqual(want));

  it('per capita is divide by population × 1000', () => {
    expect(shown(perCapita(part(11), part(220)))).toEqual([50, 'ok']);
  });

  it.each<[string, F, F, [number | null, string]]>([
    ['plain', 70, 60, [10, 'ok']],
    ['negative', 60, 70, [-10, 'ok']],
    ['hidden part', 's', 60, [null, 'suppressed']],
    ['lower bound is not exact', '70≥', 60, [null, 'missing']],
    ['no figure the year before', 70, undefined, [null, 'missing']],
  ])('change: %s', (_, a, b, want) => expect(shown(change(part(a), part(b)))).toEqual(want));

  it.each<[string, F[], number, [number | null, string]]>([
    ['all plain', [1, 2, 3], 0, [6, 'ok']],
    ['a hidden part: at least', [1, 's', 3], 0, [4, 'lower-bound']],
    ['a lower-bound part: at least', [1, '2≥'], 0, [3, 'lower-bound']],
    ['a member without a figure: at least', [1, 2], 1, [3, 'lower-bound']],
    ['not applicable parts are left out', [1, 'n'], 0, [1, 'ok']],
    ['only hidden', ['s', 'm'], 0, [null, 'suppressed']],
    ['only missing', ['m', 'p'], 0, [null, 'missing']],
    ['only not applicable', ['n', 'n'], 0, [null, 'not-applicable']],
    ['zeros are a value', [0, 0], 0, [0, 'ok']],
  ])('sum: %s', (_, list, gaps, want) => expect(shown(sum(list.map(part), { gaps }))).toEqual(want));

  // divideSums: the group rule. [numerator, denominator] per member; the result as [value, status, partial].
  it.each<[string, [F, F][], number, [number | null, string, boolean]]>([
    [
      'all pairs plain: sum over sum',
      [
        [10, 20],
        [30, 20],
      ],
      0,
      [100, 'ok', false],
    ],
    // A hidden count is at least 0: its member's denominator stays in, and the value is a lower bound.
    [
      'a hidden numerator counts as at least 0: a lower bound over all',
      [
        [10, 20],
        ['s', 20],
      ],
      0,
      [25, 'lower-bound', false],
    ],
    [
      'a pending numerator counts as at least 0',
      [
        [10, 20],
        ['p', 20],
      ],
      0,
      [25, 'lower-bound', false],
    ],
    // A kommune's own «≥» figure is counted with its value (it was left out before, inflating the group).
    [
      'a lower-bound numerator counts with its value: a lower bound',
      [
        [10, 20],
        ['5≥', 20],
      ],
      0,
      [37.5, 'lower-bound', false],
    ],
    [
      'every numerator a lower bound: a lower bound over all (a group of one gives the kommune’s own value)',
      [
        ['5≥', 20],
        ['15≥', 20],
      ],
      0,
      [50, 'lower-bound', false],
    ],
    // «ikke aktuelt» is none (IMDi's «.» where no request was made): 0 over the member's population.
    [
      'a not-applicable numerator counts as 0, exactly',
      [
        [10, 20],
        ['n', 5],
      ],
      0,
      [40, 'ok', false],
    ],
    [
      'a not-applicable denominator counts as 0',
      [
        [10, 20],
        [2, 'n'],
      ],
      0,
      [60, 'ok', false],
    ],
    [
      'a missing numerator says nothing: left out, partial',
      [
        [10, 20],
        ['m', 20],
      ],
      0,
      [50, 'partial', true],
    ],
    [
      'an absent numerator: left out, partial',
      [
        [10, 20],
        [undefined, 20],
      ],
      0,
      [50, 'partial', true],
    ],
    [
      'a hidden denominator: left out, partial',
      [
        [10, 20],
        [5, 's'],
      ],
      0,
      [50, 'partial', true],
    ],
    [
      'a lower-bound denominator: left out, partial',
      [
        [10, 20],
        [5, '20≥'],
      ],
      0,
      [50, 'partial', true],
    ],
    [
      'an absent denominator: left out, partial',
      [
        [10, 20],
        [5, undefined],
      ],
      0,
      [50, 'partial', true],
    ],
    ['a member without figures: partial', [[10, 20]], 1, [50, 'partial', true]],
    // Both at once: the value says both («≥ 37,5 (2 av 3)»).
    [
      'a lower bound over some members only',
      [
        [10, 20],
        ['5≥', 20],
        [5, 's'],
      ],
      0,
      [37.5, 'lower-bound', true],
    ],
    ['every numerator a lower bound and a member without figures', [['5≥', 20]], 1, [25, 'lower-bound', true]],
    ['nothing counted, a part hidden', [['s', 20]], 0, [null, 'suppressed', false]],
    [
      'only not-applicable numerators: not applicable, not 0',
      [
        ['n', 20],
        ['n', 30],
      ],
      0,
      [null, 'not-applicable', false],
    ],
    [
      'only hidden and not applicable: hidden',
      [
        ['n', 20],
        ['s', 30],
      ],
      0,
      [null, 'suppressed', false],
    ],
    [
      'nothing usable, a denominator hidden: hidden',
      [
        [5, 's'],
        ['m', 20],
      ],
      0,
      [null, 'suppressed', false],
    ],
    ['no denominator usable, none hidden: missing', [[5, 'm']], 0, [null, 'missing', false]],
    ['zero denominators', [[0, 0]], 0, [null, 'not-applicable', false]],
  ])('divideSums: %s', (_, pairs, gaps, want) => {
    const d = divideSums(
      pairs.map(([a, b]) => [part(a), part(b)]),
      100,
      { gaps },
    );
    expect([d.value, d.status, !!d.partial]).toEqual(want);
  });

  it('divideSums: a pair whose count is unknown but whose denominator is in the others (`bounds`) makes a lower bound over all', () => {
    const d = divideSums([[part(10), part(20)]], 100, { bounds: 1 });
    expect([d.value, d.status, !!d.partial]).toEqual([50, 'lower-bound', false]);
  });

  it('a sum and a ratio of sums keep the figures they were built from', () => {
    expect(sum([part(1), part('s')]).parts).toHaveLength(1);
    expect(
      divideSums(
        [
          [part(1), part(2)],
          [part('s'), part(2)],
          [part('m'), part(2)],
        ],
        100,
      ).parts,
    ).toHaveLength(4); // the hidden figure and its population were used (at least 0 over 2); the missing pair was not
  });
});
