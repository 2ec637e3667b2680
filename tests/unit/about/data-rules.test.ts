import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { nb } from '../../../src/i18n/nb.ts';
import { nn } from '../../../src/i18n/nn.ts';
import { dataRules } from '../../../src/lib/about/data-rules.ts';
import { RATE_TERRITORIES } from '../../../src/lib/domain/rate-territory.ts';

describe('«Om dataene» lists the rate-territory and whole-country rules (issue 17)', () => {
  it.each([
    [
      'nb',
      nb,
      'Tall og folketall på samme område:',
      'ikke beregnet: folketallet gjelder et annet område',
      'Hele landet:',
      '112 bosatte i 2014, 74 bosatte i 2015 og 72 800 kr i tilskudd i 2015',
    ],
    [
      'nn',
      nn,
      'Tal og folketal på same område:',
      'ikkje rekna ut: folketalet gjeld eit anna område',
      'Heile landet:',
      '112 busette i 2014, 74 busette i 2015 og 72 800 kr i tilskot i 2015',
    ],
    [
      'en',
      en,
      'Figure and population on the same area:',
      'not computed: the population covers a different area',
      'The whole country:',
      '112 settled in 2014, 74 settled in 2015 and NOK 72,800 in grants in 2015',
    ],
  ])('%s: both rules, written from their data', (_l, t, lead, word, nationalLead, rest) => {
    const [territory, national] = dataRules(t);
    expect(territory[0]).toBe(lead);
    // The status word is the one the pages show.
    expect(territory[1]).toContain(word);
    expect(territory[1]).toContain(t.status['other-territory']);
    for (const r of RATE_TERRITORIES) expect(territory[1]).toContain(r.name);
    expect(national[0]).toBe(nationalLead);
    expect(national[1].replace(/\u00a0/g, ' ')).toContain(rest);
  });
});
