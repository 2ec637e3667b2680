/**
 * A one-sheet XLSX workbook written directly (Office Open XML in a ZIP), for
 * the whole dataset's 350 000 rows: exceljs's streaming writer took 6–7 s of
 * the build's main thread for them; this takes about a second there, and the
 * compression runs on zlib's thread pool while the rows are turned into XML.
 *
 * What it writes: the header row frozen, strings as shared strings (the
 * columns repeat a few hundred values), numbers as numbers, null as an empty
 * cell, no styles beyond the one default (as before). Read back by exceljs in
 * tests/unit/open-data/xlsx.test.ts.
 */
import { Buffer } from 'node:buffer';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export type XlsxCell = string | number | null;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STATIC_PARTS = (sheet: string): [string, string][] => [
  [
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`,
  ],
  [
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS_R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
  ],
  [
    'xl/styles.xml',
    `${HEAD}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  ],
];

/**
 * Text as XML character data. Control characters XML 1.0 cannot carry are written as OOXML's
 * `_xHHHH_` escapes (and a literal `_xHHHH_` in the text is escaped itself, so it reads back as typed).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it finds.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Column letters for 0-based indexes (A … Z, AA …). */
function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Entry {
  name: string;
  crc: number;
  size: number;
  data: Buffer[];
  compressed: number;
}

/** A part compressed at once (the small ones). */
function smallEntry(name: string, text: string): Entry {
  const raw = Buffer.from(text, 'utf8');
  const data = deflateRawSync(raw);
  return { name, crc: crc32(raw), size: raw.length, data: [data], compressed: data.length };
}

/**
 * The workbook: one sheet named `sheet`, the `columns` as its frozen first row, then `rows` (a cell
 * that is null is left empty; numbers must be finite). Rows are turned into XML in slices, each handed
 * to a deflate stream that compresses on zlib's thread pool while the next slice is written.
 */
export async function xlsxOf(
  sheet: string,
  columns: readonly string[],
  rows: readonly XlsxCell[][],
): Promise<Uint8Array<ArrayBuffer>> {
  const strings = new Map<string, number>();
  const shared = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) {
      i = strings.size;
      strings.set(s, i);
    }
    return i;
  };
  const width = Math.max(columns.length, ...rows.slice(0, 1).map((r) => r.length));
  const letters = Array.from({ length: width }, (_, i) => columnName(i));
  const rowXml = (cells: readonly XlsxCell[], r: number) => {
    let x = `<row r="${r}">`;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === null || v === undefined) continue;
      const ref = (letters[c] ?? columnName(c)) + r;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw new Error(`xlsx: row ${r} column ${c + 1} is ${v}, not a finite number`);
        x += `<c r="${ref}"><v>${v}</v></c>`;
      } else x += `<c r="${ref}" t="s"><v>${shared(v)}</v></c>`;
    }
    return `${x}</row>`;
  };

  // The sheet, streamed through one deflate stream.
  const deflate = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION });
  const out: Buffer[] = [];
  let compressed = 0;
  deflate.on('data', (b: Buffer) => {
    out.push(b);
    compressed += b.length;
  });
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const b = Buffer.from(text, 'utf8');
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(
    `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${NS_R}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${rowXml(columns, 1)}`,
  );
  const SLICE = 4000;
  for (let i = 0; i < rows.length; i += SLICE) {
    let x = '';
    const end = Math.min(rows.length, i + SLICE);
    for (let j = i; j < end; j++) x += rowXml(rows[j], j + 2);
    await write(x);
  }
  await write('</sheetData></worksheet>');
  deflate.end();
  await ended;
  const sheetEntry: Entry = { name: 'xl/worksheets/sheet1.xml', crc, size, data: out, compressed };

  let sst = `${HEAD}<sst xmlns="${NS}" count="${strings.size}" uniqueCount="${strings.size}">`;
  for (const s of strings.keys())
    sst += /^\s|\s$/.test(s)
      ? `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`
      : `<si><t>${escapeXml(s)}</t></si>`;
  sst += '</sst>';

  return zip([
    ...STATIC_PARTS(sheet).map(([name, text]) => smallEntry(name, text)),
    sheetEntry,
    smallEntry('xl/sharedStrings.xml', sst),
  ]);
}

// 1980-01-01 00:00, DOS format: the archive does not depend on when it was built.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * The fields a local file header (from byte 6) and its central directory entry (from byte 8) share, in
 * the same order (PKWARE APPNOTE 4.3.7 and 4.3.12): flags (UTF-8 names), method (deflate), time, date,
 * CRC-32, compressed and uncompressed size, name length.
 */
function writeShared(b: Buffer, at: number, e: Entry, nameLength: number): void {
  b.writeUInt16LE(0x0800, at);
  b.writeUInt16LE(8, at + 2);
  b.writeUInt16LE(DOS_TIME, at + 4);
  b.writeUInt16LE(DOS_DATE, at + 6);
  b.writeUInt32LE(e.crc >>> 0, at + 8);
  b.writeUInt32LE(e.compressed, at + 12);
  b.writeUInt32LE(e.size, at + 16);
  b.writeUInt16LE(nameLength, at + 20);
}

/** The entries as a ZIP archive (deflated, no ZIP64: every part is far below 4 GB). */
function zip(entries: Entry[]): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    writeShared(local, 6, e, name.length);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by
    dir.writeUInt16LE(20, 6); // version needed
    writeShared(dir, 8, e, name.length);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    parts.push(local, name, ...e.data);
    offset += local.length + name.length + e.compressed;
  }
  const dirSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  const all = new Uint8Array(offset + dirSize + end.length);
  let at = 0;
  for (const b of [...parts, ...central, end]) {
    all.set(b, at);
    at += b.length;
  }
  return all;
}
