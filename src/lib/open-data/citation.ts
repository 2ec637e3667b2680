import type { Strings } from '../../i18n/nb.ts';
import { dateInWords } from '../format/date.ts';

export interface DatasetStamp {
  /** Short content hash of the published figures (domain/data-version.ts). */
  version: string;
  /** The newest source file's date (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: string;
}

/**
 * The suggested citation of a page or of the whole dataset: Bosettingstall,
 * the dataset's year, what is cited, the dataset version and its date in
 * words, and the address (one rule for the «Siter» boxes and «Last ned data»).
 */
export function citation(t: Strings, what: string, stamp: DatasetStamp, url: string): string {
  return t.openData.cite.text(what, stamp.version, dateInWords(stamp.date, t.lang), stamp.date.slice(0, 4), url);
}
