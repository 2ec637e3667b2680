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

/** A series with decoded statuses, and the same series as shipped (statuses as strings). */
export type WithStatuses = { status: Record<string, ValueStatus[]> };
export type Wire<T extends WithStatuses> = Omit<T, 'status'> & { status: Record<string, string> };

export function encodeSeries<T extends WithStatuses>(s: T): Wire<T> {
  return { ...s, status: Object.fromEntries(Object.entries(s.status).map(([y, list]) => [y, encodeStatuses(list)])) };
}

export function decodeSeries<T extends WithStatuses>(w: Wire<T>): T {
  return {
    ...w,
    status: Object.fromEntries(Object.entries(w.status).map(([y, code]) => [y, decodeStatuses(code)])),
  } as T;
}
