import type { APIRoute } from 'astro';
import { dataset } from '../../../data/dataset.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import { panelWords } from '../../../lib/profile/panel-words.ts';

/**
 * /data/ord/<nb|nn|en>.json: the measures' and groups' words in a language, for a profile panel's
 * «Tall (CSV/XLSX)» (src/client/panel-export.ts fetches it on click with the figures of /data/panel/).
 */
export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const pairs = new Set<string>();
  for (const figures of dataset().byRegion.values()) for (const f of figures) pairs.add(`${f.measure}|${f.group}`);
  return new Response(JSON.stringify(panelWords(params.lang as Locale, pairs)), {
    headers: { 'content-type': 'application/json' },
  });
};
