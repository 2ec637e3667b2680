/**
 * The Astro integration that writes the profile panels' embed pages after the
 * build (lib/embed/page.ts): for every built profile page in every language,
 * /…/kommune/<nr>-<navn>/figur/<panel>/index.html per panel, cut from the
 * page itself. Thousands of pages through Astro's renderer would add a minute
 * to the build; this takes seconds.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { messages } from '../src/i18n/index.ts';
import { localePath } from '../src/i18n/locales.ts';
import { PUBLISHED_LOCALES } from '../src/i18n/routes.ts';
import { panelEmbedPath } from '../src/lib/embed/code.ts';
import { embedPage, extractPanels, profileShell, stylesheetOf } from '../src/lib/embed/page.ts';
import { embedScriptSource } from '../src/lib/embed/resize.ts';

/** Write the embed pages under `root` (dist/); returns how many. */
export function writeEmbedPages(root: string): number {
  const resizeScript = embedScriptSource();
  let count = 0;
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
  for (const locale of PUBLISHED_LOCALES) {
    const t = messages(locale);
    const dir = join(root, localePath(locale, '/kommune/'));
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      const shell = profileShell(html);
      const profilePath = localePath(locale, `/kommune/${slug}/`);
      const stylesheet = sheetOf(stylesheetOf(shell));
      for (const [panelId, panelHtml] of extractPanels(html)) {
        const out = join(root, panelEmbedPath(profilePath, panelId));
        mkdirSync(out, { recursive: true });
        writeFileSync(
          join(out, 'index.html'),
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
  return count;
}

export function embedPages(): AstroIntegration {
  return {
    name: 'bosettingstall-embed-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const t0 = performance.now();
        const n = writeEmbedPages(fileURLToPath(dir));
        logger.info(`${n} embed pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      },
    },
  };
}
