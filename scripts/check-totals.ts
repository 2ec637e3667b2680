/**
 * npm run check:totals [-- --raw DIR]
 * Prints the published data against every total the publishers print
 * (src/lib/compare/publisher-totals.ts); exits 1 on an unexplained difference.
 */
import { resolve } from 'node:path';
import { checkPublisherTotals } from '../src/data/publisher-totals.ts';
import { formatTotalsTable } from '../src/lib/compare/publisher-totals.ts';

function main() {
  const i = process.argv.indexOf('--raw');
  const raw = resolve(i >= 0 ? process.argv[i + 1] : (process.env.RAW_DIR ?? '../shared/data/raw'));
  const rows = checkPublisherTotals(raw);
  console.log(formatTotalsTable(rows));
  if (rows.some((r) => !r.ok)) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
