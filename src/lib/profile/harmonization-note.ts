import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { Kommune } from '../domain/kommune.ts';
import { sentencesFor } from '../sentences/index.ts';

interface PredecessorLike {
  code: string;
  name: string;
  firstYear: number;
  lastYear: number;
  kind: 'split' | 'part-of-split' | 'merged';
  successors: string[];
}

/** "Tysfjord (1850, til 2019)" in the language; the first year only where the change table knows it (codes created 2012 or later). */
export function predecessorLabel(
  p: Pick<PredecessorLike, 'code' | 'name' | 'firstYear' | 'lastYear'>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  return sentencesFor(locale).reform.predecessorLabel(p);
}

/** What the page says about reforms: a boxed note when kommuner were merged or split, a quiet line when only the number changed. */
export interface ReformNote {
  kind: 'reform' | 'renumbered';
  text: string;
}

/**
 * How this kommune's series were put together, in plain words (the
 * sentences are the language's, sentences/<locale>.ts `reform`): who was
 * merged with whom and when, which former kommune was split (its figures are
 * never divided), and the earlier kommune numbers — always written
 * «kommunenr. 2021», never bare where a number reads as a year. A merger
 * that formed a kommune later divided names every kommune in it, those whose
 * own figures stand on another of today's kommuner included (Haram in
 * Ålesund's 2020 merger). `short` (the printed brief) keeps only who was
 * merged or divided, and when.
 */
export function harmonizationNote(
  k: Kommune,
  predecessors: PredecessorLike[],
  { nameOf = (code: string) => code, short = false, locale = DEFAULT_LOCALE as Locale } = {},
): ReformNote | null {
  const say = sentencesFor(locale).reform;
  const own = k.history.map((h) => {
    const [code, years, name] = h.split(':');
    const [first, last] = years.split('-').map(Number);
    return { code: code.replace('*', ''), split: code.endsWith('*'), first, last, name: name ?? '' };
  });
  const isSelf = (name: string) => name === k.name || name === k.officialName || name.split(' - ').includes(k.name);
  const self = own.filter((h) => !h.split && isSelf(h.name));
  const others = own.filter((h) => !h.split && !isSelf(h.name));
  const parts: string[] = [];
  // Merges: each former kommune joined the year after its last own figure.
  const joined = new Map<string, { last: number; codes: string[] }>();
  for (const h of others) {
    const j = joined.get(h.name) ?? { last: 0, codes: [] };
    joined.set(h.name, { last: Math.max(j.last, h.last), codes: [...j.codes, h.code] });
  }
  const byYear = new Map<number, string[]>();
  for (const [name, j] of joined) byYear.set(j.last + 1, [...(byYear.get(j.last + 1) ?? []), name]);
  const splits = predecessors.filter((x) => x.kind === 'split');
  const elsewhere: string[] = [];
  for (const [year, names] of [...byYear].sort((a, b) => a[0] - b[0])) {
    // The merged kommune was itself divided later: its other successors were in the merger too.
    const alsoIn = splits
      .filter((p) => p.firstYear === year && isSelf(p.name))
      .flatMap((p) => p.successors.filter((c) => c !== k.code).map(nameOf));
    parts.push(say.mergedWith(k.name, [...names, ...alsoIn], year));
    if (alsoIn.length) elsewhere.push(say.formerElsewhere(alsoIn, year));
  }
  // Splits: a former kommune divided between today's kommuner.
  for (const p of splits) {
    const into = [k.code, ...p.successors.filter((c) => c !== k.code)].map((c) => (c === k.code ? k.name : nameOf(c)));
    // A kommune that was part of the divided one and got its old borders back (Haram 2024).
    const back = p.name !== k.name && self.some((h) => h.last === p.firstYear - 1);
    parts.push(back ? say.backAgain(k.name, p) : say.dividedInto(p, into));
    if (!short) parts.push(say.keptApart(p));
  }
  if (!short) parts.push(...elsewhere);
  if (short) return parts.length ? { kind: 'reform', text: parts.join(' ') } : null;
  if (others.length) parts.push(say.summed([...joined].map(([name, j]) => ({ name, codes: j.codes }))));
  // Earlier numbers of the kommune itself.
  const earlier = self.filter((h) => h.code !== k.code);
  const numbers = earlier.length ? say.earlierNumbers(k.name, earlier, k.code) : '';
  if (!parts.length) return numbers ? { kind: 'renumbered', text: numbers } : null;
  return { kind: 'reform', text: [...parts, numbers].filter(Boolean).join(' ') };
}
