/**
 * One published figure. Status keeps suppressed, not-applicable, pending and
 * missing apart from zero all the way to the page: `value` is null unless
 * status is 'ok'.
 */
export const STATUSES = ['ok', 'suppressed', 'not-applicable', 'missing', 'pending'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Flags on a figure:
 * - provisional: from a file made before the figure's year ended;
 * - lower-bound: a sum over predecessor kommuner where a part was suppressed or missing;
 * - scraped: read from a secondary, name-matched copy of an IMDi web page.
 */
export const FLAGS = ['provisional', 'lower-bound', 'scraped'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Observation {
  /** 2024 kommune code (4 digits), or a predecessor key `code:lastYear` (see predecessor.ts). */
  region: string;
  /** Year the figure is for (YYYY). */
  period: string;
  measure: string;
  /** Breakdown within the measure ('' = total). */
  group: string;
  value: number | null;
  status: Status;
  flags: Flag[];
  /** The source-year kommune codes this figure was built from (summed when more than one). */
  from: string[];
  source: string;
}
