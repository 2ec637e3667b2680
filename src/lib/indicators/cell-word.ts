import type { Derived, Figure } from '../domain/figure.ts';
import { MEASURES } from '../domain/measures.ts';
import { statusWordKey } from '../format/status-word.ts';

const units = new Map(MEASURES.map((m) => [m.id, m.unit]));

/**
 * The words for a shown value without a number, by status-word.ts's rule for
 * the published figure the status came from (a cell IMDi's web page hides is
 * «skjult (personvern)», a «.» request «ingen anmodning»), as a
 * language-neutral catalogue key (status-word.ts statusWordKey; the page says
 * it with wordOfKey), or undefined when the status's plain word (t.status) is
 * right. Computed at build, where the figures are known; the browser only
 * gets the keys that differ.
 */
export function cellWord(d: Derived<Figure>): string | undefined {
  if (
    d.value !== null ||
    d.status === 'ok' ||
    d.status === 'lower-bound' ||
    d.status === 'partial' ||
    d.status === 'other-territory'
  )
    return undefined;
  const from = d.parts.find((p) => p.status === d.status);
  const key = statusWordKey(
    d.status,
    from ? { measure: from.measure, unit: units.get(from.measure), source: from.source, flags: from.flags } : {},
  );
  return key === `status.${d.status}` ? undefined : key;
}

/** Sparse year → kommune index → word key, for the cells whose word differs from their status's plain word. */
export type CellWords = Record<string, Record<number, string>>;

export function wordsOf(cells: Derived<Figure>[]): Record<number, string> | undefined {
  const out: Record<number, string> = {};
  let any = false;
  cells.forEach((d, i) => {
    const w = cellWord(d);
    if (w) {
      out[i] = w;
      any = true;
    }
  });
  return any ? out : undefined;
}
