import { breaksFor, classifier, paletteFor, type BreakKind, type Palette } from '../map/class-breaks.ts';
import { rankBy } from '../rank/rank-by.ts';
import { change, partOf } from '../domain/figure.ts';
import type { IndicatorSeries, KommuneRef } from '../indicators/indicator-series.ts';
import type { NamePart } from '../domain/kommune.ts';
import { shownName } from '../format/kommune-name.ts';
import type { ValueStatus } from '../domain/figure.ts';
import type { SeriesBasis } from './series-basis.ts';

/** What the front page shows: indicator, year, filters, minimum population and sort — all of it lives in the URL. */
export interface FrontState {
  indicator: string;
  year: number;
  fylke: string;
  kostra: string;
  centrality: string;
  /** Kommuner with fewer inhabitants are listed but not ranked. */
  minPopulation: number;
  sort: 'rank' | 'name' | 'change';
}

/** A series as the front page uses it: with the counts behind each value when known. */
export type FrontSeries = IndicatorSeries & { basis?: SeriesBasis };

export interface RankingRow {
  code: string;
  /** The official name as text («Guovdageaidnu – Kautokeino»): shown, sorted by and downloaded. */
  name: string;
  /** Its parts with their languages, where the official name is more than the Norwegian one. */
  parts?: NamePart[];
  fylkeName: string;
  path: string;
  rank: number | null;
  /** A lower bound («≥»): listed after the ranked kommuner, never ranked (rank-by.ts). */
  notExact: boolean;
  value: number | null;
  status: ValueStatus;
  /** The words for a value-less cell where its status's plain word is not right (cell-word.ts). */
  word?: string;
  perCapita: number | null;
  /** 'other-territory' where the per 1000 beside a count is not computed (domain/rate-territory.ts). */
  perCapitaStatus?: ValueStatus;
  population: number | null;
  /** For ratios: the published numerator and denominator. */
  numerator: number | null;
  denominator: number | null;
  numeratorStatus: ValueStatus;
  denominatorStatus: ValueStatus;
  numeratorWord?: string;
  denominatorWord?: string;
  /** Below the minimum population: listed, not ranked. */
  small: boolean;
  previous: number | null;
  change: number | null;
}

/** Choices offered for the minimum population; rates of kommuner under the default are too volatile to rank by default. */
export const MIN_POPULATION_CHOICES = [0, 1000, 2000, 5000, 10000];

/** Counts are ranked as they are; rates and shares only for kommuner of at least 1 000 inhabitants unless the user says otherwise. */
export function defaultMinPopulation(series: Pick<IndicatorSeries, 'unit'>): number {
  return series.unit === 'personer' ? 0 : 1000;
}

export function filterKommuner(
  kommuner: KommuneRef[],
  s: Pick<FrontState, 'fylke' | 'kostra' | 'centrality'>,
): Set<string> {
  return new Set(
    kommuner
      .filter(
        (k) =>
          (!s.fylke || k.fylkeCode === s.fylke) &&
          (!s.kostra || String(k.kostra) === s.kostra) &&
          (!s.centrality || String(k.centrality) === s.centrality),
      )
      .map((k) => k.code),
  );
}

/**
 * No change from the year before when one of the two years is provisional
 * (a part-year) and the other is not: a part-year against a full year is not
 * a change (finding 9).
 */
export function changeWithheld(series: Pick<IndicatorSeries, 'provisional'>, year: number): boolean {
  return !!series.provisional[year] !== !!series.provisional[year - 1];
}

