/**
 * The card SVG (card.ts) as a PNG, with resvg (@resvg/resvg-js: a Rust SVG
 * renderer, no browser, ~25 ms a card). The font ships with the build
 * (dejavu-fonts-ttf from npm): a clean clone on a CI machine may have no fonts
 * at all, and resvg draws no text without one; system fonts are not read, so
 * every machine draws the same card.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CARD } from './tags.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));

export function renderCard(svg: string): Buffer {
  return new Resvg(svg, {
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'width', value: CARD.width },
  })
    .render()
    .asPng();
}
