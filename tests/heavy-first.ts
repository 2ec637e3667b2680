/**
 * The order vitest starts the unit test files in. The two workers (one per core) each take the next file in
 * this order, so the run ends when the last long file ends: long files must start first. Vitest's own order
 * does that only once its cache (node_modules/.vite/vitest) holds the durations of an earlier run; a fresh
 * clone and CI have none, and then vitest runs the larger files first — which started the 30 s of late fault
 * cases (a 50-line file) last, alone on one core for the final half minute.
 *
 * Here the heavy files go first whatever the cache holds: the suites that run ingest on the publishers' raw
 * files (they import tests/unit/raw-dir.ts) or read the whole published dataset (tests/unit/whole-dataset.ts).
 * Within each group the longest first: vitest's cached duration where it has one, else SECONDS (what each
 * heavy file took from its start to its end, hooks included, on the 2-core machine), else the larger file.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const HEAVY = /from '\.\.\/(raw-dir|whole-dataset)\.ts'/;

/** Seconds per heavy file, measured on the 2-core machine (unit suite of 6 December 2026, 121 s in all). */
const SECONDS: Record<string, number> = {
  'tests/unit/fetch/fetch-then-ingest.test.ts': 50,
  'tests/unit/ingest/faults-late.test.ts': 32,
  'tests/unit/ingest/completeness.test.ts': 31,
  'tests/unit/fetch/fetch-json-stat-tables.test.ts': 27,
  'tests/unit/ingest/faults.test.ts': 20,
  'tests/unit/ingest/real-files.test.ts': 16,
};

export class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const info = new Map(
      files.map((f) => {
        const path = relative(this.ctx.config.root, f.moduleId);
        const measured = SECONDS[path];
        return [
          f,
          {
            heavy: HEAVY.test(readFileSync(f.moduleId, 'utf8')),
            duration:
              cache.getFileTestResults(`${f.project.name}:${path}`)?.duration ??
              (measured === undefined ? undefined : measured * 1000),
            size: statSync(f.moduleId).size,
          },
        ];
      }),
    );
    return [...files].sort((a, b) => {
      // Projects run one after the other, in vitest's order.
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      const x = info.get(a)!;
      const y = info.get(b)!;
      if (x.heavy !== y.heavy) return x.heavy ? -1 : 1;
      if (x.duration !== undefined || y.duration !== undefined) return (y.duration ?? 0) - (x.duration ?? 0);
      return y.size - x.size;
    });
  }
}
