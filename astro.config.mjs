import { defineConfig } from 'astro/config';

export default defineConfig({
  // The site's public address, printed on every brief: set SITE_URL when building (e.g. SITE_URL=https://example.org npm run build).
  site: process.env.SITE_URL || 'https://bosettingstall.no',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
});
