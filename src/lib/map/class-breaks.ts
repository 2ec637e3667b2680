import { bisectRight } from 'd3-array';

/**
 * Quantile class breaks: `classes` groups of about equal size. Returns the
 * upper bounds between classes (classes − 1 numbers, ascending, distinct).
 * With few distinct values there are fewer classes, never empty ones.
 * Written here rather than taken from d3-scale's scaleQuantile: its quantiles
 * interpolate between values (2.8 between 2 and 3 persons), which would split
 * whole-number counts at fractions and can leave a class empty; these breaks
 * are values that occur.
 */
export function quantileBreaks(values: number[], classes = 5): number[] {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = v[Math.min(v.length - 1, Math.floor((i * v.length) / classes))];
    if (q > v[0] && !breaks.includes(q) && q <= v[v.length - 1]) breaks.push(q);
  }
  // Most values equal to the lowest (e.g. 0): still tell the lowest from the rest.
  const above = v.find((x) => x > v[0]);
  if (above !== undefined && breaks.length === 0) breaks.push(above);
  return breaks;
}

/**
 * Measures that compare an outcome with a plan (decision of request, settled
 * of decision or of request): 100 % means "as asked". Their classes are
 * fixed around 100 %, not quantiles (most kommuner sit at exactly 100 %).
 */
export const PLAN_RATIOS = new Set(['vedtak-av-anmodning', 'bosatt-av-vedtak', 'bosatt-av-anmodning']);
export const PLAN_RATIO_BREAKS = [50, 90, 100, 110];

export type BreakKind = 'fixed' | 'quantile';

/** Breaks that fit the measure: fixed around 100 % for plan ratios, quantiles for rates and counts. */
export function breaksFor(measure: string, values: number[]): { breaks: number[]; kind: BreakKind } {
  if (PLAN_RATIOS.has(measure)) return { breaks: PLAN_RATIO_BREAKS, kind: 'fixed' };
  return { breaks: quantileBreaks(values), kind: 'quantile' };
}

/**
 * The class of a value: values below breaks[0] are 0; a value equal to a break goes above it —
 * d3-scale's scaleThreshold over the class numbers (a unit test holds the two equal), done with
 * d3-array's bisectRight because this runs in the front page's script: importing scaleThreshold there
 * put d3-scale into a chunk shared with the comparison's scaleLinear and its interpolators, and the
 * front page's JS grew from 20.9 to 29.5 KB gzip (measured on the built site).
 */
export function classifier(breaks: number[]): (value: number) => number {
  return (value) => bisectRight(breaks, value);
}

/** Index of the class one value falls in (see classifier). */
export function classOf(value: number, breaks: number[]): number {
  return classifier(breaks)(value);
}

/** Colours for 1 to 5 classes, light to dark (map/palette.ts SEQUENTIAL; the page hands it to its script). */
export type Palette = Readonly<Record<number, readonly string[]>>;

/** The colours for as many classes as the breaks make (at most 5). */
export function paletteFor(breaks: number[], palette: Palette): readonly string[] {
  return palette[Math.min(5, breaks.length + 1)];
}
