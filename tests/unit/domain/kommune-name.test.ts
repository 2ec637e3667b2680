import { describe, expect, it } from 'vitest';
import { officialName, officialNameParts } from '../../../src/lib/domain/kommune.ts';

const kautokeino = {
  name: 'Kautokeino',
  officialName: 'Guovdageaidnu - Kautokeino',
  otherNames: ['Guovdageaidnu'],
  otherNameLanguages: ['se'],
};

describe("a kommune's name: one rule, SSB's official name (issue 22)", () => {
  it("keeps SSB's order, the Sami part marked with its language", () => {
    expect(officialNameParts(kautokeino)).toEqual([{ text: 'Guovdageaidnu', lang: 'se' }, { text: 'Kautokeino' }]);
    expect(officialName(kautokeino)).toBe('Guovdageaidnu – Kautokeino');
  });
  it('three names, one without a known language; a name with no other form as it is', () => {
    expect(
      officialName({
        name: 'Lyngen',
        officialName: 'Lyngen - Ivgu - Yykeä',
        otherNames: ['Ivgu', 'Yykeä'],
        otherNameLanguages: ['', ''],
      }),
    ).toBe('Lyngen – Ivgu – Yykeä');
    expect(
      officialNameParts({ name: 'Utsira', officialName: 'Utsira', otherNames: [], otherNameLanguages: [] }),
    ).toEqual([{ text: 'Utsira' }]);
  });
});
