import { defineConfig } from 'astro/config';
import { embedPages } from './scripts/embed-pages.ts';
import { rewriteOutDir } from './scripts/out-dir.ts';

export default defineConfig({
  // The site's public address, printed on every brief: set SITE_URL when building (e.g. SITE_URL=https://example.org npm run build).
  site: process.env.SITE_URL || 'https://bosettingstall.no',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
  // The profile panels' embed pages (/kommune/<nr>-<navn>/figur/<panel>/), cut from the built profiles.
  // dist/ is written over and what the build did not write removed after (scripts/out-dir.ts): last, after every writer.
  integrations: [embedPages(), rewriteOutDir()],
});
