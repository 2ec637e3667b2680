/**
 * The ten IMDi app tables whose export layout is assumed (src/lib/ingest/sources/imdi-app-export.ts), each on its
 * fixture without a server or a whole ingest: the schema check passes, every row is read or skipped for a
 * declared reason, and a label the publisher renames stops ingest saying what changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMDI_TABLES } from '../../../src/lib/fetch/fetch-config.ts';
import { checkSchema } from '../../../src/lib/ingest/check/check-schema.ts';
import { decode } from '../../../src/lib/raw/decode.ts';
import { EXPECTED_SCHEMAS } from '../../../src/lib/ingest/sources/expected-schemas.ts';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { readCsv } from '../../../src/lib/raw/read-csv.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const ASSUMED = IMDI_TABLES.filter((t) => t !== 'bosatt_anmodede' && t !== 'flyktning_botid_flytting');
const idOf = (t: string) => `imdi-api-${t.replaceAll('_', '-')}`;
const text = (t: string) =>
  decode(new Uint8Array(readFileSync(`tests/fixtures/fetch/imdi-${t}.csv`)), 'latin1', `imdi-${t}.csv`);
const read = (t: string, body = text(t)) => readCsv(body, { file: getSource(idOf(t)).file, delimiter: ';' });
const kommuner = new Set<string>();

describe('the ten IMDi app tables read from their fixtures', () => {
  it('has a fetched manifest entry and an expected schema for every configured IMDi table', () => {
    for (const t of IMDI_TABLES) {
      const s = getSource(idOf(t));
      expect(s, t).toMatchObject({ fetched: true, table: t, file: `imdi-api/k/${t}.csv` });
      expect(s.origin, t).toBe(`https://app-simapi-prod.azurewebsites.net/download_csv/k/${t}`);
      expect(EXPECTED_SCHEMAS[s.id], t).toBeDefined();
    }
  });

  it.each(ASSUMED)('%s: schema as declared, every row read or skipped with a reason', (t) => {
    const spec = { ...getSource(idOf(t)), vintage: '2026-11-28' };
    const table = read(t);
    expect(() => checkSchema(table, EXPECTED_SCHEMAS[spec.id], { sourceId: spec.id, kommuner })).not.toThrow();
    const e = extractRows(table, spec);
    expect(e.read, t).toBeGreaterThan(0);
    expect(e.read + Object.values(e.skipped).reduce((a, b) => a + b, 0)).toBe(table.rows.length);
    expect(Object.keys(e.skipped).filter((why) => !/: /.test(why))).toEqual([]);
    expect(e.country).toEqual([]);
  });

  it('stops at the schema check when a guessed label is not the publisher’s', () => {
    const t = 'barnehagedeltakelse_spraak';
    const table = read(t, text(t).replaceAll(';1-5 år;', ';Alle;'));
    expect(() => checkSchema(table, EXPECTED_SCHEMAS[idOf(t)], { sourceId: idOf(t), kommuner })).toThrow(
      'imdi-api/k/barnehagedeltakelse_spraak.csv, line 1: the publisher changed the table (source imdi-api-barnehagedeltakelse-spraak): new code in "Alder": "Alle"; code gone from "Alder": "1-5 år"',
    );
  });

  it('stops at the first percentage written with a decimal comma, naming the cell', () => {
    const t = 'vedvarende_lavinntekt';
    const table = read(t, text(t).replace(';13.9\n', ';13,9\n'));
    expect(() => extractRows(table, { ...getSource(idOf(t)), vintage: '2026-11-28' })).toThrow(
      'imdi-api/k/vedvarende_lavinntekt.csv, line 2, column "Antall": expected a number or one of ":", ".", "Inf", "", found "13,9"',
    );
  });
});
