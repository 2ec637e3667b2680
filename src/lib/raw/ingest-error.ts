/**
 * The one error type ingest throws. It always names the file, and where it
 * can, the line (1-based, as a text editor shows it) and the column (header
 * name or 1-based index), plus what was expected there.
 */
export interface Location {
  file: string;
  line?: number;
  column?: string | number;
}

export class IngestError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: string | number;
  readonly expected: string;

  constructor(where: Location, expected: string) {
    const parts = [where.file];
    if (where.line !== undefined) parts.push(`line ${where.line}`);
    if (where.column !== undefined) parts.push(`column ${JSON.stringify(String(where.column))}`);
    super(`${parts.join(', ')}: ${expected}`);
    this.name = 'IngestError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.expected = expected;
  }
}
