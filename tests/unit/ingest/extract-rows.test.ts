import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/raw/decode.ts';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import { IMDI_SYMBOLS } from '../../../src/lib/raw/parse-value.ts';
import { readCsv } from '../../../src/lib/raw/read-csv.ts';
import { readXlsx } from '../../../src/lib/raw/read-xlsx.ts';
import type { RawTable } from '../../../src/lib/raw/raw-table.ts';
import type { SourceSpec } from '../../../src/lib/ingest/sources/source-spec.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const table = (columns: string[], rows: string[][]): RawTable => ({
  file: 't.csv',
  columns,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

describe('extractRows with the real manifest entries', () => {
  it('reads IMDi long rows: measure from a column, statuses kept', () => {
    const t = readCsv(decode(fixture('imdi-long-latin1.csv'), 'latin1', 'f'), { file: 'f', delimiter: ';' });
    const { rows } = extractRows(t, getSource('imdi-bosatt-anmodede-2023'), { excerpt: true });
    expect(rows.map((r) => [r.code, r.year, r.measure, r.value, r.status])).toEqual([
      ['0301', 2016, 'anmodning', 1500, 'ok'],
      ['0301', 2016, 'bosatt', null, 'suppressed'],
      ['0301', 2016, 'vedtak', null, 'not-applicable'],
    ]);
  });

  it('marks figures for the vintage year or later provisional', () => {
    const t = table(
      ['Enhet', 'År', 'Kommunenummer', 'Kommune', 'Bosetting', 'Antall'],
      [
        ['Personer', '2023', '0301', '', 'Faktisk bosetting', '1000'],
        ['Personer', '2022', '0301', '', 'Faktisk bosetting', '1924'],
      ],
    );
    const { rows } = extractRows(t, getSource('imdi-bosatt-anmodede-2023'), { excerpt: true });
    expect(rows.map((r) => r.flags)).toEqual([['provisional'], []]);
  });

  it("keeps the publisher's whole-country row apart (region 0000)", () => {
    const t = readCsv(decode(fixture('imdikator-tilskudd-quoted.csv'), 'utf-8', 'f'), { file: 'f', delimiter: ',' });
    const { rows, country } = extractRows(t, getSource('imdi-tilskudd-2015'), { excerpt: true });
    expect(rows.map((r) => [r.group, r.value])).toEqual([
      ['inttilsk_1', 125216500],
      ['totalt', 683781860.5],
    ]);
    expect(country).toHaveLength(0); // 0000 is skipped for this source: it has no country row of its own
  });

  it('reads a decimal comma where the manifest says so', () => {
    const t = readCsv(decode(fixture('imdikator-decimal-comma.csv'), 'utf-8', 'f'), { file: 'f', delimiter: ',' });
    const { rows } = extractRows(t, getSource('imdi-barnehage-2014'), { excerpt: true });
    expect(rows[0]).toMatchObject({ group: 'minoritet', value: 79.46905435, status: 'ok' });
  });

  it("treats SSB's 0 for kommuner not yet created by a split as not available, and puts 2020–2023 Ålesund on 1507", () => {
    const t = table(
      ['kom2024', 'navn', 'aar', 'befolkning'],
      [
        ['5055', 'Heim', '2015', '0'],
        ['5055', 'Heim', '2020', '5963'],
        ['1508', 'Ålesund', '2021', '66670'],
        ['1580', 'Haram', '2021', '0'],
        ['0301', 'Oslo', '2015', '0'],
      ],
    );
    const { rows } = extractRows(t, getSource('ssb-07459-2024'), { excerpt: true });
    expect(rows.map((r) => [r.code, r.year, r.value, r.status])).toEqual([
      ['5055', 2015, null, 'not-applicable'],
      ['5055', 2020, 5963, 'ok'],
      ['1507', 2021, 66670, 'ok'],
      ['0301', 2015, 0, 'ok'],
    ]);
  });

  it('stops on a duplicate row key within a file, naming both lines', () => {
    const t = table(
      ['kom2024', 'navn', 'aar', 'befolkning'],
      [
        ['0301', 'Oslo', '2015', '1'],
        ['0301', 'Oslo', '2015', '2'],
      ],
    );
    expect(() => extractRows(t, getSource('ssb-07459-2024'), { excerpt: true })).toThrow(
      't.csv, line 3, column "befolkning": expected one row per kommune, year, measure and group; 0301 2015 befolkning  was already on line 2',
    );
  });

  it('stops on a code that is not a kommune number', () => {
    const t = table(['kom2024', 'navn', 'aar', 'befolkning'], [['Oslo', 'Oslo', '2015', '1']]);
    expect(() => extractRows(t, getSource('ssb-07459-2024'), { excerpt: true })).toThrow(
      /line 2, column "kom2024": expected a kommune number/,
    );
  });

  it('stops on a group value the manifest does not know', () => {
    const t = table(
      ['Enhet', 'År', 'Sekundærflytting', 'Botid i Norge', 'Kommunenummer', 'Kommune', 'Antall'],
      [['Personer', '2019', 'Reist bort', 'Alle', '0301', '', '5']],
    );
    expect(() => extractRows(t, getSource('imdi-sekundaerflytting-2022'), { excerpt: true })).toThrow(
      /column "Sekundærflytting": expected one of .*found "Reist bort"/,
    );
  });
});

