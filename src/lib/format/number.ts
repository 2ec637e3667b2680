import { statusWord } from './status-word.ts';
import type { Figure } from '../domain/figure.ts';
import type { Unit } from '../domain/measures.ts';
import { t } from '../../i18n/nb.ts';

import { formatPer1000, int, one, two } from './decimals.ts';

/** 1 234 567 (nb-NO, non-breaking space as thousands separator). */
export function formatInt(v: number): string {
  return int.format(v);
}

export function formatPercent(v: number): string {
  return `${one.format(v)}\u00a0%`;
}

/**
 * A published figure in its unit. A published percentage keeps the precision
 * it was published with: a whole number from an integer source is «62 %», not
 * «62,0 %» (a decimal the source never had); computed shares use formatPercent.
 */
export function formatValue(v: number, unit: Unit): string {
  if (unit === 'prosent') return Number.isInteger(v) ? `${int.format(v)}\u00a0%` : formatPercent(v);
  if (unit === 'kroner') return `${int.format(v)} kr`;
  return int.format(v);
}

/** Kroner in millions, for grant tables: 12,3 mill. kr */
export function formatMillions(v: number): string {
  return `${one.format(v / 1e6)} mill. kr`;
}

/** A figure's cell text: the value, or what its status means — never 0 for a missing figure. */
export function formatFigure(f: Figure | undefined, unit: Unit, { short = false, millions = false } = {}): string {
  if (!f) return statusWord(undefined, {}, { short });
  if (f.status !== 'ok' || f.value === null)
    return statusWord(f.status, { measure: f.measure, unit, source: f.source, flags: f.flags }, { short });
  const marks = f.flags.map((x) => t.flagMarks[x]).filter(Boolean);
  const lower = f.flags.includes('lower-bound') ? '≥\u00a0' : '';
  return `${lower}${millions && unit === 'kroner' ? formatMillions(f.value) : formatValue(f.value, unit)}${marks.filter((m) => m !== '≥').join('')}`;
}

/** An indicator value with its unit; statuses in words. */
export function formatIndicator(
  v: number | null,
  unit: 'per 1000' | 'prosent' | 'personer' | 'kroner' | 'prosentpoeng',
  status: string = 'ok',
  { words = false } = {},
): string {
  if (v === null) return t.status[status as keyof typeof t.status] ?? (status === 'lower-bound' ? '–' : 'mangler');
  // «minst» in words where there is room (key figures), «≥» in tables beside their legend.
  const lower = status === 'lower-bound' ? (words ? `${t.atLeast} ` : '≥\u00a0') : '';
  switch (unit) {
    case 'per 1000':
      return words ? `${lower}${formatPer1000(v)}` : formatPer1000(v, { lowerBound: status === 'lower-bound' });
    case 'prosent':
      return `${lower}${one.format(v)}\u00a0%`;
    case 'prosentpoeng':
      return `${lower}${one.format(v)} p.p.`;
    case 'kroner':
      return `${lower}${int.format(Math.round(v))} kr`;
    default:
      return `${lower}${int.format(v)}`;
  }
}

/** A signed change, "+1,2" / "−3" (true minus sign). */
export function formatChange(
  v: number | null,
  unit: 'per 1000' | 'prosent' | 'personer' | 'kroner' | 'prosentpoeng',
): string {
  if (v === null) return '–';
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const abs = Math.abs(v);
  const body =
    unit === 'personer' || unit === 'kroner'
      ? int.format(Math.round(abs))
      : unit === 'per 1000'
        ? two.format(abs)
        : one.format(abs);
  return `${sign}${body}`;
}
