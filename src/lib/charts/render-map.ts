import { fixAria, plotNode } from './render-svg.ts';
import { mapSpec, smallFeatures, type MapFeature, type MapOptions } from './map.ts';
import { compactPath } from '../map/compact-path.ts';

/**
 * The choropleth as SVG at build time: one labelled image (role=img, so it
 * holds no links: axe nested-interactive). Each kommune's path (and the dot
 * of a kommune too small to see) carries `data-k=<code>`; with JavaScript,
 * hover names it with its value and a click goes to its profile. No <title>
 * per kommune: 380 more DOM nodes on the front page, and the ranking table
 * and the list by fylke are the keyboard and screen-reader path. Patterns for "no value" and "hidden"
 * are in the SVG. Paths are rounded to 0.1 px and written relative.
 */
export function renderMap(
  features: MapFeature[],
  fill: Map<string, string>,
  o: MapOptions & { label: string; id: string },
): string {
  const node = plotNode(mapSpec(features, fill, o));
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  const paths = [...svg.querySelectorAll('g.kommuner path')];
  if (paths.length !== features.length) throw new Error(`expected ${features.length} map paths, found ${paths.length}`);
  paths.forEach((path, i) => {
    path.setAttribute('data-k', features[i].id);
  });
  for (const p of svg.querySelectorAll('path')) p.setAttribute('d', compactPath(p.getAttribute('d') ?? ''));
  const outline = svg.querySelector('g.omriss');
  outline?.setAttribute('pointer-events', 'none');
  // Plot.centroid keeps data order: the dots are smallFeatures' kommuner, in order.
  const small = smallFeatures(features, o);
  [...svg.querySelectorAll('g.sma circle')].forEach((c, i) => {
    for (const a of ['cx', 'cy']) c.setAttribute(a, String(Math.round(Number(c.getAttribute(a)) * 10) / 10));
    c.setAttribute('data-k', small[i].id);
  });
  svg.insertAdjacentHTML('afterbegin', PATTERNS.replaceAll('{id}', o.id));
  fixAria(node, o.label);
  svg.setAttribute('id', o.id);
  return node.outerHTML
    .replaceAll('url(#ingen-tall)', `url(#${o.id}-ingen-tall)`)
    .replaceAll('url(#skjult)', `url(#${o.id}-skjult)`);
}

/**
 * Patterns as real SVG children (explicit end tags: the HTML parser nests a
 * self-closed <rect/> around what follows, hiding the lines and dots).
 */
const PATTERNS =
  '<defs>' +
  '<pattern id="{id}-ingen-tall" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"></rect><line x1="0" y1="0" x2="0" y2="5" stroke="#666" stroke-width="1.4"></line></pattern>' +
  '<pattern id="{id}-skjult" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#bdbdbd"></rect><circle cx="2" cy="2" r="1" fill="#333"></circle></pattern>' +
  '</defs>';
