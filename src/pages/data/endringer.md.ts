import type { APIRoute } from 'astro';
import { releaseLogFile } from '../../data/releases.ts';

/** /data/endringer.md: the release log (data/CHANGES.md), newest release first. */
export const GET: APIRoute = () =>
  new Response(releaseLogFile('CHANGES.md') ?? '', { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
