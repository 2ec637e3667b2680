import { DEFAULT_LOCALE, intlLocale, type Locale } from '../../i18n/locales.ts';

/** Shared chart look: colour-blind-safe palette (Okabe–Ito) and sizes. */
export const COLORS = {
  request: '#999999',
  decision: '#0072B2',
  settled: '#E69F00',
  immigrants: '#D55E00',
  rest: '#0072B2',
  all: '#555555',
  refugees: '#009E73',
};

export const CHART = { width: 640, height: 260, marginLeft: 56, fontSize: 12 };

/**
 * The greys and inks every chart shares (one place, issue 19): text and labels near-black, muted
 * marks and words, the reference lines and bars (4.5:1 on white, so a grey label is readable
 * too), and the light band over years without a figure.
 */
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const REFERENCE_GREY = '#767676';
export const GAP_BAND = '#ececec';
/** The request's ring on screen and on the share card: COLORS.request's light grey is under 3:1 on white as a thin ring. */
export const REQUEST_RING = '#333333';

const formats = new Map<string, Intl.NumberFormat>();
/** A number format of the page's language (cached: the build draws thousands of charts). */
export function numberFormat(locale: Locale = DEFAULT_LOCALE, digits: 0 | 1 = 1, fixed = false): Intl.NumberFormat {
  const key = `${locale}|${digits}|${fixed}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.NumberFormat(intlLocale(locale), {
        maximumFractionDigits: digits,
        minimumFractionDigits: fixed ? digits : 0,
      })),
    );
  return f;
}

/**
 * Axis ticks in the page's number format ("200 000", "200,000"); large kroner amounts in millions,
 * worded by the page's catalogue (t.charts.millionsTick: «120 mill.», «120m»).
 */
export function tickFormatFor(
  max: number,
  unit: 'kroner' | 'other' = 'other',
  { locale = DEFAULT_LOCALE, millions }: { locale?: Locale; millions?: (v: string) => string } = {},
): (d: number) => string {
  const f = numberFormat(locale);
  if (unit === 'kroner' && max >= 1e7) {
    if (!millions)
      throw new Error('tickFormatFor: kroner ticks need the catalogue’s millions word (t.charts.millionsTick)');
    return (d) => millions(f.format(d / 1e6));
  }
  return (d) => f.format(d);
}

/**
 * The profile's two renderings of one chart definition: wide fills the
 * content column on a desk; narrow is drawn at phone width so that no text
 * is smaller than 12 CSS px at 360–390 px. Both are inline SVG; CSS shows one.
 */
export const SIZES = {
  wide: { width: 800, height: 300, fontSize: 12 },
  narrow: { width: 360, height: 260, fontSize: 13 },
} as const;
export type ChartSize = { width: number; height: number; fontSize: number };

/** The status a mark shows: a provisional value is drawn hollow; hidden and missing get a marker at the baseline. */
export type MarkStatus = 'ok' | 'provisional' | 'suppressed' | 'missing';

/**
 * How a chart draws a figure, from its status and flags: provisional hollow,
 * hidden and missing as a marker at the baseline, not applicable (and the like)
 * not at all. No figure at all is missing only within the years the series
 * covers (`within`); outside them the source simply does not cover the year.
 * The profile and the brief both use it, so the two draw the same year the same way.
 */
export function markStatusOf(
  f: { status: string; flags: readonly string[] } | undefined,
  within = true,
): MarkStatus | undefined {
  if (!f) return within ? 'missing' : undefined;
  if (f.status === 'missing') return 'missing';
  if (f.status === 'suppressed') return 'suppressed';
  if (f.status !== 'ok') return undefined;
  return f.flags.includes('provisional') ? 'provisional' : 'ok';
}

/** Year ticks: whole years only, every 1, 2, 5 or 10 years so that labels never touch. */
export function yearTicks(first: number, last: number, plotWidth: number, fontSize: number): number[] {
  const span = Math.max(1, last - first + 1);
  const need = fontSize * 2.6 + 8; // "2024" plus a gap
  const step = [1, 2, 5, 10, 20].find((s) => (plotWidth / span) * s >= need) ?? 20;
  const out: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
  return out;
}

/** Roughly how wide a label is in px (system sans-serif). */
export function textWidth(s: string, fontSize: number): number {
  return s.length * fontSize * 0.56;
}
