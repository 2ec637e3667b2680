import { IngestError } from './ingest-error.ts';

/**
 * SSB KLASS "changes" dumped as a Python literal: a list of dicts with
 * single-quoted strings. Only that subset is accepted: lists, dicts, strings
 * (single or double quoted, with backslash escapes), numbers, True/False/None.
 * Anything else is an error naming the line and column.
 */
export function readPythonLiteral(text: string, file: string): unknown {
  let i = 0;
  const where = () => {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    return { file, line, column: i - before.lastIndexOf('\n') };
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const value = (): unknown => {
    ws();
    const ch = text[i];
    if (ch === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') {
            i++;
            return out;
          }
          continue;
        }
        if (text[i] === ']') {
          i++;
          return out;
        }
        throw new IngestError(
          where(),
          `expected "," or "]" in a list, found ${JSON.stringify(text[i] ?? 'end of file')}`,
        );
      }
    }
    if (ch === '{') {
      i++;
      const out: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        ws();
        const key = value();
        if (typeof key !== 'string') throw new IngestError(where(), 'expected a string key in a dict');
        ws();
        if (text[i] !== ':')
          throw new IngestError(
            where(),
            `expected ":" after a dict key, found ${JSON.stringify(text[i] ?? 'end of file')}`,
          );
        i++;
        out[key] = value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') {
            i++;
            return out;
          }
          continue;
        }
        if (text[i] === '}') {
          i++;
          return out;
        }
        throw new IngestError(
          where(),
          `expected "," or "}" in a dict, found ${JSON.stringify(text[i] ?? 'end of file')}`,
        );
      }
    }
    if (ch === "'" || ch === '"') {
      const quote = ch;
      i++;
      let s = '';
      while (i < text.length && text[i] !== quote) {
        if (text[i] === '\\') {
          const esc = text[i + 1];
          s += esc === 'n' ? '\n' : esc === 't' ? '\t' : esc;
          i += 2;
        } else if (text[i] === '\n') {
          throw new IngestError(where(), 'expected the string to close before the end of the line');
        } else s += text[i++];
      }
      if (text[i] !== quote) throw new IngestError(where(), 'expected a closing quote, found end of file');
      i++;
      return s;
    }
    const word = /^(True|False|None|-?\d+(?:\.\d+)?)/.exec(text.slice(i, i + 40));
    if (word) {
      i += word[0].length;
      return word[0] === 'True' ? true : word[0] === 'False' ? false : word[0] === 'None' ? null : Number(word[0]);
    }
    throw new IngestError(
      where(),
      `expected a Python literal (list, dict, string, number), found ${JSON.stringify(ch ?? 'end of file')}`,
    );
  };
  const out = value();
  ws();
  if (i < text.length) throw new IngestError(where(), 'expected end of file after the literal');
  return out;
}
