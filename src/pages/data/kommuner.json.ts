import type { APIRoute } from 'astro';
import { kommuneRefs } from '../../data/front.ts';

/** /data/kommuner.json: the kommune list every indicator file is aligned to. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(kommuneRefs()), { headers: { 'content-type': 'application/json' } });
