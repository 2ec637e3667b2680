import type { Kommune } from '../domain/kommune.ts';

interface PredecessorLike { code: string; name: string; firstYear: number; lastYear: number; successors: string[] }

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
  const split = predecessors.filter((p) => p.successors.length > 1);
  const parts: string[] = [];
  if (summed.length) {
    parts.push(`Tallene for ${k.name} før siste reform er summen av de tidligere kommunenumrene ${summed.map((h) => `${h.code} (${h.span.replace('-', '–')})`).join(', ')} der tallene kan summeres (antall og kroner); andeler vises for hver tidligere kommune for seg.`);
  }
  if (split.length) {
    parts.push(`${split.map((p) => `${p.name} (${p.code}, ${p.firstYear}–${p.lastYear})`).join(', ')} ble delt mellom flere kommuner; tallene deles ikke opp, men vises for den tidligere kommunen under «Tidligere kommuner».`);
  }
  return parts.join(' ');
}
