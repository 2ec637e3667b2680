import { describe, expect, it } from 'vitest';
import { officialNameParts } from '../../../src/lib/domain/kommune.ts';
import { labelHtmlFor, nameHtml, nameText, partsToSend, shownName } from '../../../src/lib/format/kommune-name.ts';
import { indexEntries, searchKommuner } from '../../../src/lib/search/search-kommuner.ts';

const kautokeino = {
  name: 'Kautokeino',
  officialName: 'Guovdageaidnu - Kautokeino',
  otherNames: ['Guovdageaidnu'],
  otherNameLanguages: ['se'],
};
const storfjord = {
  name: 'Storfjord',
  officialName: 'Storfjord - Omasvuotna - Omasvuono',
  otherNames: ['Omasvuotna', 'Omasvuono'],
  otherNameLanguages: ['se', 'fkv'],
};
const bergen = { name: 'Bergen', officialName: 'Bergen', otherNames: [], otherNameLanguages: [] };

describe('a kommune’s official name in pages built as strings (search, comparison; issue 22)', () => {
  it('joins the parts in SSB’s order with an en dash, each Sami or Kven part in its language', () => {
    expect(nameHtml(officialNameParts(kautokeino))).toBe('<span lang="se">Guovdageaidnu</span> – Kautokeino');
    expect(nameHtml(officialNameParts(storfjord))).toBe(
      'Storfjord – <span lang="se">Omasvuotna</span> – <span lang="fkv">Omasvuono</span>',
    );
    expect(nameText(officialNameParts(kautokeino))).toBe('Guovdageaidnu – Kautokeino');
    expect(nameHtml([{ text: 'A<b>' }])).toBe('A&lt;b&gt;');
  });
  it('sends the parts only where the official name is more than the Norwegian one', () => {
    expect(partsToSend(officialNameParts(bergen), 'Bergen')).toBeUndefined();
    expect(partsToSend(officialNameParts(kautokeino), 'Kautokeino')).toHaveLength(2);
    expect(shownName({ name: 'Kautokeino', parts: officialNameParts(kautokeino) })).toBe('Guovdageaidnu – Kautokeino');
    expect(shownName({ name: 'Bergen' })).toBe('Bergen');
  });
  it('a comparison column that is a kommune gets its marked name; any other label is escaped', () => {
    const html = labelHtmlFor([{ name: 'Kautokeino', parts: officialNameParts(kautokeino) }, { name: 'Bergen' }]);
    expect(html('Guovdageaidnu – Kautokeino')).toBe('<span lang="se">Guovdageaidnu</span> – Kautokeino');
    expect(html('Bergen')).toBe('Bergen');
    expect(html('Hele landet (357 kommuner) <')).toBe('Hele landet (357 kommuner) &lt;');
  });
  it('search still finds Kautokeino by either name, and says the official name', () => {
    const index = indexEntries([
      {
        code: '5612',
        name: 'Kautokeino',
        parts: partsToSend(officialNameParts(kautokeino), 'Kautokeino'),
        other: ['Guovdageaidnu'],
        fylke: 'Finnmark',
        path: '/kommune/5612-kautokeino/',
      },
      { code: '4601', name: 'Bergen', other: [], fylke: 'Vestland', path: '/kommune/4601-bergen/' },
    ]);
    for (const q of ['kautokeino', 'Guovdageaidnu', 'guovda', '5612']) {
      const [hit] = searchKommuner(index, q);
      expect(hit.code, q).toBe('5612');
      expect(shownName(hit)).toBe('Guovdageaidnu – Kautokeino');
    }
  });
});
