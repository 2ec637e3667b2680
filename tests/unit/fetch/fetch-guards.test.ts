/**
 * npm run fetch against hostile or broken answers: a redirect to another host,
 * a body far larger than any table, a fetch-manifest.json cut short. Each stops
 * with one clear message and leaves the files already in the output directory
 * as they were. Two local servers stand in for the publisher and another host.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFetch } from '../../../scripts/fetch.ts';
import { download, DownloadError, type DownloadOptions } from '../../../src/lib/fetch/download.ts';
import { FETCH_TABLES } from '../../../src/lib/fetch/fetch-config.ts';
import { FETCH_MANIFEST } from '../../../src/lib/fetch/fetch-manifest.ts';
import { PublisherServer } from './publisher-server.ts';

const TABLE = FETCH_TABLES.find((t) => t.id === 'imdi-bosatt_anmodede')!;
const PATH = '/download_csv/k/bosatt_anmodede';
const OTHER_PATH = '/download_csv/k/tilskudd';
const opts = (o: Partial<DownloadOptions> = {}): DownloadOptions => ({
  timeoutMs: 5_000,
  retries: 2,
  backoffMs: 1,
  userAgent: 'test',
  maxBytes: 1_000_000,
  ...o,
});
const errorOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as DownloadError;
  }
  throw new Error('expected the download to fail');
};
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** A server that streams `total` bytes in 64 KB chunks with no Content-Length, counting what it got written. */
function streamingServer(total: number) {
  const state = { sent: 0, finished: false };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/csv' });
    const chunk = Buffer.alloc(65_536, 'a');
    const pump = () => {
      while (state.sent < total) {
        state.sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      state.finished = true;
      res.end();
    };
    res.on('close', () => {});
    pump();
  });
  return { server, state };
}

describe('redirects are followed only within the configured host', () => {
  let publisher: PublisherServer;
  let other: PublisherServer;
  beforeAll(async () => {
    publisher = await new PublisherServer().start();
    other = await new PublisherServer().start();
    other.on('GET', OTHER_PATH, { status: 200, body: 'another table' });
    publisher.on('GET', '/moved', { status: 301, headers: { Location: PATH } });
    publisher.on('GET', PATH, { status: 200, body: 'the table' });
    publisher.on('GET', '/elsewhere', { status: 302, headers: { Location: `${other.origin}${OTHER_PATH}` } });
    publisher.on('GET', '/file', { status: 302, headers: { Location: 'file:///etc/passwd' } });
  });
  afterAll(async () => {
    await publisher.stop();
    await other.stop();
  });

  it('follows a redirect within the host', async () => {
    const r = await download(`${publisher.origin}/moved`, opts());
    expect(new TextDecoder().decode(r.bytes)).toBe('the table');
  });

  it('refuses a redirect to another host at once, without asking it and without retrying', async () => {
    const e = await errorOf(download(`${publisher.origin}/elsewhere`, opts()));
    expect(e).toBeInstanceOf(DownloadError);
    expect(e.kind).toBe('redirect');
    expect(e.attempts).toBe(1);
    expect(e.message).toBe(
      `HTTP 302 redirect to ${other.origin} not followed: only redirects within ${new URL(publisher.origin).host} are (point --imdi-base/--ssb-base/--fhi-base at the new host if the publisher moved)`,
    );
    expect(other.requests).toHaveLength(0);
    expect((await errorOf(download(`${publisher.origin}/file`, opts()))).kind).toBe('redirect');
  });

  it('npm run fetch keeps the previous file and manifest entry when the table redirects to another table elsewhere', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bst-fetch-redirect-'));
    const old = 'Kommunenummer;previous export\n';
    mkdirSync(dirname(join(out, TABLE.file)), { recursive: true });
    writeFileSync(join(out, TABLE.file), old);
    const manifest = `${JSON.stringify({ files: { [TABLE.file]: { id: TABLE.id, sha256: sha(old) } } }, null, 2)}\n`;
    writeFileSync(join(out, FETCH_MANIFEST), manifest);
    publisher.on('GET', PATH, { status: 302, headers: { Location: `${other.origin}${OTHER_PATH}` } });
    const report = await runFetch({ out, bases: publisher.bases, tables: [TABLE], retries: 1, backoffMs: 1 });
    expect(report.exitCode).toBe(1);
    expect(report.failed.map((f) => [f.kind, f.table.id])).toEqual([['redirect', TABLE.id]]);
    expect(readFileSync(join(out, TABLE.file), 'utf8')).toBe(old);
    expect(readFileSync(join(out, FETCH_MANIFEST), 'utf8')).toBe(manifest);
    expect(other.requests).toHaveLength(0);
  });
});

