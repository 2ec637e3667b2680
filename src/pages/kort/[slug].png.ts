import type { APIRoute } from 'astro';
import { getKommuner } from '../../data/dataset.ts';
import { cardPng } from '../../data/card.ts';
import type { Kommune } from '../../lib/domain/kommune.ts';

/** /kort/<nr>-<slug>.png: a kommune's share card (og:image of its profile and brief in every language), drawn at build time. */
export function getStaticPaths() {
  return getKommuner().map((k) => ({ params: { slug: `${k.code}-${k.slug}` }, props: { k } }));
}
export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(cardPng((props as { k: Kommune }).k)), {
    headers: { 'content-type': 'image/png' },
  });
