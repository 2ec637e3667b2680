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
