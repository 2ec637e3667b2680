/**
 * What each fetched table looked like when its manifest entry was written:
 * columns (or JSON-stat dimensions) in order, the codes of the dimensions that
 * ingest selects on, the units, and the region code list. Ingest compares every
 * fetched file with this before reading a figure from it, and stops with what
 * changed (src/lib/ingest/check-schema.ts). When a publisher changes a table on
 * purpose, update the entry here together with the manifest entry that reads it.
 */
export interface ExpectedSchema {
  /** Header (CSV) or dimension ids (JSON-stat), in order. */
  columns: string[];
  /** Every code each named column may hold; a new or a vanished code is a change. */
  codes?: Record<string, string[]>;
  /** JSON-stat only: `dimension:code` → unit label. */
  units?: Record<string, string>;
  /** The column whose codes must be the current kommuner (SSB's code list agg_KommGjeldende): none missing, none unknown. */
  currentKommuner?: { column: string; prefix?: string };
}

export const EXPECTED_SCHEMAS: Record<string, ExpectedSchema> = {
  'imdi-api-bosatt-anmodede': {
    columns: ['Enhet', 'År', 'Kommunenummer', 'Kommune', 'Bosetting', 'Antall'],
    codes: {
      Enhet: ['Personer', 'Prosent'],
      Bosetting: ['Anmodning om bosetting', 'Vedtak om bosetting', 'Faktisk bosetting', 'Opprinnelig anmodning'],
    },
  },
  'imdi-api-flyktning-botid-flytting': {
    columns: ['Enhet', 'År', 'Sekundærflytting', 'Botid i Norge', 'Kommunenummer', 'Kommune', 'Antall'],
    codes: {
      Enhet: ['Personer'],
      Sekundærflytting: ['alle', 'Bosatt her', 'Flyttet hit', 'Uoppgitt'],
      'Botid i Norge': ['Alle', '0-4 år', '5+ år'],
    },
  },
  'ssb-api-07459': {
    columns: ['Region', 'ContentsCode', 'Tid'],
    codes: { ContentsCode: ['Personer1'] },
    units: { 'ContentsCode:Personer1': 'personer' },
    currentKommuner: { column: 'Region', prefix: 'K-' },
  },
};