/** Ranking rows for the filtered kommuner: rank within the selection (big enough ones), change from the year before. */
export function rankingRows(series: FrontSeries, kommuner: KommuneRef[], s: FrontState): RankingRow[] {
  const keep = filterKommuner(kommuner, s);
  const y = String(s.year);
  const prevYear = String(s.year - 1);
  const vals = series.values[y] ?? [];
  const stat = series.status[y] ?? [];
  const prev = series.values[prevYear];
  const prevStat = series.status[prevYear] ?? [];
  const b = series.basis;
  const pop = b?.population[y];
  const num = b?.numerator?.[y];
  const numStat = b?.numeratorStatus?.[y];
  // A rate per inhabitant: the population is its denominator.
  const den = b?.denominator?.[y] ?? (b?.numerator ? pop : undefined);
  const denStat = b?.denominatorStatus?.[y];
  const withheld = changeWithheld(series, s.year);
  const otherTerritory = new Set(series.perCapitaOtherTerritory?.[y] ?? []);
  const items = kommuner
    .map((k, i) => {
      const population = pop?.[i] ?? null;
      const small = s.minPopulation > 0 && (population === null || population < s.minPopulation);
      return { k, i, code: k.code, small, population, value: vals[i] ?? null, status: stat[i] ?? 'missing' };
    })
    .filter((x) => keep.has(x.code));
  const ranked = rankBy(
    items.map((x) => ({ ...x, value: x.small ? null : x.value })),
    { descending: series.descending },
  );
  const rows = ranked.map(({ item, rank, notExact }): RankingRow => {
    const value = vals[item.i] ?? null;
    const previous = prev ? (prev[item.i] ?? null) : null;
    const status = stat[item.i] ?? 'missing';
    return {
      code: item.code,
      name: shownName(item.k),
      parts: item.k.parts,
      fylkeName: item.k.fylkeName,
      path: item.k.path,
      rank,
      notExact,
      value,
      status,
      word: series.words?.[y]?.[item.i],
      perCapita: series.perCapita?.[y]?.[item.i] ?? null,
      ...(otherTerritory.has(item.i) ? { perCapitaStatus: 'other-territory' as const } : {}),
      population: item.population,
      numerator: num?.[item.i] ?? null,
      denominator: den?.[item.i] ?? null,
      numeratorStatus: numStat?.[item.i] ?? (num?.[item.i] != null ? 'ok' : 'missing'),
      denominatorStatus: denStat?.[item.i] ?? (den?.[item.i] != null ? 'ok' : 'missing'),
      numeratorWord: b?.numeratorWords?.[y]?.[item.i],
      denominatorWord: b?.denominatorWords?.[y]?.[item.i],
      small: item.small,
      previous,
      change: withheld ? null : change(partOf(value, status), partOf(previous, prevStat[item.i] ?? 'missing')).value,
    };
  });
  // After the ranked ones: lower bounds (by their bound), then small kommuner with a value, then those without.
  const order = (r: RankingRow) => (r.rank !== null ? 0 : r.notExact ? 1 : r.value !== null ? 2 : 3);
  rows.sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      (a.rank === null && a.value !== null && b.value !== null
        ? series.descending
          ? b.value - a.value
          : a.value - b.value
        : 0),
  );
  if (s.sort === 'name') rows.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  if (s.sort === 'change')
    rows.sort((a, b) => (b.change ?? -Infinity) - (a.change ?? -Infinity) || a.name.localeCompare(b.name, 'nb'));
  return rows;
}

export interface MapClasses {
  breaks: number[];
  kind: BreakKind;
  colors: string[];
  /** Kommuner with a value in each class. */
  counts: number[];
  /** Kommuner hidden (suppressed) and without a figure. */
  hidden: number;
  /** The word keys (status-word.ts statusWordKey) the hidden cells of the year get (one, or several when the sources hide by different rules). */
  hiddenWords: string[];
  noData: number;
  /** Kommuner whose value is only a lower bound, coloured by it. */
  bounds: number;
  /** Kommune code → fill (a colour, or a pattern for no value). */
  fill: Map<string, string>;
}

export const NO_DATA_FILL = 'url(#ingen-tall)';
export const HIDDEN_FILL = 'url(#skjult)';

/**
 * Classes over all kommuner with a value that year (not only the filtered ones): fixed around 100 % for plan
 * ratios, else quantiles; coloured from the palette (map/palette.ts SEQUENTIAL at build time, the page's copy in the browser).
 */
export function mapClasses(
  series: IndicatorSeries,
  kommuner: KommuneRef[],
  year: number,
  palette: Palette,
): MapClasses {
  const vals = series.values[String(year)] ?? [];
  const stat = series.status[String(year)] ?? [];
  // Classes from exact values only: a lower bound is coloured by its bound (it is at least that) but does not move the breaks.
  const { breaks, kind } = breaksFor(
    series.id,
    vals.filter((v, i): v is number => v !== null && (stat[i] ?? 'ok') === 'ok'),
  );
  const colors = [...paletteFor(breaks, palette)];
  const classOf = classifier(breaks);
  const counts = colors.map(() => 0);
  const fill = new Map<string, string>();
  let hidden = 0;
  let noData = 0;
  let bounds = 0;
  const hiddenWords = new Set<string>();
  kommuner.forEach((k, i) => {
    const v = vals[i];
    if (v === null || v === undefined) {
      if (stat[i] === 'suppressed') {
        hidden++;
        hiddenWords.add(series.words?.[String(year)]?.[i] ?? 'status.suppressed');
      } else noData++;
      fill.set(k.code, stat[i] === 'suppressed' ? HIDDEN_FILL : NO_DATA_FILL);
      return;
    }
    const c = classOf(v);
    counts[c]++;
    if (stat[i] === 'lower-bound') bounds++;
    fill.set(k.code, colors[c]);
  });
  return { breaks, kind, colors, counts, hidden, hiddenWords: [...hiddenWords].sort(), noData, bounds, fill };
}

