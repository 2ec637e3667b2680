import type { SourceFileRow } from '../../domain/dataset-schema.ts';
import type { RawFiles } from '../../raw/read-once.ts';
import { REFERENCES, type ReferenceSpec } from '../sources/references.ts';
import { sha256 } from '../../raw/sha256.ts';
import type { PublisherPage } from '../sources/publisher-pages.ts';
import type { SourceSpec } from '../sources/source-spec.ts';

/** A publisher page's three columns in sources.csv. */
function pageColumns(page: PublisherPage) {
  return { publisherPage: page.name, publisherUrl: page.url, publisherPageNote: page.notOwn ?? '' };
}

/** A source file's row in sources.csv; `figures` is filled in once the figures are counted. */
export function sourceRecord(spec: SourceSpec, sha: string, figures: number): SourceFileRow {
  return {
    id: spec.id,
    file: spec.file,
    publisher: spec.publisher,
    table: spec.table,
    title: spec.title,
    ...pageColumns(spec.page),
    origin: spec.origin,
    licence: spec.licence,
    vintage: spec.vintage,
    sha256: sha,
    figures,
    notes: spec.notes ?? '',
  };
}

/** The reference files' rows in sources.csv, in manifest order (several files of one reference joined by spaces). */
export async function referenceRecords(files: RawFiles): Promise<SourceFileRow[]> {
  const specs: ReferenceSpec[] = Object.values(REFERENCES);
  return Promise.all(
    specs.map(async ({ files: paths, notes, page, ...meta }) => {
      const hashes = await Promise.all(paths.map((f) => sha256(files.read(f))));
      return {
        ...meta,
        ...pageColumns(page),
        file: paths.join(' '),
        sha256: hashes.join(' '),
        figures: 0,
        notes: notes ?? '',
      };
    }),
  );
}
