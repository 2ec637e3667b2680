import type { APIRoute } from 'astro';
import { neutralSeries } from '../../../data/front.ts';
import { encodeSeries } from '../../../lib/indicators/status-code.ts';

/**
 * /data/indikator/<id>.json: one indicator for every kommune and year (fetched by the front and comparison pages).
 * Language-neutral: figures, statuses, word keys and source ids; each page says them in its language.
 */
export function getStaticPaths() {
  return neutralSeries().map((s) => ({ params: { id: s.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const { label: _l, short: _s, definition: _d, ...s } = neutralSeries().find((x) => x.id === params.id)!;
  return new Response(JSON.stringify(encodeSeries(s)), { headers: { 'content-type': 'application/json' } });
};