describe('a body larger than the table can be is refused, not read whole', () => {
  it('refuses a declared Content-Length above the limit without reading the body', async () => {
    const publisher = await new PublisherServer().start();
    try {
      publisher.on('GET', PATH, { status: 200, body: new Uint8Array(3_000_000) });
      const e = await errorOf(download(`${publisher.origin}${PATH}`, opts({ maxBytes: 2_000_000 })));
      expect(e.kind).toBe('too-large');
      expect(e.attempts).toBe(1);
      expect(e.message).toBe(
        'body of 3 MB (Content-Length) is above the limit of 2 MB for this table (raise it with --max-mb if the table really grew)',
      );
    } finally {
      await publisher.stop();
    }
  });

  it('stops reading an undeclared (chunked) body once it passes the limit, and closes the connection', async () => {
    const { server, state } = streamingServer(200_000_000);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big`;
      const e = await errorOf(download(url, opts({ maxBytes: 1_000_000 })));
      expect(e.kind).toBe('too-large');
      expect(e.message).toMatch(/^body above 1 MB received is above the limit of 1 MB for this table/);
      await new Promise((r) => setTimeout(r, 100));
      expect(state.finished).toBe(false);
      expect(state.sent).toBeLessThan(50_000_000);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('takes the limit from the table, or from --max-mb for every table', async () => {
    const publisher = await new PublisherServer().start();
    try {
      publisher.on('GET', PATH, { status: 200, body: new Uint8Array(3_000_000) });
      const out = mkdtempSync(join(tmpdir(), 'bst-fetch-big-'));
      const small = { ...TABLE, maxBytes: 2_000_000 };
      const a = await runFetch({ out, bases: publisher.bases, tables: [small], retries: 0 });
      expect(a.failed.map((f) => f.kind)).toEqual(['too-large']);
      // Above both limits' reach only when lifted: with --max-mb 4 the body is read (and then checked as a table).
      const b = await runFetch({ out, bases: publisher.bases, tables: [small], retries: 0, maxBytes: 4_000_000 });
      expect(b.failed.map((f) => f.kind)).toEqual(['invalid']);
    } finally {
      await publisher.stop();
    }
  });
});

describe('a fetch-manifest.json cut short', () => {
  it('stops npm run fetch with one line naming the file, before any request, changing nothing', async () => {
    const publisher = await new PublisherServer().start();
    try {
      const out = mkdtempSync(join(tmpdir(), 'bst-fetch-manifest-'));
      const cut = '{\n  "files": {\n    "imdi-api/k/bosatt_anmodede.csv": {\n      "id": "imdi-bos';
      writeFileSync(join(out, FETCH_MANIFEST), cut);
      await expect(runFetch({ out, bases: publisher.bases, tables: [TABLE] })).rejects.toThrow(
        `${join(out, FETCH_MANIFEST)}: expected the fetch manifest as JSON`,
      );
      const r = spawnSync(
        process.execPath,
        ['scripts/fetch.ts', '--out', out, '--imdi-base', publisher.origin, '--only', TABLE.id],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^fetch failed: ${join(out, FETCH_MANIFEST)}: expected the fetch manifest as JSON \\(.+\\); move it away to start a new one$`,
        ),
      );
      expect(readFileSync(join(out, FETCH_MANIFEST), 'utf8')).toBe(cut);
      expect(publisher.requests).toHaveLength(0);
    } finally {
      await publisher.stop();
    }
  });
});
