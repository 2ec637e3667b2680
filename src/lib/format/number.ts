import { statusWord } from './status-word.ts';
import type { Figure } from '../domain/figure.ts';
import type { Unit } from '../domain/measures.ts';
import type { Strings } from '../../i18n/nb.ts';
import { decimalsOf, formatPer1000, unitPlacementOf } from './decimals.ts';

/**
 * Numbers in the page's language through Intl (format/decimals.ts): «1 234»
 * in bokmål and nynorsk, «1,234» in English. The functions that write a word
 * (a unit, a status) take the page's catalogue `t`, whose `lang` also picks
 * the number format; the ones that write only digits take the locale.
 */
export type NumberWords = Pick<
  Strings,
  'lang' | 'units' | 'charts' | 'status' | 'statusShort' | 'statusByMeasure' | 'flagMarks' | 'atLeast'
>;

/** 1 234 567 (nb/nn: non-breaking space as thousands separator; en: 1,234,567). */
export function formatInt(v: number, locale = 'nb'): string {
  return decimalsOf(locale).int.format(v);
}

/** «62,0 %» in bokmål and nynorsk, «62.0%» in English (the sign placed as Intl places it). */
export function formatPercent(v: number, locale = 'nb'): string {
  return `${decimalsOf(locale).one.format(v)}${unitPlacementOf(locale).percentSuffix}`;
}

/** «1 969 kr» in bokmål and nynorsk, «NOK 1,969» in English: the catalogue's word, where Intl puts the currency. */
export function formatKroner(t: Pick<Strings, 'lang' | 'units'>, digits: string): string {
  return unitPlacementOf(t.lang).currencyFirst ? `${t.units.kroner} ${digits}` : `${digits} ${t.units.kroner}`;
}

/**
 * A published figure in its unit. A published percentage keeps the precision
 * it was published with: a whole number from an integer source is «62 %», not
 * «62,0 %» (a decimal the source never had); computed shares use formatPercent.
 */
export function formatValue(t: Pick<Strings, 'lang' | 'units'>, v: number, unit: Unit): string {
  const { int } = decimalsOf(t.lang);
  if (unit === 'prosent')
    return Number.isInteger(v) ? `${int.format(v)}${unitPlacementOf(t.lang).percentSuffix}` : formatPercent(v, t.lang);
  if (unit === 'kroner') return formatKroner(t, int.format(v));
  return int.format(v);
}

/** Kroner in millions, for grant tables: 12,3 mill. kr */
export function formatMillions(t: Pick<Strings, 'lang' | 'charts'>, v: number): string {
  return t.charts.millionsValue(decimalsOf(t.lang).one.format(v / 1e6));
}

/** A figure's cell text: the value, or what its status means — never 0 for a missing figure. */
export function formatFigure(
  t: NumberWords,
  f: Figure | undefined,
  unit: Unit,
  { short = false, millions = false } = {},
): string {
  if (!f) return statusWord(t, undefined, {}, { short });
  if (f.status !== 'ok' || f.value === null)
    return statusWord(t, f.status, { measure: f.measure, unit, source: f.source, flags: f.flags }, { short });
  const marks = f.flags.map((x) => t.flagMarks[x as keyof Strings['flagMarks']]).filter(Boolean);
  const lower = f.flags.includes('lower-bound') ? '≥\u00a0' : '';
  return `${lower}${millions && unit === 'kroner' ? formatMillions(t, f.value) : formatValue(t, f.value, unit)}${marks.filter((m) => m !== '≥').join('')}`;
}

/** An indicator value with its unit; statuses in words. */
export function formatIndicator(
  t: NumberWords,
  v: number | null,
  unit: 'per 1000' | 'prosent' | 'personer' | 'kroner' | 'prosentpoeng',
  status: string = 'ok',
  { words = false } = {},
): string {
  if (v === null)
    return t.status[status as keyof Strings['status']] ?? (status === 'lower-bound' ? '–' : t.status.missing);
  const { int, one } = decimalsOf(t.lang);
  // «minst» in words where there is room (key figures), «≥» in tables beside their legend.
  const lower = status === 'lower-bound' ? (words ? `${t.atLeast} ` : '≥\u00a0') : '';
  switch (unit) {
    case 'per 1000':
      return words
        ? `${lower}${formatPer1000(v, { locale: t.lang })}`
        : formatPer1000(v, { lowerBound: status === 'lower-bound', locale: t.lang });
    case 'prosent':
      return `${lower}${one.format(v)}${unitPlacementOf(t.lang).percentSuffix}`;
    case 'prosentpoeng':
      return `${lower}${one.format(v)} ${t.units.percentPoints}`;
    case 'kroner':
      return `${lower}${formatKroner(t, int.format(Math.round(v)))}`;
    default:
      return `${lower}${int.format(v)}`;
  }
}

/** A signed change, "+1,2" / "−3" (true minus sign). */
export function formatChange(
  v: number | null,
  unit: 'per 1000' | 'prosent' | 'personer' | 'kroner' | 'prosentpoeng',
  locale = 'nb',
): string {
  if (v === null) return '–';
  const { int, one, two } = decimalsOf(locale);
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
