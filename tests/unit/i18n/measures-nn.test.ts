import { describe, expect, it } from 'vitest';
import { MEASURES_NN, VIEWS_NN } from '../../../src/i18n/measures-nn.ts';
import { MEASURES } from '../../../src/lib/domain/measures.ts';
import { VIEWS } from '../../../src/lib/domain/views.ts';

/** Bokmål-only word forms that must not appear in nynorsk text (outside quoted file names). */
const BOKMAL =
  /\b(ikke|flyktninger|bosetting|bosatte?|innbyggere|vedtatt|anmodning|tilskudd|innvandrere|enslige|kommunene|tallene|befolkningen|hele|fra|førebelse|svarer|tidligere|opprinnelig|flere|noen|mye|uten|samme|sammen)\b/i;

describe('measures in nynorsk (measures-nn.ts)', () => {
  it('has a label and definition for every measure, and exactly its group keys', () => {
    expect(Object.keys(MEASURES_NN).sort()).toEqual(MEASURES.map((m) => m.id).sort());
    for (const m of MEASURES) {
      const nn = MEASURES_NN[m.id];
      expect(nn.label.trim(), m.id).not.toBe('');
      expect(nn.definition.trim(), m.id).not.toBe('');
      expect(Object.keys(nn.groups ?? {}).sort(), m.id).toEqual(Object.keys(m.groups ?? {}).sort());
      for (const [g, label] of Object.entries(nn.groups ?? {})) expect(label.trim(), `${m.id} ${g}`).not.toBe('');
    }
  });

  it('has a label, short label and definition for every view', () => {
    expect(Object.keys(VIEWS_NN).sort()).toEqual(VIEWS.map((v) => v.id).sort());
    for (const v of VIEWS)
      for (const key of ['label', 'short', 'definition'] as const)
        expect(VIEWS_NN[v.id][key].trim(), `${v.id} ${key}`).not.toBe('');
  });

  it('uses no bokmål-only word forms', () => {
    const texts = [
      ...Object.values(MEASURES_NN).flatMap((m) => [m.label, m.definition, ...Object.values(m.groups ?? {})]),
      ...Object.values(VIEWS_NN).flatMap((v) => [v.label, v.short, v.definition]),
    ];
    // IMDi's page titles, column and file names are quoted as the publisher writes them.
    const words = texts.map((s) => s.replace(/«[^»]*»|\b[a-z]+_[a-z_]+\b/g, ''));
    expect(words.filter((s) => BOKMAL.test(s))).toEqual([]);
  });

  it("says the measures in IMDi's nynorsk terms", () => {
    expect(MEASURES_NN.anmodning.label).toBe('Oppmoding om busetting');
    expect(MEASURES_NN.vedtak.label).toBe('Vedtak om busetting');
    expect(MEASURES_NN.bosatt.label).toBe('Busette flyktningar');
    expect(MEASURES_NN['ema-anmodning'].label).toBe('Oppmoding, einslege mindreårige');
    expect(MEASURES_NN.tilskudd.groups?.inttilsk_1_5).toBe('Integreringstilskot år 1–5');
  });
});
