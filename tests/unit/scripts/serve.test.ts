import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER } from '../../../scripts/out-dir.ts';
import { serve } from '../../../scripts/serve.ts';

/** A dist/ with a page, a 404 page, and a sibling folder whose name starts with "dist". */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(dir, 'dist', 'kommune'), { recursive: true });
  mkdirSync(join(dir, 'dist-secret'));
  writeFileSync(
    join(dir, 'dist', 'index.html'),
    `<!doctype html><title>Forside</title><p>${'Bosetting '.repeat(300)}</p>`,
  );
  writeFileSync(join(dir, 'dist', 'kommune', 'index.html'), '<p>kommune</p>');
  mkdirSync(join(dir, 'dist', '_astro'));
  writeFileSync(join(dir, 'dist', '_astro', 'page.Ab12Cd34.js'), 'export {};');
  writeFileSync(join(dir, 'dist', '404.html'), '<p>Fant ikke siden</p>');
  writeFileSync(join(dir, 'dist-secret', 'x'), 'secret');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  return join(dir, 'dist');
}

describe('scripts/serve.ts', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = await serve(fixture(), 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((ok) => server.close(ok)));

  it('serves pages and folder indexes', async () => {
    const r = await fetch(`${base}/kommune/`);
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('<p>kommune</p>');
  });

  it('compresses what a static host compresses', async () => {
    const r = await fetch(`${base}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(await r.text()).toContain('Bosetting Bosetting');
  });

  it('caches the hashed /_astro/ files for good and revalidates pages', async () => {
    expect((await fetch(`${base}/_astro/page.Ab12Cd34.js`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await fetch(`${base}/kommune/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('refuses a dist/ from a build that did not finish', () => {
    const root = fixture();
    writeFileSync(join(root, BUILD_MARKER), '');
    expect(() => serve(root, 0)).toThrow(
      /\.build-incomplete: .* is from a build that did not finish; run npm run build/,
    );
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(`${base}/`, { method: 'HEAD' })).status).toBe(200);
    const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    '/..%2fdist-secret/x',
    '/../dist-secret/x',
    '/%2e%2e/secret.txt',
    '/..%2f..%2fsecret.txt',
    '/kommune/..%2f..%2f..%2fsecret.txt',
  ])('never leaves dist/: %s', async (path) => {
    const r = await fetch(base + path);
    expect(r.status).toBe(404);
    expect(await r.text()).toBe('<p>Fant ikke siden</p>');
  });
});
