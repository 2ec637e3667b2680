/**
 * Fault injection on the real publisher files, the half ingest meets late (the cases and what each checks:
 * real-faults.ts), and a full disk while publishing the whole real dataset. A file of its own only so that
 * vitest runs it beside faults.test.ts. Skipped when the raw files are not there.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';
import { RAW, rawSuite } from '../raw-dir.ts';
import { type Outcome, record, scratch, summarize } from './fault-cases.ts';
import { faultFs } from './fault-fs.ts';
import { faultTests, LATE_FAULTS, readReal, TIMEOUT } from './real-faults.ts';

const have = rawSuite('late faults and a full disk stop ingest with one line, data/ untouched (faults-late)');

const outcomes: Outcome[] = [];

describe.skipIf(!have)('fault injection on the real raw files, late faults', () => {
  faultTests(LATE_FAULTS, outcomes);

  it(
    'disk full while publishing the real dataset: no partial file left, data/ untouched',
    async () => {
      const { parent, out, before } = scratch();
      let error: unknown;
      try {
        await ingest(RAW, out, {
          read: readReal,
          fs: faultFs({ failAt: { op: 'writeFile', nth: 4, code: 'ENOSPC', partial: true } }),
        });
      } catch (e) {
        error = e;
      }
      const { clear, lost, message } = record(
        outcomes,
        'disk full during the real publish (ENOSPC)',
        error,
        'data',
        { parent, out, before },
        /^could not write .+: no space left on device \(ENOSPC\)$/,
      );
      expect(clear, message).toBe(true);
      expect(lost).toBe(false);
    },
    TIMEOUT,
  );

  afterAll(() => {
    if (outcomes.length) console.log(summarize('fault injection (late faults, disk full)', outcomes));
  });
});
