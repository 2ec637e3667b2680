import { defineConfig } from 'vitest/config';
import { HeavyFirst } from './tests/heavy-first.ts';

export default defineConfig({
  test: {
    // The files that run ingest or read the whole dataset start first (tests/heavy-first.ts).
    sequence: { sequencer: HeavyFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
          environment: 'node',
          // Several tests read the whole published dataset (350 000 figures); on a busy 2-core CI machine
          // that can take more than vitest's default 5 s. A guard against hangs, not a performance check.
          testTimeout: 30_000,
          // One worker per core. Vitest's default leaves one core to its own process (cores - 1), which on a
          // 2-core machine ran every file in turn; the files that re-run the whole ingest dominate, so two at a
          // time nearly halves the wall time, and vitest's own process is idle while they run.
          maxWorkers: '100%',
          // Ingest allocates hundreds of thousands of short-lived rows; a larger young generation lets V8 collect
          // them less often: about 10 % less CPU for the files that run ingest (measured on real-files and
          // faults-late: 61.9 → 55.6 s user), for about 100 MB more memory per worker.
          execArgv: ['--max-semi-space-size=64'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
