import type { CompareState, RefKind } from './compare-state.ts';

/** What /sammenlign/ shows with no query: the four largest cities and the whole country, per 1000 inhabitants. */
export const DEFAULT_VIEW: CompareState = {
  kommuner: ['0301', '4601', '5001', '1103'],
  refs: ['land'],
  measure: 'bosatt',
  perCapita: true,
  from: null,
  to: null,
};

/** The reference group of a kind for the first selected kommune. */
export function refIdFor(
  kind: RefKind,
  primary: { fylkeCode: string; kostra: number | null; centrality: number | null } | undefined,
): string {
  if (kind === 'land' || !primary) return 'land';
  if (kind === 'fylke') return `fylke-${primary.fylkeCode}`;
  if (kind === 'kostra') return primary.kostra === null ? 'land' : `kostra-${primary.kostra}`;
  return primary.centrality === null ? 'land' : `sentralitet-${primary.centrality}`;
}
