/**
 * Build-time «Last ned data»: the files of src/lib/open-data/files.ts made
 * once per build from the published dataset, the XLSX of the whole dataset
 * (exceljs, streamed to disk; kept in node_modules/.cache by the content's
 * hash, so a build with unchanged data does not write it again), and the
 * data package that describes them. The endpoint under
 * src/pages/data/last-ned/ serves each by its path.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MEASURES } from '../lib/domain/measures.ts';
import { dataPackage, figureSchema, SCHEMA_PATHS, XLSX_PATH, XLSX_SHEET } from '../lib/open-data/datapackage.ts';
import { FIGURE_COLUMNS, openDataFiles, type Cell, type OpenDataFile } from '../lib/open-data/files.ts';
import { datasetStamp } from './brief.ts';
import { dataset } from './dataset.ts';

/** Bump when the XLSX's layout changes, so a cached copy of the old layout is not served. */
const XLSX_LAYOUT = 1;
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'bosettingstall');

export interface OpenData {
  files: OpenDataFile[];
  xlsx: { bytes: number; download: string; body: Uint8Array<ArrayBuffer>; seconds: number; cached: boolean };
  /** Every path under /data/last-ned/ and what it serves. */
  serve: Map<string, { body: string | Uint8Array<ArrayBuffer>; type: string }>;
  version: string;
  date: string;
}

async function writeXlsx(path: string, rows: Cell[][]): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  // No styles (a bold header costs a style table over 350 000 rows); shared strings are faster and smaller here.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: true });
  const ws = wb.addWorksheet(XLSX_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...FIGURE_COLUMNS]).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  renameSync(tmp, path);
}

let cache: Promise<OpenData> | undefined;

export function openData(): Promise<OpenData> {
  return (cache ??= build());
}

/** The body served at a path; datapackage.json names the site's address (Astro.site, from SITE_URL) as its homepage. */
export async function openDataFile(path: string, site: URL | undefined) {
  const od = await openData();
  if (path !== 'datapackage.json') return od.serve.get(path);
  const descriptor = dataPackage({
    files: od.files,
    xlsxBytes: od.xlsx.bytes,
    measures: MEASURES,
    sources: dataset().sources,
    version: od.version,
    date: od.date,
    site: site?.href ?? 'https://bosettingstall.no/',
  });
  return { body: `${JSON.stringify(descriptor, null, 1)}\n`, type: 'application/json' };
}

/** The open-data files of the published dataset (one pass over it), with the stamp they carry. */
export function datasetFiles() {
  const { kommuner, byRegion, sources, predecessors } = dataset();
  const stamp = datasetStamp();
  const made = openDataFiles({
    figures: [...byRegion.values()].flat(),
    kommuner,
    predecessors,
    measures: MEASURES,
    sources,
    date: stamp.date,
  });
  return { ...made, sources, stamp };
}

async function build(): Promise<OpenData> {
  const { files, wholeRows, sources, stamp } = datasetFiles();
  const whole = files.find((f) => f.kind === 'whole')!;
  const key = createHash('sha256').update(`${XLSX_LAYOUT}\n${whole.body}`).digest('hex').slice(0, 16);
  const xlsxPath = join(CACHE, `bosettingstall-${key}.xlsx`);
  const started = performance.now();
  const cached = existsSync(xlsxPath);
  if (!cached) {
    mkdirSync(CACHE, { recursive: true });
    // Older copies (another dataset) are dropped: one XLSX of 16 MB is kept, not one per data version.
    for (const old of readdirSync(CACHE)) if (/^bosettingstall-\w+\.xlsx$/.test(old)) rmSync(join(CACHE, old));
    await writeXlsx(xlsxPath, wholeRows);
  }
  const body = new Uint8Array(readFileSync(xlsxPath));
  const xlsx = {
    bytes: body.byteLength,
    download: whole.download.replace(/\.csv$/, '.xlsx'),
    body,
    seconds: (performance.now() - started) / 1000,
    cached,
  };
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  const serve = new Map<string, { body: string | Uint8Array<ArrayBuffer>; type: string }>();
  for (const f of files) serve.set(f.path, { body: f.body, type: 'text/csv; charset=utf-8' });
  serve.set(XLSX_PATH, { body, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  serve.set(SCHEMA_PATHS.csv, { body: json(figureSchema(MEASURES, '.')), type: 'application/json' });
  serve.set(SCHEMA_PATHS.excel, { body: json(figureSchema(MEASURES, ',')), type: 'application/json' });
  serve.set('datapackage.json', { body: '', type: 'application/json' });
  return { files, xlsx, serve, version: stamp.version, date: stamp.date };
}

/** A kommune's two files (all measures): the machine CSV and the CSV for Norwegian Excel, and the dataset's date (for `saveAsName`). */
export async function kommuneFiles(code: string): Promise<{ csv: OpenDataFile; excel: OpenDataFile; date: string }> {
  const { files, date } = await openData();
  const find = (path: string) => files.find((f) => f.path === path)!;
  return { csv: find(`kommune/${code}.csv`), excel: find(`kommune/${code}.excel.csv`), date };
}
