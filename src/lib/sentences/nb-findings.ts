import { LAST_YEARS } from '../domain/coverage.ts';
import type { Figure } from '../domain/figure.ts';
import { formatInt, formatPercent } from '../format/number.ts';
import { changeFacts, exact, exactPairs, largestOf, newestCommon, refugeePercent, widestGap } from './shared.ts';

/**
 * Findings for the profile's panels, bokmål (part of the sentence module,
 * sentences/nb.ts): change over time, the
 * highest year, a comparison with the whole country. Same rules: only exact
 * published values (nothing built on a hidden, missing or lower-bound
 * figure), «ingen» for zero, years in chronological order. A panel whose
 * only possible sentence would restate its heading gets none (null).
 */
const count = (v: number) => (v === 0 ? 'ingen' : formatInt(v));

/**
 * "Fra 2016 til 2026 økte folketallet fra 666 759 til 728 714." plus the peak
 * when it lies between ("Flest var det i 2017: 1 234."). `back` years before
 * the newest, or the earliest exact year after that.
 */
export function changeSentence(
  subject: string,
  s: Map<number, Figure>,
  { back = LAST_YEARS, peak = 'Flest var det' } = {},
): string | null {
  const c = changeFacts(s, back);
  if (!c) return null;
  const { year: y, value: v } = c;
  if (!c.from) return `I ${y} var ${subject} ${count(v)}.${c.provisional ? ' Tallet er foreløpig.' : ''}`;
  const { year: y0, value: v0 } = c.from;
  const main =
    v === v0
      ? `Fra ${y0} til ${y} var ${subject} uendret: ${count(v)}.`
      : `Fra ${y0} til ${y} ${v > v0 ? `økte ${subject}` : `gikk ${subject} ned`} fra ${count(v0)} til ${count(v)}.`;
  const prov = c.provisional ? ` Tallet for ${y} er foreløpig.` : '';
  return (c.peak ? `${main} ${peak} i ${c.peak.year}: ${count(c.peak.value)}.` : main) + prov;
}

/** "I 2014: innvandrere 7,2 % i Oslo mot 6,0 % i hele landet; befolkningen ellers 2,1 % mot 2,8 %." Rows without two exact values are left out. */
export function countryComparison(
  name: string,
  year: number,
  rows: { label: string; own: Figure | undefined; country: Figure | undefined }[],
): string | null {
  const pairs = exactPairs(rows).map((r) => ({ ...r, label: r.label.charAt(0).toLowerCase() + r.label.slice(1) }));
  if (!pairs.length) return null;
  const [first, ...rest] = pairs;
  return `I ${year}: ${first.label} ${formatPercent(first.a)} i ${name} mot ${formatPercent(first.c)} i hele landet${rest.map((r) => `; ${r.label} ${formatPercent(r.a)} mot ${formatPercent(r.c)}`).join('')}.`;
}

/** "I 2020 hadde 44,5 % av innvandrerne universitet/høgskole som høyeste utdanning, mot 66,2 % av befolkningen ellers." — the level where two groups differ most. */
export function groupGapSentence(
  year: number,
  rows: { level: string; a: number | null; b: number | null }[],
  { a, b, what }: { a: string; b: string; what: string },
): string | null {
  const r = widestGap(rows);
  if (!r) return null;
  return `I ${year} hadde ${formatPercent(r.a)} av ${a} ${r.level.toLowerCase()} ${what}, mot ${formatPercent(r.b)} av ${b}.`;
}

/** "Høyest andel i 2014: 5 år etter avsluttet program (61,5 %)." — the largest of a one-year breakdown. */
export function largestShareSentence(
  year: number,
  rows: { label: string; value: number | null }[],
  { what = 'Høyest andel' } = {},
): string | null {
  const top = largestOf(rows);
  if (!top) return null;
  return `${what} i ${year}: ${top.label.charAt(0).toLowerCase() + top.label.slice(1)} (${formatPercent(top.value)}).`;
}

/** Immigrants over time, then how many of the newest year came as refugees (or family of refugees). */
export function immigrantsSentence(all: Map<number, Figure>, refugees: Map<number, Figure>): string | null {
  const change = changeSentence('antallet innvandrere', all);
  const y = newestCommon([all, refugees]);
  if (y === null) return change;
  const a = exact(all.get(y))!;
  const r = exact(refugees.get(y))!;
  const pct = refugeePercent(a, r);
  const of = pct !== null ? ` (${formatInt(pct)}\u00a0%)` : '';
  return `${change ?? ''} I ${y} var ${count(r)} av dem${of} flyktninger eller familieinnvandret til flyktninger.`.trim();
}

/** "Ved utgangen av 2021 bodde 4 035 flyktninger i Oslo; 1 109 av dem hadde flyttet hit fra en annen kommune." */
export function movedHereSentence(
  name: string,
  all: Map<number, Figure>,
  movedHere: Map<number, Figure>,
): string | null {
  const y = newestCommon([all, movedHere]);
  if (y === null) return null;
  const a = exact(all.get(y))!;
  const m = exact(movedHere.get(y))!;
  return `Ved utgangen av ${y} bodde ${a === 0 ? 'ingen flyktninger' : `${formatInt(a)} ${a === 1 ? 'flyktning' : 'flyktninger'}`} i ${name}${a > 0 ? `; ${count(m)} av dem hadde flyttet hit fra en annen kommune etter at de ble bosatt` : ''}.`;
}
