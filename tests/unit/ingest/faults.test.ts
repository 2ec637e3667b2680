/**
 * Fault injection on the real publisher files (the cases: real-faults.ts; the late half with the
 * disk-full publish: faults-late.test.ts): each case alters one raw file
 * in memory (never ../shared), runs the whole ingest into a scratch data/
 * directory and checks that ingest stopped with one line naming the file and
 * what was wrong, and that data/ is byte-identical to before with nothing
 * left beside it. The summary (faults tried / stopped with a clear message /
 * data lost) is printed at the end. Skipped when the raw files are not there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RAW, rawSuite } from '../raw-dir.ts';
import { type Outcome, scratch, summarize } from './fault-cases.ts';
import { snapshot } from './fault-fs.ts';
import { EARLY_FAULTS, faultTests, TIMEOUT, TOPO } from './real-faults.ts';

const have = rawSuite('faults injected into copies of the real raw files stop ingest with one line (faults)');

const outcomes: Outcome[] = [];

describe.skipIf(!have)('fault injection on the real raw files', () => {
  faultTests(EARLY_FAULTS, outcomes);

  it(
    'the CLI prints one line for a truncated TopoJSON (no JSON dump, no stack)',
    () => {
      const raw = mkdtempSync(join(tmpdir(), 'raw-'));
      for (const d of readdirSync(RAW, { withFileTypes: true }))
        if (d.isDirectory() && d.name !== 'geo-robhop') symlinkSync(join(RAW, d.name), join(raw, d.name));
      mkdirSync(join(raw, 'geo-robhop'));
      const topo = readFileSync(join(RAW, TOPO));
      writeFileSync(join(raw, TOPO), topo.subarray(0, topo.length / 2));
      const { parent, out, before } = scratch();
      const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--raw', raw, '--out', out], {
        encoding: 'utf8',
        timeout: TIMEOUT,
      });
      const lines = r.stderr.trim().split('\n');
      outcomes.push({
        name: 'CLI: truncated TopoJSON',
        stopped: r.status === 1 && lines.length === 2 && lines[0].includes(TOPO),
        lost: JSON.stringify(snapshot(out)) !== JSON.stringify(before) || readdirSync(parent).length !== 1,
      });
      expect(r.status).toBe(1);
      expect(lines).toEqual([
        `ingest failed: ${TOPO}, line 1: expected a complete JSON document, the file ends inside a value (truncated?)`,
        `Nothing under ${out} was changed.`,
      ]);
    },
    TIMEOUT,
  );

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(
      `${signal} during ingest cleans up like a failure: one line, data/ untouched, no staging directory`,
      async () => {
        const { parent, out, before } = scratch();
        const child = spawn(process.execPath, ['scripts/ingest.ts', '--raw', RAW, '--out', out]);
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
        // Signal once the staging directory is there (ingest is then reading the raw files).
        for (let i = 0; i < 600 && readdirSync(parent).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
        expect(readdirSync(parent)).toContain(`.data.next-${child.pid}`);
        child.kill(signal);
        const status = await exited;
        const lines = stderr.trim().split('\n');
        outcomes.push({
          name: `CLI: ${signal}`,
          stopped: status === code && lines.at(-1) === `ingest stopped by ${signal}: nothing under ${out} was changed.`,
          lost: JSON.stringify(snapshot(out)) !== JSON.stringify(before) || readdirSync(parent).length !== 1,
        });
        expect(status).toBe(code);
        expect(lines.at(-1)).toBe(`ingest stopped by ${signal}: nothing under ${out} was changed.`);
        expect(snapshot(out)).toEqual(before);
        expect(readdirSync(parent)).toEqual(['data']);
      },
      TIMEOUT,
    );
  }

  afterAll(() => {
    if (outcomes.length) console.log(summarize('fault injection (early faults, CLI, signals)', outcomes));
  });
});
