/**
 * The site's number formats (nb-NO), without the message catalogue, so the
 * small browser scripts can share them: whole numbers, one decimal (percent),
 * two decimals (per 1000 inhabitants). format/number.ts builds on these.
 */
export const int = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
export const one = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Per 1000 always with two decimals (10,70, 0,00), as the downloads round them (export-table.ts SHOWN_DECIMALS): one rule per unit. */
export const two = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A value per 1000 inhabitants as every page shows it: «2,90», «≥ 2,90» for a lower bound. */
export function formatPer1000(v: number, { lowerBound = false } = {}): string {
  return `${lowerBound ? '≥\u00a0' : ''}${two.format(v)}`;
}
