import { resizeScriptSource } from '../lib/embed/resize.ts';

/** /bygg-inn.js: the optional script that fits each embedded frame from this site to its content (lib/embed/resize.ts). */
export function GET() {
  return new Response(resizeScriptSource(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
