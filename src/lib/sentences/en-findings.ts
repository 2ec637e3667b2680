import { LAST_YEARS } from '../domain/coverage.ts';
import type { Figure } from '../domain/figure.ts';
import { changeFacts, exact, exactPairs, largestOf, newestCommon, refugeePercent, widestGap } from './shared.ts';

/**
 * Findings for the profile's panels, English (part of the sentence module,
 * sentences/en.ts; the rules of sentences/nb-findings.ts): change over time,
 * the highest year, a comparison with the whole country. Only exact published
 * values; «zero» for zero; years in chronological order; null where the only
 * possible sentence would restate the panel's heading.
 */
const LOCALE = 'en-GB';
const int = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** «7.2%»: a share with one decimal, English style (no space before %). */
export const formatPercent = (v: number): string => `${oneDecimal.format(v)}%`;
const count = (v: number) => (v === 0 ? 'zero' : int.format(v));
/** «Universitet/høgskole» → «universitet/høgskole» inside a sentence; an acronym (EU, IMDi) keeps its capitals. */
const lowerFirst = (s: string) => (/^[A-ZÆØÅ]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/**
 * "From 2016 to 2026, the population on 1 January rose from 666,759 to
 * 728,714." plus the peak when it lies between ("It peaked in 2017: 1,234.").
 * `back` years before the newest, or the earliest exact year after that.
 */
export function changeSentence(
  subject: string,
  s: Map<number, Figure>,
  { back = LAST_YEARS, peak = 'It peaked' } = {},
): string | null {
  const c = changeFacts(s, back);
  if (!c) return null;
  const { year: y, value: v } = c;
  if (!c.from) return `In ${y}, ${subject} was ${count(v)}.${c.provisional ? ' The figure is provisional.' : ''}`;
  const { year: y0, value: v0 } = c.from;
  const main =
    v === v0
      ? `From ${y0} to ${y}, ${subject} was unchanged: ${count(v)}.`
      : `From ${y0} to ${y}, ${subject} ${v > v0 ? 'rose' : 'fell'} from ${count(v0)} to ${count(v)}.`;
  const prov = c.provisional ? ` The figure for ${y} is provisional.` : '';
  return (c.peak ? `${main} ${peak} in ${c.peak.year}: ${count(c.peak.value)}.` : main) + prov;
}

/** "In 2014: immigrants 7.2% in Oslo against 6.0% in the whole country; rest of the population 2.1% against 2.8%." */
export function countryComparison(
  name: string,
  year: number,
  rows: { label: string; own: Figure | undefined; country: Figure | undefined }[],
): string | null {
  const pairs = exactPairs(rows).map((r) => ({ ...r, label: lowerFirst(r.label) }));
  if (!pairs.length) return null;
  const [first, ...rest] = pairs;
  return `In ${year}: ${first.label} ${formatPercent(first.a)} in ${name} against ${formatPercent(first.c)} in the whole country${rest.map((r) => `; ${r.label} ${formatPercent(r.a)} against ${formatPercent(r.c)}`).join('')}.`;
}

/** "In 2020, 44.5% of immigrants had university/college as their highest completed education, against 66.2% of the rest of the population." */
export function groupGapSentence(
  year: number,
  rows: { level: string; a: number | null; b: number | null }[],
  { a, b, what }: { a: string; b: string; what: string },
): string | null {
  const r = widestGap(rows);
  if (!r) return null;
  return `In ${year}, ${formatPercent(r.a)} of ${a} had ${lowerFirst(r.level)} ${what}, against ${formatPercent(r.b)} of ${b}.`;
}

/** "The highest share in work or education in 2014: 5 years after completing the programme (61.5%)." */
export function largestShareSentence(
  year: number,
  rows: { label: string; value: number | null }[],
  { what = 'The highest share' } = {},
): string | null {
  const top = largestOf(rows);
  if (!top) return null;
  return `${what} in ${year}: ${lowerFirst(top.label)} (${formatPercent(top.value)}).`;
}

/** Immigrants over time, then how many of the newest year came as refugees (or as family of refugees). */
export function immigrantsSentence(all: Map<number, Figure>, refugees: Map<number, Figure>): string | null {
  const change = changeSentence('the number of immigrants', all);
  const y = newestCommon([all, refugees]);
  if (y === null) return change;
  const a = exact(all.get(y))!;
  const r = exact(refugees.get(y))!;
  const pct = refugeePercent(a, r);
  const of = pct !== null ? ` (${int.format(pct)}%)` : '';
  const who = r === 0 ? 'none of them' : `${int.format(r)} of them${of}`;
  return `${change ?? ''} In ${y}, ${who} ${r === 1 ? 'was a refugee or a family immigrant' : 'were refugees or family immigrants'} of refugees.`.trim();
}

/** "At the end of 2021, 4,035 refugees lived in Oslo; 1,109 of them had moved here from another municipality after being settled." */
export function movedHereSentence(
  name: string,
  all: Map<number, Figure>,
  movedHere: Map<number, Figure>,
): string | null {
  const y = newestCommon([all, movedHere]);
  if (y === null) return null;
  const a = exact(all.get(y))!;
  const m = exact(movedHere.get(y))!;
  const who = a === 0 ? 'no refugees' : `${int.format(a)} ${a === 1 ? 'refugee' : 'refugees'}`;
  return `At the end of ${y}, ${who} lived in ${name}${a > 0 ? `; ${m === 0 ? 'none' : int.format(m)} of them had moved here from another municipality after being settled` : ''}.`;
}
