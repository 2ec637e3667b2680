import type { APIRoute } from 'astro';
import { getKommuner } from '../../../data/dataset.ts';
import { getBriefDocument } from '../../../data/brief-document.ts';
import type { Kommune } from '../../../lib/domain/kommune.ts';

/** The brief's content for «Last ned som Word», fetched on click only (src/client/brief-word.ts). */
export function getStaticPaths() {
  if (process.env.SKIP_BRIEFS === '1') return [];
  return getKommuner().map((k) => ({ params: { slug: `${k.code}-${k.slug}` }, props: { k } }));
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(getBriefDocument((props as { k: Kommune }).k, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
