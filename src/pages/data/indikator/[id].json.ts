import type { APIRoute } from 'astro';
import { allSeries } from '../../../data/front.ts';
import { encodeSeries } from '../../../lib/indicators/status-code.ts';

/** /data/indikator/<id>.json: one indicator for every kommune and year (fetched by the front and comparison pages). */
export function getStaticPaths() {
  return allSeries().map((s) => ({ params: { id: s.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const s = allSeries().find((x) => x.id === params.id)!;
  return new Response(JSON.stringify(encodeSeries(s)), { headers: { 'content-type': 'application/json' } });
};
