import type { APIRoute } from 'astro';
import { getFigures, getKommuner, getPredecessor } from '../../../data/dataset.ts';
import { wireFigures } from '../../../lib/profile/panel-export.ts';
import { profilePanelFigures } from '../../../data/profile.ts';

/**
 * /data/panel/<kommune>.json: the figures a kommune's profile shows (its own and its former kommuner's), and
 * /data/panel/0000.json the country's (the publisher's own national rows), language-neutral: a profile panel's
 * «Tall (CSV/XLSX)» fetches them on click and picks the figures the panel shows, listed by panel in the
 * kommune's file (lib/profile/panel-export.ts).
 */
export function getStaticPaths() {
  return [{ params: { region: '0000' } }, ...getKommuner().map((k) => ({ params: { region: k.code } }))];
}

export const GET: APIRoute = ({ params }) => {
  const region = params.region!;
  const k = getKommuner().find((x) => x.code === region);
  const regions = k ? [k.code, ...k.predecessors] : [region];
  const names = Object.fromEntries(
    regions.map((r) => [r, r === k?.code ? k.name : r === '0000' ? '' : getPredecessor(r).name]),
  );
  return new Response(JSON.stringify(wireFigures(regions.flatMap(getFigures), names, k && profilePanelFigures(k))), {
    headers: { 'content-type': 'application/json' },
  });
};
