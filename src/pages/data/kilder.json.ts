import type { APIRoute } from 'astro';
import { sourceLabels } from '../../data/compare.ts';

/** /data/kilder.json: source id → "publisher, table (file vintage)". */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(sourceLabels()), { headers: { 'content-type': 'application/json' } });
