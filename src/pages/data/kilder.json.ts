import type { APIRoute } from 'astro';
import { sourceLabels } from '../../data/compare.ts';

/** /data/kilder.json: source id → the publisher's page (name, address), table and file date (lib/format/source-label.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(sourceLabels()), { headers: { 'content-type': 'application/json' } });
