/** The published release log agrees with itself: what each profile's «sist endret» line is read from. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const rows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('data/release-regions.csv', () => {
  const releases = rows('releases.csv');
  const regions = rows('release-regions.csv');
  const kommuner = new Set(rows('kommuner.csv').map((k) => k.code));
  const ids = [...new Set(releases.map((r) => r.release))];

  it('records every logged release, newest first, in the order of releases.csv', () => {
    expect([...new Set(regions.map((r) => r.release))]).toEqual(ids);
  });

  it('per release, the counts per region add up to the counts per measure and year', () => {
    for (const id of ids) {
      const total = (list: Record<string, string>[]) =>
        ['added', 'removed', 'revised'].map((k) => list.reduce((s, r) => s + Number(r[k]), 0));
      expect(total(regions.filter((r) => r.release === id)), id).toEqual(
        total(releases.filter((r) => r.release === id)),
      );
    }
  });

  it('attributes every kommune’s and former kommune’s change to a page of today’s kommuner; the country to none', () => {
    for (const r of regions) {
      const pages = r.kommuner ? r.kommuner.split(';') : [];
      if (r.region === '0000') expect(pages).toEqual([]);
      else if (!r.region.includes(':')) expect(pages).toEqual([r.region]);
      else expect(pages.length, `${r.release} ${r.region}`).toBeGreaterThan(0);
      for (const k of pages) expect(kommuner.has(k), `${r.release} ${r.region} → ${k}`).toBe(true);
    }
  });
});
