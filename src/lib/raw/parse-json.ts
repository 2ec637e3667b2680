import { IngestError } from './ingest-error.ts';

/**
 * JSON.parse for a publisher's file: a truncated or invalid file is one
 * IngestError naming the file and the line, never the parser's message
 * quoting a megabyte of the file.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? Number(m[1]) : text.length;
    const line = text.slice(0, at).split('\n').length;
    const what =
      at >= text.trimEnd().length
        ? 'the file ends inside a value (truncated?)'
        : `invalid JSON at character ${at - text.lastIndexOf('\n', at - 1)}`;
    throw new IngestError({ file, line }, `expected a complete JSON document, ${what}`);
  }
}
