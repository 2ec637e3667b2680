/**
 * «Last ned data»: the whole published dataset as files at stable addresses
 * under /data/last-ned/, made in one pass over the figures. Each figure is
 * one row with its status, flags, source and the source file's date; the
 * same rows go to the whole file, to its measure's file and to the file of
 * every kommune whose page shows it. Plain data: src/data/open-data.ts feeds
 * it the dataset, the pages and endpoints show and serve what it returns.
 */
// The files under /data/last-ned/ are language-neutral and made once per build (not per page language):
// their column names are machine names, their titles and the data package's descriptions are the dataset's
// documented metadata in bokmål. The pages that offer them follow the page's language, down to the name a
// browser saves a file under (`saveAsName` with the page's catalogue; `download` here is bokmål's).
import { t, type Strings } from '../../i18n/nb.ts';
import type { PredecessorRow, SourceFileRow } from '../domain/dataset-schema.ts';
import type { Figure } from '../domain/figure.ts';
import type { Kommune } from '../domain/kommune.ts';
import type { Measure } from '../domain/measures.ts';
import { csvLine, excelCsvLine } from '../format/csv.ts';

/** The number files' columns, in order: stable machine names (documented in datapackage.json and the README). */
export const FIGURE_COLUMNS = [
  'region',
  'regionName',
  'year',
  'measure',
  'group',
  'value',
  'unit',
  'status',
  'flags',
  'from',
  'source',
  'vintage',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export type Cell = string | number | null;

export const REGION_COLUMNS = ['code', 'name', 'kind', 'fylkeCode', 'fylkeName', 'successors'] as const;
export const MEASURE_COLUMNS = ['id', 'label', 'unit', 'topic', 'definition'] as const;
export const GROUP_COLUMNS = ['measure', 'group', 'label'] as const;
export const SOURCE_COLUMNS = [
  'id',
  'publisher',
  'publisherPage',
  'publisherUrl',
  'table',
  'title',
  'licence',
  'vintage',
  'sha256',
] as const;

/** Where the files live on the site; every path below is relative to it (as in datapackage.json). */
export const OPEN_DATA_BASE = '/data/last-ned/';

export type FileKind = 'whole' | 'measure' | 'kommune' | 'regions' | 'measures' | 'groups' | 'sources';
/** `csv`: comma and decimal point (machine); `excel`: `;`, decimal comma and a BOM (Norwegian Excel). */
export type Variant = 'csv' | 'excel';

export interface OpenDataFile {
  /** Relative to OPEN_DATA_BASE: `bosettingstall.csv`, `maal/bosatt.csv`, `kommune/0301.excel.csv`. */
  path: string;
  /** The data package's resource name (lower case, `-`). */
  name: string;
  kind: FileKind;
  variant: Variant;
  /** The measure id or kommune code of a per-measure or per-kommune file. */
  subject?: string;
  title: string;
  /** The name a browser saves it under: what it holds and the dataset's date. */
  download: string;
  body: string;
  /** Data rows (without the header). */
  rows: number;
  bytes: number;
}

/**
 * The name a browser saves a file under, in a page's language (the `download` of its link): what it holds
 * and the dataset's date, «bosettingstall-alle-tall-2026-10-01.csv», «bosettingstall-all-figures-2026-10-01.csv».
 * The file at the address is the same in every language.
 */
export function saveAsName(
  f: Pick<OpenDataFile, 'kind' | 'variant' | 'subject' | 'name'>,
  D: Strings['openData'],
  date: string,
  slugOf: (code: string) => string,
): string {
  const N = D.fileName;
  const stem =
    f.kind === 'whole'
      ? N.whole(date)
      : f.kind === 'measure'
        ? N.measure(f.subject!, date)
        : f.kind === 'kommune'
          ? N.kommune(f.subject!, slugOf(f.subject!), date)
          : N.lookup(f.name, date);
  return `${stem}${f.variant === 'excel' ? N.excelSuffix : ''}.csv`;
}

export interface OpenDataInput {
  /** Every published figure (data/observations.csv). */
  figures: Iterable<Figure>;
  kommuner: Kommune[];
  predecessors: PredecessorRow[];
  measures: Measure[];
  sources: SourceFileRow[];
  /** The dataset's date (newest source file, YYYY-MM-DD or shorter): in the download names. */
  date: string;
}

const BOM = '\uFEFF';
/**
 * Data, not interface: the words the files carry whatever the page's language (like the measures'
 * labels in measures.ts): the name of region 0000, a measure's total group, and the kinds of region.
 */
export const LAND_NAME = 'Hele landet';
export const GROUP_TOTAL = 'Alle';
export const REGION_KINDS = { kommune: 'kommune', former: 'tidligere-kommune', land: 'land' } as const;
const REGION_ORDER = { land: 0, kommune: 1, former: 2 } as const;

/** The row of a figure, in FIGURE_COLUMNS order. */
export function figureCells(f: Figure, regionName: string, unit: string): Cell[] {
  return [
    f.region,
    regionName,
    f.year,
    f.measure,
    f.group,
    f.value,
    unit,
    f.status,
    f.flags.join(';'),
    f.from.join('+'),
    f.source,
    f.vintage,
  ];
}

interface Bucket {
  csv: string[];
  excel: string[];
}
const bucket = (): Bucket => ({ csv: [], excel: [] });

/** Every file of «Last ned data» but the XLSX (src/data/open-data.ts writes that from `wholeRows`). */
export function openDataFiles(input: OpenDataInput): { files: OpenDataFile[]; wholeRows: Cell[][] } {
  const D = t.openData;
  const date = input.date;
  const measureOf = new Map(input.measures.map((m, i) => [m.id, { m, i }]));
  const kommuneOf = new Map(input.kommuner.map((k) => [k.code, k]));
  const formerOf = new Map(input.predecessors.map((p) => [p.key, p]));
  const regionKind = (r: string) => (r === '0000' ? 'land' : kommuneOf.has(r) ? 'kommune' : 'former');
  const regionName = (r: string) => (r === '0000' ? LAND_NAME : (kommuneOf.get(r)?.name ?? formerOf.get(r)?.name ?? r));

  const figures = [...input.figures];
  for (const f of figures) {
    if (!measureOf.has(f.measure)) throw new Error(`open data: figure of unknown measure ${f.measure}`);
    if (regionKind(f.region) === 'former' && !formerOf.has(f.region))
      throw new Error(`open data: figure of unknown region ${f.region}`);
  }
  // Land, then kommuner, then former kommuner; each by code, measure (the registry's order), group, year.
  figures.sort(
    (a, b) =>
      REGION_ORDER[regionKind(a.region)] - REGION_ORDER[regionKind(b.region)] ||
      (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
      measureOf.get(a.measure)!.i - measureOf.get(b.measure)!.i ||
      (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) ||
      a.year - b.year,
  );

  const whole: string[] = [];
  const wholeRows: Cell[][] = [];
  const byMeasure = new Map(input.measures.map((m) => [m.id, bucket()]));
  const byKommune = new Map(input.kommuner.map((k) => [k.code, bucket()]));
  const groups = new Map<string, Set<string>>();
  // The kommuner whose pages show a region's figures: itself, or a former kommune's successors.
  const shownOn = (r: string) =>
    regionKind(r) === 'kommune' ? [r] : regionKind(r) === 'former' ? formerOf.get(r)!.successors : [];
  let name = '';
  let lastRegion = '';
  for (const f of figures) {
    if (f.region !== lastRegion) {
      name = regionName(f.region);
      lastRegion = f.region;
    }
    const m = measureOf.get(f.measure)!.m;
    const cells = figureCells(f, name, m.unit);
    const line = csvLine(cells);
    const excel = excelCsvLine(cells);
    whole.push(line);
    wholeRows.push(cells);
    const bm = byMeasure.get(f.measure)!;
    bm.csv.push(line);
    bm.excel.push(excel);
    for (const code of shownOn(f.region)) {
      const bk = byKommune.get(code);
      if (!bk) throw new Error(`open data: ${f.region} is shown on unknown kommune ${code}`);
      bk.csv.push(line);
      bk.excel.push(excel);
    }
    let g = groups.get(f.measure);
    if (!g) groups.set(f.measure, (g = new Set()));
    g.add(f.group);
  }

  const files: OpenDataFile[] = [];
  const header = csvLine([...FIGURE_COLUMNS]);
  const excelHeader = excelCsvLine([...FIGURE_COLUMNS]);
  const add = (f: Omit<OpenDataFile, 'bytes'>) => files.push({ ...f, bytes: Buffer.byteLength(f.body, 'utf8') });
  const csvBody = (lines: string[]) => `${header}\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
  const excelBody = (lines: string[]) => `${BOM}${excelHeader}\r\n${lines.join('\r\n')}${lines.length ? '\r\n' : ''}`;
  const slugOf = new Map(input.kommuner.map((k) => [k.code, k.slug]));
  const download = (f: Pick<OpenDataFile, 'kind' | 'variant' | 'subject' | 'name'>) =>
    saveAsName(f, D, date, (code) => slugOf.get(code)!);
  const pair = (base: { path: string; name: string; kind: FileKind; subject: string; title: string }, b: Bucket) => {
    const csv = { ...base, path: `${base.path}.csv`, variant: 'csv' as const };
    add({ ...csv, download: download(csv), body: csvBody(b.csv), rows: b.csv.length });
    const excel = {
      ...base,
      path: `${base.path}.excel.csv`,
      name: `${base.name}-excel`,
      variant: 'excel' as const,
      title: D.resourceTitles.excel(base.title),
    };
    add({ ...excel, download: download(excel), body: excelBody(b.excel), rows: b.excel.length });
  };

  add({
    path: 'bosettingstall.csv',
    name: 'bosettingstall',
    kind: 'whole',
    variant: 'csv',
    title: D.resourceTitles.whole,
    download: download({ kind: 'whole', variant: 'csv', name: 'bosettingstall' }),
    body: csvBody(whole),
    rows: whole.length,
  });
  // A measure without a figure in the dataset (a table only `npm run fetch` gets) has no file: a header alone says nothing.
  for (const m of input.measures.filter((x) => byMeasure.get(x.id)!.csv.length > 0))
    pair(
      {
        path: `maal/${m.id}`,
        name: `maal-${m.id}`,
        kind: 'measure',
        subject: m.id,
        title: D.resourceTitles.measure(m.label),
      },
      byMeasure.get(m.id)!,
    );
  for (const k of input.kommuner)
    pair(
      {
        path: `kommune/${k.code}`,
        name: `kommune-${k.code}`,
        kind: 'kommune',
        subject: k.code,
        title: D.resourceTitles.kommune(k.name),
      },
      byKommune.get(k.code)!,
    );

  const table = (columns: readonly string[], rows: Cell[][]) =>
    `${csvLine([...columns])}\n${rows.map(csvLine).join('\n')}\n`;
  const regionRows: Cell[][] = [
    ['0000', LAND_NAME, REGION_KINDS.land, '', '', ''],
    ...input.kommuner.map((k) => [k.code, k.name, REGION_KINDS.kommune, k.fylkeCode, k.fylkeName, '']),
    ...input.predecessors.map((p) => [p.key, p.name, REGION_KINDS.former, '', '', p.successors.join(';')]),
  ];
  const lookups: [FileKind, string, string, readonly string[], Cell[][]][] = [
    ['regions', 'regioner', D.resourceTitles.regions, REGION_COLUMNS, regionRows],
    [
      'measures',
      'maal',
      D.resourceTitles.measures,
      MEASURE_COLUMNS,
      input.measures.map((m) => [m.id, m.label, m.unit, m.topic, m.definition]),
    ],
    [
      'groups',
      'grupper',
      D.resourceTitles.groups,
      GROUP_COLUMNS,
      input.measures.flatMap((m) =>
        [...(groups.get(m.id) ?? [])].sort().map((g) => [m.id, g, m.groups?.[g] ?? (g === '' ? GROUP_TOTAL : g)]),
      ),
    ],
    [
      'sources',
      'kilder',
      D.resourceTitles.sources,
      SOURCE_COLUMNS,
      input.sources.map((s) => [
        s.id,
        s.publisher,
        s.publisherPage,
        s.publisherUrl,
        s.table,
        s.title,
        s.licence,
        s.vintage,
        s.sha256,
      ]),
    ],
  ];
  for (const [kind, name, title, columns, rows] of lookups)
    add({
      path: `${name}.csv`,
      name,
      kind,
      variant: 'csv',
      title,
      download: download({ kind, variant: 'csv', name }),
      body: table(columns, rows),
      rows: rows.length,
    });
  return { files, wholeRows };
}
