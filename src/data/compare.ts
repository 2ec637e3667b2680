import { aggregateGroup, type Group, type GroupSeries } from '../lib/compare/aggregate.ts';
import { findPeers, type PeerInput, type Peers } from '../lib/compare/peers.ts';
import { seriesDataOf, type SeriesData } from '../lib/compare/series-data.ts';
import { dataset, getFigures, getKommuner } from './dataset.ts';
import { compareSourceLineHtml, type SourceLabel, sourceLabel } from '../lib/format/source-label.ts';
import { compareChart } from '../lib/charts/compare.ts';
import { COMPARE_MEASURES } from '../lib/compare/compare-measures.ts';
import { buildView, chartPoints, tableOf } from '../lib/compare/compare-view.ts';
import { defaultFrom } from '../lib/compare/default-span.ts';
import { DEFAULT_VIEW, refIdFor } from '../lib/compare/defaults.ts';
import { viewText } from '../i18n/measures.ts';
import { newestYear } from '../lib/domain/coverage.ts';
import { divideSums, exactValue, seriesOf, single } from '../lib/domain/figure.ts';
import { officialName, type Kommune } from '../lib/domain/kommune.ts';
import { perCapitaOn } from '../lib/domain/rate-territory.ts';
import { denominatorYear, part, POPULATION } from '../lib/domain/views.ts';
import { messages } from '../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** Build-time data for the comparison page: per-kommune files, reference groups, peers. */
let regionData: Map<string, SeriesData> | undefined;
export function regionSeries(region: string): SeriesData | undefined {
  if (!regionData) {
    regionData = new Map();
    const names = new Map(getKommuner().map((k) => [k.code, officialName(k)]));
    for (const [region, figs] of dataset().byRegion)
      regionData.set(region, seriesDataOf(region, names.get(region) ?? region, figs));
  }
  return regionData.get(region);
}

let years: number[] | undefined;
/** Every year in the dataset (once per build: each of the 39 reference groups asks). */
function allYears(): number[] {
  if (!years) {
    const ys = new Set<number>();
    for (const figs of dataset().byRegion.values()) for (const f of figs) ys.add(f.year);
    years = [...ys].sort((a, b) => a - b);
  }
  return years;
}

export interface RefInfo {
  id: string;
  kind: 'land' | 'fylke' | 'kostra' | 'sentralitet';
  label: string;
  members: string[];
}

const groupsByLocale = new Map<Locale, RefInfo[]>();
/**
 * The reference groups with their labels in the language (the members are the same in every language).
 * Worked out once per language: every profile, brief and planning view asks, often more than once.
 */
export function referenceGroups(locale: Locale = DEFAULT_LOCALE): RefInfo[] {
  let groups = groupsByLocale.get(locale);
  if (!groups) groupsByLocale.set(locale, (groups = groupsIn(locale)));
  return groups;
}
function groupsIn(locale: Locale): RefInfo[] {
  const t = messages(locale);
  const ks = getKommuner();
  const out: RefInfo[] = [{ id: 'land', kind: 'land', label: t.compare.refKinds.land, members: ks.map((k) => k.code) }];
  for (const [code, name] of new Map(ks.map((k) => [k.fylkeCode, k.fylkeName])))
    out.push({
      id: `fylke-${code}`,
      kind: 'fylke',
      label: name,
      members: ks.filter((k) => k.fylkeCode === code).map((k) => k.code),
    });
  for (const g of [...new Set(ks.map((k) => k.kostraGroup).filter((x): x is number => x !== null))].sort(
    (a, b) => a - b,
  ))
    out.push({
      id: `kostra-${g}`,
      kind: 'kostra',
      label: t.compare.kostraGroup(g),
      members: ks.filter((k) => k.kostraGroup === g).map((k) => k.code),
    });
  for (const c of [1, 2, 3, 4, 5, 6])
    out.push({
      id: `sentralitet-${c}`,
      kind: 'sentralitet',
      label: t.compare.centralityClass(c),
      members: ks.filter((k) => k.centrality === c).map((k) => k.code),
    });
  return out;
}

const groupCache = new Map<string, GroupSeries>();
/** A reference group's sums (computed once), named in the language: «KOSTRA-gruppe 12 (28 kommuner)». */
export function referenceSeries(id: string, locale: Locale = DEFAULT_LOCALE): GroupSeries {
  const info = referenceGroups(locale).find((r) => r.id === id)!;
  const name = refName(info, locale);
  let g = groupCache.get(id);
  if (!g) {
    const group: Group = {
      members: info.members,
      dataOf: regionSeries,
      predecessors: dataset().predecessors.map((p) => ({ key: p.key, successors: p.successors })),
      publisherRow: info.kind === 'land' ? regionSeries('0000') : undefined,
      national: info.kind === 'land',
    };
    g = { ...aggregateGroup(info.id, name, group, allYears()) };
    groupCache.set(id, g);
  }
  return g.label === name ? g : { ...g, label: name };
}
const refName = (info: RefInfo, locale: Locale) =>
  `${info.label} (${messages(locale).compare.kommuner(info.members.length)})`;

