import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
