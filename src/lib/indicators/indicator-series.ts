import type { Figure, ValueStatus } from '../domain/figure.ts';
import type { NamePart } from '../domain/kommune.ts';
import { OTHER_TERRITORY, perCapitaOn, territoriesDiffer } from '../domain/rate-territory.ts';
import { POPULATION, denominatorYear, earlyPopulationYear, getView, partKey } from '../domain/views.ts';
import { INDICATORS, lookupOf, newestPopulationYear, yearsIn, type Indicator } from './indicators.ts';
import { wordsOf, type CellWords } from './cell-word.ts';

/** A current kommune as the browser needs it for maps, rankings and search. */
export interface KommuneRef {
  code: string;
  /** Norwegian name. */
  name: string;
  /** SSB's official name part by part, where it is more than the Norwegian name (format/kommune-name.ts partsToSend). */
  parts?: NamePart[];
  other: string[];
  fylkeCode: string;
  fylkeName: string;
  kostra: number | null;
  centrality: number | null;
  path: string;
}

/**
 * One indicator for every kommune and year, aligned to the kommune list's
 * order: compact enough to ship to the browser, exact enough to rank
 * (values rounded to 4 significant decimals only for per-1000 and percent).
 */
export interface IndicatorSeries {
  id: string;
  label: string;
  short: string;
  unit: Indicator['unit'];
  definition: string;
  descending: boolean;
  years: number[];
  defaultYear: number;
  values: Record<string, (number | null)[]>;
  /** Each kommune's status per year (shipped one letter per kommune: see status-code.ts). */
  status: Record<string, ValueStatus[]>;
  /** Where a cell without a value needs other words than its status's plain one (cell-word.ts): year → index → word. */
  words?: CellWords;
  /** Per 1000 inhabitants, for count indicators. */
  perCapita?: Record<string, (number | null)[]>;
  /** The kommuner (indexes) whose per 1000 is not computed because count and population cover different territories (domain/rate-territory.ts), per year. */
  perCapitaOtherTerritory?: Record<string, number[]>;
  /** Years whose per 1000 (the value of a per-1000 view, or perCapita) divides by the newest population, not the year after's: year → population year (views.ts earlyPopulationYear). */
  earlyPopulation?: Record<string, number>;
  /** Source ids of the figures used, per year. */
  sources: Record<string, string[]>;
  /** Whether more than a quarter of the figures used that year are provisional. */
  provisional: Record<string, boolean>;
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000);

export function buildIndicatorSeries(
  ind: Indicator,
  kommuner: KommuneRef[],
  figuresOf: (code: string) => Figure[],
  { minKommuner = 50 } = {},
): IndicatorSeries {
  const lookups = kommuner.map((k) => lookupOf(figuresOf(k.code)));
  const newest = newestPopulationYear(kommuner.map((k) => figuresOf(k.code)));
  const allYears = new Set<number>();
  for (const k of kommuner) for (const y of yearsIn(figuresOf(k.code))) allYears.add(y);
  const out: IndicatorSeries = {
    id: ind.id,
    label: ind.label,
    short: ind.short,
    unit: ind.unit,
    definition: ind.definition,
    descending: ind.descending,
    years: [],
    defaultYear: 0,
    values: {},
    status: {},
    sources: {},
    provisional: {},
  };
  if (ind.unit === 'personer') out.perCapita = {};
  for (const y of [...allYears].sort((a, b) => a - b)) {
    const view = getView(ind.id);
    const den = out.perCapita ? POPULATION : view?.denominator;
    const onPopulation = !!view?.denominator && partKey(view.denominator) === partKey(POPULATION);
    const py = denominatorYear(ind.numerator, POPULATION, y, newest);
    // A per-1000 view whose count and population cover different territories has no value (domain/rate-territory.ts).
    const vals = lookups.map((get, i) =>
      onPopulation && territoriesDiffer(kommuner[i].code, y, py) ? OTHER_TERRITORY : ind.compute(get, y, newest),
    );
    const ok = vals.filter((v) => v.value !== null).length;
    if (ok < minKommuner) continue;
    out.years.push(y);
    out.values[y] = vals.map((v) => round(v.value));
    out.status[y] = vals.map((v) => v.status);
    const words = wordsOf(vals);
    if (words) (out.words ??= {})[y] = words;
    const srcs = new Set<string>();
    let prov = 0;
    let total = 0;
    for (const v of vals)
      for (const p of v.parts) {
        srcs.add(p.source);
        total++;
        if (p.flags.includes('provisional')) prov++;
      }
    out.sources[y] = [...srcs].sort();
    out.provisional[y] = prov > total / 4;
    const early = earlyPopulationYear(ind.numerator, den, y, newest);
    if (early !== null) (out.earlyPopulation ??= {})[y] = early;
    if (out.perCapita) {
      // Count indicators are single figures: per 1000 is that figure over the population of the year views.ts populationYear gives.
      const per = lookups.map((get, i) =>
        perCapitaOn(kommuner[i].code, vals[i].parts[0], y, get('befolkning', '', py), py),
      );
      out.perCapita[y] = per.map((d) => round(d.value));
      const other = per.flatMap((d, i) => (d.status === 'other-territory' ? [i] : []));
      if (other.length) (out.perCapitaOtherTerritory ??= {})[y] = other;
    }
  }
  const final = out.years.filter((y) => !out.provisional[y]);
  out.defaultYear = final.at(-1) ?? out.years.at(-1) ?? 0;
  return out;
}

export function buildAllSeries(kommuner: KommuneRef[], figuresOf: (code: string) => Figure[]): IndicatorSeries[] {
  return INDICATORS.map((i) => buildIndicatorSeries(i, kommuner, figuresOf)).filter((s) => s.years.length);
}
