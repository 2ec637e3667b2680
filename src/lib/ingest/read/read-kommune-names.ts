import { IngestError } from '../../raw/ingest-error.ts';
import { parseJson } from '../../raw/parse-json.ts';
import type { RawTable } from '../../raw/raw-table.ts';

/** Kartverket's language names → BCP 47 tags, for lang attributes on the page. */
const LANGUAGE_TAGS: Record<string, string> = {
  Norwegian: 'nb',
  'Northern Sami': 'se',
  'Lule Sami': 'smj',
  'Southern Sami': 'sma',
  'Kven Finnish': 'fkv',
  'Skolt Sami': 'sms',
  'Pite Sami': 'sje',
  'Ume Sami': 'sju',
};

export type NorwegianNames = Map<string, string> & { languageOf: Map<string, string> };

/** Any valid name of a kommune (Sami, Kven, Norwegian) → its Norwegian name and its own language, from Kartverket's JSON. */
export function readNorwegianNames(text: string, { file }: { file: string }): NorwegianNames {
  const data = parseJson(text, file);
  if (!Array.isArray(data)) throw new IngestError({ file }, 'expected a list of fylker');
  const out = Object.assign(new Map<string, string>(), { languageOf: new Map<string, string>() });
  for (const f of data) {
    for (const k of f.kommuner ?? []) {
      if (typeof k.kommunenavnNorsk !== 'string')
        throw new IngestError(
          { file, column: 'kommunenavnNorsk' },
          `expected a Norwegian name for kommune ${k.kommunenummer}`,
        );
      for (const n of k.gyldigeNavn ?? []) {
        if (!n.navn) continue;
        out.set(n.navn, k.kommunenavnNorsk);
        const tag = LANGUAGE_TAGS[n.sprak];
        if (!tag)
          throw new IngestError(
            { file, column: 'sprak' },
            `expected a known language for ${n.navn}, found ${JSON.stringify(n.sprak)}`,
          );
        out.languageOf.set(n.navn, tag);
      }
    }
  }
  return out;
}

/** A kommune's official name (all its languages, « - »-separated) and each name apart. */
export interface OfficialNames {
  official: string;
  all: string[];
  name: string;
}

export const OFFICIAL_NAME_COLUMNS = ['kom2024', 'navn'];

/** SSB's table keyed by 2024 kommune number (first two columns: number, official name) → names per kommune. */
export function readOfficialNames(t: RawTable, { current }: { current: Set<string> }): Map<string, OfficialNames> {
  const out = new Map<string, OfficialNames>();
  for (const r of t.rows) {
    const [code, official] = r.cells;
    if (!current.has(code))
      throw new IngestError(
        { file: t.file, line: r.line, column: 'kom2024' },
        `expected a 2024 kommune number, found ${JSON.stringify(code)}`,
      );
    if (!out.has(code)) out.set(code, { official, all: official.split(' - ').map((s) => s.trim()), name: official });
  }
  // A kommune without its name here would surface later as an unmatched name in another file, naming the wrong file.
  const missing = [...current].filter((c) => !out.has(c));
  if (missing.length)
    throw new IngestError(
      { file: t.file, column: 'kom2024' },
      `expected rows for every 2024 kommune (their official names), found none for ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}: ${missing.length} kommune${missing.length > 1 ? 'r' : ''} missing (rule: the name list covers the ${current.size} kommuner)`,
    );
  return out;
}
