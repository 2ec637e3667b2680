import type { APIRoute } from 'astro';
import { kommuneFile } from '../../../data/compare.ts';
import { getKommuner } from '../../../data/dataset.ts';

/** /data/kommune/<code>.json: one kommune's series for the comparison page, with its suggested peers. */
export function getStaticPaths() {
  return getKommuner().map((k) => ({ params: { code: k.code } }));
}
export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(kommuneFile(params.code!)), { headers: { 'content-type': 'application/json' } });
