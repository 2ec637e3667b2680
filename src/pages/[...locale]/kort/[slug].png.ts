import type { APIRoute } from 'astro';
import { getKommuner } from '../../../data/dataset.ts';
import { cardOf, cardPng, drawCards, pageCardOf } from '../../../data/card.ts';
import { LOCALES } from '../../../i18n/locales.ts';
import { PAGE_CARDS } from '../../../lib/share/tags.ts';

/**
 * /kort/<nr>-<slug>.png: a kommune's share card (og:image of its profile and brief in every language);
 * /kort/<card>-<locale>.png: the front page's and the comparison's, one per language (their words are
 * the page's). Drawn at build time: listing the paths starts drawing all of them in worker threads
 * (data/card.ts). The file sits under [...locale] (with no locale: the addresses stay /kort/…) so
 * that Astro writes the cards after the kommune pages rather than before them: by then the workers
 * have drawn every card, and the page writer does not wait for one.
 */
export function getStaticPaths() {
  const paths = [
    ...getKommuner().map((k) => ({ slug: `${k.code}-${k.slug}`, svg: cardOf(k) })),
    ...PAGE_CARDS.flatMap((card) =>
      LOCALES.map((locale) => ({ slug: `${card}-${locale}`, svg: pageCardOf(card, locale) })),
    ),
  ];
  drawCards(paths.map((p) => p.svg));
  return paths.map(({ slug, svg }) => ({ params: { locale: undefined, slug }, props: { svg } }));
}
export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng((props as { svg: string }).svg)), {
    headers: { 'content-type': 'image/png' },
  });
