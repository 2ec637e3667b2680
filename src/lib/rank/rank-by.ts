export interface Rankable {
  code: string;
  value: number | null;
}

export interface Ranked<T extends Rankable> {
  item: T;
  /** Competition rank (1, 2, 2, 4); null for items without a value. */
  rank: number | null;
}

/**
 * Rank by value, highest first (or lowest first). Ties share a rank and the
 * next rank skips; items without a value come last, unranked, in code order.
 */
export function rankBy<T extends Rankable>(items: T[], { descending = true } = {}): Ranked<T>[] {
  const withValue = items.filter((i) => i.value !== null && Number.isFinite(i.value));
  const without = items
    .filter((i) => !(i.value !== null && Number.isFinite(i.value)))
    .sort((a, b) => a.code.localeCompare(b.code));
  withValue.sort((a, b) => (descending ? b.value! - a.value! : a.value! - b.value!) || a.code.localeCompare(b.code));
  const out: Ranked<T>[] = [];
  withValue.forEach((item, i) => {
    const prev = out[i - 1];
    out.push({ item, rank: prev && prev.item.value === item.value ? prev.rank : i + 1 });
  });
  for (const item of without) out.push({ item, rank: null });
  return out;
}