describe('IMDi XLSX', () => {
  async function workbook(rows: unknown[][]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const r of rows) ws.addRow(r);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const spec: SourceSpec = {
    ...getSource('imdi-ema-2024'),
    rows: { ...getSource('imdi-ema-2024').rows!, symbols: { ...IMDI_SYMBOLS, '': 'missing' } },
  };

  it('reads suppressed cells from the flag column (`Prikket (<5)`), never as 0', async () => {
    const bytes = await workbook([
      ['year', 'kommnr', 'År', 'Kommunenavn', 'Kommunenummer', 'ema', 'ema_string', 'prikket'],
      [2022, '0301', 2022, 'Oslo', '0301', 48, '48', null],
      [2022, '1101', 2022, 'Eigersund', '1101', null, '<5', 'Prikket (<5)'],
      [2022, '21-22', 2022, 'Svalbard og Jan Mayen', '21-22', 0, '0', null],
    ]);
    const t = await readXlsx(bytes, { file: 'ema.xlsx' });
    expect(t.rows[0]).toEqual({ line: 2, cells: ['2022', '0301', '2022', 'Oslo', '0301', '48', '48', ''] });
    const { rows } = extractRows(t, spec, { excerpt: true });
    expect(rows.map((r) => [r.code, r.value, r.status])).toEqual([
      ['0301', 48, 'ok'],
      ['1101', null, 'suppressed'],
    ]);
  });

  it('stops when a flagged cell still holds a number', async () => {
    const bytes = await workbook([
      ['year', 'kommnr', 'År', 'Kommunenavn', 'Kommunenummer', 'ema', 'ema_string', 'prikket'],
      [2022, '1101', 2022, 'Eigersund', '1101', 3, '3', 'Prikket (<5)'],
    ]);
    const t = await readXlsx(bytes, { file: 'ema.xlsx' });
    expect(() => extractRows(t, spec, { excerpt: true })).toThrow(
      /ema.xlsx, line 2, column "ema": expected an empty cell where prikket says "Prikket \(<5\)"/,
    );
  });

  it('rejects a file that is not a workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('not a zip'), { file: 'x.xlsx' })).rejects.toThrow(
      /x.xlsx: expected an XLSX workbook/,
    );
  });
});

describe('extractRows accounts for every row', () => {
  const columns = ['Enhet', 'År', 'Kommunenummer', 'Kommune', 'Bosetting', 'Antall'];
  const spec = getSource('imdi-bosatt-anmodede-2023');

  it('counts each row as read or as skipped with its reason', () => {
    const t = table(columns, [
      ['Personer', '2022', '0301', '', 'Faktisk bosetting', '1924'],
      ['Prosent', '2022', '0301', '', 'Faktisk bosetting', '95.1'],
      ['Personer', '2022', '2111', '', 'Faktisk bosetting', '0'],
    ]);
    const { read, skipped } = extractRows(t, spec, { excerpt: true });
    expect(read).toBe(1);
    expect(skipped).toEqual({ 'Enhet = Prosent: shares are computed from the counts': 1, 'code 2111: Svalbard': 1 });
  });

  it('stops on an unknown category instead of letting its figures vanish', () => {
    const t = table(columns, [['Personer', '2022', '0301', '', 'Anmodning om Bosetting', '1924']]);
    expect(() => extractRows(t, spec, { excerpt: true })).toThrow(
      /^t\.csv, line 2, column "Bosetting": expected a known category \("Anmodning om bosetting", "Opprinnelig anmodning", "Vedtak om bosetting", "Faktisk bosetting"\), found "Anmodning om Bosetting"$/,
    );
    const unit = table(columns, [['Personr', '2022', '0301', '', 'Faktisk bosetting', '1924']]);
    expect(() => extractRows(unit, spec, { excerpt: true })).toThrow(
      /column "Enhet": expected a known category \("Personer", "Prosent"\), found "Personr"/,
    );
  });
});

describe('extractRows sees a file cut short', () => {
  const columns = ['Enhet', 'År', 'Kommunenummer', 'Kommune', 'Bosetting', 'Antall'];
  const spec = getSource('imdi-bosatt-anmodede-2023');
  const whole = ['Anmodning om bosetting', 'Opprinnelig anmodning', 'Vedtak om bosetting', 'Faktisk bosetting']
    .flatMap((b) => [
      ['Personer', '2022', '0301', '', b, '10'],
      ['Personer', '2022', '1101', '', b, '10'],
    ])
    .concat([
      ['Prosent', '2022', '0301', '', 'Faktisk bosetting', '95'],
      ['Prosent', '2022', '1101', '', 'Faktisk bosetting', '90'],
    ]);

  it('accepts the whole file', () => {
    expect(extractRows(table(columns, whole), spec).read).toBe(8);
  });

  it('stops when a category the manifest names is absent', () => {
    expect(() => extractRows(table(columns, whole.slice(0, 8)), spec)).toThrow(
      /^t\.csv, column "Enhet": expected rows with "Prosent" \(named in the manifest\), found none/,
    );
  });

  it('stops when the last year has a kommune with fewer rows than the others', () => {
    const cut = [whole[8], whole[9], ...whole.slice(0, 7)];
    expect(() => extractRows(table(columns, cut), spec)).toThrow(
      /^t\.csv, line 10: expected 5 rows for every kommune in 2022 \(the file's last year\), found 4 for 1101: the file is cut short$/,
    );
  });
});
