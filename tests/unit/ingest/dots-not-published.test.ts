/**
 * The country-background file's «.» cells that are not published as rows of their own (issue 17): each is
 * accounted for with its reason, the counts are declared in the manifest (sources.ts dotsNotPublished, said on
 * «Om dataene»), and a file whose count differs stops ingest. Fixture: IMDi's wide export of
 * befolkning_opprinnelsesland (latin1, three header rows, K-codes, no final line break), one country, 2019–2020:
 * Halden under its 2020 code 3001 and its old code 0101, Moss 0104 and Rygge 0136 (merged into 3002 in 2020).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexChanges, type CodeChange } from '../../../src/lib/domain/code-changes.ts';
import { checkDotsNotPublished } from '../../../src/lib/ingest/build-dataset.ts';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { harmonize } from '../../../src/lib/ingest/harmonize/harmonize.ts';
import { readOnce } from '../../../src/lib/raw/read-once.ts';
import { readSourceTable } from '../../../src/lib/ingest/read/read-source-table.ts';
import { applyRowStatus } from '../../../src/lib/ingest/harmonize/row-status.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const c = (oldCode: string, newCode: string, year: number): CodeChange => ({
  oldCode,
  oldName: '',
  newCode,
  newName: '',
  year,
});
const spec = getSource('imdi-landbakgrunn-2022');
const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/imdi-landbakgrunn-dots.csv', import.meta.url)));

async function run() {
  const table = await readSourceTable(spec, { files: readOnce(() => bytes), nameIndex: new Map() });
  const { rows } = extractRows(table, spec, { excerpt: true });
  const index = indexChanges(
    [
      c('0101', '3001', 2020),
      c('0104', '3002', 2020),
      c('0136', '3002', 2020),
      c('3001', '3101', 2024),
      c('3002', '3103', 2024),
    ],
    ['3101', '3103'],
    2024,
  );
  return harmonize(rows, { index, range: [2006, 2024], isAdditive: () => true });
}

describe('«.» cells not published as rows of their own, declared and counted', () => {
  it('counts each by its reason: a code in a year it did not exist, a part folded into a merged sum', async () => {
    const h = await run();
    const dots = h.unpublished.filter((u) => u.status === 'not-applicable');
    expect(dots).toEqual([
      // K3001 and K3002 in 2019 (the codes began in 2020)
      { source: spec.id, status: 'not-applicable', reason: 'out-of-period', rows: 2 },
      // Moss 0104 2019, in the sum with Rygge's 5
      { source: spec.id, status: 'not-applicable', reason: 'folded', rows: 1 },
    ]);
    // What is published: Halden 2019 7 and 2020 «mangler» (its own «.»), Moss 2019 the sum 5, 2020 9.
    const obs = applyRowStatus(h.observations).observations.map((o) => [o.region, o.period, o.value, o.status]);
    expect(obs.sort()).toEqual([
      ['3101', '2019', 7, 'ok'],
      ['3101', '2020', null, 'missing'],
      ['3103', '2019', 5, 'ok'],
      ['3103', '2020', 9, 'ok'],
    ]);
  });

  it('ingest stops when the file’s count differs from the declaration', async () => {
    const h = await run();
    const declared = (outOfPeriod: number, folded: number) => [{ ...spec, dotsNotPublished: { outOfPeriod, folded } }];
    expect(() => checkDotsNotPublished(h.unpublished, declared(2, 1))).not.toThrow();
    expect(() => checkDotsNotPublished(h.unpublished, declared(2, 0))).toThrow(
      /expected 0 «\.» cells of merged kommuner folded into a sum not published \(sources\.ts imdi-landbakgrunn-2022 dotsNotPublished\), found 1/,
    );
  });

  it('the real file’s counts are declared, and «Om dataene» says them', () => {
    expect(spec.dotsNotPublished).toEqual({ outOfPeriod: 11646, folded: 3794 });
  });
});
