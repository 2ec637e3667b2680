import { describe, expect, it } from 'vitest';
import { perKommune } from '../../../src/data/per-kommune.ts';
import type { Kommune } from '../../../src/lib/domain/kommune.ts';

const oslo = { code: '0301' } as Kommune;
const bergen = { code: '4601' } as Kommune;

describe('a page model kept from its first asker to its last', () => {
  it('is built once for its askers, then let go (asked again: built again)', () => {
    const built: string[] = [];
    const get = perKommune(
      (k, locale) => {
        built.push(`${k.code} ${locale}`);
        return { k: k.code, locale };
      },
      (locale) => (locale === 'nb' ? 3 : 1),
    );
    const first = get(oslo, 'nb');
    expect(get(oslo, 'nb')).toBe(first);
    expect(get(bergen, 'nb')).not.toBe(first);
    expect(get(oslo, 'nb')).toBe(first);
    expect(built).toEqual(['0301 nb', '4601 nb']);
    // The third asker was the last: a fourth gets a model built again, equal and not the same object.
    const again = get(oslo, 'nb');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    // One asker per language: never kept.
    get(oslo, 'nn');
    get(oslo, 'nn');
    expect(built).toEqual(['0301 nb', '4601 nb', '0301 nb', '0301 nn', '0301 nn']);
  });
});
