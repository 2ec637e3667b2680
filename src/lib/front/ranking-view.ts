import { classOf, paletteFor, quantileBreaks } from '../map/class-breaks.ts';
import { rankBy } from '../rank/rank-by.ts';
import { change, partOf } from '../domain/figure.ts';
import { type IndicatorSeries, type KommuneRef } from '../indicators/indicator-series.ts';
import type { IndicatorStatus } from '../indicators/indicators.ts';

/** What the front page shows: indicator, year, filters and sort — all of it lives in the URL. */
export interface FrontState {
  indicator: string;
  year: number;
  fylke: string;
  kostra: string;
  centrality: string;
  sort: 'rank' | 'name' | 'change';
}

export interface RankingRow {
  code: string;
  name: string;
  fylkeName: string;
  path: string;
  rank: number | null;
  value: number | null;
  status: IndicatorStatus;
  perCapita: number | null;
  previous: number | null;
  change: number | null;
}

export function filterKommuner(kommuner: KommuneRef[], s: Pick<FrontState, 'fylke' | 'kostra' | 'centrality'>): Set<string> {
  return new Set(kommuner.filter((k) => (!s.fylke || k.fylkeCode === s.fylke) && (!s.kostra || String(k.kostra) === s.kostra) && (!s.centrality || String(k.centrality) === s.centrality)).map((k) => k.code));
}

/** Ranking rows for the filtered kommuner: rank within the selection, change from the year before. */
export function rankingRows(series: IndicatorSeries, kommuner: KommuneRef[], s: FrontState): RankingRow[] {
  const keep = filterKommuner(kommuner, s);
  const y = String(s.year);
  const prevYear = String(s.year - 1);
  const vals = series.values[y] ?? [];
  const stat = series.status[y] ?? [];
  const prev = series.values[prevYear];
  const prevStat = series.status[prevYear] ?? [];
  const items = kommuner.map((k, i) => ({ k, i, code: k.code, value: vals[i] ?? null })).filter((x) => keep.has(x.code));
  const ranked = rankBy(items, { descending: series.descending });
  const rows = ranked.map(({ item, rank }): RankingRow => {
    const previous = prev ? prev[item.i] ?? null : null;
    return {
      code: item.code, name: item.k.name, fylkeName: item.k.fylkeName, path: item.k.path, rank,
      value: item.value, status: stat[item.i] ?? 'missing',
      perCapita: series.perCapita?.[y]?.[item.i] ?? null,
      previous, change: change(partOf(item.value, stat[item.i] ?? 'missing'), partOf(previous, prevStat[item.i] ?? 'missing')).value,
    };
  });
  if (s.sort === 'name') rows.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  if (s.sort === 'change') rows.sort((a, b) => (b.change ?? -Infinity) - (a.change ?? -Infinity) || a.name.localeCompare(b.name, 'nb'));
  return rows;
}

export interface MapClasses {
  breaks: number[];
  colors: string[];
  /** Kommune code → fill (a colour, or a pattern for no value). */
  fill: Map<string, string>;
}

export const NO_DATA_FILL = 'url(#ingen-tall)';
export const HIDDEN_FILL = 'url(#skjult)';

/** Quantile classes over all kommuner with a value that year (not only the filtered ones). */
export function mapClasses(series: IndicatorSeries, kommuner: KommuneRef[], year: number): MapClasses {
  const vals = series.values[String(year)] ?? [];
  const stat = series.status[String(year)] ?? [];
  const breaks = quantileBreaks(vals.filter((v): v is number => v !== null));
  const colors = paletteFor(breaks);
  const fill = new Map<string, string>();
  kommuner.forEach((k, i) => {
    const v = vals[i];
    fill.set(k.code, v === null || v === undefined ? (stat[i] === 'suppressed' ? HIDDEN_FILL : NO_DATA_FILL) : colors[classOf(v, breaks)]);
  });
  return { breaks, colors, fill };
}

/** Parse the front page's URL query; unknown or malformed values fall back to defaults. */
export function parseFrontState(query: string, all: Pick<IndicatorSeries, 'id' | 'years' | 'defaultYear'>[], fallback: string): FrontState {
  const p = new URLSearchParams(query);
  const ind = all.find((s) => s.id === p.get('indikator')) ?? all.find((s) => s.id === fallback) ?? all[0];
  const y = Number(p.get('ar'));
  const digits = (v: string | null, re: RegExp) => (v && re.test(v) ? v : '');
  const sort = p.get('sorter');
  return {
    indicator: ind.id,
    year: ind.years.includes(y) ? y : ind.defaultYear,
    fylke: digits(p.get('fylke'), /^\d{2}$/),
    kostra: digits(p.get('kostra'), /^\d{1,2}$/),
    centrality: digits(p.get('sentralitet'), /^[1-6]$/),
    sort: sort === 'name' || sort === 'change' ? sort : 'rank',
  };
}

export function serializeFrontState(s: FrontState, defaults: { indicator: string; year: number }): string {
  const p = new URLSearchParams();
  if (s.indicator !== defaults.indicator) p.set('indikator', s.indicator);
  if (s.indicator !== defaults.indicator || s.year !== defaults.year) p.set('ar', String(s.year));
  if (s.fylke) p.set('fylke', s.fylke);
  if (s.kostra) p.set('kostra', s.kostra);
  if (s.centrality) p.set('sentralitet', s.centrality);
  if (s.sort !== 'rank') p.set('sorter', s.sort);
  const q = p.toString();
  return q ? `?${q}` : '';
}
