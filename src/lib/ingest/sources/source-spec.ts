import type { Encoding } from '../../raw/decode.ts';
import type { StatusSymbols } from '../../raw/parse-value.ts';
import type { PublisherPage } from './publisher-pages.ts';

/**
 * One publisher file and how to read it. Every quirk of a source is written
 * here as data; the adapters and the extractor stay generic.
 */
export interface SourceSpec {
  id: string;
  /** Path under the raw directory. */
  file: string;
  publisher: string;
  /** Publisher's table name. */
  table: string;
  title: string;
  /** The publisher's own page or table: the source a reader is shown, first and as a link. */
  page: PublisherPage;
  /** Where the copy came from (repository path and commit): provenance, shown on «Om dataene» under «hentet fra». */
  origin: string;
  licence: string;
  /** Date the publisher's file was made (YYYY-MM-DD), as far as known. */
  vintage: string;
  format: CsvFormat | WideCsvFormat | XlsxFormat | VedtakListFormat | JsonStatFormat | NokkeltallFormat;
  /** Figures for the vintage's own year or later came from a file made before the year ended. */
  provisional: 'calendar-year' | 'never';
  rows?: RowSpec;
  /** The rows the file must have (kommuner × years × categories) and its known gaps, checked by check-completeness.ts. */
  completeness: Completeness | Unchecked;
  /**
   * Written by `npm run fetch`: read only when the raw directory has the file, with the
   * vintage from its fetch-manifest.json entry (the `vintage` here is a placeholder).
   */
  fetched?: true;
  /**
   * Measures and groups whose cells the copy hides by a rule of its own that can hide 5 or more
   * (IMDi's web pages hide where settled minus Ukrainians is under 5): where another file prints
   * the figure, that figure stands.
   */
  hiddenYields?: { measure: string; group: string }[];
  /**
   * Measures and groups whose «.» this copy cannot qualify in words (IMDi's CSV export has no wording
   * column): where another file words the same cell «avventer vedtak» (pending), that word stands.
   */
  dotYieldsToPending?: { measure: string; group: string }[];
  /**
   * A total and a part of it that the copy hides so that their difference is not revealed (IMDi's 2022 page hides
   * where settled minus collective protection is under 5). The one rule for its hidden cells: a hidden cell gives
   * way to another file's figure (hiddenYields) only where that does not reveal the difference, i.e. never so that
   * the total and the part are both published as figures for a row where the copy hid either. Checked at ingest
   * (build-dataset.ts checkHiddenDifference).
   */
  hidesDifference?: { total: { measure: string; group: string }; part: { measure: string; group: string } };
  /**
   * The file's «.» cells that are not published as a row of their own, declared with their count so that
   * «Om dataene» can say why (ingest stops when the file's count differs): `outOfPeriod`, cells of a code in
   * years it did not exist; `folded`, cells of former kommuner merged since, published once within the sum.
   */
  dotsNotPublished?: { outOfPeriod: number; folded: number };
  /** The copy is a transcription of a web page, not the publisher's file: its figures are flagged `scraped`. */
  transcribed?: boolean;
  /** Kommune codes this file uses that no reference table resolves (skipped, counted on the data page). */
  unresolvedCodes?: string[];
  notes?: string;
}

export interface CsvFormat {
  kind: 'csv';
  encoding: Encoding;
  delimiter: ';' | ',';
}
export interface WideCsvFormat {
  kind: 'wide-csv';
  encoding: Encoding;
  delimiter: ';';
}
/** JSON-stat 2 dataset (SSB PxWebApi v2, FHI statistikk API): one column per dimension, then `value`. */
export interface JsonStatFormat {
  kind: 'json-stat';
}
export interface XlsxFormat {
  kind: 'xlsx';
}
export interface VedtakListFormat {
  kind: 'vedtak-list';
  year: number;
  measure: string;
}

/**
 * A transcription of one of IMDi's «Nøkkeltall bosetting» pages: tab-separated, one
 * row per kommune, named by fylke and name only. The rows get a code by matching the
 * names (with the aliases listed here) against the kommune list, and the page's year.
 */
export interface NokkeltallFormat {
  kind: 'nokkeltall-tsv';
  year: number;
  fylke: string;
  name: string;
  /** The page's name → the kommune's name, for IMDi's own qualifiers. */
  aliases: Record<string, string>;
  /**
   * A column of kommune codes the transcriber added (codes of the page's year): used as the
   * code instead of matching names (the 2022 page lists the 356 kommuner of 2020–2023).
   */
  codes?: string;
}

