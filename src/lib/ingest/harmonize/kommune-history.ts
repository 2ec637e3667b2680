import { codesValidIn, successorsOf, type ChangeIndex } from '../../domain/code-changes.ts';

/** The first year of a code's run of validity ending in lastYear (not before `from`). */
export function firstYearOf(index: ChangeIndex, code: string, lastYear: number, { from }: { from: number }): number {
  let y = lastYear;
  while (y > from && codesValidIn(index, y - 1).has(code)) y--;
  return y;
}

/**
 * Earlier codes (1995–2023) whose figures go to each current kommune:
 * `code:first-last:name`, `*` after a code that was split. One pass over all years and codes.
 */
export function historiesOf(
  index: ChangeIndex,
  nameOf: (code: string, year: number) => string | undefined,
  { currentYear }: { currentYear: number },
): Map<string, string[]> {
  const spans = new Map<string, Map<string, [number, number]>>();
  for (let y = 1995; y < currentYear; y++) {
    for (const c of codesValidIn(index, y)) {
      const s = successorsOf(index, c, y);
      for (const target of s) {
        let m = spans.get(target);
        if (!m) {
          m = new Map();
          spans.set(target, m);
        }
        const key = s.length > 1 ? `${c}*` : c;
        const span = m.get(key);
        if (span) span[1] = y;
        else m.set(key, [y, y]);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [target, m] of spans) {
    out.set(
      target,
      [...m].map(([c, [a, b]]) => `${c}:${a}-${b}:${nameOf(c.replace('*', ''), b) ?? (c === target ? '' : c)}`).sort(),
    );
  }
  return out;
}
