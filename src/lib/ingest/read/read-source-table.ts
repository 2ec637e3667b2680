import { matchKommuneNames } from './match-kommune-names.ts';
import type { RawFiles } from '../../raw/read-once.ts';
import { readCsv } from '../../raw/read-csv.ts';
import { readJsonStat } from '../../raw/read-json-stat.ts';
import { readWideCsv } from '../../raw/read-wide-csv.ts';
import type { RawTable } from '../../raw/raw-table.ts';
import type { SourceSpec } from '../sources/source-spec.ts';

/**
 * A source file → RawTable with the adapter its format names, through `files`
 * so a file a reference reader also uses is decoded and parsed once.
 */
export async function readSourceTable(
  spec: SourceSpec,
  { files, nameIndex }: { files: RawFiles; nameIndex: Map<string, string> },
): Promise<RawTable> {
  const f = spec.format;
  const file = spec.file;
  if (f.kind === 'nokkeltall-tsv') {
    const t = readCsv(files.text(file, 'utf-8'), {
      file,
      delimiter: '\t',
      required: [f.fylke, f.name, ...(f.codes ? [f.codes] : [])],
    });
    // The transcriber's own code column, or a code matched from fylke + name.
    const coded = f.codes
      ? t
      : matchKommuneNames(t, nameIndex, {
          fylke: f.fylke,
          name: f.name,
          aliases: f.aliases,
          codeColumn: 'Kommunenummer',
        });
    return {
      ...coded,
      columns: [...coded.columns, 'year'],
      rows: coded.rows.map((r) => ({ line: r.line, cells: [...r.cells, String(f.year)] })),
    };
  }
  if (f.kind === 'xlsx') return files.xlsx(file);
  if (f.kind === 'wide-csv')
    return readWideCsv(files.text(file, f.encoding), {
      file,
      delimiter: f.delimiter,
      required: ['År'],
      keep: spec.rows?.keep,
    });
  if (f.kind === 'csv') return files.csv(file, { encoding: f.encoding, delimiter: f.delimiter });
  if (f.kind === 'json-stat') return readJsonStat(files.text(file, 'utf-8'), { file });
  throw new Error(`no table reader for ${spec.id}`);
}
