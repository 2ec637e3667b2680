import { aggregateGroup, type Group, type GroupSeries } from '../lib/compare/aggregate.ts';
import { findPeers, type PeerInput, type Peers } from '../lib/compare/peers.ts';
import { seriesDataOf, type SeriesData } from '../lib/compare/series-data.ts';
import { dataset, getFigures, getKommuner } from './dataset.ts';
import { t } from '../i18n/nb.ts';

/** Build-time data for the comparison page: per-kommune files, reference groups, peers. */
let regionData: Map<string, SeriesData> | undefined;
export function regionSeries(region: string): SeriesData | undefined {
  if (!regionData) {
    regionData = new Map();
    const names = new Map(getKommuner().map((k) => [k.code, k.name]));
    for (const [region, figs] of dataset().byRegion) regionData.set(region, seriesDataOf(region, names.get(region) ?? region, figs));
  }
  return regionData.get(region);
}

function allYears(): number[] {
  const ys = new Set<number>();
  for (const figs of dataset().byRegion.values()) for (const f of figs) ys.add(f.year);
  return [...ys].sort((a, b) => a - b);
}

export interface RefInfo {
  id: string;
  kind: 'land' | 'fylke' | 'kostra' | 'sentralitet';
  label: string;
  members: string[];
}

export function referenceGroups(): RefInfo[] {
  const ks = getKommuner();
  const out: RefInfo[] = [{ id: 'land', kind: 'land', label: t.compare.refKinds.land, members: ks.map((k) => k.code) }];
  for (const [code, name] of new Map(ks.map((k) => [k.fylkeCode, k.fylkeName]))) out.push({ id: `fylke-${code}`, kind: 'fylke', label: name, members: ks.filter((k) => k.fylkeCode === code).map((k) => k.code) });
  for (const g of [...new Set(ks.map((k) => k.kostraGroup).filter((x): x is number => x !== null))].sort((a, b) => a - b)) out.push({ id: `kostra-${g}`, kind: 'kostra', label: t.compare.kostraGroup(g), members: ks.filter((k) => k.kostraGroup === g).map((k) => k.code) });
  for (const c of [1, 2, 3, 4, 5, 6]) out.push({ id: `sentralitet-${c}`, kind: 'sentralitet', label: t.compare.centralityClass(c), members: ks.filter((k) => k.centrality === c).map((k) => k.code) });
  return out;
}

const groupCache = new Map<string, GroupSeries>();
export function referenceSeries(id: string): GroupSeries {
  let g = groupCache.get(id);
  if (!g) {
    const info = referenceGroups().find((r) => r.id === id)!;
    const group: Group = {
      members: info.members,
      dataOf: regionSeries,
      predecessors: dataset().predecessors.map((p) => ({ key: p.key, successors: p.successors })),
      publisherRow: info.kind === 'land' ? regionSeries('0000') : undefined,
    };
    g = { ...aggregateGroup(info.id, `${info.label} (${t.compare.kommuner(info.members.length)})`, group, allYears()) };
    groupCache.set(id, g);
  }
  return g;
}

const PROFILE_YEARS = [2019, 2020, 2021, 2022, 2023];
let peerInputs: PeerInput[] | undefined;
function inputs(): PeerInput[] {
  return (peerInputs ??= getKommuner().map((k) => {
    const figs = getFigures(k.code);
    const get = (m: string, y: number) => figs.find((f) => f.measure === m && f.group === '' && f.year === y && f.status === 'ok' && !f.flags.includes('lower-bound'))?.value ?? null;
    const pop = [2026, 2025, 2024].map((y) => get('befolkning', y)).find((v) => v !== null) ?? null;
    const req = PROFILE_YEARS.map((y) => { const r = get('anmodning', y); const p = get('befolkning', y); return r !== null && p ? (r / p) * 1000 : null; }).filter((v): v is number => v !== null);
    let settled = 0;
    let decided = 0;
    for (const y of PROFILE_YEARS) { const s = get('bosatt', y); const d = get('vedtak', y); if (s !== null && d !== null) { settled += s; decided += d; } }
    return {
      code: k.code, fylkeCode: k.fylkeCode, kostra: k.kostraGroup, centrality: k.centrality, population: pop,
      requestPer1000: req.length >= 3 ? req.reduce((a, b) => a + b, 0) / req.length : null,
      settledOfDecision: decided > 0 ? (settled / decided) * 100 : null,
    };
  }));
}

export function peersOf(code: string): Peers {
  const all = inputs();
  return findPeers(all.find((k) => k.code === code)!, all);
}

export function kommuneFile(code: string) {
  const k = getKommuner().find((x) => x.code === code)!;
  return { ...regionSeries(code) ?? { code, name: k.name, parts: {} }, name: k.name, fylkeCode: k.fylkeCode, fylkeName: k.fylkeName, kostra: k.kostraGroup, centrality: k.centrality, peers: peersOf(code) };
}

export function sourceLabels(): Record<string, string> {
  return Object.fromEntries(dataset().sources.map((s) => [s.id, `${s.publisher}, ${s.table} (fil fra ${s.vintage})`]));
}
