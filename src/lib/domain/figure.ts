import type { Flag, Observation, Status } from './observation.ts';

/** A published figure as read back from data/observations.csv: an observation with its year as a number and its file's vintage. */
export interface Figure extends Omit<Observation, 'period'> {
  year: number;
  vintage: string;
}

export function parseFigure(r: Record<string, string>): Figure {
  return {
    region: r.region,
    year: Number(r.period),
    measure: r.measure,
    group: r.group,
    value: r.value === '' ? null : Number(r.value),
    status: r.status as Status,
    flags: r.flags ? (r.flags.split(';') as Flag[]) : [],
    from: r.from ? r.from.split('+') : [],
    source: r.source,
    vintage: r.vintage,
  };
}

/** Year → figure for one measure and group, from one region's figures. */
export function seriesOf(figures: Figure[], measure: string, group = ''): Map<number, Figure> {
  const out = new Map<number, Figure>();
  for (const f of figures) if (f.measure === measure && f.group === group) out.set(f.year, f);
  return out;
}

/** A figure's status, or 'lower-bound' for a sum with a hidden part. */
export type DerivedStatus = Status | 'lower-bound';

/** A value derived from published figures, with the figures it came from. */
export interface Derived {
  value: number | null;
  status: DerivedStatus;
  parts: Figure[];
}

/**
 * a / b × scale, only from two plain values with b > 0. A suppressed or
 * missing part gives no value (its status); a lower-bound numerator gives a
 * lower bound; a lower-bound denominator gives nothing.
 */
export function divide(a: Figure | undefined, b: Figure | undefined, scale: number): Derived {
  const parts = [a, b].filter((x): x is Figure => !!x);
  if (!a || !b) return { value: null, status: 'missing', parts };
  if (a.status !== 'ok' || a.value === null) return { value: null, status: a.status, parts };
  if (b.status !== 'ok' || b.value === null) return { value: null, status: b.status, parts };
  if (b.value <= 0) return { value: null, status: 'not-applicable', parts };
  if (b.flags.includes('lower-bound')) return { value: null, status: 'missing', parts };
  return { value: (a.value / b.value) * scale, status: a.flags.includes('lower-bound') ? 'lower-bound' : 'ok', parts };
}

/** Ratio a/b in percent, only when both are plain, complete values (no lower bounds). */
export function ratio(a: Figure | undefined, b: Figure | undefined): number | null {
  const d = divide(a, b, 100);
  return d.status === 'ok' ? d.value : null;
}
