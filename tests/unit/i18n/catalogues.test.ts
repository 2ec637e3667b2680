import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nb } from '../../../src/i18n/nb.ts';

/**
 * Every language's catalogue (src/i18n/<locale>.ts exporting a const named
 * after the locale) against bokmål's: the same keys all the way down, a
 * function where bokmål has one (with as many parameters), a list as long as
 * bokmål's, and no empty string. Generic over the catalogues present, so a
 * new language is checked as soon as its file exists.
 */
const dir = fileURLToPath(new URL('../../../src/i18n/', import.meta.url));
const catalogues = await Promise.all(
  readdirSync(dir)
    .filter((f) => /^[a-z]{2}\.ts$/.test(f) && f !== 'nb.ts')
    .map(async (f) => {
      const locale = f.slice(0, 2);
      const mod = (await import(`${dir}${f}`)) as Record<string, unknown>;
      return [locale, mod[locale]] as const;
    }),
);

type Found = string[];
function compare(a: unknown, b: unknown, path: string, out: Found): void {
  if (typeof a === 'function') {
    if (typeof b !== 'function') out.push(`${path}: a function in nb, ${typeof b} here`);
    else if (a.length !== b.length) out.push(`${path}: ${a.length} parameters in nb, ${b.length} here`);
    return;
  }
  if (typeof a === 'string') {
    if (typeof b !== 'string') out.push(`${path}: a string in nb, ${typeof b} here`);
    else if (a.trim() !== '' && b.trim() === '') out.push(`${path}: empty`);
    return;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) out.push(`${path}: a list of ${a.length} in nb`);
    else for (const [i, x] of a.entries()) compare(x, b[i], `${path}[${i}]`, out);
    return;
  }
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object') {
      out.push(`${path}: an object in nb, ${typeof b} here`);
      return;
    }
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    for (const k of ka.filter((k) => !kb.includes(k))) out.push(`${path}.${k}: missing`);
    for (const k of kb.filter((k) => !ka.includes(k))) out.push(`${path}.${k}: not in nb`);
    for (const k of ka.filter((k) => kb.includes(k)))
      compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  }
}

/** Every string a catalogue holds, and what its functions return for sample arguments. */
function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}

describe('message catalogues', () => {
  it('finds the catalogues', () => {
    expect(catalogues.map(([l]) => l)).toContain('nn');
    for (const [locale, c] of catalogues) expect(c, locale).toBeTypeOf('object');
  });

  it.each(catalogues)('%s has exactly bokmål’s keys, shapes and no empty string', (_locale, c) => {
    const found: Found = [];
    compare(nb, c, '', found);
    expect(found).toEqual([]);
  });

  it.each(catalogues)('%s names its own language', (locale, c) => {
    expect((c as { lang: string }).lang).toBe(locale);
  });

  it.each(catalogues)('%s joins lists in its own language', (locale, c) => {
    const list = (c as { list: (xs: (string | number)[]) => string }).list;
    expect(list([])).toBe('');
    expect(list([2021])).toBe('2021');
    expect(list([2019, 2021, 2023])).toMatch(locale === 'en' ? /^2019, 2021,? and 2023$/ : /^2019, 2021 og 2023$/);
  });
});

/**
 * Bokmål-only forms a nynorsk reader must not meet (nynorsk: ikkje, flyktningar, busetting, innbyggjarar, vedteke …),
 * and bokmål-influenced forms: «førebels» is uninflected (førebels tal, not «førebelse»), «svare» is an a-verb (svarar).
 */
const BOKMAL_ONLY =
  /\b(ikke|flyktninger|bosetting|bosatte?|innbyggere|vedtatt|anmodning(en)?|tilskudd|innvandrere|enslige|kommunene|tallene?|hele|fra|ble|hvor|hva|bare|også ikke|mangler|foreløpige?|fylket har|kilden|kildene|førebelse|svarer|opprinnelig|flere|noen|mye|uten|hvis|disse|samme|sammen|høyeste|laveste|lavere)\b/i;

describe('nynorsk catalogue', () => {
  const nn = catalogues.find(([l]) => l === 'nn')?.[1];
  it('has no bokmål-only word form outside quoted names', () => {
    // Quoted words («…») are the publisher's own (a page title, a column); addresses are the site's.
    const hits = strings(nn)
      .map((s) => s.replace(/«[^»]*»/g, '').replace(/\/[\w/#.-]*/g, ''))
      .filter((s) => BOKMAL_ONLY.test(s));
    expect(hits).toEqual([]);
  });

  it("says the status words as IMDi's nynorsk and the glossary do", () => {
    const c = nn as typeof nb;
    expect(c.status).toEqual({
      suppressed: 'skjult (under 5)',
      'not-applicable': 'ikkje aktuelt',
      missing: 'manglar',
      pending: 'ventar på vedtak',
      absent: 'ikkje i kjelda',
      'other-territory': 'ikkje rekna ut: folketalet gjeld eit anna område',
    });
    expect(c.flags.provisional).toBe('førebels');
    expect(c.statusByMeasure.notApplicable.vedtak).toBe('inga oppmoding');
    expect(c.compare.kommuner(1)).toBe('1 kommune');
    expect(c.compare.kommuner(2)).toBe('2 kommunar');
    // The request cut's «when» is IMDi's bokmål in measures.ts; nynorsk says it in nynorsk.
    expect(
      c.requestCut.note({ year: 2025, before: '18 900', after: '12 640', when: 'sommeren 2025', original: null }),
    ).toMatch(/^Oppmodinga for 2025 vart sett ned midt i året: IMDi sette sommaren 2025 ned oppmodinga/);
  });
});
