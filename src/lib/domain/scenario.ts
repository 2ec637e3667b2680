import { divide, exactValue, perCapita, type Part, type ValueStatus } from './figure.ts';

/**
 * «Hva betyr vedtaket?»: a proposed decision N for the coming year beside the
 * kommune's own record and its peers. The basis is computed at build time
 * from the published figures (src/data/planning.ts) and embedded in the page;
 * the scenario is computed from it here, at build time for the default and in
 * the browser as N changes (src/client/planning.ts). Every division is
 * domain/figure.ts's; nothing here reads the catalogue, so the browser script
 * stays small.
 */

/** A shown value per 1000 inhabitants (or a share), compact. */
export interface RateAt {
  year: number;
  value: number | null;
  status: ValueStatus;
  provisional: boolean;
}

/** The newest decisions per 1000 inhabitants of one reference group's members. */
export interface PeerGroup {
  kind: 'kostra' | 'fylke' | 'land' | 'largest';
  /** «KOSTRA-gruppe 12», «Vestland», «hele landet». */
  label: string;
  year: number;
  /** Members with an exact decision per 1000, of `members`; the others are hidden, pending, not asked or missing. */
  counted: number;
  members: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Some counted member's decision is provisional. */
  provisional: boolean;
}

export interface PlanningBasis {
  name: string;
  /** The newest population (1 January of `year`). */
  population: { year: number; part: Part } | null;
  /** IMDi's newest request to the kommune: the default proposal. */
  request: { year: number; value: number; provisional: boolean } | null;
  /** The kommune's own settled per 1000 inhabitants, the last LAST_YEARS years it has (data/planning.ts), by the site's rate rule. */
  history: RateAt[];
  peers: PeerGroup[];
  /** The whole country's request for the request's year (a sum over kommuner), for N's share of it. */
  nationalRequest: { year: number; part: Part } | null;
  /** Unaccompanied minors decided and settled before, as a sentence (sentences/nb-planning.ts), said when «ja» is chosen. */
  emaLine: string;
}

/** Where a proposal stands against a reference value. */
export type Position = 'lower' | 'about' | 'higher' | 'unknown';

export interface Scenario {
  n: number;
  ema: boolean;
  /** N per 1000 inhabitants (newest population). */
  rate: { value: number | null; status: ValueStatus };
  /** How many years the history holds (LAST_YEARS, fewer for a kommune with a shorter series): the window «highest» looks in. */
  years: number;
  /** The highest of those years (a lower bound says «minst»). */
  highest: (RateAt & { position: Position }) | null;
  /** The median of the years with an exact value, and how many those are. */
  median: { value: number; years: number; of: number; position: Position } | null;
  peers: (PeerGroup & { position: Position })[];
  /** N in percent of the whole country's request. */
  nationalShare: { value: number | null; status: ValueStatus; year: number } | null;
}

/** Within this fraction of a reference value, a proposal reads «omtrent som» it. */
export const ABOUT = 0.1;

/** The largest proposal taken as meant: 10 % of the inhabitants (100 per 1000, far above any year on record), and never above 10 000. */
export function maxProposal(population: number | null): number {
  return Math.min(10_000, Math.max(10, Math.floor((population ?? 100_000) / 10)));
}

export type ProposalError = 'empty' | 'negative' | 'not-integer' | 'not-number' | 'too-large';
export type Parsed = { ok: true; n: number } | { ok: false; error: ProposalError; max: number };

/**
 * A proposal as typed or as found in an address (`?vedtak=40`): a whole
 * number from 0 to maxProposal. Spaces between digit groups («1 000») are
 * allowed; anything else is an error, never a guess.
 */
export function parseProposal(text: string | null | undefined, population: number | null): Parsed {
  const max = maxProposal(population);
  const s = (text ?? '').trim().replace(/(?<=\d)[\s\u00a0\u202f](?=\d)/g, '');
  if (!s) return { ok: false, error: 'empty', max };
  if (/^[-−]\s*\d/.test(s)) return { ok: false, error: 'negative', max };
  if (/^\d+[.,]\d+$/.test(s)) return { ok: false, error: 'not-integer', max };
  if (!/^\d+$/.test(s)) return { ok: false, error: 'not-number', max };
  const n = Number(s);
  if (n > max) return { ok: false, error: 'too-large', max };
  return { ok: true, n };
}

/** «ja» / «nei» in an address; anything else is «nei». */
export const parseEma = (text: string | null | undefined): boolean => text === 'ja';

/** a against b: within ABOUT of b is «about»; a lower bound b can only be said to be above a. */
export function positionOf(a: number | null, b: number | null, { bLowerBound = false } = {}): Position {
  if (a === null || b === null) return 'unknown';
  if (Math.abs(a - b) <= ABOUT * b) return bLowerBound ? 'unknown' : 'about';
  if (a < b) return 'lower';
  return bLowerBound ? 'unknown' : 'higher';
}

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const asPart = (n: number): Part => ({ value: n, status: 'ok', flags: [] });

/** The scenario for a proposal of n (a valid one: parseProposal) from the basis. */
export function scenarioOf(basis: PlanningBasis, n: number, ema: boolean): Scenario {
  const rate = perCapita(asPart(n), basis.population?.part);
  const r = exactValue(rate);
  const valued = basis.history.filter((h) => h.value !== null);
  const top = valued.reduce<RateAt | null>((m, h) => (m === null || h.value! > m.value! ? h : m), null);
  const exact = valued.filter((h) => h.status === 'ok').map((h) => h.value!);
  const mid = median(exact);
  const share = basis.nationalRequest ? divide(asPart(n), basis.nationalRequest.part, 100) : null;
  return {
    n,
    ema,
    rate: { value: rate.value, status: rate.status },
    years: basis.history.length,
    highest: top && {
      ...top,
      position: positionOf(r, top.value, { bLowerBound: top.status === 'lower-bound' }),
    },
    median:
      mid === null ? null : { value: mid, years: exact.length, of: basis.history.length, position: positionOf(r, mid) },
    peers: basis.peers.map((g) => ({ ...g, position: positionOf(r, g.median) })),
    nationalShare:
      share && basis.nationalRequest
        ? { value: share.value, status: share.status, year: basis.nationalRequest.year }
        : null,
  };
}
