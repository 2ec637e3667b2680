/**
 * Quantile class breaks: `classes` groups of about equal size. Returns the
 * upper bounds between classes (classes − 1 numbers, ascending, distinct).
 * With few distinct values there are fewer classes, never empty ones.
 */
export function quantileBreaks(values: number[], classes = 5): number[] {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = v[Math.min(v.length - 1, Math.floor((i * v.length) / classes))];
    if (q > v[0] && !breaks.includes(q) && q <= v[v.length - 1]) breaks.push(q);
  }
  return breaks;
}

/** Index of the class a value falls in: values below breaks[0] are 0; a value equal to a break goes above it. */
export function classOf(value: number, breaks: number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

/** Sequential, colour-blind-safe (ColorBrewer YlGnBu), light to dark. */
export const SEQUENTIAL: Record<number, string[]> = {
  1: ['#2c7fb8'],
  2: ['#a1dab4', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
};

export function paletteFor(breaks: number[]): string[] {
  return SEQUENTIAL[Math.min(5, breaks.length + 1)];
}
