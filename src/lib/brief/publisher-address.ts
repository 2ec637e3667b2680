/**
 * Where a reader can check a figure at the publisher itself: SSB's statbank
 * table, or IMDi's statistics pages (the files used are IMDi's own tables,
 * re-published by others; their copies are listed on «Om dataene»).
 */
export function publisherAddress(source: { publisher: string; table: string }): string | null {
  if (/^SSB/.test(source.publisher) && /^\d{5}$/.test(source.table))
    return `https://www.ssb.no/statbank/table/${source.table}`;
  if (/^IMDi/.test(source.publisher)) return 'https://www.imdi.no/tall-og-statistikk/';
  if (/^Kartverket/.test(source.publisher)) return 'https://www.kartverket.no/';
  return null;
}
