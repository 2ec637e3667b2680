import { createHash } from 'node:crypto';

/**
 * The dataset's generation: one SHA-256 per published file and one over all of
 * them, written to `generation.json` beside the files. The site checks at
 * build time that every file it reads still has the hash of its generation,
 * so files from two ingests (or a hand-edited one) never make one site.
 * Deterministic: same files, same bytes.
 */
export const GENERATION_FILE = 'generation.json';

export interface Generation {
  generation: string;
  files: Record<string, string>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The manifest for a set of published files (name → content). */
export function generationOf(files: Record<string, string | Uint8Array>): Generation {
  const names = Object.keys(files)
    .filter((n) => n !== GENERATION_FILE)
    .sort();
  const hashes = Object.fromEntries(names.map((n) => [n, sha256(files[n])]));
  return { generation: generationHash(hashes), files: hashes };
}

function generationHash(hashes: Record<string, string>): string {
  return sha256(
    Object.keys(hashes)
      .sort()
      .map((n) => `${hashes[n]}  ${n}\n`)
      .join(''),
  );
}

export function serializeGeneration(g: Generation): string {
  return JSON.stringify(g, null, 2) + '\n';
}

/**
 * Check files read back from a published directory against its manifest.
 * Returns one message per problem (empty when the files are one generation).
 */
export function checkGeneration(
  manifestText: string | undefined,
  read: (name: string) => Uint8Array | undefined,
  dir = 'data',
): string[] {
  if (manifestText === undefined)
    return [`${dir}/${GENERATION_FILE} is missing: the dataset was not published by ingest (run npm run ingest)`];
  let g: Generation;
  try {
    g = JSON.parse(manifestText);
    if (typeof g.generation !== 'string' || typeof g.files !== 'object' || !g.files) throw new Error('shape');
  } catch {
    return [`${dir}/${GENERATION_FILE} is not a generation manifest (truncated or edited)`];
  }
  const problems: string[] = [];
  for (const [name, hash] of Object.entries(g.files)) {
    const bytes = read(name);
    if (bytes === undefined)
      problems.push(`${dir}/${name} is missing (generation ${g.generation.slice(0, 12)} lists it)`);
    else if (sha256(bytes) !== hash)
      problems.push(
        `${dir}/${name} does not belong to generation ${g.generation.slice(0, 12)} (its SHA-256 differs: from another ingest, truncated or edited)`,
      );
  }
  if (generationHash(g.files) !== g.generation)
    problems.push(
      `${dir}/${GENERATION_FILE} is inconsistent: its generation is not the hash of the files it lists (edited by hand?)`,
    );
  return problems;
}
