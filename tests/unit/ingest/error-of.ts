import { expect } from 'vitest';
import { IngestError } from '../../../src/lib/raw/ingest-error.ts';

/** The IngestError `fn` throws (failing the test if it throws anything else, or nothing). */
export function errorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('expected an IngestError');
}
