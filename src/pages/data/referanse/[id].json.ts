import type { APIRoute } from 'astro';
import { referenceGroups, referenceSeries } from '../../../data/compare.ts';

/** /data/referanse/<id>.json: a reference group's aggregates (land, fylke-NN, kostra-N, sentralitet-N). */
export function getStaticPaths() {
  return referenceGroups().map((r) => ({ params: { id: r.id } }));
}
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(referenceSeries(params.id!)), { headers: { 'content-type': 'application/json' } });
