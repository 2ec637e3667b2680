/**
 * Helpers for the fault tests on copies of the real raw files (faults.test.ts,
 * completeness.test.ts): mutations of a file's bytes, a scratch data/ to publish
 * into, and the record of each fault (stopped with one clear line? data/ lost?).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { nodeFs } from '../../../scripts/ingest.ts';
import { IngestError } from '../../../src/lib/raw/ingest-error.ts';
import { openPublish, PublishError } from '../../../src/lib/ingest/publish/publish.ts';
import { snapshot } from './fault-fs.ts';

export type Mutation = (bytes: Uint8Array) => Uint8Array;
export const latin1 =
  (f: (text: string) => string): Mutation =>
  (b) =>
    new Uint8Array(Buffer.from(f(Buffer.from(b).toString('latin1')), 'latin1'));
export const utf8 =
  (f: (text: string) => string): Mutation =>
  (b) =>
    new Uint8Array(Buffer.from(f(Buffer.from(b).toString('utf8')), 'utf8'));
/** Replace exactly one occurrence (the first), failing the test if the pattern is not in the file. */
export const once = (pattern: RegExp | string, replacement: string) => (text: string) => {
  const found = typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
  if (!found) throw new Error(`fixture drift: ${pattern} not found`);
  return text.replace(pattern, replacement);
};
/** Drop every line matching `pattern`, failing the test if none does. */
export const dropLines = (pattern: RegExp) => (text: string) => {
  const lines = text.split('\n');
  const kept = lines.filter((l) => !pattern.test(l));
  if (kept.length === lines.length) throw new Error(`fixture drift: no line matches ${pattern}`);
  return kept.join('\n');
};

/**
 * A workbook's first sheet changed row by row: `edit` gets each row's cells by header name
 * (row 1 is the header) and returns 'drop' to remove the row, or changes cells in place.
 * Fails the test if `edit` changed nothing.
 */
export async function mutateXlsx(
  bytes: Uint8Array,
  edit: (row: Record<string, unknown>, line: number) => 'drop' | boolean,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const drop: number[] = [];
  let changed = false;
  ws.eachRow((row, line) => {
    if (line === 1) return;
    const cells: Record<string, unknown> = {};
    header.forEach((h, i) => {
      if (h) cells[h] = row.getCell(i).value;
    });
    const r = edit(cells, line);
    if (r === 'drop') drop.push(line);
    else if (r) {
      header.forEach((h, i) => {
        if (h && cells[h] !== row.getCell(i).value) row.getCell(i).value = cells[h] as ExcelJS.CellValue;
      });
      changed = true;
    }
  });
  for (const line of drop.reverse()) ws.spliceRows(line, 1);
  if (!drop.length && !changed) throw new Error('fixture drift: the workbook edit changed nothing');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface Outcome {
  name: string;
  stopped: boolean;
  lost: boolean;
  message?: string;
}

/** A scratch data/ with a published release in it, and its bytes before. */
export function scratch() {
  const parent = mkdtempSync(join(tmpdir(), 'faults-'));
  const out = join(parent, 'data');
  openPublish(out, nodeFs).commit({ 'observations.csv': 'region,value\n0301,1926\n', 'sources.csv': 'id\nold\n' });
  return { parent, out, before: snapshot(out) };
}

/** Whether `error` is one clear line naming `file` and matching `expected`, and whether data/ changed. */
export function record(
  outcomes: Outcome[],
  name: string,
  error: unknown,
  file: string,
  { parent, out, before }: { parent: string; out: string; before: Record<string, string> },
  expected: RegExp,
) {
  const message = error instanceof Error ? error.message : '';
  const clear =
    (error instanceof IngestError || error instanceof PublishError) &&
    !message.includes('\n') &&
    message.length < 600 &&
    message.includes(file) &&
    expected.test(message);
  const lost = JSON.stringify(snapshot(out)) !== JSON.stringify(before) || readdirSync(parent).length !== 1;
  outcomes.push({ name, stopped: clear, lost, message });
  return { clear, lost, message };
}

/** The summary printed after a fault suite: tried, stopped with a clear message, data lost. */
export function summarize(label: string, outcomes: Outcome[]): string {
  const stopped = outcomes.filter((o) => o.stopped).length;
  const lost = outcomes.filter((o) => o.lost).length;
  const rows = outcomes.map(
    (o) =>
      `  ${o.stopped ? 'stopped' : 'NOT STOPPED'}${o.lost ? ', DATA LOST' : ''} — ${o.name}${o.message ? `: ${o.message}` : ''}`,
  );
  return `${label}: ${outcomes.length} faults tried, ${stopped} stopped with a clear message, ${lost} with data lost\n${rows.join('\n')}`;
}
