import { t } from '../../i18n/nb.ts';
import { parseProposal } from '../domain/scenario.ts';
import { getCompareMeasure } from './compare-measures.ts';

/** The whole comparison view, as it lives in the URL. */
export interface CompareState {
  kommuner: string[];
  refs: RefKind[];
  measure: string;
  perCapita: boolean;
  from: number | null;
  to: number | null;
  /**
   * A proposed decision for the first kommune's coming year (`vedtak=40`, from the profile's
   * «Planlegg vedtaket»): marked in the chart and the table as a proposal, never as a figure (proposal.ts).
   */
  proposal?: number | null;
}

export const REF_KINDS = ['land', 'fylke', 'kostra', 'sentralitet'] as const;
export type RefKind = (typeof REF_KINDS)[number];
export const MAX_KOMMUNER = 10;
export const DEFAULT_MEASURE = 'bosatt';

export interface ParseResult {
  state: CompareState;
  /** What the link held that is not known, said plainly on the page. */
  ignored: string[];
}

/** Parse ?k=0301,4601&ref=land,kostra&mal=bosatt&per1000=1&fra=2015&til=2024. Junk is dropped and reported. */
export function parseCompareState(query: string, known: (code: string) => boolean): ParseResult {
  const p = new URLSearchParams(query);
  const ignored: string[] = [];
  const kommuner: string[] = [];
  for (const raw of (p.get('k') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const code = /^\d{3,4}$/.test(raw) ? raw.padStart(4, '0') : raw;
    if (!known(code)) ignored.push(`kommunenummer «${raw.slice(0, 20)}»`);
    else if (kommuner.includes(code)) continue;
    else if (kommuner.length >= MAX_KOMMUNER) ignored.push(`kommune ${code} (høyst ${MAX_KOMMUNER})`);
    else kommuner.push(code);
  }
  const refs: RefKind[] = [];
  for (const r of (p.get('ref') ?? '').split(',').filter(Boolean)) {
    if ((REF_KINDS as readonly string[]).includes(r)) {
      if (!refs.includes(r as RefKind)) refs.push(r as RefKind);
    } else ignored.push(`referanse «${r.slice(0, 20)}»`);
  }
  const m = p.get('mal');
  let measure = DEFAULT_MEASURE;
  if (m && getCompareMeasure(m)) measure = m;
  else if (m) ignored.push(`mål «${m.slice(0, 30)}»`);
  const year = (v: string | null) =>
    v && /^\d{4}$/.test(v) && Number(v) >= 1986 && Number(v) <= 2100 ? Number(v) : null;
  let from = year(p.get('fra'));
  let to = year(p.get('til'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const perCapita = p.get('per1000') === '1' && getCompareMeasure(measure)!.kind === 'count';
  // The proposal by the planning section's rule (a whole number from 0; the kommune's own ceiling,
  // 10 % of its inhabitants, is checked once its figures are loaded: proposal.ts checkProposal).
  let proposal: number | null = null;
  if (p.has('vedtak')) {
    const parsed = parseProposal(p.get('vedtak'), null);
    if (parsed.ok && kommuner.length) proposal = parsed.n;
    else ignored.push(t.compare.proposal.ignored((p.get('vedtak') ?? '').slice(0, 20)));
  }
  return { state: { kommuner, refs, measure, perCapita, from, to, proposal }, ignored };
}

export function serializeCompareState(s: CompareState): string {
  const p = new URLSearchParams();
  if (s.kommuner.length) p.set('k', s.kommuner.join(','));
  if (s.refs.length) p.set('ref', s.refs.join(','));
  if (s.measure !== DEFAULT_MEASURE) p.set('mal', s.measure);
  if (s.perCapita) p.set('per1000', '1');
  if (s.from !== null) p.set('fra', String(s.from));
  if (s.to !== null) p.set('til', String(s.to));
  if (s.proposal !== undefined && s.proposal !== null) p.set('vedtak', String(s.proposal));
  const q = p.toString().replaceAll('%2C', ',');
  return q ? `?${q}` : '';
}
