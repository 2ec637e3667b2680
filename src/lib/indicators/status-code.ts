import type { ValueStatus } from '../domain/figure.ts';
import type { CellWords } from './cell-word.ts';

/**
 * The wire encoding of value statuses in the indicator files the browser
 * loads: one letter per kommune, joined into a string. Only encodeStatuses
 * (at build) and decodeStatuses (on arrival) know the letters; everything
 * else works with ValueStatus.
 */
const CODE: Record<ValueStatus, string> = {
  ok: 'o',
  'lower-bound': 'l',
  partial: 'd',
  suppressed: 's',
  missing: 'm',
  'not-applicable': 'n',
  pending: 'p',
  'other-territory': 't',
};
const STATUS = new Map(Object.entries(CODE).map(([status, code]) => [code, status as ValueStatus]));

export function encodeStatuses(statuses: ValueStatus[]): string {
  return statuses.map((s) => CODE[s]).join('');
}

/** An unknown letter decodes as 'missing': nothing is shown as a value it is not. */
export function decodeStatuses(wire: string): ValueStatus[] {
  return [...wire].map((c) => STATUS.get(c) ?? 'missing');
}

type Statuses = Record<string, ValueStatus[]>;
type Codes = Record<string, string>;
const encodeRecord = (r: Statuses): Codes =>
  Object.fromEntries(Object.entries(r).map(([y, list]) => [y, encodeStatuses(list)]));
const decodeRecord = (r: Codes): Statuses =>
  Object.fromEntries(Object.entries(r).map(([y, code]) => [y, decodeStatuses(code)]));

/** Shipped as the distinct words and, per year, one character per kommune: '-' none, else the word's index (base 36). */
type WordCodes = { list: string[]; cells: Codes };

export function encodeWords(words: CellWords, length: (year: string) => number): WordCodes {
  const list = [...new Set(Object.values(words).flatMap((w) => Object.values(w)))].sort();
  if (list.length > 36) throw new Error('more than 36 distinct status words');
  const cells: Codes = {};
  for (const [y, w] of Object.entries(words)) {
    const chars = Array.from({ length: length(y) }, () => '-');
    for (const [i, word] of Object.entries(w)) chars[Number(i)] = list.indexOf(word).toString(36);
    cells[y] = chars.join('');
  }
  return { list, cells };
}

export function decodeWords(w: WordCodes): CellWords {
  return Object.fromEntries(
    Object.entries(w.cells).map(([y, code]) => {
      const out: Record<number, string> = {};
      [...code].forEach((c, i) => {
        if (c !== '-') out[i] = w.list[Number.parseInt(c, 36)] ?? '';
      });
      return [y, out];
    }),
  );
}

/** The counts a front-page rate is built from (series-basis.ts): statuses and words encoded the same way. */
type BasisParts = {
  numeratorStatus?: Statuses;
  denominatorStatus?: Statuses;
  numeratorWords?: CellWords;
  denominatorWords?: CellWords;
};
type BasisCodes<B> = Omit<B, keyof BasisParts> & {
  numeratorStatus?: Codes;
  denominatorStatus?: Codes;
  numeratorWords?: WordCodes;
  denominatorWords?: WordCodes;
};

/** A series with decoded statuses, and the same series as shipped (statuses as strings). */
export type WithStatuses = { status: Statuses; words?: CellWords; basis?: BasisParts };
export type Wire<T extends WithStatuses> = Omit<T, 'status' | 'basis' | 'words'> & {
  status: Codes;
  words?: WordCodes;
  basis?: BasisCodes<NonNullable<T['basis']>>;
};

export function encodeSeries<T extends WithStatuses>(s: T): Wire<T> {
  const n = (y: string) => s.status[y]?.length ?? 0;
  const out: Record<string, unknown> = { ...s, status: encodeRecord(s.status) };
  if (s.words) out.words = encodeWords(s.words, n);
  const b = s.basis;
  if (b)
    out.basis = {
      ...b,
      ...(b.numeratorStatus && { numeratorStatus: encodeRecord(b.numeratorStatus) }),
      ...(b.denominatorStatus && { denominatorStatus: encodeRecord(b.denominatorStatus) }),
      ...(b.numeratorWords && { numeratorWords: encodeWords(b.numeratorWords, n) }),
      ...(b.denominatorWords && { denominatorWords: encodeWords(b.denominatorWords, n) }),
    };
  return out as Wire<T>;
}

export function decodeSeries<T extends WithStatuses>(w: Wire<T>): T {
  const out: Record<string, unknown> = { ...w, status: decodeRecord(w.status) };
  if (w.words) out.words = decodeWords(w.words);
  const b = w.basis as BasisCodes<object> | undefined;
  if (b)
    out.basis = {
      ...b,
      ...(b.numeratorStatus && { numeratorStatus: decodeRecord(b.numeratorStatus) }),
      ...(b.denominatorStatus && { denominatorStatus: decodeRecord(b.denominatorStatus) }),
      ...(b.numeratorWords && { numeratorWords: decodeWords(b.numeratorWords) }),
      ...(b.denominatorWords && { denominatorWords: decodeWords(b.denominatorWords) }),
    };
  return out as T;
}
