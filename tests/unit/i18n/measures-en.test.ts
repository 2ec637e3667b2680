/** The English measure and view texts cover exactly the ids and group keys of the data, with no empty string. */
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../src/lib/domain/measures.ts';
import { VIEWS } from '../../../src/lib/domain/views.ts';
import { MEASURES_EN, VIEWS_EN } from '../../../src/i18n/measures-en.ts';

describe('English measure texts', () => {
  it('every measure id, and no other, has a label and a definition', () => {
    expect(Object.keys(MEASURES_EN).sort()).toEqual(MEASURES.map((m) => m.id).sort());
    for (const m of MEASURES) {
      expect(MEASURES_EN[m.id].label.trim(), m.id).not.toBe('');
      expect(MEASURES_EN[m.id].definition.trim(), m.id).not.toBe('');
    }
  });

  it('every group key of every measure, and no other, has an English label', () => {
    for (const m of MEASURES) {
      const en = MEASURES_EN[m.id].groups ?? {};
      expect(Object.keys(en).sort(), m.id).toEqual(Object.keys(m.groups ?? {}).sort());
      for (const [k, v] of Object.entries(en)) expect(v.trim(), `${m.id} ${k}`).not.toBe('');
    }
  });

  it('every view id, and no other, has a label, a short label and a definition', () => {
    expect(Object.keys(VIEWS_EN).sort()).toEqual(VIEWS.map((v) => v.id).sort());
    for (const v of VIEWS)
      for (const key of ['label', 'short', 'definition'] as const)
        expect(VIEWS_EN[v.id][key].trim(), `${v.id} ${key}`).not.toBe('');
  });

  it('the same per-1000 rule as bokmål, and no bokmål left in the English text', () => {
    expect(MEASURES_EN.bosatt.definition).toContain('population on 1 January the year after');
    const all = [
      ...Object.values(MEASURES_EN).flatMap((m) => [m.label, m.definition, ...Object.values(m.groups ?? {})]),
      ...Object.values(VIEWS_EN).flatMap((v) => [v.label, v.short, v.definition]),
    ].join(' \n ');
    // Quoted source names («Nøkkeltall anmodning 2026», file names) are Norwegian on purpose; everything else is English.
    const unquoted = all.replace(/«[^»]*»/g, '').replace(/\(IMDi [a-z_]+[^)]*\)/g, '');
    expect(unquoted).not.toMatch(
      /\b(ikke|og|flyktninger|bosatte|innbyggere|innvandrere|kommunen|tilskudd|andel|år)\b/i,
    );
  });
});
