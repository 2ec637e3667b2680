import type { APIRoute } from 'astro';
import { dataset } from '../../data/dataset.ts';

/**
 * /data/kilder.json: source id → what names it (publisher, the publisher's page and address, table, file date),
 * language-neutral: each page writes the label in its language (lib/format/source-label.ts sourceLabel).
 */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      Object.fromEntries(
        dataset().sources.map((s) => [
          s.id,
          {
            publisher: s.publisher,
            publisherPage: s.publisherPage,
            publisherUrl: s.publisherUrl,
            publisherPageNote: s.publisherPageNote,
            table: s.table,
            vintage: s.vintage,
          },
        ]),
      ),
    ),
    { headers: { 'content-type': 'application/json' } },
  );
