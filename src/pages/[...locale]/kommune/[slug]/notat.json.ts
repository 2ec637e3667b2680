import type { APIRoute } from 'astro';
import { getBriefDocument } from '../../../../data/brief-document.ts';
import { BRIEFS_BUILT } from '../../../../data/brief.ts';
import { getKommuner } from '../../../../data/dataset.ts';
import type { Locale } from '../../../../i18n/locales.ts';
import { localeStaticPathsOf } from '../../../../i18n/routes.ts';
import type { Kommune } from '../../../../lib/domain/kommune.ts';

/** The brief's content for «Last ned som Word» in the page's language, beside each brief; fetched on click only (src/client/brief-word.ts). */
export function getStaticPaths() {
  if (!BRIEFS_BUILT) return [];
  return localeStaticPathsOf(getKommuner(), (k) => ({ slug: `${k.code}-${k.slug}` }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { item, locale } = props as { item: Kommune; locale: Locale };
  return new Response(JSON.stringify(getBriefDocument(item, site, locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
