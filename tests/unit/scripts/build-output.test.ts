import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEmbedPages } from '../../../scripts/embed-pages.ts';
import { BUILD_MARKER, pruneOlderThan } from '../../../scripts/out-dir.ts';
import { profile } from '../../fixtures/embed-profile.ts';

const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();

describe('a build written over the last one (scripts/out-dir.ts)', () => {
  it('removes the files the build did not write and the folders left empty, keeps the rest and a .git', () => {
    const root = mkdtempSync(join(tmpdir(), 'out-dir-'));
    // The build's start a while back: files written now are after it on any clock.
    const since = Date.now() - 30_000;
    const old = new Date(since - 60_000);
    mkdirSync(join(root, 'kommune', '0301-oslo', 'figur', 'gammel'), { recursive: true });
    mkdirSync(join(root, 'kommune', '9999-borte'), { recursive: true });
    for (const [path, written] of [
      ['index.html', 'now'],
      ['kommune/0301-oslo/index.html', 'now'],
      ['kommune/0301-oslo/figur/gammel/index.html', 'before'],
      ['kommune/9999-borte/index.html', 'before'],
      ['_astro/old.css', 'before'],
      ['.git/objects/ab/cdef', 'before'],
    ] as const) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), path);
      if (written === 'before') utimesSync(join(root, path), old, old);
    }
    expect(pruneOlderThan(root, since)).toBe(3);
    expect(filesUnder(root)).toEqual(['.git/objects/ab/cdef', 'index.html', 'kommune/0301-oslo/index.html']);
    // Folders emptied by the pruning go too; the root stays.
    expect(existsSync(join(root, 'kommune', '0301-oslo', 'figur'))).toBe(false);
    expect(existsSync(join(root, 'kommune', '9999-borte'))).toBe(false);
    expect(existsSync(join(root, '_astro'))).toBe(false);
    expect(existsSync(root)).toBe(true);
  });
});

describe('embed pages written in shares (scripts/embed-pages.ts)', () => {
  /** A dist/ with three built profiles, in bokmål and nynorsk. */
  const dist = () => {
    const root = mkdtempSync(join(tmpdir(), 'embed-'));
    for (const dir of ['kommune/0301-oslo', 'kommune/5430-kautokeino', 'nn/kommune/4601-bergen']) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'index.html'), profile);
    }
    return root;
  };
  const pages = (root: string) => filesUnder(root).filter((f) => f.includes('/figur/'));

  it('every profile in exactly one share: the shares together write what one writer does', async () => {
    const whole = dist();
    expect(await writeEmbedPages(whole)).toBe(6);
    expect(pages(whole)).toEqual([
      'kommune/0301-oslo/figur/bosetting/index.html',
      'kommune/0301-oslo/figur/ema/index.html',
      'kommune/5430-kautokeino/figur/bosetting/index.html',
      'kommune/5430-kautokeino/figur/ema/index.html',
      'nn/kommune/4601-bergen/figur/bosetting/index.html',
      'nn/kommune/4601-bergen/figur/ema/index.html',
    ]);
    const shared = dist();
    const counts = [
      await writeEmbedPages(shared, { index: 0, of: 2 }),
      await writeEmbedPages(shared, { index: 1, of: 2 }),
    ];
    expect(counts).toEqual([4, 2]);
    expect(pages(shared)).toEqual(pages(whole));
  });

  it('during a build, a profile an earlier build left (a kommune renamed since) gets no embed pages', async () => {
    const root = dist();
    // The build started now; Bergen's profile is from an earlier build.
    writeFileSync(join(root, BUILD_MARKER), '');
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'nn/kommune/4601-bergen/index.html'), earlier, earlier);
    expect(await writeEmbedPages(root, { index: 0, of: 2 })).toBe(2);
    expect(await writeEmbedPages(root, { index: 1, of: 2 })).toBe(2);
    expect(pages(root).filter((p) => p.includes('4601'))).toEqual([]);
    expect(pages(root)).toHaveLength(4);
  });

  it('a write that fails fails the step', async () => {
    const root = dist();
    // A file where the embed page's folder must go.
    writeFileSync(join(root, 'kommune', '0301-oslo', 'figur'), 'not a folder');
    await expect(writeEmbedPages(root)).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
