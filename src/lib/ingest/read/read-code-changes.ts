import type { CodeChange } from '../../domain/code-changes.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import type { RawTable } from '../../raw/raw-table.ts';
import { readPythonLiteral } from '../../raw/read-python-literal.ts';

/** KLASS's change table (2011–2024, Python literal list of records) → code changes. */
export function readCodeChanges(text: string, { file }: { file: string }): CodeChange[] {
  const data = readPythonLiteral(text, file);
  if (!Array.isArray(data)) throw new IngestError({ file, line: 1 }, 'expected a list of change records');
  return data.map((r: Record<string, string>, i) => {
    for (const k of ['oldCode', 'newCode', 'changeOccurred']) {
      if (typeof r[k] !== 'string')
        throw new IngestError({ file, column: k }, `expected record ${i + 1} to have a string ${k}`);
    }
    if (!/^\d{4}-01-01$/.test(r.changeOccurred))
      throw new IngestError(
        { file, column: 'changeOccurred' },
        `expected a 1 January date in record ${i + 1}, found ${r.changeOccurred}`,
      );
    return {
      oldCode: r.oldCode,
      oldName: r.oldName,
      newCode: r.newCode,
      newName: r.newName,
      year: Number(r.changeOccurred.slice(0, 4)),
    };
  });
}

export const LIFESPAN_COLUMNS = ['year_start', 'year_end', 'municip_code_end', 'municip_code', 'municip_name'];

/** Changes before KLASS's table starts (2011), from FHI's code life spans: code ended in year E → successor from E+1. */
export function readCodeLifespans(t: RawTable): { changes: CodeChange[]; startOf: Map<string, number> } {
  const file = t.file;
  const [st, e, to, from, name] = LIFESPAN_COLUMNS.map((x) => t.columns.indexOf(x));
  const out: CodeChange[] = [];
  const startOf = new Map<string, number>();
  for (const r of t.rows) {
    const code = /^municip_nor(\d{4})$/.exec(r.cells[from])?.[1];
    if (code) startOf.set(code, Math.min(startOf.get(code) ?? Infinity, Number(r.cells[st])));
    const end = Number(r.cells[e]);
    if (!(end >= 1986 && end < 2010)) continue;
    const strip = (c: string, col: string) => {
      const m = /^municip_nor(\d{4})$/.exec(c);
      if (!m)
        throw new IngestError(
          { file, line: r.line, column: col },
          `expected municip_norNNNN, found ${JSON.stringify(c)}`,
        );
      return m[1];
    };
    const oldCode = strip(r.cells[from], 'municip_code');
    const newCode = strip(r.cells[to], 'municip_code_end');
    if (oldCode !== newCode) out.push({ oldCode, oldName: r.cells[name], newCode, newName: '', year: end + 1 });
  }
  return { changes: out, startOf };
}

export const SKDE_COLUMNS = ['year', 'from_code', 'from_name', 'to_code', 'to_name'];

/** Mergers and renumberings 1988–2008 (SKDE's list of SSB's changes): whole-territory, so counts sum onto the successor. */
export function readSkdeChanges(t: RawTable): CodeChange[] {
  const file = t.file;
  const [y, f, fn, to, tn] = SKDE_COLUMNS.map((x) => t.columns.indexOf(x));
  return t.rows.map((r) => {
    const year = Number(r.cells[y]);
    if (!(Number.isInteger(year) && year >= 1986 && year <= 2010))
      throw new IngestError(
        { file, line: r.line, column: 'year' },
        `expected a year 1986–2010, found ${JSON.stringify(r.cells[y])}`,
      );
    for (const [i, col] of [
      [f, 'from_code'],
      [to, 'to_code'],
    ] as const) {
      if (!/^\d{4}$/.test(r.cells[i]))
        throw new IngestError(
          { file, line: r.line, column: col },
          `expected a kommune number (4 digits), found ${JSON.stringify(r.cells[i])}`,
        );
    }
    return { oldCode: r.cells[f], oldName: r.cells[fn], newCode: r.cells[to], newName: r.cells[tn], year };
  });
}

/**
 * FHI's life spans and SKDE's list describe the same changes; one code may not go two
 * ways in one year. A kommune that took in another and kept its number (Bodø, 1804,
 * took in Skjerstad in 2005) maps to itself too, as in KLASS's table. `file` is where a conflict is reported.
 */
export function mergeChanges(
  a: CodeChange[],
  b: CodeChange[],
  startOf: Map<string, number>,
  { file }: { file: string },
): CodeChange[] {
  const out = new Map<string, CodeChange>();
  for (const c of [...a, ...b]) {
    const k = `${c.year}\t${c.oldCode}`;
    const prev = out.get(k);
    if (prev && prev.newCode !== c.newCode)
      throw new IngestError(
        { file },
        `expected one successor for ${c.oldCode} in ${c.year}, found ${prev.newCode} (FHI) and ${c.newCode} (SKDE)`,
      );
    if (!prev || (!prev.oldName && c.oldName)) out.set(k, c);
  }
  for (const c of [...out.values()]) {
    const k = `${c.year}\t${c.newCode}`;
    if ((startOf.get(c.newCode) ?? Infinity) < c.year && !out.has(k))
      out.set(k, { oldCode: c.newCode, oldName: c.newName, newCode: c.newCode, newName: c.newName, year: c.year });
  }
  return [...out.values()];
}