export interface FrontQueryOptions {
  fylker?: string[];
  kostra?: string[];
}

/**
 * Parse the front page's URL query. Unknown or malformed values fall back to
 * defaults and are named in `ignored` (as `name=value`), so the page can say so.
 */
export function parseFrontQuery(
  query: string,
  all: Pick<FrontSeries, 'id' | 'years' | 'defaultYear' | 'unit'>[],
  fallback: string,
  o: FrontQueryOptions = {},
): { state: FrontState; ignored: string[] } {
  const p = new URLSearchParams(query);
  const ignored: string[] = [];
  const bad = (name: string) => ignored.push(`${name}=${p.get(name)}`);
  const asked = p.get('indikator');
  const found = all.find((s) => s.id === asked);
  if (asked !== null && !found) bad('indikator');
  const ind = found ?? all.find((s) => s.id === fallback) ?? all[0];
  const yRaw = p.get('ar');
  const y = Number(yRaw);
  if (yRaw !== null && !ind.years.includes(y)) bad('ar');
  const pick = (name: string, ok: (v: string) => boolean) => {
    const v = p.get(name);
    if (v === null || v === '') return '';
    if (ok(v)) return v;
    bad(name);
    return '';
  };
  const sortRaw = p.get('sorter');
  if (sortRaw !== null && sortRaw !== 'rank' && sortRaw !== 'name' && sortRaw !== 'change') bad('sorter');
  const minRaw = p.get('minst');
  const min = Number(minRaw);
  if (minRaw !== null && !MIN_POPULATION_CHOICES.includes(min)) bad('minst');
  for (const key of p.keys())
    if (!['indikator', 'ar', 'fylke', 'kostra', 'sentralitet', 'sorter', 'minst'].includes(key))
      ignored.push(`${key}=${p.get(key)}`);
  const state: FrontState = {
    indicator: ind.id,
    year: ind.years.includes(y) ? y : ind.defaultYear,
    fylke: pick('fylke', (v) => /^\d{2}$/.test(v) && (!o.fylker || o.fylker.includes(v))),
    kostra: pick('kostra', (v) => /^\d{1,2}$/.test(v) && (!o.kostra || o.kostra.includes(v))),
    centrality: pick('sentralitet', (v) => /^[1-6]$/.test(v)),
    minPopulation: minRaw !== null && MIN_POPULATION_CHOICES.includes(min) ? min : defaultMinPopulation(ind),
    sort: sortRaw === 'name' || sortRaw === 'change' ? sortRaw : 'rank',
  };
  return { state, ignored };
}

/** The state only (see parseFrontQuery for what was ignored). */
export function parseFrontState(
  query: string,
  all: Pick<FrontSeries, 'id' | 'years' | 'defaultYear' | 'unit'>[],
  fallback: string,
  o: FrontQueryOptions = {},
): FrontState {
  return parseFrontQuery(query, all, fallback, o).state;
}

export function serializeFrontState(
  s: FrontState,
  defaults: { indicator: string; year: number },
  all: Pick<FrontSeries, 'id' | 'unit'>[] = [],
): string {
  const p = new URLSearchParams();
  if (s.indicator !== defaults.indicator) p.set('indikator', s.indicator);
  if (s.indicator !== defaults.indicator || s.year !== defaults.year) p.set('ar', String(s.year));
  if (s.fylke) p.set('fylke', s.fylke);
  if (s.kostra) p.set('kostra', s.kostra);
  if (s.centrality) p.set('sentralitet', s.centrality);
  const ind = all.find((x) => x.id === s.indicator);
  if (ind && s.minPopulation !== defaultMinPopulation(ind)) p.set('minst', String(s.minPopulation));
  if (s.sort !== 'rank') p.set('sorter', s.sort);
  const q = p.toString();
  return q ? `?${q}` : '';
}
