/**
 * Build-time «Last ned data»: the files of src/lib/open-data/files.ts made
 * once per build from the published dataset, the XLSX of the whole dataset
 * (written by lib/open-data/xlsx.ts while the pages are built: it is awaited
 * only where its bytes are needed), and the data package that describes them.
 * The endpoint under src/pages/data/last-ned/ serves each by its path.
 */
import { MEASURES } from '../lib/domain/measures.ts';
import { dataPackage, figureSchema, SCHEMA_PATHS, XLSX_PATH, XLSX_SHEET } from '../lib/open-data/datapackage.ts';
import { FIGURE_COLUMNS, openDataFiles, type OpenDataFile } from '../lib/open-data/files.ts';
import { xlsxOf } from '../lib/open-data/xlsx.ts';
import { datasetStamp } from './brief.ts';
import { dataset } from './dataset.ts';

export interface OpenData {
  files: OpenDataFile[];
  /** The whole dataset as XLSX, being written (its compression runs on zlib's thread pool); await it where its bytes are needed. */
  xlsx: Promise<{ bytes: number; download: string; body: Uint8Array<ArrayBuffer>; seconds: number }>;
  /** Every path under /data/last-ned/ and what it serves (the XLSX once written). */
  serve: Map<string, { body: string | Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>; type: string }>;
  version: string;
  date: string;
}

let cache: Promise<OpenData> | undefined;

export function openData(): Promise<OpenData> {
  return (cache ??= build());
}

/** The body served at a path; datapackage.json names the site's address (Astro.site, from SITE_URL) as its homepage. */
export async function openDataFile(path: string, site: URL | undefined) {
  const od = await openData();
  if (path !== 'datapackage.json') {
    const f = od.serve.get(path);
    return f && { body: await f.body, type: f.type };
  }
  const descriptor = dataPackage({
    files: od.files,
    xlsxBytes: (await od.xlsx).bytes,
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
  const { files, wholeRows, stamp } = datasetFiles();
  const whole = files.find((f) => f.kind === 'whole')!;
  const started = performance.now();
  const xlsx = xlsxOf(XLSX_SHEET, FIGURE_COLUMNS, wholeRows).then((body) => ({
    bytes: body.byteLength,
    download: whole.download.replace(/\.csv$/, '.xlsx'),
    body,
    seconds: (performance.now() - started) / 1000,
  }));
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  const serve: OpenData['serve'] = new Map();
  for (const f of files) serve.set(f.path, { body: f.body, type: 'text/csv; charset=utf-8' });
  serve.set(XLSX_PATH, {
    body: xlsx.then((x) => x.body),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
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
