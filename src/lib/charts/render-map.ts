import { fixAria, plotNode, serverDocument } from './render-svg.ts';
import { mapSpec, type MapFeature } from './map.ts';

export interface MapLink {
  href: string;
  title: string;
}

/**
 * The choropleth as SVG at build time: one labelled image (role=img, so it
 * holds no links: axe nested-interactive). Each kommune's path carries
 * `data-k=<code>`, `data-href` (its profile; a click goes there with
 * JavaScript) and a <title> for hover. The ranking table is the keyboard and
 * screen-reader path. Patterns for "no value" and "hidden" are in the SVG.
 */
export function renderMap(features: MapFeature[], fill: Map<string, string>, links: Map<string, MapLink>, o: { label: string; width?: number; height?: number; id: string }): string {
  const node = plotNode(mapSpec(features, fill, o));
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  const paths = [...svg.querySelectorAll('path')].filter((p) => p.parentElement?.getAttribute('aria-label') === 'geo');
  if (paths.length !== features.length) throw new Error(`expected ${features.length} map paths, found ${paths.length}`);
  paths.forEach((path, i) => {
    const code = features[i].id;
    const link = links.get(code);
    path.setAttribute('data-k', code);
    if (!link) return;
    const title = serverDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = link.title;
    path.appendChild(title);
    path.setAttribute('data-href', link.href);
  });
  svg.insertAdjacentHTML('afterbegin', PATTERNS.replaceAll('{id}', o.id));
  fixAria(node, o.label);
  svg.setAttribute('id', o.id);
  return node.outerHTML.replaceAll('url(#ingen-tall)', `url(#${o.id}-ingen-tall)`).replaceAll('url(#skjult)', `url(#${o.id}-skjult)`);
}

const PATTERNS = `<defs><pattern id="{id}-ingen-tall" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="1.5"/></pattern><pattern id="{id}-skjult" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#d9d9d9"/><circle cx="2.5" cy="2.5" r="1.1" fill="#555"/></pattern></defs>`;
