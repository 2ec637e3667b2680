import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SOURCES as SOURCES_CSV } from '../../../src/lib/domain/dataset-schema.ts';
import {
  imdiStatistics,
  PUBLISHER_HOSTS,
  type PublisherPage,
} from '../../../src/lib/ingest/sources/publisher-pages.ts';
import { REFERENCES } from '../../../src/lib/ingest/sources/references.ts';
import { SOURCES } from '../../../src/lib/ingest/sources/sources.ts';

const rows = Papa.parse<Record<string, string>>(readFileSync('data/sources.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.map(SOURCES_CSV.read);

/** Hosts of re-publishers, download APIs and code hosts: the copy or the machine endpoint, never the source named to a reader. */
const NOT_A_PUBLISHER_PAGE = /github|githubusercontent|azurewebsites|^data\.ssb\.no$|statistikk-data\.fhi\.no/;
/** Portals and start pages: not a page of one table. */
const PORTALS = [
  'https://www.imdi.no/',
  'https://www.imdi.no/tall-og-statistikk/',
  'https://www.ssb.no/',
  'https://www.ssb.no/statbank/',
  'https://www.kartverket.no/',
  'https://kartkatalog.geonorge.no/',
];
/** The table a page belongs to: a source's table without its parenthesis («KLASS 131 (endringer)» is KLASS 131). */
const tableOf = (s: { publisher: string; table: string }) => `${s.publisher} ${s.table.replace(/\s*\(.*\)$/, '')}`;

function expectPublisherAddress(publisher: string, url: string, origin: string) {
  const u = new URL(url);
  expect(u.protocol, url).toBe('https:');
  expect(PUBLISHER_HOSTS[publisher], `publisher ${publisher} has known hosts`).toBeDefined();
  expect(PUBLISHER_HOSTS[publisher], url).toContain(u.hostname);
  expect(u.hostname).not.toMatch(NOT_A_PUBLISHER_PAGE);
  expect(PORTALS).not.toContain(url);
  // The copy read is provenance, not the source: its address is never the source's.
  expect(origin).not.toContain(url);
}

describe('every source names its publisher first, with the publisher’s own page', () => {
  it('every row of data/sources.csv has a publisher, a page in words and its https address on the publisher’s host', () => {
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) {
      expect(r.publisherPage, r.id).not.toBe('');
      expectPublisherAddress(r.publisher, r.publisherUrl, r.origin);
      // The publisher column names the publisher only; «via …» is the copy's origin.
      expect(r.publisher, r.id).not.toMatch(/via|\(/);
    }
  });

  it('every manifest entry, fetched or not yet present, has such a page', () => {
    const all = [...SOURCES, ...Object.values(REFERENCES)];
    for (const s of all) expectPublisherAddress(s.publisher, s.page.url, s.origin);
  });

  it('a page is one table’s own: two tables never share an address unless the page says why', () => {
    const all: { id: string; publisher: string; table: string; page: PublisherPage }[] = [
      ...SOURCES,
      ...Object.values(REFERENCES),
    ];
    const tables = new Map<string, Set<string>>();
    for (const s of all) {
      if (s.page.notOwn) {
        expect(s.page.notOwn.length, s.id).toBeGreaterThan(20);
        continue;
      }
      const set = tables.get(s.page.url) ?? new Set();
      tables.set(s.page.url, set.add(tableOf(s)));
      expect(new URL(s.page.url).pathname.split('/').filter(Boolean).length, s.page.url).toBeGreaterThanOrEqual(2);
    }
    for (const [url, set] of tables) expect([...set], url).toHaveLength(1);
  });

  it('IMDi’s tables are linked to their page in IMDi’s statistics, and an unknown table is refused', () => {
    expect(imdiStatistics('bosatt_anmodede').url).toBe(
      'https://www.imdi.no/tall-og-statistikk/steder/F00/befolkning/bosatt_anmodede',
    );
    expect(() => imdiStatistics('finnes_ikke')).toThrow(/no IMDi statistics page/);
  });
});
