import JSONstat from 'jsonstat-toolkit';
import { IngestError } from './ingest-error.ts';
import type { RawTable } from './raw-table.ts';

/** What a JSON-stat 2 dataset says about itself, beside its cells (read by the schema check and the manifest). */
export interface JsonStatMeta {
  /** Dimension ids in the dataset's order. */
  dimensions: string[];
  /** Category codes of each dimension, in index order. */
  codes: Record<string, string[]>;
  /** `dimension:code` → unit label, for categories that carry a unit (SSB/FHI put it on the measure dimension). */
  units: Record<string, string>;
  /** `dimension:code` → the category's label (what the code means, e.g. `Landbakgrunn:148` → `Ukraina`). */
  labels: Record<string, string>;
  /** The publisher's «updated» stamp, if given. */
  updated?: string;
  label?: string;
}

export type JsonStatTable = RawTable & { meta: JsonStatMeta };

interface Category {
  index?: string[] | Record<string, number>;
  label?: Record<string, string>;
  unit?: Record<string, { label?: string; base?: string; symbol?: string; decimals?: number }>;
}

/**
 * JSON-stat 2 dataset (SSB PxWebApi v2, FHI statistikk API) → RawTable with one
 * column per dimension (category codes), then `value` (the number, or the cell's
 * status symbol when the value is null or is the symbol itself, as FHI writes it) and `status`. The cube is checked here
 * (class, id/size, categories, value count) and decoded by jsonstat-toolkit, the
 * format's reference implementation. Rows carry the number of the cell (1-based)
 * as their `line`, so later errors point at `value[n-1]`.
 */
export function readJsonStat(text: string, { file }: { file: string }): JsonStatTable {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // JSON.parse names the position, except for input that ends too soon: that is the end of the text.
    const pos = /position (\d+)/.exec((e as Error).message);
    const at = text.length ? lineColumnOf(text, pos ? Number(pos[1]) : text.length) : undefined;
    throw new IngestError(
      { file, line: at?.line, column: at?.column },
      `expected JSON (JSON-stat 2), ${text.length === 0 ? 'found an empty file' : `found invalid JSON (${(e as Error).message}); truncated download?`}`,
    );
  }
  const where = (path: string, needle?: string) => ({
    file,
    line: needle ? lineOfKey(text, needle) : undefined,
    column: path,
  });
  if (!isObject(doc)) throw new IngestError({ file, line: 1 }, 'expected a JSON object (a JSON-stat 2 dataset)');
  if (doc.class !== 'dataset')
    throw new IngestError(where('class', 'class'), `expected "class": "dataset", found ${JSON.stringify(doc.class)}`);
  if (doc.version !== '2.0')
    throw new IngestError(
      where('version', 'version'),
      `expected "version": "2.0", found ${JSON.stringify(doc.version)}`,
    );
  const id = doc.id;
  const size = doc.size;
  if (
    !Array.isArray(id) ||
    !Array.isArray(size) ||
    id.length !== size.length ||
    id.some((x) => typeof x !== 'string') ||
    size.some((n) => !Number.isInteger(n) || n < 0)
  ) {
    throw new IngestError(
      where('id', 'id'),
      'expected "id" (dimension names) and "size" (category counts) as arrays of the same length',
    );
  }
  if (!isObject(doc.dimension)) throw new IngestError(where('dimension', 'dimension'), 'expected a "dimension" object');
  const meta: JsonStatMeta = {
    dimensions: id as string[],
    codes: {},
    units: {},
    labels: {},
    updated: typeof doc.updated === 'string' ? doc.updated : undefined,
    label: typeof doc.label === 'string' ? doc.label : undefined,
  };
  for (const [i, dim] of (id as string[]).entries()) {
    const d = doc.dimension[dim];
    if (!isObject(d) || !isObject(d.category))
      throw new IngestError(
        where(`dimension/${dim}`, dim),
        `expected dimension ${JSON.stringify(dim)} (listed in "id") with a "category"`,
      );
    const cat = d.category as Category;
    const codes = categoryCodes(cat);
    if (codes.length !== size[i]) {
      throw new IngestError(
        where(`dimension/${dim}/category`, dim),
        `expected ${size[i]} categories in ${JSON.stringify(dim)} (its "size"), found ${codes.length}`,
      );
    }
    meta.codes[dim] = codes;
    for (const code of codes)
      if (typeof cat.label?.[code] === 'string') meta.labels[`${dim}:${code}`] = cat.label[code];
    for (const [code, u] of Object.entries(cat.unit ?? {}))
      meta.units[`${dim}:${code}`] = u.label ?? u.base ?? u.symbol ?? '';
  }
  const cells = (size as number[]).reduce((a, b) => a * b, 1);
  const value = doc.value;
  if (Array.isArray(value)) {
    if (value.length !== cells)
      throw new IngestError(
        where('value', 'value'),
        `expected ${cells} values (the product of "size"), found ${value.length}; truncated or mis-shaped dataset`,
      );
    const bad = value.findIndex((v) => !isCell(v));
    if (bad >= 0)
      throw new IngestError(
        where(`value[${bad}]`, 'value'),
        `expected a number, null or a status symbol, found ${JSON.stringify(value[bad])}`,
      );
  } else if (isObject(value)) {
    const bad = Object.entries(value).find(([k, v]) => !/^\d+$/.test(k) || Number(k) >= cells || !isCell(v));
    if (bad)
      throw new IngestError(
        where(`value/${bad[0]}`, 'value'),
        `expected cell numbers below ${cells} with a number, null or a status symbol, found ${JSON.stringify(bad[0])}: ${JSON.stringify(bad[1])}`,
      );
  } else {
    throw new IngestError(where('value', 'value'), 'expected "value" as an array or an object');
  }

  const rows = JSONstat(doc).toTable({ type: 'arrobj', content: 'id', status: true });
  if (rows.length !== cells)
    throw new IngestError(where('value', 'value'), `expected ${cells} cells, the JSON-stat reader gave ${rows.length}`);
  const columns = [...(id as string[]), 'value', 'status'];
  return {
    file,
    columns,
    meta,
    rows: rows.map((r, n) => {
      const symbol = typeof r.value === 'string' ? r.value : '';
      const status = r.status === null || r.status === undefined ? symbol : String(r.status);
      const v = r.value === null || r.value === undefined ? status : String(r.value);
      return { line: n + 1, cells: [...(id as string[]).map((d) => String(r[d])), v, status] };
    }),
  };
}

/**
 * A cell of `value`: a number, null (its symbol, if any, in `status`), or, as FHI's
 * statistikk API writes it, the status symbol itself in place of the number (`":"`).
 * A string with a digit in it is not a symbol but a number in the wrong form.
 */
function isCell(v: unknown): boolean {
  return v === null || typeof v === 'number' || (typeof v === 'string' && v.length <= 8 && !/\d/.test(v));
}

function categoryCodes(cat: Category): string[] {
  if (Array.isArray(cat.index)) return cat.index;
  if (isObject(cat.index))
    return Object.entries(cat.index as Record<string, number>)
      .sort((a, b) => a[1] - b[1])
      .map(([k]) => k);
  // A single-category dimension may give only a label.
  return Object.keys(cat.label ?? {});
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function lineColumnOf(text: string, pos: number) {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}

function lineOfKey(text: string, key: string): number | undefined {
  const i = text.indexOf(`"${key}"`);
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}
