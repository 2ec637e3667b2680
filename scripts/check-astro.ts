/**
 * npm run check (after tsc): type-checks the .astro files with `astro check` (@astrojs/check).
 * tsc does not read .astro files, so a changed signature called from a page or component
 * passed tsc and the unit tests and broke the build; `astro check` reads both.
 *
 * Without @astrojs/check installed, `astro check` would offer to install it (a prompt that
 * waits on a terminal, then `npm add`). So this looks first: in CI (`CI` set) a missing
 * package fails; elsewhere (a checkout whose node_modules predate the dependency) it says
 * so in one line and how to get it (`npm ci`), and tsc's result stands alone.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

function main() {
  const require = createRequire(import.meta.url);
  try {
    require.resolve('@astrojs/check');
  } catch {
    const line = 'astro check: @astrojs/check is not installed (run `npm ci`); .astro files not type-checked';
    if (process.env.CI) {
      console.error(`${line} — fails in CI`);
      process.exit(1);
    }
    console.warn(`${line} — skipped`);
    return;
  }
  const astro = new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [astro, 'check', '--minimumSeverity', 'warning'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

main();
