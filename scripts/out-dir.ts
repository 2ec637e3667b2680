/**
 * The Astro integration that lets a build write over the last build's dist/ instead of emptying it first,
 * then removes every file this build did not write (and the folders left empty). The result is the same
 * tree a build into an empty dist/ gives; what it saves is the file system's work: dist/ holds about
 * 45 000 files and folders (the embed pages are most of them), and deleting them all and creating them
 * again took 3–9 s of a 40–50 s build on a 2-core machine, where overwriting a file in a folder that exists
 * is cheap. A build from a fresh clone (no dist/) is unchanged.
 *
 * «Did not write» is read from modification times, against a marker file written at `astro:build:start`
 * (BUILD_MARKER): its time is the file system's own clock and granularity, as the pages' are. Every file
 * Astro, Vite and the integrations write is written after it (a copy from public/ gets a new time too).
 * The marker is removed only when the build has finished and been pruned, so a dist/ from a build that
 * failed says so: `npm run serve` (and the browser tests, which serve dist/) refuse it.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** In dist/ from the start of a build until it has finished: its time is when the build started. */
export const BUILD_MARKER = '.build-incomplete';

/** When the build writing `root` started (the marker's time), or null where no build is running. */
export function buildStartOf(root: string): number | null {
  const marker = join(root, BUILD_MARKER);
  return existsSync(marker) ? statSync(marker).mtimeMs : null;
}

/**
 * Remove under `root` every file last written before `since` (ms since the epoch), and the folders left
 * empty; a `.git` at the root is left alone, as Astro's own emptying does. Returns how many files.
 */
export function pruneOlderThan(root: string, since: number): number {
  let removed = 0;
  const walk = (dir: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (dir === root && entry.name === '.git') empty = false;
      else if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (statSync(path).mtimeMs < since) {
        unlinkSync(path);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  walk(root);
  return removed;
}

/** Keep dist/ between builds and prune what the build did not write; list it after the integrations that write files. */
export function rewriteOutDir(): AstroIntegration {
  let outDir = '';
  return {
    name: 'bosettingstall-rewrite-out-dir',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(
          join(outDir, BUILD_MARKER),
          'A build is writing this folder, or one stopped before it finished.\n',
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const since = buildStartOf(root);
        if (since === null) throw new Error(`${join(root, BUILD_MARKER)}: gone during the build; dist/ not pruned`);
        const t0 = performance.now();
        const n = pruneOlderThan(root, since);
        unlinkSync(join(root, BUILD_MARKER));
        logger.info(`${n} file(s) from an earlier build removed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      },
    },
  };
}
