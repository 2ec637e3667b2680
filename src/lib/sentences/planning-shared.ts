import type { ValueStatus } from '../domain/figure.ts';
import type { PeerGroup, Position, RateAt, Scenario } from '../domain/scenario.ts';

/**
 * What the planning view's sentence modules (nb-planning.ts, nn-planning.ts,
 * en-planning.ts) decide the same way: which of the scenario's comparisons
 * are said and in which order, what a count's status leads to, which of the
 * minors' rows are said. Words live in the language modules. A module of its
 * own beside shared.ts because the profile's planning script loads these in
 * the browser (type imports only: the script's 8 KB budget).
 */

type Known<T extends { position: Position }> = T & { position: Exclude<Position, 'unknown'> };
const known = <T extends { position: Position }>(x: T | null | undefined): x is Known<T> =>
  !!x && x.position !== 'unknown';

/**
 * The scenario's lines, in the order they are said: the proposal per 1000
 * (null when the population to divide by is missing: nothing else is said);
 * the kommune's own highest year and median where the proposal's position is
 * known; the highest year when part of it is hidden (`highestUnknown`: it
 * cannot be said to be higher) or that there is none; the reference groups
 * with a known position, their year and whether any figure is provisional;
 * the share of the whole country's request when it is a plain value.
 */
export interface ScenarioFacts {
  rate: number;
  /** How many years «the kommune's highest year» looks back (Scenario.years). */
  years: number;
  populationYear: number;
  highest: Known<RateAt & { position: Position }> | null;
  median: Known<NonNullable<Scenario['median']>> | null;
  highestUnknown: (RateAt & { position: Position }) | null;
  noHighest: boolean;
  peers: Known<PeerGroup & { position: Position }>[];
  peerYear: number | null;
  peersProvisional: boolean;
  nationalShare: { value: number; year: number } | null;
}
export function scenarioFacts(s: Scenario, populationYear: number | null): ScenarioFacts | null {
  if (s.rate.value === null || s.rate.status !== 'ok' || populationYear === null) return null;
  const h = s.highest;
  const peers = s.peers.filter(known);
  const share = s.nationalShare;
  return {
    rate: s.rate.value,
    years: s.years,
    populationYear,
    highest: known(h) ? h : null,
    median: known(s.median) ? s.median : null,
    highestUnknown: h && h.position === 'unknown' ? h : null,
    noHighest: !h,
    peers,
    peerYear: peers.length ? peers[0].year : null,
    peersProvisional: peers.some((g) => g.provisional),
    nationalShare:
      share && share.value !== null && share.status === 'ok' ? { value: share.value, year: share.year } : null,
  };
}

/** A count as a sentence says it: none, a value (`atLeast` for a lower bound), or its status in words (never a number for a hidden figure). */
export type CountCase =
  | { kind: 'none' }
  | { kind: 'value'; value: number; atLeast: boolean }
  | { kind: 'status'; status: ValueStatus };
export function countCase(value: number | null, status: ValueStatus, flags: readonly string[] = []): CountCase {
  if (value === 0 && status === 'ok') return { kind: 'none' };
  if (value !== null && (status === 'ok' || status === 'lower-bound'))
    return { kind: 'value', value, atLeast: status === 'lower-bound' || flags.includes('lower-bound') };
  return { kind: 'status', status };
}

type Row = { year: number; value: number | null; status: ValueStatus };
/** The minors' rows a sentence says: decisions with a figure or status, years still pending, settled rows; missing rows left out. Null when none is left. */
export function emaRows(decided: Row[], settled: Row[]): { decided: Row[]; pending: number[]; settled: Row[] } | null {
  const d = decided.filter((r) => r.status !== 'missing' && r.status !== 'pending');
  const pending = decided.filter((r) => r.status === 'pending').map((r) => r.year);
  const s = settled.filter((r) => r.status !== 'missing');
  return d.length || s.length || pending.length ? { decided: d, pending, settled: s } : null;
}
