import type { ValueStatus } from '../domain/figure.ts';

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

/** The statuses of the counts a front-page rate is built from (series-basis.ts), encoded the same way. */
type BasisStatuses = { numeratorStatus?: Statuses; denominatorStatus?: Statuses };
type BasisCodes<B> = Omit<B, 'numeratorStatus' | 'denominatorStatus'> & {
  numeratorStatus?: Codes;
  denominatorStatus?: Codes;
};

/** A series with decoded statuses, and the same series as shipped (statuses as strings). */
export type WithStatuses = { status: Statuses; basis?: BasisStatuses };
export type Wire<T extends WithStatuses> = Omit<T, 'status' | 'basis'> & {
  status: Codes;
  basis?: BasisCodes<NonNullable<T['basis']>>;
};

const mapBasis = <A, B>(
  b: { numeratorStatus?: A; denominatorStatus?: A } | undefined,
  f: (r: A) => B,
): Record<string, unknown> | undefined =>
  b && {
    ...b,
    ...(b.numeratorStatus && { numeratorStatus: f(b.numeratorStatus) }),
    ...(b.denominatorStatus && { denominatorStatus: f(b.denominatorStatus) }),
  };

export function encodeSeries<T extends WithStatuses>(s: T): Wire<T> {
  const out = { ...s, status: encodeRecord(s.status) } as Record<string, unknown>;
  if (s.basis) out.basis = mapBasis(s.basis, encodeRecord);
  return out as Wire<T>;
}

export function decodeSeries<T extends WithStatuses>(w: Wire<T>): T {
  const out = { ...w, status: decodeRecord(w.status) } as Record<string, unknown>;
  if (w.basis) out.basis = mapBasis(w.basis as { numeratorStatus?: Codes; denominatorStatus?: Codes }, decodeRecord);
  return out as T;
}
