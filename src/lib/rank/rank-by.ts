export interface Rankable {
  code: string;
  value: number | null;
  /**
   * The value's status. Only an exact value ('ok', or no status given) is
   * ranked; a lower bound ('lower-bound', «≥») or a value for part of a group
   * ('partial') is listed after the ranked ones, by its value, without a rank.
   */
  status?: string;
}

export interface Ranked<T extends Rankable> {
  item: T;
  /** Competition rank (1, 2, 2, 4) among exact values; null for lower bounds and items without a value. */
  rank: number | null;
  /** A value that is only a lower bound (or partial): shown with «≥», never ranked. */
  notExact: boolean;
}

const hasValue = (i: Rankable) => i.value !== null && Number.isFinite(i.value);
const isExact = (i: Rankable) => i.status === undefined || i.status === 'ok';

/**
 * Rank by value, highest first (or lowest first). Ties share a rank and the
 * next rank skips. The one ranking rule of the site: only exact values are
 * ranked. A lower bound («≥ 200 %») could belong anywhere above its bound, so
 * it gets no rank: such items come after the ranked ones, in the order of
 * their bounds, then items without a value, in code order.
 */
export function rankBy<T extends Rankable>(items: T[], { descending = true } = {}): Ranked<T>[] {
  const byValue = (a: T, b: T) =>
    (descending ? b.value! - a.value! : a.value! - b.value!) || a.code.localeCompare(b.code);
  const exact = items.filter((i) => hasValue(i) && isExact(i)).sort(byValue);
  const bounds = items.filter((i) => hasValue(i) && !isExact(i)).sort(byValue);
  const without = items.filter((i) => !hasValue(i)).sort((a, b) => a.code.localeCompare(b.code));
  const out: Ranked<T>[] = [];
  exact.forEach((item, i) => {
    const prev = out[i - 1];
    out.push({ item, rank: prev && prev.item.value === item.value ? prev.rank : i + 1, notExact: false });
  });
  for (const item of bounds) out.push({ item, rank: null, notExact: true });
  for (const item of without) out.push({ item, rank: null, notExact: false });
  return out;
}
