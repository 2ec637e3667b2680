import type { ValueStatus } from '../domain/figure.ts';
import type { PeerGroup, Position, RateAt, Scenario } from '../domain/scenario.ts';
import { countCase, emaRows, scenarioFacts } from './planning-shared.ts';
import type { PlanningSentences } from './types.ts';

/**
 * The planning view's sentences, English: the same exports and rules as
 * sentences/nb-planning.ts — a number is written only when it is a value; a
 * lower bound is «at least», a provisional figure «provisional», members
 * without a figure are counted («27 of 28 municipalities»), and a withheld
 * figure is never turned into a number. Browser-safe (no catalogue import).
 */

const LOCALE = 'en-GB';
const int = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const two = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const listFormat = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const list = (items: string[]) => listFormat.format(items);
/** Per 1,000 with two decimals, as every page shows it («2.90»). */
const per1000 = (v: number) => two.format(v);

const POSITION: Record<Exclude<Position, 'unknown'>, string> = {
  lower: 'lower than',
  about: 'about the same as',
  higher: 'higher than',
};

/** A small share of a whole as a sentence says it: «1.2%», and «under 0.1%» rather than «0.0%». */
export function shareText(v: number): string {
  return v > 0 && v < 0.05 ? 'under 0.1%' : `${one.format(v)}%`;
}

/** «4.10 in 2016», «at least 4.10 in 2016», «4.10 in 2026, provisional». */
function rateIn(h: RateAt): string {
  const v = per1000(h.value!);
  return `${h.status === 'lower-bound' ? 'at least ' : ''}${v} in ${h.year}${h.provisional ? ', provisional' : ''}`;
}

/** «the median in KOSTRA group 12 (3.00)», with «27 of 28 municipalities» when some have no figure. */
function peerPart(g: PeerGroup & { position: Position }): string {
  const counted = g.counted < g.members ? `; ${g.counted} of ${g.members} municipalities` : '';
  return `${POSITION[g.position as Exclude<Position, 'unknown'>]} the median ${g.kind === 'land' ? 'for' : 'in'} ${g.label} (${per1000(g.median!)}${counted})`;
}

/**
 * The scenario as a case paper says it: «A decision of 40 corresponds to 2.90
 * settled per 1,000 inhabitants (population on 1 January 2026). That is lower
 * than the municipality's highest year in the last ten years (4.10 in 2016)
 * and higher than the median for the years (1.20). …»
 */
export function scenarioSentences(
  s: Scenario,
  { populationYear, emaLine }: { populationYear: number | null; emaLine?: string },
): string[] {
  const out: string[] = [];
  const n = int.format(s.n);
  const f = scenarioFacts(s, populationYear);
  if (!f) {
    out.push(
      `A decision of ${n}: the population the municipality is divided by is missing, so the proposal cannot be computed per 1,000 inhabitants.`,
    );
    return out;
  }
  out.push(
    `A decision of ${n} corresponds to ${per1000(f.rate)} settled per 1,000 inhabitants (population on 1 January ${populationYear}).`,
  );
  const own: string[] = [];
  const h = f.highest;
  if (h)
    own.push(`${POSITION[h.position]} the municipality's highest year in the last ${f.years} years (${rateIn(h)})`);
  if (f.median)
    own.push(
      `${POSITION[f.median.position]} the median for ${f.median.years < f.median.of ? `the ${f.median.years} years with complete figures` : 'the years'} (${per1000(f.median.value)})`,
    );
  if (own.length) out.push(`That is ${list(own)}.`);
  if (f.highestUnknown)
    out.push(
      `The municipality's highest year in the last ${f.years} years was ${rateIn(f.highestUnknown)}; part of the figure is withheld, so the proposal cannot be said to be higher.`,
    );
  if (f.noHighest)
    out.push(
      `The municipality has no year with settled per 1,000 inhabitants to compare with in the last ${f.years} years.`,
    );
  const peers = f.peers;
  if (peers.length) {
    const year = f.peerYear;
    const prov = f.peersProvisional ? ', provisional figures' : '';
    out.push(`Compared with the newest decisions (${year}${prov}), it is ${list(peers.map(peerPart))}.`);
  }
  const share = f.nationalShare;
  if (share)
    out.push(
      `The proposal corresponds to ${shareText(share.value)} of IMDi's total request to the municipalities for ${share.year}.`,
    );
  if (s.ema && emaLine) out.push(emaLine);
  return out;
}

