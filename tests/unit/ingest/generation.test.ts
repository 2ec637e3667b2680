import { describe, expect, it } from 'vitest';
import { checkGeneration, generationOf, serializeGeneration } from '../../../src/lib/ingest/publish/generation.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const A = { 'observations.csv': 'region\n0301\n', 'sources.csv': 'id\na\n' };
const B = { 'observations.csv': 'region\n0301\n1508\n', 'sources.csv': 'id\nb\n' };
const reader = (files: Record<string, string>) => (name: string) => (name in files ? enc(files[name]) : undefined);

describe('checkGeneration (run by src/data/dataset.ts at build time)', () => {
  const manifest = serializeGeneration(generationOf(A));

  it('accepts the files of one ingest', () => {
    expect(checkGeneration(manifest, reader(A))).toEqual([]);
  });

  it('names a file from another ingest (new observations beside old sources)', () => {
    expect(checkGeneration(manifest, reader({ ...A, 'observations.csv': B['observations.csv'] }))).toEqual([
      expect.stringMatching(
        /^data\/observations\.csv does not belong to generation [0-9a-f]{12} \(its SHA-256 differs/,
      ),
    ]);
  });

  it('names a missing file, a missing or truncated manifest, and a hand-edited one', () => {
    expect(checkGeneration(manifest, reader({ 'observations.csv': A['observations.csv'] }))).toEqual([
      expect.stringMatching(/^data\/sources\.csv is missing/),
    ]);
    expect(checkGeneration(undefined, reader(A))).toEqual([expect.stringMatching(/generation\.json is missing/)]);
    expect(checkGeneration(manifest.slice(0, 40), reader(A))).toEqual([
      expect.stringMatching(/not a generation manifest/),
    ]);
    const edited = JSON.parse(manifest);
    edited.files['sources.csv'] = generationOf(B).files['sources.csv'];
    expect(checkGeneration(JSON.stringify(edited), reader({ ...A, 'sources.csv': B['sources.csv'] }))).toEqual([
      expect.stringMatching(/is inconsistent/),
    ]);
  });
});
