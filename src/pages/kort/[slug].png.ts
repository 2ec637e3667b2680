import type { APIRoute } from 'astro';
import { getKommuner } from '../../data/dataset.ts';
import { cardPng, pageCardPng } from '../../data/card.ts';
import type { Kommune } from '../../lib/domain/kommune.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { PAGE_CARDS, type PageCard } from '../../lib/share/tags.ts';

type Props = { k: Kommune } | { card: PageCard; locale: Locale };

/**
 * /kort/<nr>-<slug>.png: a kommune's share card (og:image of its profile and brief in every language);
 * /kort/<card>-<locale>.png: the front page's and the comparison's, one per language (their words are
 * the page's). Drawn at build time (data/card.ts).
 */
export function getStaticPaths() {
  return [
    ...getKommuner().map((k) => ({ params: { slug: `${k.code}-${k.slug}` }, props: { k } })),
    ...PAGE_CARDS.flatMap((card) =>
      LOCALES.map((locale) => ({ params: { slug: `${card}-${locale}` }, props: { card, locale } })),
    ),
  ];
}
export const GET: APIRoute = ({ props }) => {
  const p = props as Props;
  const png = 'k' in p ? cardPng(p.k) : pageCardPng(p.card, p.locale);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
