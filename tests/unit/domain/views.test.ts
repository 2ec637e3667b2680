import { describe, expect, it } from 'vitest';
import { COMPARE_MEASURES } from '../../../src/lib/compare/compare-measures.ts';
import { getMeasure } from '../../../src/lib/domain/measures.ts';
import { VIEWS } from '../../../src/lib/domain/views.ts';
import { INDICATORS } from '../../../src/lib/indicators/indicators.ts';

describe('the one registry of views', () => {
  it('has unique ids, and every part is a published measure and group', () => {
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    for (const v of VIEWS) {
      for (const p of [v.numerator, v.denominator, v.subtrahend]) {
        if (!p) continue;
        const m = getMeasure(p.measure);
        if (p.group) expect(m.groups?.[p.group], `${v.id}: ${p.measure}|${p.group}`).toBeDefined();
      }
    }
  });

  it('a view of a whole published measure says what the measure says', () => {
    for (const v of VIEWS.filter((x) => x.kind === 'count' && !x.numerator.group)) {
      expect(v.label).toBe(getMeasure(v.numerator.measure).label);
      expect(v.definition).toBe(getMeasure(v.numerator.measure).definition);
    }
  });

  it('the map and the comparison page read the same views, so «bosatt» is defined once', () => {
    const onBoth = INDICATORS.filter((i) => COMPARE_MEASURES.some((m) => m.id === i.id));
    expect(onBoth.map((i) => i.id)).toEqual([
      'bosatt',
      'anmodning',
      'vedtak',
      'vedtak-av-anmodning',
      'bosatt-av-vedtak',
      'bosatt-av-anmodning',
      'ema-bosatt',
    ]);
    for (const i of onBoth) {
      const m = COMPARE_MEASURES.find((x) => x.id === i.id)!;
      expect([m.label, m.definition]).toEqual([i.label, i.definition]);
    }
  });

  it('keeps the ids that URLs hold', () => {
    expect(INDICATORS.map((i) => i.id)).toContain('bosatt-per-1000');
    expect(COMPARE_MEASURES.map((m) => m.id)).toContain('flyttet-hit');
  });
});
