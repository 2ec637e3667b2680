import { formatPer1000, int, one } from '../format/decimals.ts';
import type { ValueStatus } from '../domain/figure.ts';
import type { PeerGroup, Position, RateAt, Scenario } from '../domain/scenario.ts';
import { countCase, emaRows, scenarioFacts } from './planning-shared.ts';
import type { PlanningSentences } from './types.ts';

/**
 * The planning view's sentences, nynorsk (bokmål in nb-planning.ts, the same
 * rules): a number only where it is a value, a lower bound «minst», a
 * provisional figure «førebels», members without a figure counted («27 av
 * 28 kommunar»), a hidden figure never turned into a number. Browser-safe (no
 * catalogue import).
 */

const POSITION: Record<Exclude<Position, 'unknown'>, string> = {
  lower: 'lågare enn',
  about: 'omtrent som',
  higher: 'høgare enn',
};

// This module runs in the browser too, where Chromium has no nynorsk list data (Intl.ListFormat('nn') gives
// English «a, b, and c»): bokmål's «og» is nynorsk's, so it is the fallback.
const joiner = new Intl.ListFormat(['nn', 'nb'], { style: 'long', type: 'conjunction' });
/** «a», «a og b», «a, b og c». */
const list = (items: string[]) => joiner.format(items);
const plural = new Intl.PluralRules('nn');
const kommunar = (n: number) => (plural.select(n) === 'one' ? 'kommune' : 'kommunar');

/** A small share of a whole: «1,2 %», and «under 0,1 %» rather than «0,0 %». */
export function shareText(v: number): string {
  return v > 0 && v < 0.05 ? 'under 0,1\u00a0%' : `${one.format(v)}\u00a0%`;
}

/** «4,10 i 2016», «minst 4,10 i 2016», «4,10 i 2026, førebels». */
function rateIn(h: RateAt): string {
  const v = formatPer1000(h.value!);
  return `${h.status === 'lower-bound' ? 'minst ' : ''}${v} i ${h.year}${h.provisional ? ', førebels' : ''}`;
}

/** «medianen i KOSTRA-gruppe 12 (3,00)», with «27 av 28 kommunar» when some have no figure. */
function peerPart(g: PeerGroup & { position: Position }): string {
  const counted = g.counted < g.members ? `; ${g.counted} av ${g.members} ${kommunar(g.members)}` : '';
  return `${POSITION[g.position as Exclude<Position, 'unknown'>]} medianen ${g.kind === 'land' ? 'for' : 'i'} ${g.label} (${formatPer1000(g.median!)}${counted})`;
}

/**
 * The scenario as a case paper in nynorsk says it: «Eit vedtak på 40 svarar
 * til 2,90 busette per 1000 innbyggjarar (folketal 1. januar 2026). Det er
 * lågare enn det høgaste året til kommunen dei siste ti åra (4,10 i 2016) …»
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
      `Eit vedtak på ${n}: folketalet kommunen skal delast på, manglar, så framlegget kan ikkje reknast per 1000 innbyggjarar.`,
    );
    return out;
  }
  out.push(
    `Eit vedtak på ${n} svarar til ${formatPer1000(f.rate)} busette per 1000 innbyggjarar (folketal 1. januar ${populationYear}).`,
  );
  const own: string[] = [];
  const h = f.highest;
  if (h) own.push(`${POSITION[h.position]} det høgaste året til kommunen dei siste ${f.years} åra (${rateIn(h)})`);
  if (f.median)
    own.push(
      `${POSITION[f.median.position]} medianen for ${f.median.years < f.median.of ? `dei ${f.median.years} åra med fullstendige tal` : 'åra'} (${formatPer1000(f.median.value)})`,
    );
  if (own.length) out.push(`Det er ${list(own)}.`);
  if (f.highestUnknown)
    out.push(
      `Det høgaste året til kommunen dei siste ${f.years} åra var ${rateIn(f.highestUnknown)}; ein del av talet er skjult, så ein kan ikkje seie at framlegget er høgare.`,
    );
  if (f.noHighest)
    out.push(`Kommunen har ingen år med busette per 1000 innbyggjarar å samanlikne med dei siste ${f.years} åra.`);
  const peers = f.peers;
  if (peers.length) {
    const year = f.peerYear;
    const prov = f.peersProvisional ? ', førebels tal' : '';
    out.push(`Samanlikna med dei nyaste vedtaka (${year}${prov}) er det ${list(peers.map(peerPart))}.`);
  }
  const share = f.nationalShare;
  if (share)
    out.push(
      `Framlegget svarar til ${shareText(share.value)} av den samla oppmodinga frå IMDi til kommunane for ${share.year}.`,
    );
  if (s.ema && emaLine) out.push(emaLine);
  return out;
}

/** A count as a sentence says it, or what its status means (never a number for a hidden figure). */
export function countWord(value: number | null, status: ValueStatus, flags: readonly string[] = []): string {
  const c = countCase(value, status, flags);
  if (c.kind === 'none') return 'ingen';
  if (c.kind === 'value') return `${c.atLeast ? 'minst ' : ''}${int.format(c.value)}`;
  return STATUS_WORD[c.status] ?? 'eit ukjent tal';
}
const STATUS_WORD: Partial<Record<ValueStatus, string>> = {
  suppressed: 'eit skjult tal (under 5)',
  missing: 'eit tal kjeldene manglar',
  pending: 'eit tal som ikkje er vedteke enno',
  'not-applicable': 'ingen (ikkje aktuelt)',
};

