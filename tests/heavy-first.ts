/**
 * The order vitest starts the unit test files in. The two workers (one per core) each take the next file in
 * this order, so the run ends when the last long file ends: long files must start first. Vitest's own order
 * does that only once its cache (node_modules/.vite/vitest) holds the durations of an earlier run; a fresh
 * clone and CI have none, and then vitest runs the larger files first — which started the 30 s of late fault
 * cases (a 50-line file) last, alone on one core for the final half minute.
 *
 * Here the heavy files go first whatever the cache holds: the suites that run ingest on the publishers' raw
 * files (they import tests/unit/raw-dir.ts) or read the whole published dataset (tests/unit/whole-dataset.ts).
 * Within each group, vitest's cached durations when it has them for both files, else the larger file first.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const HEAVY = /from '\.\.\/(raw-dir|whole-dataset)\.ts'/;

export class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const info = new Map(
      files.map((f) => {
        const key = `${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`;
        return [
          f,
          {
            heavy: HEAVY.test(readFileSync(f.moduleId, 'utf8')),
            duration: cache.getFileTestResults(key)?.duration,
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
      if (x.duration !== undefined && y.duration !== undefined) return y.duration - x.duration;
      return y.size - x.size;
    });
  }
}
