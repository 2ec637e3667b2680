import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/format/escape-html.ts';
import { SHOWN_DECIMALS } from '../../../src/lib/format/export-table.ts';
import { formatChange, formatIndicator } from '../../../src/lib/format/number.ts';

describe('HTML escaping (strings built for the front page and the comparison page)', () => {
  it('escapes the characters that end text or an attribute', () => {
    expect(escapeHtml('<b>"Sør & Nord"</b>')).toBe('&lt;b&gt;&quot;Sør &amp; Nord&quot;&lt;/b&gt;');
  });
  it('escapes an ampersand once, so escaped text is shown as written', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
  it('leaves Norwegian, Sami and Kven letters and apostrophes alone', () => {
    expect(escapeHtml("Guovdageaidnu – Kautokeino, Porsanger Porsáŋgu Porsanki, Ål's")).toBe(
      "Guovdageaidnu – Kautokeino, Porsanger Porsáŋgu Porsanki, Ål's",
    );
  });
});

describe('shown values with their status', () => {
  it('a lower bound is «≥», a partial group value is the value, no value is its status in words', () => {
    expect(formatIndicator(t, 12.5, 'per 1000', 'lower-bound')).toBe('≥\u00a012,50');
    expect(formatIndicator(t, 12.5, 'per 1000', 'partial')).toBe('12,50');
    expect(formatIndicator(t, null, 'personer', 'suppressed')).toBe('skjult (under 5)');
  });
});

describe('one number of decimals per unit, trailing zeros kept (finding 16)', () => {
  it('per 1000 always two decimals, percent always one: a column never mixes 10,7 with 2,35', () => {
    expect([10.7, 2.5, 0, 13.3, 2.345].map((v) => formatIndicator(t, v, 'per 1000'))).toEqual([
      '10,70',
      '2,50',
      '0,00',
      '13,30',
      '2,35',
    ]);
    expect([132.8, 100, 0].map((v) => formatIndicator(t, v, 'prosent'))).toEqual([
      '132,8\u00a0%',
      '100,0\u00a0%',
      '0,0\u00a0%',
    ]);
    expect(formatChange(-0.5, 'per 1000')).toBe('−0,50');
    expect(formatChange(2, 'prosent')).toBe('+2,0');
  });
  it('the page shows as many decimals as the download keeps', () => {
    for (const unit of ['per 1000', 'prosent', 'prosentpoeng', 'kroner', 'personer'] as const) {
      const shown = formatIndicator(t, 1234.5678, unit).replace(/[^\d,]/g, '');
      expect(shown.split(',')[1]?.length ?? 0, unit).toBe(SHOWN_DECIMALS[unit]);
    }
  });
});
