import { formatPer1000, int, one } from '../format/decimals.ts';
import type { ValueStatus } from '../domain/figure.ts';
import type { PeerGroup, Position, RateAt, Scenario } from '../domain/scenario.ts';
import { countCase, emaRows, scenarioFacts } from './planning-shared.ts';
import type { PlanningSentences } from './types.ts';

/**
 * The planning view's sentences, bokmål, in the style of sentences/nb.ts: a
 * number is written only when it is a value; a lower bound is «minst», a
 * provisional figure «foreløpig», members without a figure are counted
 * («27 av 28 kommuner»), and a hidden figure is never turned into a number.
 * Browser-safe (no catalogue import): the profile's script rewrites these as
 * the proposal changes.
 */

const POSITION: Record<Exclude<Position, 'unknown'>, string> = {
  lower: 'lavere enn',
  about: 'omtrent som',
  higher: 'høyere enn',
};

/** «a», «a og b», «a, b og c» (the catalogue's t.list, repeated here only to keep the browser script small). */
const list = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;

/** A small share of a whole as a sentence says it: «1,2 %», and «under 0,1 %» rather than «0,0 %». */
export function shareText(v: number): string {
  return v > 0 && v < 0.05 ? 'under 0,1\u00a0%' : `${one.format(v)}\u00a0%`;
}

/** «4,10 i 2016», «minst 4,10 i 2016», «4,10 i 2026, foreløpig». */
function rateIn(h: RateAt): string {
  const v = formatPer1000(h.value!);
  return `${h.status === 'lower-bound' ? 'minst ' : ''}${v} i ${h.year}${h.provisional ? ', foreløpig' : ''}`;
}

/** «medianen i KOSTRA-gruppe 12 (3,00)», with «27 av 28 kommuner» when some have no figure. */
function peerPart(g: PeerGroup & { position: Position }): string {
  const counted = g.counted < g.members ? `; ${g.counted} av ${g.members} kommuner` : '';
  return `${POSITION[g.position as Exclude<Position, 'unknown'>]} medianen ${g.kind === 'land' ? 'for' : 'i'} ${g.label} (${formatPer1000(g.median!)}${counted})`;
}

/**
 * The scenario as a case paper says it: «Et vedtak på 40 tilsvarer 2,90
 * bosatte per 1000 innbyggere (folketall 1. januar 2026). Det er lavere enn
 * kommunens høyeste år de siste ti årene (4,10 i 2016) og høyere enn medianen
 * for årene (1,20). …»
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
      `Et vedtak på ${n}: folketallet kommunen skal deles på mangler, så forslaget kan ikke regnes per 1000 innbyggere.`,
    );
    return out;
  }
  out.push(
    `Et vedtak på ${n} tilsvarer ${formatPer1000(f.rate)} bosatte per 1000 innbyggere (folketall 1. januar ${populationYear}).`,
  );
  const own: string[] = [];
  const h = f.highest;
  if (h) own.push(`${POSITION[h.position]} kommunens høyeste år de siste ${f.years} årene (${rateIn(h)})`);
  if (f.median)
    own.push(
      `${POSITION[f.median.position]} medianen for ${f.median.years < f.median.of ? `de ${f.median.years} årene med fullstendige tall` : 'årene'} (${formatPer1000(f.median.value)})`,
    );
  if (own.length) out.push(`Det er ${list(own)}.`);
  if (f.highestUnknown)
    out.push(
      `Kommunens høyeste år de siste ${f.years} årene var ${rateIn(f.highestUnknown)}; en del av tallet er skjult, så forslaget kan ikke sies å være høyere.`,
    );
  if (f.noHighest)
    out.push(`Kommunen har ingen år med bosatte per 1000 innbyggere å sammenligne med de siste ${f.years} årene.`);
  const peers = f.peers;
  if (peers.length) {
    const year = f.peerYear;
    const prov = f.peersProvisional ? ', foreløpige tall' : '';
    out.push(`Sammenlignet med de nyeste vedtakene (${year}${prov}) er det ${list(peers.map(peerPart))}.`);
  }
  const share = f.nationalShare;
  if (share)
    out.push(
      `Forslaget tilsvarer ${shareText(share.value)} av IMDis samlede anmodning til kommunene for ${share.year}.`,
    );
  if (s.ema && emaLine) out.push(emaLine);
  return out;
}

/** A count as a sentence says it, or what its status means (never a number for a hidden figure). */
export function countWord(value: number | null, status: ValueStatus, flags: readonly string[] = []): string {
  const c = countCase(value, status, flags);
  if (c.kind === 'none') return 'ingen';
  if (c.kind === 'value') return `${c.atLeast ? 'minst ' : ''}${int.format(c.value)}`;
  return STATUS_WORD[c.status] ?? 'ukjent antall';
}
const STATUS_WORD: Partial<Record<ValueStatus, string>> = {
  suppressed: 'et skjult antall (under 5)',
  missing: 'et antall kildene mangler',
  pending: 'et antall som ikke er vedtatt ennå',
  'not-applicable': 'ingen (ikke aktuelt)',
};

