import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { figure } from '../figure-fixture.ts';
import {
  changeSentence,
  countryComparison,
  groupGapSentence,
  immigrantsSentence,
  largestShareSentence,
  movedHereSentence,
} from '../../../src/lib/sentences/nb-findings.ts';

const f = (year: number, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('1101', year, 'x', value, { source: 's', vintage: '2024-11', ...o });
const series = (...figs: Figure[]) => new Map(figs.map((x) => [x.year, x]));

describe('profile findings', () => {
  it('says a change in chronological order, with the peak between', () => {
    expect(changeSentence('antallet deltakere', series(f(2012, 10), f(2013, 40), f(2014, 25)))).toBe(
      'Fra 2012 til 2014 økte antallet deltakere fra 10 til 25. Flest var det i 2013: 40.',
    );
    expect(changeSentence('antallet deltakere', series(f(2012, 30), f(2014, 25)))).toBe(
      'Fra 2012 til 2014 gikk antallet deltakere ned fra 30 til 25.',
    );
  });
  it('writes zero as «ingen»', () => {
    expect(changeSentence('antallet deltakere', series(f(2013, 4), f(2014, 0)))).toBe(
      'Fra 2013 til 2014 gikk antallet deltakere ned fra 4 til ingen.',
    );
    expect(movedHereSentence('Utsira', series(f(2021, 0)), series(f(2021, 0)))).toBe(
      'Ved utgangen av 2021 bodde ingen flyktninger i Utsira.',
    );
  });
  it('builds nothing on a hidden, missing or lower-bound figure', () => {
    expect(
      changeSentence('antallet deltakere', series(f(2013, null), f(2014, null, { status: 'missing' }))),
    ).toBeNull();
    expect(changeSentence('antallet deltakere', series(f(2013, 12), f(2014, 30, { flags: ['lower-bound'] })))).toBe(
      'I 2013 var antallet deltakere 12.',
    );
    expect(movedHereSentence('Utsira', series(f(2021, 8)), series(f(2021, null)))).toBeNull();
    expect(
      countryComparison('Utsira', 2014, [{ label: 'Innvandrere', own: f(2014, null), country: f(2014, 6) }]),
    ).toBeNull();
  });
  it('says when the newest figure is provisional', () => {
    expect(changeSentence('folketallet', series(f(2020, 100), f(2021, 110, { flags: ['provisional'] })))).toBe(
      'Fra 2020 til 2021 økte folketallet fra 100 til 110. Tallet for 2021 er foreløpig.',
    );
  });
  it('compares with the whole country, and finds the largest gap between two groups', () => {
    expect(
      countryComparison('Oslo', 2014, [
        { label: 'Innvandrere', own: f(2014, 7.2), country: f(2014, 6) },
        { label: 'Befolkningen ellers', own: f(2014, 2.1), country: f(2014, 2.8) },
      ]),
    ).toBe(
      'I 2014: innvandrere 7,2\u00a0% i Oslo mot 6,0\u00a0% i hele landet; befolkningen ellers 2,1\u00a0% mot 2,8\u00a0%.',
    );
    expect(
      groupGapSentence(
        2020,
        [
          { level: 'Grunnskole', a: 27.7, b: 10.5 },
          { level: 'Universitet/høgskole', a: 44.5, b: 66.2 },
        ],
        { a: 'innvandrerne', b: 'befolkningen ellers', what: 'som høyeste fullførte utdanning' },
      ),
    ).toBe(
      'I 2020 hadde 44,5\u00a0% av innvandrerne universitet/høgskole som høyeste fullførte utdanning, mot 66,2\u00a0% av befolkningen ellers.',
    );
    expect(
      largestShareSentence(2014, [
        { label: '1 år etter', value: 40 },
        { label: '5 år etter', value: 61.5 },
      ]),
    ).toBe('Høyest andel i 2014: 5 år etter (61,5\u00a0%).');
  });
  it('immigrants: change, then the refugees among them in the newest common year', () => {
    expect(immigrantsSentence(series(f(2011, 1000), f(2021, 1200)), series(f(2021, 300)))).toBe(
      'Fra 2011 til 2021 økte antallet innvandrere fra 1\u00a0000 til 1\u00a0200. I 2021 var 300 av dem (25\u00a0%) flyktninger eller familieinnvandret til flyktninger.',
    );
  });
});
