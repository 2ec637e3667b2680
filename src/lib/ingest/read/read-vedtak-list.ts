import { IngestError } from '../../raw/ingest-error.ts';

export interface VedtakListRow {
  line: number;
  fylke: string;
  name: string;
  value: number;
}

const LINE = /^(.+?) \| (.+?): \d+(?:\.\d+)?%\s+\(vedtatt å bosette: (\d+)\)$/;

/**
 * The scraped list of 2026 decisions: header lines up to a line of dashes,
 * then `Fylke | Kommune: x.xx%  (vedtatt å bosette: N)`.
 */
export function readVedtakList(text: string, file: string): VedtakListRow[] {
  const lines = text.split(/\r?\n/);
  if (!text.endsWith('\n'))
    throw new IngestError(
      { file, line: lines.length },
      'expected the file to end with a line break, found the end of the file inside the last line (truncated?)',
    );
  const start = lines.findIndex((l) => /^-{10,}$/.test(l.trim()));
  if (start < 0) throw new IngestError({ file }, 'expected a header ending in a line of dashes');
  const out: VedtakListRow[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i].trim();
    if (!l) continue;
    const m = LINE.exec(l);
    if (!m)
      throw new IngestError(
        { file, line: i + 1 },
        `expected "Fylke | Kommune: x.xx%  (vedtatt å bosette: N)", found ${JSON.stringify(l)}`,
      );
    out.push({ line: i + 1, fylke: m[1].trim(), name: m[2].trim(), value: Number(m[3]) });
  }
  return out;
}
