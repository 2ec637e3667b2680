import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/format/escape-html.ts';
import { formatIndicator } from '../../../src/lib/format/number.ts';

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
    expect(formatIndicator(12.5, 'per 1000', 'lower-bound')).toBe('≥\u00a012,5');
    expect(formatIndicator(12.5, 'per 1000', 'partial')).toBe('12,5');
    expect(formatIndicator(null, 'personer', 'suppressed')).toBe('skjult (under 5)');
  });
});