/** A count as a sentence says it, or what its status means (never a number for a withheld figure). */
export function countWord(value: number | null, status: ValueStatus, flags: readonly string[] = []): string {
  const c = countCase(value, status, flags);
  if (c.kind === 'none') return 'none';
  if (c.kind === 'value') return `${c.atLeast ? 'at least ' : ''}${int.format(c.value)}`;
  return STATUS_WORD[c.status] ?? 'an unknown number';
}
const STATUS_WORD: Partial<Record<ValueStatus, string>> = {
  suppressed: 'a withheld number (fewer than 5)',
  missing: 'a number the sources lack',
  pending: 'a number not yet decided',
  'not-applicable': 'none (not applicable)',
};

/**
 * Unaccompanied minors before: «Unaccompanied minors: the municipality
 * decided to settle 5 in 2024 and settled 3 in 2022, 4 in 2023 and a withheld
 * number (fewer than 5) in 2024.» Years without a figure are left out.
 */
export function emaSentence(
  decided: { year: number; value: number | null; status: ValueStatus }[],
  settled: { year: number; value: number | null; status: ValueStatus }[],
): string {
  const part = (rows: typeof decided) => list(rows.map((r) => `${countWord(r.value, r.status)} in ${r.year}`));
  const rows = emaRows(decided, settled);
  if (!rows) return 'The sources have no figures for unaccompanied minors in the municipality.';
  const { decided: d, pending, settled: s } = rows;
  const bits = [
    ...(d.length ? [`decided to settle ${part(d)}`] : []),
    ...(pending.length ? [`had not decided how many for ${list(pending.map(String))}`] : []),
    ...(s.length ? [`settled ${part(s)}`] : []),
  ];
  return `Unaccompanied minors: the municipality ${list(bits)}.`;
}

/**
 * «At the end of 2022, 1,740 refugees with 0–4 years of residence in Norway
 * still lived in Oslo, the first municipality they were settled in. …» — the
 * secondary-migration figures as far as they go.
 */
export function retentionSentence(r: {
  name: string;
  year: number;
  stayed: { value: number | null; status: ValueStatus };
  settled: { value: number | null; status: ValueStatus; from: number; to: number };
}): string {
  const stayed = countWord(r.stayed.value, r.stayed.status);
  const settled = countWord(r.settled.value, r.settled.status);
  return `At the end of ${r.year}, ${stayed} refugees with 0–4 years of residence in Norway still lived in ${r.name}, the first municipality they were settled in. In ${r.settled.from}–${r.settled.to}, ${settled} refugees were settled in the municipality. The figures do not cover exactly the same people (years of residence count from immigration to Norway), and the sources have no newer figures on moving.`;
}

/**
 * «IMDi requested 5 of 13,000 refugees from the municipality for 2026 (under
 * 0.1%); the municipality has 1,287 of the country's 5,594,000 inhabitants
 * (under 0.1%, 1 January 2026).»
 */
export function requestShareSentence(r: {
  year: number;
  request: { own: number; all: number; share: number | null } | null;
  populationYear: number;
  population: { own: number; all: number; share: number | null } | null;
}): string {
  const bits: string[] = [];
  if (r.request)
    bits.push(
      `IMDi requested ${int.format(r.request.own)} of ${int.format(r.request.all)} refugees from the municipality for ${r.year}${r.request.share === null ? '' : ` (${shareText(r.request.share)})`}`,
    );
  if (r.population)
    bits.push(
      `${bits.length ? 'the municipality' : 'The municipality'} has ${int.format(r.population.own)} of the country's ${int.format(r.population.all)} inhabitants (${r.population.share === null ? '' : `${shareText(r.population.share)}, `}1 January ${r.populationYear})`,
    );
  return bits.length ? `${bits.join('; ')}.` : '';
}

/** English behind the planning interface (sentences/index.ts planningSentencesFor). */
export const enPlanning: PlanningSentences = {
  shareText,
  scenarioSentences,
  countWord,
  emaSentence,
  retentionSentence,
  requestShareSentence,
};
