/** One way to a measure's words in each language, keyed by the data's ids. */
import { describe, expect, it } from 'vitest';
import { measureWordsOf } from '../../../src/i18n/measures.ts';
import { MEASURES } from '../../../src/lib/domain/measures.ts';
import { VIEWS } from '../../../src/lib/domain/views.ts';

describe('measureWordsOf', () => {
  it('bokmål is the registry itself; nynorsk and English their own tables', () => {
    expect(measureWordsOf('nb').label('anmodning')).toBe('Anmodning om bosetting');
    expect(measureWordsOf('nn').label('anmodning')).toBe('Oppmoding om busetting');
    expect(measureWordsOf('en').label('anmodning')).toBe('Request for settlement');
    expect(measureWordsOf('en').group('tilskudd', 'inttilsk_1_5')).toBe('Integration grant, years 1–5');
    expect(measureWordsOf('en').group('landbakgrunn', 'Ukraina')).toBe('Ukraine');
    expect(measureWordsOf('en').group('befolkning', '')).toBe('All');
    expect(measureWordsOf('nb').group('befolkning', '')).toBe('Alle');
    expect(measureWordsOf('en').view('bosatt-per-1000').short).toBe('Settled per 1,000');
  });
  it('every measure, group and view has words in every language; an unknown id throws', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const w = measureWordsOf(locale);
      for (const m of MEASURES) {
        expect(w.label(m.id), `${locale} ${m.id}`).not.toBe('');
        expect(w.definition(m.id), `${locale} ${m.id}`).not.toBe('');
        for (const g of Object.keys(m.groups ?? {})) expect(w.group(m.id, g), `${locale} ${m.id} ${g}`).not.toBe('');
      }
      for (const v of VIEWS) expect(w.view(v.id).label, `${locale} ${v.id}`).not.toBe('');
      expect(() => w.label('no-such-measure')).toThrow();
    }
  });
});
