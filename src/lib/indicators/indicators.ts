import { change, divide, single, type Derived, type Figure } from '../domain/figure.ts';
import { denominatorYear, VIEWS, type MeasurePart, type View } from '../domain/views.ts';

/**
 * Indicators for the map and ranking: the views of domain/views.ts shown
 * there, computed for one kommune and year by the rules of domain/figure.ts.
 */

/** The value, its status, and the published figures it was computed from (for sources and exact numbers). */
export type IndicatorValue = Derived;

export type Lookup = (measure: string, group: string, year: number) => Figure | undefined;

export interface Indicator {
  id: string;
  label: string;
  /** Short label for axes and table headers. */
  short: string;
  unit: View['unit'];
  definition: string;
  /** Higher is ranked first unless false. */
  descending: boolean;
  /** The published measure counted (for per 1000 inhabitants of a count). */
  numerator: MeasurePart;
  /** `newest`: the newest population year in the data (views.ts populationYear). */
  compute: (get: Lookup, year: number, newest?: number) => IndicatorValue;
}

/** a / b × scale (see divide in domain/figure.ts). */
export const ratioOf = divide;

/**
 * One view's value for one kommune and year; a population denominator is read at the year
 * populationYear (views.ts) gives, with `newest` the newest population year in the data.
 */
export function computeView(v: View, get: Lookup, year: number, newest?: number): IndicatorValue {
  const at = (p: MeasurePart | undefined, y = year) => (p ? get(p.measure, p.group, y) : undefined);
  if (v.kind === 'ratio')
    return divide(
      at(v.numerator),
      at(v.denominator, denominatorYear(v.numerator, v.denominator, year, newest)),
      v.scale,
    );
  if (v.kind === 'difference') return change(at(v.numerator), at(v.subtrahend));
  return single(at(v.numerator));
}

export const INDICATORS: Indicator[] = VIEWS.filter((v) => v.map).map((v) => ({
  id: v.id,
  label: v.label,
  short: v.short,
  unit: v.unit,
  definition: v.definition,
  descending: v.descending,
  numerator: v.numerator,
  compute: (get: Lookup, year: number, newest?: number) => computeView(v, get, year, newest),
}));

export function getIndicator(id: string): Indicator | undefined {
  return INDICATORS.find((i) => i.id === id);
}

const lookups = new WeakMap<Figure[], Lookup>();

/** A lookup over one region's figures (built once per figure list: every indicator reads the same lists). */
export function lookupOf(figures: Figure[]): Lookup {
  let get = lookups.get(figures);
  if (!get) {
    const m = new Map<string, Figure>();
    for (const f of figures) m.set(`${f.measure}\t${f.group}\t${f.year}`, f);
    get = (measure, group, year) => m.get(`${measure}\t${group}\t${year}`);
    lookups.set(figures, get);
  }
  return get;
}

/** The newest year with a population figure in any of the figure lists (views.ts populationYear). */
export function newestPopulationYear(lists: Iterable<Figure[]>): number | undefined {
  let newest: number | undefined;
  for (const figures of lists) {
    const n = newestIn(figures);
    if (n !== undefined && (newest === undefined || n > newest)) newest = n;
  }
  return newest;
}

// Asked by every indicator and its basis over the same 357 lists (a build reads each list 26 times): remembered per list.
const newestOf = new WeakMap<Figure[], number | undefined>();
function newestIn(figures: Figure[]): number | undefined {
  if (newestOf.has(figures)) return newestOf.get(figures);
  let newest: number | undefined;
  for (const f of figures)
    if (f.measure === 'befolkning' && f.group === '' && f.value !== null && (newest === undefined || f.year > newest))
      newest = f.year;
  newestOf.set(figures, newest);
  return newest;
}

const yearsOf = new WeakMap<Figure[], number[]>();
/** The years a figure list has any figure for (remembered per list, as newestPopulationYear). */
export function yearsIn(figures: Figure[]): number[] {
  let ys = yearsOf.get(figures);
  if (!ys) {
    const set = new Set<number>();
    for (const f of figures) set.add(f.year);
    yearsOf.set(figures, (ys = [...set]));
  }
  return ys;
}
