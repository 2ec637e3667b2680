import type { APIRoute } from 'astro';
import { kommuneFile } from '../../../data/compare.ts';
import { getKommuner } from '../../../data/dataset.ts';
import { encodeSeriesData } from '../../../lib/compare/series-data.ts';

/** /data/kommune/<code>.json: one kommune's series for the comparison page, with its suggested peers (figures in the compact cell layout: decodeSeriesData on arrival). */
export function getStaticPaths() {
  return getKommuner().map((k) => ({ params: { code: k.code } }));
}
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(encodeSeriesData(kommuneFile(params.code!))), {
    headers: { 'content-type': 'application/json' },
  });
