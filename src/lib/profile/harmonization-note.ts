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
    const [code, span] = h.split(':');
    return { code: code.replace('*', ''), split: code.endsWith('*'), span };
  });
  const summed = own.filter((h) => !h.split && h.code !== k.code);
  const split = predecessors.filter((p) => p.kind === 'split');
  const partOf = predecessors.filter((p) => p.kind === 'part-of-split');
  const parts: string[] = [];
  if (summed.length) {
    parts.push(`Tallene for ${k.name} før siste reform er summen av de tidligere kommunenumrene ${summed.map((h) => `${h.code} (${h.span.replace('-', '–')})`).join(', ')} der tallene kan summeres (antall og kroner); andeler vises for hver tidligere kommune for seg.`);
  }
  if (split.length) {
    const list = (ps: PredecessorLike[]) => ps.map(predecessorLabel).join(', ');
    parts.push(`${list(split)} ble delt mellom flere av dagens kommuner${partOf.length ? `; det samme gjelder kommunene som før var slått sammen til den: ${list(partOf)}` : ''}. Tallene deles aldri opp, men vises for hver tidligere kommune for seg under «Tidligere kommuner», på sidene til alle kommunene de ble delt mellom.`);
  }
  return parts.join(' ');
}
