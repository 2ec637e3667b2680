import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { lastChanged, lastChangedLine, type RegionChanges } from '../../../src/lib/profile/last-changed.ts';

// Three releases, newest first; the log begins at c0 (the first release it compares with).
const releases = [
  { release: 'd4', previous: 'e2', newestVintage: '2026-10-01' },
  { release: 'e2', previous: 'c0', newestVintage: '2026-09-28' },
];
const row = (
  release: string,
  region: string,
  kommuner: string[],
  added = 0,
  removed = 0,
  revised = 0,
): RegionChanges => ({
  release,
  region,
  kommuner,
  added,
  removed,
  revised,
});

const oslo = { code: '0301', predecessors: [] };
const stavanger = { code: '1103', predecessors: ['1103:2019', '1141:2019'] };
const utsira = { code: '1151', predecessors: [] };

const regions = [
  // d4: the country revised; Stavanger's former series re-keyed (1103:2024 → 1103:2019), Finnøy revised.
  row('d4', '0000', [], 0, 0, 5),
  row('d4', '1103:2019', ['1103'], 87),
  row('d4', '1103:2024', ['1103'], 0, 87),
  row('d4', '1141:2019', ['1103'], 0, 0, 2),
  // e2: Oslo revised, added and removed; a dropped former kommune's series removed from Harstad's page.
  row('e2', '0301', ['0301'], 12, 4, 3),
  row('e2', '1103', ['1103'], 1),
  row('e2', '1901:2019', ['5503'], 0, 829),
];

describe('lastChanged', () => {
  it('finds the newest release that changed the kommune’s own figures, with its counts (the country’s are not its own)', () => {
    expect(lastChanged(oslo, releases, regions)).toEqual({
      kind: 'changed',
      release: 'e2',
      newestVintage: '2026-09-28',
      added: 12,
      removed: 4,
      revised: 3,
      former: 0,
    });
  });

  it('attributes a former kommune’s changes to its successor: by its predecessor keys, and by the page the release recorded for a series since re-keyed', () => {
    expect(lastChanged(stavanger, releases, regions)).toEqual({
      kind: 'changed',
      release: 'd4',
      newestVintage: '2026-10-01',
      added: 87,
      removed: 87,
      revised: 2,
      former: 176,
    });
    // 1103:2024 is no longer a predecessor key; the release recorded it on 1103's page.
    expect(
      lastChanged({ code: '1103', predecessors: [] }, releases, [row('d4', '1103:2024', ['1103'], 0, 87)]),
    ).toMatchObject({
      release: 'd4',
      removed: 87,
    });
  });

  it('counts a removed figure (a dropped former series, on the page it was shown on)', () => {
    expect(lastChanged({ code: '5503', predecessors: [] }, releases, regions)).toMatchObject({
      kind: 'changed',
      release: 'e2',
      added: 0,
      removed: 829,
      revised: 0,
      former: 829,
    });
  });

  it('says a kommune with no change is unchanged since the release the log begins with', () => {
    expect(lastChanged(utsira, releases, regions)).toEqual({ kind: 'unchanged', since: 'c0', oldest: true });
  });

  it('claims nothing about releases logged before the per-region record', () => {
    // e2 has no region rows: Utsira is unchanged after e2, but e2 itself is unknown.
    const onlyNewest = regions.filter((r) => r.release === 'd4');
    expect(lastChanged(utsira, releases, onlyNewest)).toEqual({ kind: 'unchanged', since: 'e2', oldest: false });
    expect(lastChanged(oslo, releases, onlyNewest)).toEqual({ kind: 'unchanged', since: 'e2', oldest: false });
    expect(lastChanged(utsira, releases, [])).toBeUndefined();
    expect(lastChanged(utsira, [], [])).toBeUndefined();
  });
});

describe('lastChangedLine', () => {
  it('names the release, the newest vintage and the non-zero counts, and links to the release on «Om dataene»', () => {
    expect(lastChangedLine(t, 'Oslo', lastChanged(oslo, releases, regions)!)).toEqual({
      text: 'Tallene for Oslo ble sist endret i datasettversjon e2 (kilder til og med 28. september 2026): 12 tall lagt til, 4 fjernet og 3 endret.',
      href: '/om-dataene/#utgave-e2',
      link: 'Se endringsloggen',
    });
    expect(lastChangedLine(t, 'Stavanger', lastChanged(stavanger, releases, regions)!).text).toBe(
      'Tallene for Stavanger ble sist endret i datasettversjon d4 (kilder til og med 1. oktober 2026): 87 tall lagt til, 87 fjernet og 2 endret, alle i seriene for tidligere kommuner.',
    );
    expect(
      lastChangedLine(t, 'Bergen', {
        kind: 'changed',
        release: 'd4',
        newestVintage: '2026-10',
        added: 0,
        removed: 0,
        revised: 1500,
        former: 3,
      }).text,
    ).toBe(
      'Tallene for Bergen ble sist endret i datasettversjon d4 (kilder til og med oktober 2026): 1\u00a0500 tall endret; 3 av de 1\u00a0500 tallene gjelder seriene for tidligere kommuner.',
    );
  });

  it("says in words what the dataset's version is before what changed for the kommune (issue 22)", () => {
    const lc = lastChanged(oslo, releases, regions)!;
    expect(lastChangedLine(t, 'Oslo', lc, { version: 'd4', vintage: '2026-10-01' }).text).toBe(
      'Datasettet er versjon d4, med kilder til og med 1. oktober 2026. Tallene for Oslo ble sist endret i datasettversjon e2 (kilder til og med 28. september 2026): 12 tall lagt til, 4 fjernet og 3 endret.',
    );
    expect(lastChangedLine(t, 'Oslo', lc, { version: 'e2', vintage: '2026-09-28' }).text).toBe(
      'Datasettet er versjon e2, med kilder til og med 28. september 2026. Tallene for Oslo ble sist endret i denne versjonen: 12 tall lagt til, 4 fjernet og 3 endret.',
    );
  });

  it('says so truthfully when nothing changed, and links to the changelog', () => {
    expect(lastChangedLine(t, 'Utsira', { kind: 'unchanged', since: 'c0', oldest: true })).toEqual({
      text: 'Ingen av tallene for Utsira er endret etter datasettversjon c0, der endringsloggen begynner.',
      href: '/om-dataene/#endringer',
      link: 'Se endringsloggen',
    });
  });
});
