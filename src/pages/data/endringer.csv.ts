import type { APIRoute } from 'astro';
import { releaseLogFile } from '../../data/releases.ts';

/** /data/endringer.csv: every revised and removed figure of every release (data/revisions.csv). */
export const GET: APIRoute = () =>
  new Response(releaseLogFile('revisions.csv') ?? '', { headers: { 'content-type': 'text/csv; charset=utf-8' } });
