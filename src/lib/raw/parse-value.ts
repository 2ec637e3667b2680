import type { Status } from '../domain/observation.ts';
import { IngestError, type Location } from './ingest-error.ts';

/** How a source spells each non-value. Anything else must be a number. */
export type StatusSymbols = Record<string, Exclude<Status, 'ok'>>;

export const IMDI_SYMBOLS: StatusSymbols = {
  ':': 'suppressed',
  '.': 'not-applicable',
  Inf: 'not-applicable',
  '': 'missing',
};

/** Symbols that only a share can hold, with why: read only for measures in percent (extractRows). */
export const SHARE_ONLY_SYMBOLS: Record<string, string> = {
  Inf: 'a share divided by zero, never a count or an amount',
};

export interface ParsedValue {
  value: number | null;
  status: Status;
}

const NUMBER = /^-?(\d+)([.,]\d+)?$/;

/**
 * A publisher's cell → value and status. `decimalComma` accepts `79,46`.
 * A cell that is neither a number nor a declared symbol stops ingest.
 */
export function parseValue(
  cell: string,
  symbols: StatusSymbols,
  where: Location,
  decimalComma = false,
  refused: Record<string, string> = {},
): ParsedValue {
  const s = cell.trim();
  if (Object.hasOwn(refused, s))
    throw new IngestError(where, `expected a number, found ${JSON.stringify(cell)} (rule: «${s}» is ${refused[s]})`);
  if (Object.hasOwn(symbols, s)) return { value: null, status: symbols[s] };
  const m = NUMBER.exec(s);
  if (m && (decimalComma || !m[2] || m[2][0] === '.')) {
    return { value: Number(s.replace(',', '.')), status: 'ok' };
  }
  const known = Object.keys(symbols)
    .map((k) => JSON.stringify(k))
    .join(', ');
  throw new IngestError(where, `expected a number or one of ${known}, found ${JSON.stringify(cell)}`);
}
