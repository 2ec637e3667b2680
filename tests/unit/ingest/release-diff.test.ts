import { describe, expect, it } from 'vitest';
import { dataVersionOf } from '../../../src/lib/domain/data-version.ts';
import { OBSERVATIONS, PREDECESSORS } from '../../../src/lib/domain/dataset-schema.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { toCsv } from '../../../src/lib/format/csv.ts';
import { buildChangelog, CHANGELOG_FILE } from '../../../src/lib/ingest/publish/changelog.ts';
import {
  countStatusChanges,
  countsByMeasure,
  countsByRegion,
  diffReleases,
} from '../../../src/lib/ingest/publish/release-diff.ts';
import { figure } from '../figure-fixture.ts';

const fig = (region: string, year: number, measure: string, value: number | null, more: Partial<Figure> = {}): Figure =>
  figure(region, year, measure, value, { source: 'imdi-a', vintage: '2024-11-13', ...more });

const horten = fig('3901', 2024, 'vedtak', 110, { source: 'imdi-flyktninger-2024' });
const harstad = fig('5503', 2012, 'bosatt', 116);
const oslo = fig('0301', 2024, 'bosatt', 1539);

describe('diffReleases', () => {
  it('an unchanged release has no entry', () => {
    expect(diffReleases([horten, harstad], [harstad, horten])).toEqual({ changes: [], counts: [] });
  });

  it('a figure that only moved to another source or vintage with the same value is not a change', () => {
    expect(
      diffReleases(
        [horten],
        [fig('3901', 2024, 'vedtak', 110, { source: 'imdi-nokkeltall-2024', vintage: '2025-01-15' })],
      ).changes,
    ).toEqual([]);
  });

  it('finds a revised value (old → new, with both sources)', () => {
    const d = diffReleases(
      [horten, harstad],
      [
        { ...horten, value: 115, source: 'imdi-nokkeltall-2024' },
        { ...harstad, value: 58 },
      ],
    );
    expect(d.changes).toEqual([
      {
        kind: 'revised',
        region: '5503',
        year: 2012,
        measure: 'bosatt',
        group: '',
        old: { value: 116, status: 'ok', flags: [], source: 'imdi-a' },
        new: { value: 58, status: 'ok', flags: [], source: 'imdi-a' },
      },
      {
        kind: 'revised',
        region: '3901',
        year: 2024,
        measure: 'vedtak',
        group: '',
        old: { value: 110, status: 'ok', flags: [], source: 'imdi-flyktninger-2024' },
        new: { value: 115, status: 'ok', flags: [], source: 'imdi-nokkeltall-2024' },
      },
    ]);
    expect(d.counts).toEqual([
      { measure: 'bosatt', year: 2012, added: 0, removed: 0, revised: 1 },
      { measure: 'vedtak', year: 2024, added: 0, removed: 0, revised: 1 },
    ]);
  });

  it('finds a revised status (ok → suppressed, not-applicable → missing) and a revised flag (exact → lower bound)', () => {
    const d = diffReleases(
      [oslo, fig('5612', 2023, 'vedtak', null, { status: 'not-applicable' }), fig('1804', 2020, 'bosatt', 7)],
      [
        { ...oslo, flags: ['lower-bound'] },
        fig('5612', 2023, 'vedtak', null, { status: 'missing' }),
        fig('1804', 2020, 'bosatt', null),
      ],
    );
    expect(d.changes.map((c) => [c.region, c.kind, c.old?.status, c.new?.status, c.new?.flags])).toEqual([
      ['1804', 'revised', 'ok', 'suppressed', []],
      ['0301', 'revised', 'ok', 'ok', ['lower-bound']],
      ['5612', 'revised', 'not-applicable', 'missing', []],
    ]);
  });

  it('finds added and removed figures (a group is part of the key)', () => {
    const d = diffReleases(
      [harstad, fig('1601:2017', 2018, 'anmodning', 200)],
      [harstad, fig('0301', 2025, 'bosatt', 665), { ...harstad, group: 'ukrainere', value: 3 }],
    );
    expect(d.changes.map((c) => [c.kind, c.region, c.year, c.measure, c.group])).toEqual([
      ['removed', '1601:2017', 2018, 'anmodning', ''],
      ['added', '5503', 2012, 'bosatt', 'ukrainere'],
      ['added', '0301', 2025, 'bosatt', ''],
    ]);
    expect(countsByMeasure(d.counts)).toEqual([
      { measure: 'anmodning', years: [2018], added: 0, removed: 1, revised: 0 },
      { measure: 'bosatt', years: [2012, 2025], added: 2, removed: 0, revised: 0 },
    ]);
  });
});

