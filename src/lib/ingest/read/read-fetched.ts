import { IngestError } from '../../raw/ingest-error.ts';
import type { SourceSpec } from '../sources/source-spec.ts';
import { FETCH_MANIFEST, parseFetchManifest, vintageOf, type FetchManifest } from '../../fetch/fetch-manifest.ts';

export type ReadRaw = (path: string) => Uint8Array;

/**
 * A manifest entry for a file `npm run fetch` writes: null when the raw
 * directory does not have the file (the committed raw directory has none, so
 * the published dataset does not change), else its bytes and the entry with
 * the vintage from fetch-manifest.json. A file whose SHA-256 differs from its
 * manifest entry (edited, or left half-written) stops ingest.
 */
export async function readFetched(
  spec: SourceSpec,
  read: ReadRaw,
  {
    sha256,
    manifests,
  }: { sha256: (bytes: Uint8Array) => Promise<string>; manifests: Map<ReadRaw, FetchManifest | null> },
): Promise<{ spec: SourceSpec; bytes: Uint8Array } | null> {
  let bytes: Uint8Array;
  try {
    bytes = read(spec.file);
  } catch {
    return null;
  }
  if (!manifests.has(read)) {
    let text: string | null = null;
    try {
      text = new TextDecoder().decode(read(FETCH_MANIFEST));
    } catch {
      // no manifest: reported below, for the first fetched file found
    }
    let m: FetchManifest | null = null;
    if (text !== null) {
      try {
        m = parseFetchManifest(text);
      } catch (e) {
        throw new IngestError(
          { file: FETCH_MANIFEST },
          `expected the fetch manifest as JSON ({"files": {…}}): ${(e as Error).message}`,
        );
      }
    }
    manifests.set(read, m);
  }
  const entry = manifests.get(read)?.files[spec.file];
  if (!entry)
    throw new IngestError(
      { file: FETCH_MANIFEST },
      `expected an entry for ${spec.file} (fetched files are read only with the manifest npm run fetch writes beside them)`,
    );
  const sha = await sha256(bytes);
  if (sha !== entry.sha256)
    throw new IngestError(
      { file: spec.file },
      `expected the file fetch-manifest.json describes (SHA-256 ${entry.sha256.slice(0, 12)}…), found ${sha.slice(0, 12)}…: changed or half-written after the fetch`,
    );
  return { spec: { ...spec, vintage: vintageOf(entry) }, bytes };
}
