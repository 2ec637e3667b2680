/**
 * Fault tests for the all-or-nothing publish: every write, rename and removal
 * fails or is "killed" in turn; data/ must afterwards be byte-identical to
 * before (or, past the commit point, to the new dataset), never a mix, with
 * nothing left beside it.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../scripts/ingest.ts';
import {
  checkGeneration,
  GENERATION_FILE,
  generationOf,
  serializeGeneration,
} from '../../../src/lib/ingest/publish/generation.ts';
import { openPublish, PublishError, recover } from '../../../src/lib/ingest/publish/publish.ts';
import { faultFs, Killed, snapshot, type Op } from './fault-fs.ts';

const OLD = {
  'observations.csv': 'region,value\n0301,1924\n',
  'sources.csv': 'id\nold\n',
  'kommuner.topo.json': '{"old":true}\n',
};
const NEW = {
  'observations.csv': 'region,value\n0301,1926\n' + 'x'.repeat(5000) + '\n',
  'sources.csv': 'id\nnew\n',
  'kommuner.topo.json': '{"new":true}\n',
};

let parent: string;
let out: string;
let before: Record<string, string>;

function publishOld() {
  openPublish(out, nodeFs).commit(OLD);
}

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'publish-'));
  out = join(parent, 'data');
  publishOld();
  mkdirSync(join(out, 'raw'));
  writeFileSync(join(out, 'raw', 'kept.csv'), 'a publisher file\n');
  before = snapshot(out);
});

const siblings = () => readdirSync(parent).filter((n) => n !== 'data');
const oneGeneration = (dir: string) =>
  checkGeneration(readFileSync(join(dir, GENERATION_FILE), 'utf8'), (n) => {
    try {
      return readFileSync(join(dir, n));
    } catch {
      return undefined;
    }
  });

describe('publish', () => {
  it('swaps in the new files with a generation manifest and keeps what else was in data/', () => {
    openPublish(out, nodeFs).commit(NEW);
    const after = snapshot(out);
    expect(after['observations.csv']).toBe(NEW['observations.csv']);
    expect(after['raw/kept.csv']).toBe('a publisher file\n');
    expect(after[GENERATION_FILE]).toBe(serializeGeneration(generationOf(NEW)));
    expect(oneGeneration(out)).toEqual([]);
    expect(siblings()).toEqual([]);
  });

  it('is deterministic: the manifest depends only on the files', () => {
    expect(serializeGeneration(generationOf({ ...NEW }))).toBe(
      serializeGeneration(generationOf(Object.fromEntries(Object.entries(NEW).reverse()))),
    );
  });

  it('fails at once, before any work, when --out cannot be made (under /proc)', () => {
    const t0 = performance.now();
    expect(() => openPublish('/proc/no-such/data', nodeFs)).toThrow(PublishError);
    expect(() => openPublish('/proc/no-such/data', nodeFs)).toThrow(
      /^could not create the directory \/proc\/no-such: no such file or directory \(ENOENT\)$/,
    );
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses an --out that is a file', () => {
    writeFileSync(join(parent, 'file'), 'x');
    expect(() => openPublish(join(parent, 'file'), nodeFs)).toThrow(/is not a directory/);
  });

  it('abort removes the staging directory', () => {
    const p = openPublish(out, nodeFs);
    expect(siblings()).toHaveLength(1);
    p.abort();
    expect(siblings()).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });

  // Each failing call: which operation, which occurrence, which error.
  const failures: [Op, number, string, string, boolean?][] = [
    ['mkdir', 1, 'EACCES', 'read-only parent: staging directory cannot be made'],
    ['writeFile', 1, 'ENOSPC', 'disk full on the first file, half written', true],
    ['writeFile', 2, 'ENOSPC', 'disk full on a later file, half written', true],
    ['writeFile', 4, 'EIO', 'I/O error writing the manifest'],
    ['rename', 1, 'EACCES', 'read-only entry that must be carried over'],
    ['rename', 2, 'EROFS', 'read-only file system when moving the old data aside'],
    ['rename', 3, 'EIO', 'I/O error on the commit rename'],
  ];
  for (const [op, nth, code, what, partial] of failures) {
    it(`${what}: stops with one line naming the step, data/ byte-identical, no temporary files`, () => {
      const fs = faultFs({ failAt: { op, nth, code, partial } });
      let error: unknown;
      try {
        openPublish(out, fs).commit(NEW);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PublishError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(new RegExp(`^could not .+ \\(${code}\\)$`));
      expect(snapshot(out)).toEqual(before);
      expect(siblings()).toEqual([]);
    });
  }

  it('a failure after the commit point (removing the old copy) keeps the new dataset, and the next ingest tidies up', () => {
    const fs = faultFs({ failAt: { op: 'remove', nth: 2, code: 'EBUSY' } });
    openPublish(out, fs).commit(NEW);
    expect(snapshot(out)['observations.csv']).toBe(NEW['observations.csv']);
    expect(siblings()).toHaveLength(1);
    recover(out, { ...nodeFs, alive: () => false });
    expect(siblings()).toEqual([]);
  });

  it("leaves a running ingest's staging directory alone", () => {
    openPublish(out, faultFs({ pid: 7 }));
    recover(out, { ...nodeFs, alive: (pid) => pid === 7 });
    expect(siblings()).toEqual(['.data.next-7']);
  });

  describe('killed between any two filesystem calls', () => {
    // Count the calls of a whole publish, then kill at each one in turn.
    const total = (() => {
      const p = mkdtempSync(join(tmpdir(), 'publish-count-'));
      const o = join(p, 'data');
      openPublish(o, nodeFs).commit(OLD);
      mkdirSync(join(o, 'raw'));
      const fs = faultFs();
      openPublish(o, fs).commit(NEW);
      return fs.calls;
    })();
    for (let k = 1; k <= total; k++) {
      it(`kill at call ${k} of ${total}: data/ is the old or the new dataset, never a mix; the next ingest repairs the rest`, () => {
        const fs = faultFs({ killAt: k });
        try {
          openPublish(out, fs).commit(NEW);
        } catch (e) {
          let root = e;
          while (root instanceof PublishError) root = root.cause;
          expect(root).toBeInstanceOf(Killed);
        }
        // What a build would see right after the kill: either data/ is missing, or it is one generation.
        try {
          if (readdirSync(out).length) expect(oneGeneration(out)).toEqual([]);
        } catch (e) {
          expect((e as NodeJS.ErrnoException).code).toBe('ENOENT');
        }
        // The next ingest starts by repairing.
        const notes = recover(out, { ...nodeFs, pid: 99, alive: () => false });
        const after = snapshot(out);
        const committed = after['observations.csv'] === NEW['observations.csv'];
        if (notes.length) {
          // Killed after carrying raw/ into the staging directory, before the swap: recovery never carries
          // anything out of a staging directory into data/, so raw/ stays there, named, and data/ is the old dataset.
          expect(committed).toBe(false);
          expect(notes).toEqual([
            `left ${join(parent, '.data.next-4242')} beside ${out}: it holds raw, which no generation lists; move back by hand what belongs in data/, then delete it`,
          ]);
          expect(readFileSync(join(parent, '.data.next-4242', 'raw', 'kept.csv'), 'utf8')).toBe('a publisher file\n');
          const { 'raw/kept.csv': _, ...rest } = before;
          expect(after).toEqual(rest);
          expect(siblings()).toEqual(['.data.next-4242']);
        } else {
          if (!committed) expect(after).toEqual(before);
          else expect(after['raw/kept.csv']).toBe('a publisher file\n');
          expect(siblings()).toEqual([]);
        }
        expect(oneGeneration(out)).toEqual([]);
      });
    }
  });

  describe('stale staging directories from elsewhere are never published (fault run: evil.html carried into data/)', () => {
    const plant = (name: string, from: string | null) => {
      const dir = join(parent, name);
      if (from) cpSync(from, dir, { recursive: true });
      else mkdirSync(dir);
      writeFileSync(join(dir, 'evil.html'), '<script>alert(1)</script>\n');
      return dir;
    };

    it('a complete-looking .data.next-* holding an unknown file: data/ byte-identical, the directory left and named', () => {
      const stale = plant('.data.next-99', out);
      // Process 99 no longer runs (said outright: on a machine where a thread has id 99, kill(99, 0) succeeds).
      const p = openPublish(out, { ...nodeFs, pid: 5, alive: () => false });
      expect(p.notes).toEqual([
        `left ${stale} beside ${out}: it holds evil.html, raw, which no generation lists; move back by hand what belongs in data/, then delete it`,
      ]);
      p.abort();
      expect(snapshot(out)).toEqual(before);
      // And after a whole publish: the new dataset and what data/ held, nothing from the stale directory.
      openPublish(out, { ...nodeFs, pid: 6, alive: () => false }).commit(NEW);
      expect(Object.keys(snapshot(out)).sort()).toEqual([...Object.keys(NEW), GENERATION_FILE, 'raw/kept.csv'].sort());
    });

    it('an incomplete .data.next-* (no generation.json) is removed, its contents not published', () => {
      plant('.data.next-98', null);
      expect(recover(out, { ...nodeFs, pid: 5, alive: () => false })).toEqual([]);
      expect(snapshot(out)).toEqual(before);
      expect(siblings()).toEqual([]);
    });

    it('a .data.prev-* is put back only when every file belongs to its generation and nothing else is there', () => {
      const saved = snapshot(out);
      const aside = join(parent, '.data.prev-97');
      nodeFs.remove(join(out, 'raw'));
      nodeFs.rename(out, aside);
      // Whole generation, nothing else: restored (a publish killed between its two renames).
      expect(recover(out, { ...nodeFs, pid: 5, alive: () => false })).toEqual([]);
      expect(snapshot(out)).toEqual(Object.fromEntries(Object.entries(saved).filter(([n]) => !n.startsWith('raw/'))));
      // With an unknown file, or a file edited: not restored, left and named.
      nodeFs.rename(out, aside);
      writeFileSync(join(aside, 'evil.html'), 'x');
      expect(recover(out, { ...nodeFs, pid: 5, alive: () => false })).toEqual([
        `left ${aside} beside ${out}: it holds evil.html, which no generation lists; move back by hand what belongs in data/, then delete it`,
      ]);
      nodeFs.remove(join(aside, 'evil.html'));
      writeFileSync(join(aside, 'sources.csv'), 'id\nforged\n');
      expect(recover(out, { ...nodeFs, pid: 5, alive: () => false })).toEqual([
        `left ${aside} beside ${out}: its files are not one generation; move back by hand what belongs in data/, then delete it`,
      ]);
      expect(readdirSync(parent)).toEqual(['.data.prev-97']);
    });
  });

  it('a read-only data/ stops the publish before any work: not swapped away, byte-identical, nothing beside it', () => {
    chmodSync(out, 0o555);
    try {
      expect(() => openPublish(out, nodeFs)).toThrow(
        new PublishError(
          `cannot publish to ${out}: the directory is read-only; make it writable (chmod u+w) to publish a new dataset there`,
        ),
      );
      expect(snapshot(out)).toEqual(before);
      expect(siblings()).toEqual([]);
    } finally {
      chmodSync(out, 0o755);
    }
  });
});