/**
 * Unaccompanied minors before: «Einslege mindreårige: kommunen vedtok å
 * busette 5 i 2024 og busette 3 i 2022, 4 i 2023 og eit skjult tal (under 5)
 * i 2024.» Years without a figure are left out; a sentence saying so when there is none.
 */
export function emaSentence(
  decided: { year: number; value: number | null; status: ValueStatus }[],
  settled: { year: number; value: number | null; status: ValueStatus }[],
): string {
  const part = (rows: typeof decided) => list(rows.map((r) => `${countWord(r.value, r.status)} i ${r.year}`));
  const rows = emaRows(decided, settled);
  if (!rows) return 'Kjeldene har ingen tal for einslege mindreårige i kommunen.';
  const { decided: d, pending, settled: s } = rows;
  const bits = [
    ...(d.length ? [`vedtok å busette ${part(d)}`] : []),
    ...(pending.length ? [`hadde ikkje vedteke kor mange for ${list(pending.map(String))}`] : []),
    ...(s.length ? [`busette ${part(s)}`] : []),
  ];
  return `Einslege mindreårige: kommunen ${list(bits)}.`;
}

/** «Ved utgangen av 2022 budde 1 740 flyktningar med butid 0–4 år framleis i Oslo, …» (nb-planning.ts retentionSentence). */
export function retentionSentence(r: {
  name: string;
  year: number;
  stayed: { value: number | null; status: ValueStatus };
  settled: { value: number | null; status: ValueStatus; from: number; to: number };
}): string {
  const refugees = (v: number | null) => (v !== null && plural.select(v) === 'one' ? 'flyktning' : 'flyktningar');
  const stayed = countWord(r.stayed.value, r.stayed.status);
  const settled = countWord(r.settled.value, r.settled.status);
  const wasSettled = r.settled.value === 1 && r.settled.status === 'ok' ? 'busett' : 'busette';
  return `Ved utgangen av ${r.year} budde ${stayed} ${refugees(r.stayed.value)} med butid 0–4 år i Noreg framleis i ${r.name}, den første kommunen dei vart busette i. I ${r.settled.from}–${r.settled.to} vart ${settled} ${refugees(r.settled.value)} ${wasSettled} i kommunen. Tala gjeld ikkje nøyaktig dei same personane (butid blir rekna frå innvandringa til Noreg), og nyare tal for flytting finst ikkje i kjeldene.`;
}

/** «IMDi bad kommunen om 5 av 13 000 flyktningar for 2026 (under 0,1 %); kommunen har 1 287 av dei 5 594 000 innbyggjarane i landet (…).» */
export function requestShareSentence(r: {
  year: number;
  request: { own: number; all: number; share: number | null } | null;
  populationYear: number;
  population: { own: number; all: number; share: number | null } | null;
}): string {
  const bits: string[] = [];
  if (r.request)
    bits.push(
      `IMDi bad kommunen om ${int.format(r.request.own)} av ${int.format(r.request.all)} flyktningar for ${r.year}${r.request.share === null ? '' : ` (${shareText(r.request.share)})`}`,
    );
  if (r.population)
    bits.push(
      `${bits.length ? 'kommunen' : 'Kommunen'} har ${int.format(r.population.own)} av dei ${int.format(r.population.all)} innbyggjarane i landet (${r.population.share === null ? '' : `${shareText(r.population.share)}, `}1. januar ${r.populationYear})`,
    );
  return bits.length ? `${bits.join('; ')}.` : '';
}

/** Nynorsk behind the planning interface (sentences/index.ts planningSentencesFor). */
export const nnPlanning: PlanningSentences = {
  shareText,
  scenarioSentences,
  countWord,
  emaSentence,
  retentionSentence,
  requestShareSentence,
};