export interface RowSpec {
  code: string;
  /** Strip this prefix from codes (`K` in IMDi's wide files). */
  codePrefix?: string;
  year: string;
  /**
   * How the year cell is written: `YYYY` (default), or FHI's period code `start_end`
   * (`2021_2023`, or `2023_2023` for the period that ends in 2023), read as its end year.
   * That the period is as long as the source says is checked by its expected schema.
   */
  yearIs?: 'year' | 'period-end';
  /** Codes are in the structure of each row's year (IMDi), or of one fixed year (SSB's back-cast series). */
  structure: 'row-year' | number;
  /** Keep only rows where each named column holds one of the values. */
  keep?: Record<string, string[]>;
  /**
   * Category values whose rows are deliberately not read, with the reason:
   * column → value → why. A row neither read nor skipped here (or by
   * skipCodes/remap) is an error: an unknown category must not vanish.
   */
  skip?: Record<string, Record<string, string>>;
  /** Codes that are not kommuner, with the reason they are skipped. */
  skipCodes?: Record<string, string>;
  /** The file's rows under skipCodes hold no figure (0 or a symbol): a figure there would be lost, so it stops ingest. */
  skipCodesHoldNoFigure?: true;
  /** Codes that are not kommuner by their form (a regular expression on the whole code), with the reason. */
  skipCodesMatching?: { pattern: string; why: string }[];
  /** The publisher's own whole-country rows (kept as region 0000): where `column` holds `value`. */
  country?: { column: string; value: string };
  /** Code → another code (in the row year's structure) or null (row dropped), for years before `before`. */
  remap?: { code: string; before: number; from?: number; to: string | null; why: string }[];
  /** Zeros that mean "not available" (SSB's back-cast series for kommuner created by a split). */
  zeroNotAvailable?: { codes: string[]; from: number; to: number }[];
  decimalComma?: boolean;
  symbols: StatusSymbols;
  values: ValueSpec[];
  /**
   * Cells the publisher printed wrongly (a typo on a web page): not read, so the figure
   * comes from the other files, and listed in warnings.csv with the reason. The printed
   * cell is checked: a copy where it changed stops ingest, so the declaration is revisited.
   */
  misprints?: { code: string; year: number; measure: string; printed: string; why: string }[];
}

export interface ValueSpec {
  measure: string;
  /** Column holding the value. */
  column: string;
  /** Only rows where each named column holds one of the values. */
  when?: Record<string, string[]>;
  /** Template for the group, `{column}` replaced by the row's cell, then mapped through groupMap. */
  group?: string;
  groupMap?: Record<string, string>;
  /** A flag column whose listed values mark the cell suppressed even when empty (IMDi XLSX `*_prikket`). */
  suppressedFlag?: {
    column: string;
    values: string[];
    /** Other values the flag column holds that do not hide the cell, with what they mean; anything else stops ingest. */
    others?: Record<string, string>;
  };
  /** A column whose wording gives a cell without a number its status (IMDi's «… har ikke vedtatt hvor mange …»: pending). */
  statusWhen?: { column: string; contains: string; status: 'pending' | 'missing' | 'not-applicable' };
  /** Extra status symbols for this column only (e.g. `avventer vedtak`). */
  symbols?: StatusSymbols;
  /** The publisher's series for this value starts this year; earlier cells are not read (shown as «ikke i kilden»). */
  fromYear?: number;
  /** An empty cell gives no figure: the publisher prints the column for some kommuner only (IMDi's 2024 page: «avtalt» for Oslo). */
  emptyIsAbsent?: true;
  /** Flag columns whose listed values say a part of the figure was hidden: the value is a lower bound. */

  lowerBoundWhen?: { column: string; values: string[] }[];
}

/**
 * What rows a source must have: every kommune of its structure × every year
 * of its period × every category (measure and group) the file has, except
 * the gaps listed as data, each with its reason. A hole anywhere else (a
 * year, a kommune or a category cut out of the file) stops ingest.
 */
export interface Completeness {
  /** The kommune list the file's codes are in, when not the row spec's `structure` (with why). */
  structure?: { year: number; why: string };
  /** The years the file covers, when not the period its title states (with why). */
  years?: { from: number; to: number; why: string };
  /** Cells the publisher's file does not have, on purpose or as published. */
  exceptions?: CompletenessException[];
}

/** A gap in a source's file: these kommuner (all if omitted) × years (all) × categories (all) have no row. */
export interface CompletenessException {
  codes?: string[];
  /** Inclusive; one year as [y, y]. */
  years?: [number, number];
  /** A measure id (every group of it) or `measure|group`. */
  categories?: string[];
  why: string;
}

/** A source whose completeness is not checked, and why (a cube that cannot have holes, a layout not yet seen). */
export interface Unchecked {
  unchecked: string;
}
