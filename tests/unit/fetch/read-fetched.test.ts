import { describe, expect, it } from 'vitest';
import { FETCH_MANIFEST, type FetchManifest } from '../../../src/lib/fetch/fetch-manifest.ts';
import { type ReadRaw, readFetched } from '../../../src/lib/ingest/read/read-fetched.ts';
import { sha256 } from '../../../src/lib/ingest/build-dataset.ts';
import { SOURCES } from '../../../src/lib/ingest/sources/sources.ts';

const spec = SOURCES.find((s) => s.id === 'ssb-api-07459')!;
const body = new TextEncoder().encode('{"version":"2.0"}');

function rawDir(files: Record<string, Uint8Array>): ReadRaw {
  return (path: string) => {
    if (!Object.hasOwn(files, path)) throw new Error(`ENOENT ${path}`);
    return files[path];
  };
}
const manifest = async (updated: string | null, bytes = body): Promise<Uint8Array> => {
  const m: FetchManifest = {
    files: {
      [spec.file]: {
        id: 'ssb-07459',
        url: 'https://data.ssb.no/api/pxwebapi/v2/tables/07459/data',
        method: 'GET',
        fetchedAt: '2027-03-01T12:00:00.000Z',
        status: 200,
        bytes: bytes.length,
        sha256: await sha256(bytes),
        updated,
        attempts: 1,
      },
    },
  };
  return new TextEncoder().encode(JSON.stringify(m));
};
const opts = () => ({ sha256, manifests: new Map() });

describe('readFetched', () => {
  it('skips a fetched source the raw directory does not have (the committed raw directory has none)', async () => {
    expect(await readFetched(spec, rawDir({}), opts())).toBeNull();
  });

  it("takes the vintage from the publisher's «updated» stamp, else the fetch date", async () => {
    const a = await readFetched(
      spec,
      rawDir({ [spec.file]: body, [FETCH_MANIFEST]: await manifest('2027-02-20T07:00:00Z') }),
      opts(),
    );
    expect(a?.spec.vintage).toBe('2027-02-20');
    expect(a?.bytes).toBe(body);
    const b = await readFetched(spec, rawDir({ [spec.file]: body, [FETCH_MANIFEST]: await manifest(null) }), opts());
    expect(b?.spec.vintage).toBe('2027-03-01');
  });

  it('refuses a file changed after the fetch, or one without a manifest entry', async () => {
    const edited = new TextEncoder().encode('{"version":"2.0" }');
    await expect(
      readFetched(spec, rawDir({ [spec.file]: edited, [FETCH_MANIFEST]: await manifest(null) }), opts()),
    ).rejects.toThrow(
      /^ssb-api\/07459.json: expected the file fetch-manifest.json describes \(SHA-256 [0-9a-f]{12}…\), found [0-9a-f]{12}…: changed or half-written after the fetch$/,
    );
    await expect(readFetched(spec, rawDir({ [spec.file]: body }), opts())).rejects.toThrow(
      /^fetch-manifest.json: expected an entry for ssb-api\/07459.json/,
    );
    await expect(
      readFetched(
        spec,
        rawDir({ [spec.file]: body, [FETCH_MANIFEST]: new TextEncoder().encode('{"files": ') }),
        opts(),
      ),
    ).rejects.toThrow(/^fetch-manifest.json: expected the fetch manifest as JSON/);
  });
});
