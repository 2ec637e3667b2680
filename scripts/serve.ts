/**
 * npm run serve [-- --port N]: serve the built site (dist/) on 127.0.0.1 the
 * way a static host does: files only from dist/ (sirv), compressed
 * (compression: gzip/brotli by Accept-Encoding), GET and HEAD only, the
 * site's 404 page for anything else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { BUILD_MARKER } from './out-dir.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function serve(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  // A dist/ a build is still writing, or one that stopped before it finished, holds old and new files side by side.
  if (existsSync(join(root, BUILD_MARKER)))
    throw new Error(`${join(root, BUILD_MARKER)}: ${root} is from a build that did not finish; run npm run build`);
  // Production mode: the file list is read once from `root`, so no request path can reach outside it.
  // Astro's /_astro/ files carry a content hash in their name: cache them for good; pages and data are revalidated.
  const files: Handler = sirv(root, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) =>
      res.setHeader(
        'cache-control',
        pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  const compress = compression() as unknown as Handler;
  const page404 = join(root, '404.html');
  const notFound = existsSync(page404) ? readFileSync(page404) : Buffer.from('Ikke funnet');
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    compress(req, res, () =>
      files(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : notFound);
      }),
    );
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

async function main() {
  const i = process.argv.indexOf('--port');
  const port = i >= 0 ? Number(process.argv[i + 1]) : 4321;
  await serve('dist', port);
  console.log(`Bosettingstall: http://localhost:${port}/`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
