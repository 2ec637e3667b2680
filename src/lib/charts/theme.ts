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

const nbInt = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** Axis ticks in Norwegian: "200 000"; large kroner amounts in millions ("120 mill."). */
export function tickFormatFor(max: number, unit: 'kroner' | 'other' = 'other'): (d: number) => string {
  if (unit === 'kroner' && max >= 1e7) return (d) => `${nbInt.format(d / 1e6)} mill.`;
  return (d) => nbInt.format(d);
}
