import { schemeYlGnBu } from 'd3-scale-chromatic';
import type { Palette } from './class-breaks.ts';

/**
 * The map's classes, colour-blind-safe: ColorBrewer YlGnBu (d3-scale-chromatic) one step longer than
 * the classes, without its near-white first step, so the lowest class stands apart from the white page
 * and from the hatched «ingen tall»; light to dark. One class takes the three-step scheme's darkest.
 * Build time only: the scheme's module brings d3-interpolate, d3-color and every other scheme with it
 * (11.6 KB gzip measured alone), so the front page hands these colours to its script in the page
 * (FrontMap.astro data-palette) instead of importing them there.
 */
export const SEQUENTIAL: Palette = {
  1: [schemeYlGnBu[3][2]],
  2: schemeYlGnBu[3].slice(1),
  3: schemeYlGnBu[4].slice(1),
  4: schemeYlGnBu[5].slice(1),
  5: schemeYlGnBu[6].slice(1),
};
