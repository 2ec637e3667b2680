import {
  DEFAULT_MEASURE,
  MAX_KOMMUNER,
  serializeCompareState,
  type CompareState,
  type RefKind,
} from './compare-state.ts';

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

/**
 * The profile's link to the comparison: the kommune per 1000 inhabitants beside
 * the whole country, its fylke and its KOSTRA group — leaving out a group whose
 * only member is the kommune itself (Oslo is alone in its fylke and in KOSTRA
 * group 13: three identical lines otherwise) and a KOSTRA group it has none of.
 */
export function profileCompareHref(
  k: { code: string; fylkeCode: string; kostraGroup: number | null; centrality: number | null },
  membersOf: (refId: string) => readonly string[] | undefined,
): string {
  const primary = { fylkeCode: k.fylkeCode, kostra: k.kostraGroup, centrality: k.centrality };
  const refs = (['land', 'fylke', 'kostra'] as RefKind[]).filter((kind) => {
    if (kind === 'land') return true;
    if (kind === 'kostra' && k.kostraGroup === null) return false;
    return (membersOf(refIdFor(kind, primary)) ?? []).some((c) => c !== k.code);
  });
  return `/sammenlign/${serializeCompareState({
    kommuner: [k.code],
    refs,
    measure: DEFAULT_MEASURE,
    perCapita: true,
    from: null,
    to: null,
  })}`;
}

/**
 * «Planlegg vedtaket»'s link to the comparison: the kommune first, then its peers as the section shows
 * them (its KOSTRA group, or the largest kommuner for a group of one) where they fit side by side — else
 * the KOSTRA group as a reference line —, decisions per 1000 inhabitants beside the fylke (not a fylke of
 * one) and the whole country. The proposal (`vedtak=N`) is added by proposalCompareHref, as it changes.
 */
export function planningCompareBase(
  k: { code: string; fylkeCode: string; kostraGroup: number | null; centrality: number | null },
  peers: { codes: readonly string[]; kostra: boolean },
  membersOf: (refId: string) => readonly string[] | undefined,
): string {
  const others = peers.codes.filter((c) => c !== k.code);
  const fits = others.length + 1 <= MAX_KOMMUNER;
  const primary = { fylkeCode: k.fylkeCode, kostra: k.kostraGroup, centrality: k.centrality };
  const refs: RefKind[] = ['land'];
  if ((membersOf(refIdFor('fylke', primary)) ?? []).some((c) => c !== k.code)) refs.push('fylke');
  if (peers.kostra && !fits) refs.push('kostra');
  return `/sammenlign/${serializeCompareState({
    kommuner: [k.code, ...(fits ? others : peers.kostra ? [] : others.slice(0, MAX_KOMMUNER - 1))],
    refs,
    measure: 'vedtak',
    perCapita: true,
    from: null,
    to: null,
  })}`;
}
