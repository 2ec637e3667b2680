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

/** Ratio a/b in percent, only when both are plain values and b > 0. */
export function ratio(a: Figure | undefined, b: Figure | undefined): number | null {
  if (!a || !b || a.status !== 'ok' || b.status !== 'ok' || a.value === null || b.value === null || b.value <= 0) return null;
  if (a.flags.includes('lower-bound') || b.flags.includes('lower-bound')) return null;
  return (a.value / b.value) * 100;
}