describe('countStatusChanges', () => {
  it('counts each measure’s moves between statuses, a bound and «no row»; a revised value with its status kept is no status change', () => {
    const d = diffReleases(
      [
        fig('0301', 1996, 'anmodning', null, { status: 'not-applicable' }),
        fig('1101', 1996, 'anmodning', null, { status: 'not-applicable' }),
        fig('4026', 2023, 'bosatt', 23, { flags: ['lower-bound'] }),
        fig('0301', 2019, 'opprinnelig-anmodning', null, { status: 'missing' }),
        horten,
      ],
      [
        fig('0301', 1996, 'anmodning', null, { status: 'missing' }),
        fig('1101', 1996, 'anmodning', null, { status: 'missing' }),
        fig('4026', 2023, 'bosatt', 24),
        fig('5430', 2016, 'vedtak', null, { status: 'missing' }),
        { ...horten, value: 115 },
      ],
    );
    expect(countStatusChanges(d.changes)).toEqual([
      { measure: 'anmodning', from: 'not-applicable', to: 'missing', count: 2 },
      { measure: 'bosatt', from: 'lower-bound', to: 'ok', count: 1 },
      { measure: 'opprinnelig-anmodning', from: 'missing', to: 'no row', count: 1 },
      { measure: 'vedtak', from: 'no row', to: 'missing', count: 1 },
    ]);
  });
});

describe('buildChangelog', () => {
  const csv = (figs: Figure[]) =>
    toCsv(
      [...OBSERVATIONS.columns],
      figs.map((f) => OBSERVATIONS.write({ ...f, period: String(f.year) })),
    );
  const before = csv([horten, harstad, oslo]);
  const after = csv([
    { ...horten, value: 115, source: 'imdi-nokkeltall-2024', vintage: '2025-01-15' },
    { ...harstad, value: 58 },
    oslo,
    fig('0301', 2025, 'bosatt', 665, { vintage: '2026-09-28' }),
  ]);

  it('writes nothing new when no figure changed: the log is kept byte for byte', () => {
    const first = buildChangelog({ 'observations.csv': after }, { observations: before });
    const again = buildChangelog(
      { 'observations.csv': after },
      {
        observations: after,
        changelog: first.files[CHANGELOG_FILE],
        releases: first.files['releases.csv'],
        revisions: first.files['revisions.csv'],
        regions: first.files['release-regions.csv'],
      },
    );
    expect(again.files).toEqual(first.files);
    expect(again.summary.join('\n')).toMatch(/no figure changed/);
  });

  it('names the release by its data version and newest vintage, lists the revisions, and keeps earlier releases below', () => {
    const first = buildChangelog({ 'observations.csv': after }, { observations: before });
    const md = first.files[CHANGELOG_FILE];
    expect(md).toMatch(
      /## Release [0-9a-f]{8}\n\nNewest source vintage 2026-09-28\. Compared with release [0-9a-f]{8}: 1 figures added, 0 removed, 2 revised/,
    );
    expect(md).toContain('| 3901 | 2024 | vedtak |  | 110 → 115 | imdi-flyktninger-2024 → imdi-nokkeltall-2024 |');
    expect(md).toContain('| 5503 | 2012 | bosatt |  | 116 → 58 | imdi-a |');
    expect(md).toContain('| bosatt | 2025 | 1 | 0 | 0 |');
    expect(md).toContain('| measure | from → to | figures |\n|---|---|---:|\n| bosatt | no row → ok | 1 |');
    expect(first.files['revisions.csv'].split('\n')).toHaveLength(4); // header, 2 revisions, final line break

    const third = csv([
      { ...horten, value: 115, source: 'imdi-nokkeltall-2024', vintage: '2025-01-15' },
      { ...harstad, value: 58 },
      oslo,
    ]);
    const second = buildChangelog(
      { 'observations.csv': third },
      {
        observations: after,
        changelog: md,
        releases: first.files['releases.csv'],
        revisions: first.files['revisions.csv'],
      },
    );
    const md2 = second.files[CHANGELOG_FILE];
    expect(md2.indexOf('0 figures added, 1 removed')).toBeGreaterThan(0);
    expect(md2.indexOf('0 figures added, 1 removed')).toBeLessThan(md2.indexOf('1 figures added, 0 removed'));
    expect(md2.endsWith(md.slice(md.indexOf('## Release')))).toBe(true);
    expect(md2).toContain('| bosatt | ok → no row | 1 |');
    expect(
      second.files['releases.csv']
        .split('\n')
        .slice(1, -1)
        .map((l) => l.split(',')[3]),
    ).toEqual(['bosatt', 'bosatt', 'bosatt', 'vedtak']);
    expect(second.files['revisions.csv']).toContain(',removed,0301,2025,bosatt,,665,ok,,imdi-a,,,,\n');
  });

  it('makes no entry, and keeps the log, when the previous file is not a published observations.csv', () => {
    const r = buildChangelog(
      { 'observations.csv': after },
      { observations: 'region,value\n0301,1926\n', changelog: 'old log' },
    );
    expect(r.files).toEqual({ [CHANGELOG_FILE]: 'old log' });
    expect(r.summary.join('\n')).toMatch(/lacks the published columns/);
  });

  it('makes no entry without a previous release', () => {
    expect(buildChangelog({ 'observations.csv': after }, {}).files).toEqual({});
  });
});

