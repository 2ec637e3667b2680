/**
 * For tests that read the whole published dataset (data/observations.csv, 350 976 figures on
 * 6 December 2026): they need more than vitest's 5 s default on a loaded 2-core machine
 * (13.8 s and 23.7 s were seen), so they say so, and other tests keep the default.
 */
export const WHOLE_DATASET = { timeout: 90_000 };
