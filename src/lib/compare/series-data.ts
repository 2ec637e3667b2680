import { divide, single, type Derived, type Figure, type Part, type ShownValue } from '../domain/figure.ts';
import type { Flag, Status } from '../domain/observation.ts';
import { OTHER_TERRITORY, territoriesDiffer } from '../domain/rate-territory.ts';
import { denominatorYear } from '../domain/views.ts';
import { POPULATION, partKey, partsNeeded, type CompareMeasure, type Part as MeasurePart } from './compare-measures.ts';

/**
 * One region's figures for every measure/group the comparison reads:
 * measure|group → year → the figure's value, status, flags and source.
 * Exact values, as published.
 */
export interface SeriesData {
  code: string;
  name: string;
  parts: Record<string, Record<string, SourcedPart>>;
}

/**
 * The same as shipped in the compact per-kommune file the comparison page
 * loads (/data/kommune/<code>.json): each figure as [value, status, flags,
 * source]. Only encodeSeriesData and decodeSeriesData know this layout.
 */
export type Cell = [value: number | null, status: string, flags: string, source: string];
export type SeriesWire = Omit<SeriesData, 'parts'> & { parts: Record<string, Record<string, Cell>> };

export function seriesDataOf(code: string, name: string, figures: Figure[]): SeriesData {
  const wanted = new Set(partsNeeded().map(partKey));
  const parts: SeriesData['parts'] = {};
  for (const f of figures) {
    const k = `${f.measure}|${f.group}`;
    if (!wanted.has(k)) continue;
    (parts[k] ??= {})[f.year] = { value: f.value, status: f.status, flags: f.flags, source: f.source };
  }
  return { code, name, parts };
}

const mapParts = <A, B>(parts: Record<string, Record<string, A>>, fn: (a: A) => B) =>
  Object.fromEntries(
    Object.entries(parts).map(([k, years]) => [
      k,
      Object.fromEntries(Object.entries(years).map(([y, a]) => [y, fn(a)])),
    ]),
  );

export function encodeSeriesData<T extends SeriesData>(d: T): Omit<T, 'parts'> & SeriesWire {
  return { ...d, parts: mapParts(d.parts, (p): Cell => [p.value, p.status, p.flags.join(';'), p.source]) };
}

/** On arrival: the wire cells back as figure parts; nothing after this reads the layout. */
export function decodeSeriesData<T extends SeriesWire>(w: T): Omit<T, 'parts'> & SeriesData {
  return { ...w, parts: mapParts(w.parts, (c) => decodeCell(c)!) };
}

/** One series' shown value at a year (domain/figure.ts). */
export type Point = ShownValue;

/** A part with the source it came from. */
export type SourcedPart = Part & { source: string };

/** A wire cell back as a figure part. */
function decodeCell(c: Cell | undefined): SourcedPart | undefined {
  if (!c) return undefined;
  return { value: c[0], status: c[1] as Status, flags: c[2] ? (c[2].split(';') as Flag[]) : [], source: c[3] };
}

/** A shown point from a derived value: provisional if any figure it used is, with their sources. */
export function pointFrom(year: number, d: Derived<SourcedPart>): Point {
  return {
    year,
    value: d.value,
    status: d.status,
    provisional: d.parts.some((p) => p.flags.includes('provisional')),
    sources: [...new Set(d.parts.map((p) => p.source))],
    ...(d.partial ? { partial: true } : {}),
    ...(d.status === 'suppressed' && d.parts.some((p) => p.flags.includes('scraped')) ? { scraped: true } : {}),
  };
}

/** The denominator a view of a measure divides by, if any: its own, or the population for per 1000. */
export function denominatorOf(m: CompareMeasure, perCapita: boolean): MeasurePart | undefined {
  return m.denominator ?? (perCapita && m.kind === 'count' ? POPULATION : undefined);
}

/** The scale of a view: percent for a ratio, per 1000 inhabitants for a count. */
export const scaleOf = (m: CompareMeasure) => (m.kind === 'ratio' ? m.scale : 1000);

/**
 * One kommune's value of a measure in a year: as is, per 1000 inhabitants, or
 * a ratio of two counts (the rules are those of domain/figure.ts).
 */
export function pointOf(d: SeriesData, m: CompareMeasure, year: number, perCapita: boolean): Point {
  const cell = (p: MeasurePart, y = year) => d.parts[partKey(p)]?.[y];
  const den = denominatorOf(m, perCapita);
  if (!den) return pointFrom(year, single(cell(m.numerator)));
  const dy = denominatorYear(m.numerator, den, year, newestPopulation(d));
  if (partKey(den) === partKey(POPULATION) && territoriesDiffer(d.code, year, dy))
    return pointFrom(year, OTHER_TERRITORY);
  return pointFrom(year, divide(cell(m.numerator), cell(den, dy), scaleOf(m)));
}

/** The newest year a region has a population figure for (for a current kommune: the newest in the data). */
export function newestPopulation(d: SeriesData | undefined): number | undefined {
  const pop = d?.parts[partKey(POPULATION)];
  if (!pop) return undefined;
  // Asked for every point of every group (aggregate.ts): remembered per population record, which is never changed once made.
  if (newestCache.has(pop)) return newestCache.get(pop);
  const years = Object.entries(pop)
    .filter(([, p]) => p.value !== null)
    .map(([y]) => Number(y));
  const newest = years.length ? Math.max(...years) : undefined;
  newestCache.set(pop, newest);
  return newest;
}
const newestCache = new WeakMap<object, number | undefined>();

export function yearsOf(d: SeriesData, m: CompareMeasure): number[] {
  return Object.keys(d.parts[partKey(m.numerator)] ?? {})
    .map(Number)
    .sort((a, b) => a - b);
}
