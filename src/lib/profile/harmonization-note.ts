import type { Kommune } from '../domain/kommune.ts';

interface PredecessorLike { code: string; name: string; firstYear: number; lastYear: number; kind: 'split' | 'part-of-split' | 'merged'; successors: string[] }

/** "Tysfjord (1850, til 2019)"; the first year only where the change table knows it (codes created 2012 or later). */
export function predecessorLabel(p: Pick<PredecessorLike, 'code' | 'name' | 'firstYear' | 'lastYear'>): string {
  return p.firstYear > 2011 ? `${p.name} (${p.code}, ${p.firstYear}–${p.lastYear})` : `${p.name} (${p.code}, til ${p.lastYear})`;
}

/**
 * One plain sentence on how this kommune's series were put together: which
 * earlier codes were summed or renumbered, and which were split (shown apart).
 */
export function harmonizationNote(k: Kommune, predecessors: PredecessorLike[]): string {
  const own = k.history.map((h) => {
    const [code, span, name] = h.split(':');
    return { code: code.replace('*', ''), split: code.endsWith('*'), span: span.replace('-', '–'), name: name ?? '' };
  });
  const earlier = own.filter((h) => !h.split && !(h.code === k.code && own.length === 1));
  const parts: string[] = [];
  if (earlier.length > 1 || (earlier.length === 1 && earlier[0].code !== k.code)) {
    parts.push(`Tallene er lagt på dagens ${k.name} (${k.code}) fra disse kommunenumrene: ${earlier.map((h) => `${h.name} ${h.code} (${h.span})`).join(', ')}. Der flere numre gjelder samme år, er antall og kroner summert; andeler kan ikke summeres og vises for hver tidligere kommune for seg.`);
  }
  const split = predecessors.filter((p) => p.kind === 'split');
  const partOf = predecessors.filter((p) => p.kind === 'part-of-split');
  if (split.length) {
    const list = (ps: PredecessorLike[]) => ps.map(predecessorLabel).join(', ');
    parts.push(`${list(split)} ble delt mellom flere av dagens kommuner${partOf.length ? `; det samme gjelder kommunene som før var slått sammen til den: ${list(partOf)}` : ''}. Tallene deles aldri opp, men vises for hver tidligere kommune for seg under «Tidligere kommuner», på sidene til alle kommunene de ble delt mellom.`);
  }
  return parts.join(' ');
}
