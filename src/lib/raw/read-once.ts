import { decode, type Encoding } from './decode.ts';
import { IngestError } from './ingest-error.ts';
import { readCsv, type ReadCsvOptions } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { RawTable } from './raw-table.ts';

export type ReadRaw = (path: string) => Uint8Array;

/** The raw files of one ingest, each read, decoded and parsed at most once however many readers use it. */
export interface RawFiles {
  /** The file's bytes (a failed read is not remembered, so it fails again the same way). */
  read: ReadRaw;
  text(path: string, encoding: Encoding): string;
  csv(path: string, options: Omit<ReadCsvOptions, 'file'> & { encoding: Encoding }): RawTable;
  xlsx(path: string, options?: { required?: string[] }): Promise<RawTable>;
}

/**
 * Wraps a raw reader so each path is read once. Parsed tables are shared:
 * callers must not change them. A table parsed without a required column
 * is checked for it on the next use, with the adapter's own message.
 */
export function readOnce(read: ReadRaw): RawFiles {
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  const bytes: ReadRaw = (path) => once(`bytes\t${path}`, () => read(path));
  const text = (path: string, encoding: Encoding) =>
    once(`text\t${encoding}\t${path}`, () => decode(bytes(path), encoding, path));
  return {
    read: bytes,
    text,
    csv(path, { encoding, required = [], ...options }) {
      const key = `csv\t${encoding}\t${JSON.stringify(options)}\t${path}`;
      if (cache.has(key)) {
        const t = cache.get(key) as RawTable;
        const missing = required.find((c) => !t.columns.includes(c));
        const line = (options.skipLines ?? 0) + 1;
        if (missing)
          throw new IngestError(
            { file: path, line, column: missing },
            `expected a column named ${JSON.stringify(missing)} in the header (found: ${t.columns.join(', ')})`,
          );
        return t;
      }
      return once(key, () => readCsv(text(path, encoding), { file: path, required, ...options }));
    },
    async xlsx(path, { required = [] } = {}) {
      const key = `xlsx\t${path}`;
      if (cache.has(key)) {
        const t = await (cache.get(key) as Promise<RawTable>);
        const missing = required.find((c) => !t.columns.includes(c));
        if (missing)
          throw new IngestError(
            { file: path, line: 1, column: missing },
            `expected a column named ${JSON.stringify(missing)} (found: ${t.columns.join(', ')})`,
          );
        return t;
      }
      return once(key, () => readXlsx(bytes(path), { file: path, required }));
    },
  };
}