describe('countsByRegion', () => {
  const successors = (entries: [string, string[]][]) => new Map(entries);

  it('counts each region and names the pages that show it: its own, a former kommune on its successors, the country on none', () => {
    const d = diffReleases(
      [oslo, harstad, fig('1601:2017', 2018, 'anmodning', 200), fig('0000', 2024, 'bosatt', 5000)],
      [{ ...oslo, value: 1540 }, fig('0301', 2025, 'bosatt', 665), fig('0000', 2024, 'bosatt', 5001)],
    );
    expect(
      countsByRegion(d.changes, {
        now: successors([['1601:2017', ['5001']]]),
        before: successors([['1601:2017', ['5001']]]),
      }),
    ).toEqual([
      { region: '0000', kommuner: [], added: 0, removed: 0, revised: 1 },
      { region: '0301', kommuner: ['0301'], added: 1, removed: 0, revised: 1 },
      { region: '1601:2017', kommuner: ['5001'], added: 0, removed: 1, revised: 0 },
      { region: '5503', kommuner: ['5503'], added: 0, removed: 1, revised: 0 },
    ]);
  });

  it('a re-keyed former kommune: the removed series is attributed with the previous predecessors, the added with the new', () => {
    const d = diffReleases([fig('1103:2024', 2015, 'bosatt', 300)], [fig('1103:2019', 2015, 'bosatt', 300)]);
    expect(
      countsByRegion(d.changes, {
        now: successors([['1103:2019', ['1103']]]),
        before: successors([['1103:2024', ['1103']]]),
      }),
    ).toEqual([
      { region: '1103:2019', kommuner: ['1103'], added: 1, removed: 0, revised: 0 },
      { region: '1103:2024', kommuner: ['1103'], added: 0, removed: 1, revised: 0 },
    ]);
  });

  it('a split former kommune is shown on each successor', () => {
    const d = diffReleases([fig('1850:2019', 2018, 'bosatt', 4)], [fig('1850:2019', 2018, 'bosatt', 5)]);
    const both = successors([['1850:2019', ['1806', '1875']]]);
    expect(countsByRegion(d.changes, { now: both, before: both })[0].kommuner).toEqual(['1806', '1875']);
  });
});

describe('buildChangelog: release-regions.csv', () => {
  const csv = (figs: Figure[]) =>
    toCsv(
      [...OBSERVATIONS.columns],
      figs.map((f) => OBSERVATIONS.write({ ...f, period: String(f.year) })),
    );
  const preds = (key: string, successor: string) =>
    toCsv([...PREDECESSORS.columns], [[key, key.slice(0, 4), 'Trondheim', 1838, 2017, 'merged', successor]]);

  it('writes a release’s rows on top of the earlier ones, and keeps the file byte for byte when nothing changed', () => {
    const v1 = csv([oslo, fig('1601:2017', 2018, 'anmodning', 200)]);
    const v2 = csv([{ ...oslo, value: 1540 }]);
    const first = buildChangelog(
      { 'observations.csv': v2, 'predecessors.csv': preds('1601:2017', '5001') },
      { observations: v1 },
    );
    expect(first.files['release-regions.csv']).toBe(
      `release,region,kommuner,added,removed,revised\n${dataVersionOf(v2)},0301,0301,0,0,1\n${dataVersionOf(v2)},1601:2017,,0,1,0\n`,
    );
    // The previous predecessors.csv places the removed series on its successor's page.
    const withPrevious = buildChangelog(
      { 'observations.csv': v2 },
      { observations: v1, predecessors: preds('1601:2017', '5001') },
    );
    expect(withPrevious.files['release-regions.csv']).toContain(`${dataVersionOf(v2)},1601:2017,5001,0,1,0\n`);

    const v3 = csv([{ ...oslo, value: 1541 }]);
    const second = buildChangelog(
      { 'observations.csv': v3 },
      { observations: v2, regions: withPrevious.files['release-regions.csv'] },
    );
    expect(second.files['release-regions.csv'].split('\n').slice(1, -1)).toEqual([
      `${dataVersionOf(v3)},0301,0301,0,0,1`,
      `${dataVersionOf(v2)},0301,0301,0,0,1`,
      `${dataVersionOf(v2)},1601:2017,5001,0,1,0`,
    ]);
    const again = buildChangelog(
      { 'observations.csv': v3 },
      { observations: v3, regions: second.files['release-regions.csv'] },
    );
    expect(again.files['release-regions.csv']).toBe(second.files['release-regions.csv']);
  });
});
