import { IngestError } from './ingest-error.ts';

export type Encoding = 'utf-8' | 'latin1';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Decode a publisher's bytes with the encoding its manifest entry declares.
 * A file that does not match (UTF-8 declared but invalid; ISO-8859-1 declared
 * but the bytes are clearly UTF-8) is an error, not a silent mojibake.
 */
export function decode(bytes: Uint8Array, encoding: Encoding, file: string): string {
  if (encoding === 'utf-8') {
    try {
      return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      throw new IngestError(
        { file, line: lineOfFirstInvalidUtf8(bytes) },
        'expected UTF-8 text, found bytes that are not valid UTF-8',
      );
    }
  }
  if (looksLikeUtf8(bytes)) {
    throw new IngestError({ file }, 'expected ISO-8859-1 (latin1) text, but the file is UTF-8 encoded');
  }
  return latin1.decode(bytes);
}

/** True when the bytes hold multi-byte UTF-8 sequences and nothing invalid. */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  let multibyte = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    multibyte = true;
    break;
  }
  if (!multibyte) return false;
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strictUtf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
