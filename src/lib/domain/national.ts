import type { MeasurePart } from './views.ts';

/**
 * The one rule for «Hele landet». IMDi's national figures include what IMDi
 * registers under «9999 Uoppgitt kommune» (settled refugees and grants it has
 * placed in no kommune), which no kommune's figure holds. So the whole country
 * is shown as:
 *
 * - the publisher's own national figure, where the dataset has one (the files'
 *   «hele landet» rows, region 0000: IMDi's grants 2011–2014, social assistance,
 *   employment, the introduction programme) — basis 'publisher';
 * - otherwise the sum of the kommuner (compare/aggregate.ts), labelled «sum av
 *   kommunene» wherever it is shown, and the part IMDi places in no kommune said
 *   in words where it is known (UNALLOCATED) — basis 'sum'.
 *
 * The remainders below are IMDi's own figures under code 9999 (ingest reads
 * those rows and keeps them out of every kommune). They are checked against the
 * raw files cell by cell by the publisher-totals check (compare/publisher-totals.ts
 * unallocatedRows), which also compares Σ kommuner + remainder with IMDi's
 * national figures that include them.
 */
export type NationalBasis = 'publisher' | 'sum';

export interface Unallocated {
  measure: string;
  group: string;
  year: number;
  /** Persons or kroner under «9999 Uoppgitt kommune». */
  value: number;
  /** The source id (data/sources.csv) whose file holds the 9999 row. */
  source: string;
}

/** Every non-zero 9999 figure in the files the dataset reads (zero and empty 9999 cells are not listed). */
export const UNALLOCATED: Unallocated[] = [
  { measure: 'bosatt', group: '', year: 2014, value: 112, source: 'imdi-bosatt-anmodede-2023' },
  { measure: 'bosatt', group: '', year: 2015, value: 74, source: 'imdi-bosatt-anmodede-2023' },
  { measure: 'tilskudd', group: 'totalt', year: 2015, value: 72_800, source: 'imdi-tilskudd-2015' },
  { measure: 'tilskudd', group: 'norsk_samf_tilsk', year: 2015, value: 72_800, source: 'imdi-tilskudd-2015' },
];

/** What IMDi places in no kommune for this measure part and year, when known and not zero. */
export function unallocatedOf(part: MeasurePart, year: number, list = UNALLOCATED): Unallocated | undefined {
  return list.find((u) => u.measure === part.measure && u.group === part.group && u.year === year);
}