/**
 * Unaccompanied minors before: «Enslige mindreårige: kommunen vedtok å
 * bosette 5 i 2024 og bosatte 3 i 2022, 4 i 2023 og et skjult antall (under
 * 5) i 2024.» Years without a figure are left out; '' when there is none.
 */
export function emaSentence(
  decided: { year: number; value: number | null; status: ValueStatus }[],
  settled: { year: number; value: number | null; status: ValueStatus }[],
): string {
  const part = (rows: typeof decided) => list(rows.map((r) => `${countWord(r.value, r.status)} i ${r.year}`));
  const rows = emaRows(decided, settled);
  if (!rows) return 'Kildene har ingen tall for enslige mindreårige i kommunen.';
  const { decided: d, pending, settled: s } = rows;
  const bits = [
    ...(d.length ? [`vedtok å bosette ${part(d)}`] : []),
    ...(pending.length ? [`hadde ikke vedtatt hvor mange for ${list(pending.map(String))}`] : []),
    ...(s.length ? [`bosatte ${part(s)}`] : []),
  ];
  return `Enslige mindreårige: kommunen ${list(bits)}.`;
}

/**
 * «Ved utgangen av 2022 bodde 1 740 flyktninger med botid 0–4 år fortsatt i
 * Oslo, den første kommunen de ble bosatt i. I 2018–2022 ble 2 787 bosatt i
 * kommunen.» — the secondary-migration figures as far as they go, with their
 * years and what they do not match.
 */
export function retentionSentence(r: {
  name: string;
  year: number;
  stayed: { value: number | null; status: ValueStatus };
  settled: { value: number | null; status: ValueStatus; from: number; to: number };
}): string {
  const stayed = countWord(r.stayed.value, r.stayed.status);
  const settled = countWord(r.settled.value, r.settled.status);
  return `Ved utgangen av ${r.year} bodde ${stayed} flyktninger med botid 0–4 år i Norge fortsatt i ${r.name}, den første kommunen de ble bosatt i. I ${r.settled.from}–${r.settled.to} ble ${settled} flyktninger bosatt i kommunen. Tallene gjelder ikke nøyaktig de samme personene (botid regnes fra innvandringen til Norge), og nyere tall for flytting finnes ikke i kildene.`;
}

/**
 * «IMDi anmodet kommunen om 5 av 13 000 for 2026 (under 0,1 %); kommunen har
 * 1 287 av landets 5 594 000 innbyggere (under 0,1 %, 1. januar 2026).» The
 * counts as published, the shares from exact values only.
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
      `IMDi anmodet kommunen om ${int.format(r.request.own)} av ${int.format(r.request.all)} flyktninger for ${r.year}${r.request.share === null ? '' : ` (${shareText(r.request.share)})`}`,
    );
  if (r.population)
    bits.push(
      `${bits.length ? 'kommunen' : 'Kommunen'} har ${int.format(r.population.own)} av landets ${int.format(r.population.all)} innbyggere (${r.population.share === null ? '' : `${shareText(r.population.share)}, `}1. januar ${r.populationYear})`,
    );
  return bits.length ? `${bits.join('; ')}.` : '';
}

/** Bokmål behind the planning interface (sentences/index.ts planningSentencesFor). */
export const nbPlanning: PlanningSentences = {
  shareText,
  scenarioSentences,
  countWord,
  emaSentence,
  retentionSentence,
  requestShareSentence,
};
