import type { Strings } from '../../i18n/nb.ts';
import { exportStatusWord } from './status-word.ts';

export type Cell = string | number | null;
type Unit = 'per 1000' | 'prosent' | 'personer' | 'kroner' | 'prosentpoeng';

/**
 * One column scheme for every table download (front-page ranking and the
 * comparison): the same names, the same order, values rounded as shown on the
 * page, statuses in Norwegian. A page adds its own columns after these.
 */
export const EXPORT_COLUMNS = [
  'kode',
  'navn',
  'fylke',
  'mål',
  'år',
  'verdi',
  'enhet',
  'status',
  'foreløpig',
  'kilde',
  'merknad',
] as const;

export interface ExportRow {
  code: string;
  name: string;
  fylke: string | null;
  measure: string;
  year: number;
  value: number | null;
  unit: Unit;
  status: string;
  /** The status in the words the page shows, where they differ from the plain word (e.g. «skjult (personvern)»). */
  word?: string;
  provisional: boolean;
  sources: string;
  /** What the figure means beyond its status, in words: the 2025 request cut (domain/request-cut.ts). */
  note?: string;
}

export interface ExportTable {
  columns: string[];
  rows: Cell[][];
  /** Source id → full citation, for the second sheet of the Excel file. */
  sources: [string, string][];
}

/** Decimals the page shows for a unit (see formatIndicator). */
export const SHOWN_DECIMALS: Record<Unit, number> = {
  'per 1000': 2,
  prosent: 1,
  prosentpoeng: 1,
  kroner: 0,
  personer: 0,
};

export function roundAsShown(v: number | null, unit: Unit): number | null {
  if (v === null) return null;
  const f = 10 ** SHOWN_DECIMALS[unit];
  return Math.round(v * f) / f;
}

export function exportCells(t: Strings, r: ExportRow): Cell[] {
  return [
    r.code,
    r.name,
    r.fylke,
    r.measure,
    r.year,
    roundAsShown(r.value, r.unit),
    r.unit,
    r.word ?? exportStatusWord(t, r.status),
    r.provisional ? t.yesNo.yes : t.yesNo.no,
    r.sources,
    r.note ?? '',
  ];
}
