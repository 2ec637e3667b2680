/**
 * The Astro integration that writes the profile panels' embed pages after the
 * build (lib/embed/page.ts): for every built profile page in every language,
 * /…/kommune/<nr>-<navn>/figur/<panel>/index.html per panel, cut from the
 * page itself. Thousands of pages through Astro's renderer would add a minute
 * to the build; this takes seconds.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { messages } from '../src/i18n/index.ts';
import { localePath } from '../src/i18n/locales.ts';
import { PUBLISHED_LOCALES } from '../src/i18n/routes.ts';
import { panelEmbedPath } from '../src/lib/embed/code.ts';
import { embedPage, extractPanels, profileShell, stylesheetOf } from '../src/lib/embed/page.ts';
import { embedScriptSource } from '../src/lib/embed/resize.ts';
import { buildStartOf } from './out-dir.ts';

/**
 * How many embed pages are being written at once. Writing them is mostly the kernel's work (a folder and a
 * file each, 19 641 of them), so the writes go to libuv's thread pool while this thread cuts the next
 * profile's panels: 2.5–9 s written one at a time, depending on the disk's state.
 */
const IN_FLIGHT = 64;

/** Write the embed pages under `root` (dist/) — of every `share.of`-th profile from the `share.index`-th; resolves to how many. */
export async function writeEmbedPages(root: string, share = { index: 0, of: 1 }): Promise<number> {
  const resizeScript = embedScriptSource();
  let count = 0;
  const writing = new Set<Promise<void>>();
  let failed: unknown;
  const write = async (dir: string, html: string) => {
    while (writing.size >= IN_FLIGHT) await Promise.race(writing);
    if (failed) throw failed;
    const done: Promise<void> = mkdir(dir, { recursive: true })
      .then(() => writeFile(join(dir, 'index.html'), html))
      .catch((e) => {
        failed ??= e;
      })
      .finally(() => writing.delete(done));
    writing.add(done);
  };
  // The profiles' styles, one file per distinct set (in practice one), named by content like Astro's own assets.
  const sheets = new Map<string, string>();
  const sheetOf = (css: string) => {
    const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
    const href = `/_astro/figur.${hash}.css`;
    if (!sheets.has(hash)) {
      mkdirSync(join(root, '_astro'), { recursive: true });
      writeFileSync(join(root, href), css);
      sheets.set(hash, href);
    }
    return href;
  };
  // A profile left in dist/ by an earlier build (a kommune renamed since) is not cut: it goes with the pruning.
  const since = buildStartOf(root);
  let nth = 0;
  for (const locale of PUBLISHED_LOCALES) {
    const t = messages(locale);
    const dir = join(root, localePath(locale, '/kommune/'));
    if (!existsSync(dir)) continue;
    // Sorted: every worker must see the same list to take its share of it.
    for (const slug of readdirSync(dir).sort()) {
      const file = join(dir, slug, 'index.html');
      if (!existsSync(file) || (since !== null && statSync(file).mtimeMs < since)) continue;
      if (nth++ % share.of !== share.index) continue;
      const html = readFileSync(file, 'utf8');
      const shell = profileShell(html);
      const profilePath = localePath(locale, `/kommune/${slug}/`);
      const stylesheet = sheetOf(stylesheetOf(shell));
      for (const [panelId, panelHtml] of extractPanels(html)) {
        await write(
          join(root, panelEmbedPath(profilePath, panelId)),
          embedPage({
            panelHtml,
            panelId,
            shell,
            profilePath,
            back: t.embed.back,
            siteName: t.siteName,
            resizeScript,
            stylesheet,
          }),
        );
        count++;
      }
    }
  }
  await Promise.all(writing);
  if (failed) throw failed;
  return count;
}

/**
 * The embed pages in one worker thread per core, at most four (scripts/embed-worker.ts, each a share of
 * the profiles): cutting 1 071 profiles into 19 641 pages is string work, and at the end of a build this
 * thread's heap holds the whole site's models, so a fresh thread is faster even on one core. (Each worker
 * writes the shared stylesheet it finds; the same bytes to the same name.) One failing stops the others.
 */
function writeInWorkers(root: string): Promise<number> {
  const of = Math.max(1, Math.min(4, availableParallelism()));
  const workers = Array.from(
    { length: of },
    (_, index) => new Worker(new URL('./embed-worker.ts', import.meta.url), { workerData: { root, index, of } }),
  );
  return Promise.all(
    workers.map(
      (worker, index) =>
        new Promise<number>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`embed pages: worker ${index} stopped (exit code ${code})`)));
        }),
    ),
  ).then(
    (counts) => counts.reduce((a, b) => a + b, 0),
    async (e) => {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    },
  );
}

export function embedPages(): AstroIntegration {
  return {
    name: 'bosettingstall-embed-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const n = await writeInWorkers(fileURLToPath(dir));
        logger.info(`${n} embed pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      },
    },
  };
}
