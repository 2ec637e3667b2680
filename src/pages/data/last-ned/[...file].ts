import type { APIRoute } from 'astro';
import { openData, openDataFile } from '../../../data/open-data.ts';

/** /data/last-ned/<path>: every file of «Last ned data» (src/data/open-data.ts), at the address the README documents. */
export async function getStaticPaths() {
  return [...(await openData()).serve.keys()].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const f = (await openDataFile(params.file!, site))!;
  return new Response(f.body, { headers: { 'content-type': f.type } });
};
