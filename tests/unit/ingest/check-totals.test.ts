import { describe, expect, it } from 'vitest';
import { indexChanges, lastYearOf } from '../../../src/lib/domain/code-changes.ts';
import type { Observation } from '../../../src/lib/domain/observation.ts';
import { partsAboveTotal } from '../../../src/lib/ingest/check/check-totals.ts';

const o = (group: string, value: number, flags: Observation['flags'] = []): Observation => ({
  region: '0301',
  period: '2012',
  measure: 'tilskudd',
  group,
  value,
  status: 'ok',
  flags,
  from: ['0301'],
  source: 'imdi-tilskudd-2011-2014',
});

describe('a publisher total smaller than one of its parts is published with a warning (issue 8)', () => {
  it('names the part, both values and the source (Oslo grants 2012)', () => {
    const w = partsAboveTotal([o('totalt', 171372286), o('inttilsk_1_5', 452681750), o('em_tilsk', 1000)]);
    expect(w).toEqual([
      {
        source: 'imdi-tilskudd-2011-2014',
        region: '0301',
        period: '2012',
        measure: 'tilskudd',
        message: expect.stringMatching(
          /^«Integreringstilskudd år 1–5» \(452\u00a0681\u00a0750\) er større enn kildens egen total \(171\u00a0372\u00a0286\)/,
        ),
      },
    ]);
  });
  it('says nothing where the parts fit, or the total is only a lower bound', () => {
    expect(partsAboveTotal([o('totalt', 500), o('inttilsk_1_5', 400)])).toEqual([]);
    expect(partsAboveTotal([o('totalt', 100, ['lower-bound']), o('inttilsk_1_5', 400)])).toEqual([]);
  });
});

describe('a former kommune ends where its territory changed (issue 8)', () => {
  it('Stavanger (1103) took in Finnøy and Rennesøy in 2020 and kept its number: the old 1103 ends in 2019', () => {
    const index = indexChanges(
      [
        { oldCode: '1103', oldName: 'Stavanger', newCode: '1103', newName: 'Stavanger', year: 2020 },
        { oldCode: '1141', oldName: 'Finnøy', newCode: '1103', newName: 'Stavanger', year: 2020 },
        { oldCode: '1142', oldName: 'Rennesøy', newCode: '1103', newName: 'Stavanger', year: 2020 },
      ],
      ['1103'],
      2024,
    );
    expect(lastYearOf(index, '1103', 2015)).toBe(2019);
    expect(lastYearOf(index, '1103', 2021)).toBe(2024);
  });
});