/** The five newest years whose settled figures are all final: the window a kommune's settlement profile is averaged over. */
function profileYears(): number[] {
  // Read from every figure of the dataset: once per build (every kommune's peers and file ask).
  if (profileYearsCache) return profileYearsCache;
  const final = new Set<number>();
  const provisional = new Set<number>();
  for (const figs of dataset().byRegion.values()) {
    for (const f of figs)
      if (f.measure === 'bosatt' && f.group === '') (f.flags.includes('provisional') ? provisional : final).add(f.year);
  }
  profileYearsCache = [...final]
    .filter((y) => !provisional.has(y))
    .sort((a, b) => a - b)
    .slice(-5);
  return profileYearsCache;
}
let profileYearsCache: number[] | undefined;

/** What peers are matched on: population, mean request per 1000 and settled as a share of decisions over the profile years. */
function peerInput(k: Kommune, years: number[]): PeerInput {
  const figs = getFigures(k.code);
  const series = (m: string) => seriesOf(figs, m);
  const [pop, req, settled, decided] = [series('befolkning'), series('anmodning'), series('bosatt'), series('vedtak')];
  const newestPop = newestYear(pop);
  const popAt = (y: number) => {
    const py = denominatorYear(part('anmodning'), POPULATION, y, newestPop ?? undefined);
    return [pop.get(py), py] as const;
  };
  const requests = years
    .map((y) => exactValue(perCapitaOn(k.code, req.get(y), y, ...popAt(y))))
    .filter((v): v is number => v !== null);
  // Settled over decided, summed over the years where both are exact.
  const both = years.filter(
    (y) => exactValue(single(settled.get(y))) !== null && exactValue(single(decided.get(y))) !== null,
  );
  const share = divideSums(
    both.map((y) => [settled.get(y), decided.get(y)]),
    100,
  );
  return {
    code: k.code,
    fylkeCode: k.fylkeCode,
    kostra: k.kostraGroup,
    centrality: k.centrality,
    population: newestPop === null ? null : exactValue(single(pop.get(newestPop))),
    requestPer1000: requests.length >= 3 ? requests.reduce((a, b) => a + b, 0) / requests.length : null,
    settledOfDecision: share.status === 'ok' ? share.value : null,
  };
}

let peerInputs: PeerInput[] | undefined;
function inputs(): PeerInput[] {
  if (!peerInputs) {
    const years = profileYears();
    peerInputs = getKommuner().map((k) => peerInput(k, years));
  }
  return peerInputs;
}

export function peersOf(code: string): Peers {
  const ys = profileYears();
  return { ...peersAmong(code), ...(ys.length ? { profileYears: [ys[0], ys.at(-1)!] as [number, number] } : {}) };
}
function peersAmong(code: string): Peers {
  const all = inputs();
  return findPeers(all.find((k) => k.code === code)!, all);
}

export function kommuneFile(code: string) {
  const k = getKommuner().find((x) => x.code === code)!;
  return {
    ...(regionSeries(code) ?? { code, name: officialName(k), parts: {} }),
    // The official name (one rule: «Guovdageaidnu – Kautokeino»), in chips, legends, the table and downloads.
    name: officialName(k),
    fylkeCode: k.fylkeCode,
    fylkeName: k.fylkeName,
    kostra: k.kostraGroup,
    centrality: k.centrality,
    peers: peersOf(code),
  };
}

/** Each source as the reader sees it (publisher's page, its address, table and file date): source lines, chart tips, downloads' `kilde`. */
export function sourceLabels(locale: Locale = DEFAULT_LOCALE): Record<string, SourceLabel> {
  const t = messages(locale);
  return Object.fromEntries(dataset().sources.map((s) => [s.id, sourceLabel(t, s)]));
}

/**
 * The comparison's default view as its page and its embed draw it at build time (the browser redraws both
 * from the address's state): the view from the full span's first year, its chart and table, the measures'
 * words for the redraw, and the «Kilde:» line.
 */
export function defaultCompareView(locale: Locale) {
  const t = messages(locale);
  const text = (m: { id: string }) => viewText(m.id, locale);
  const state = DEFAULT_VIEW;
  const files = state.kommuner.map(kommuneFile);
  const refs = state.refs.map((r) => referenceSeries(refIdFor(r, files[0]), locale));
  const view = buildView(
    t,
    { ...state, from: defaultFrom(buildView(t, state, files, refs, text).years) },
    files,
    refs,
    text,
  );
  const labels = sourceLabels(locale);
  const points = chartPoints(t, view, (id) => labels[id]?.text ?? id);
  const drawn = compareChart(points, {
    t,
    unit: view.unit,
    label: t.compare.unitLabels[view.unit],
    ariaLabel: t.compare.chartLabel(
      view.measure.label,
      view.unit === 'per 1000',
      view.series.map((s) => s.label),
    ),
  });
  return {
    t,
    state,
    files,
    view,
    points,
    drawn,
    table: tableOf(t, view),
    sourceLine: compareSourceLineHtml(t, view.series, labels),
    // The measures' words in the page's language, for the browser's redraws (the data files are the same in every language).
    measureTexts: Object.fromEntries(COMPARE_MEASURES.map((m) => [m.id, text(m)])),
  };
}
