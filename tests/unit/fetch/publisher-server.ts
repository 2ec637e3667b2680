/**
 * A stand-in for IMDi, SSB and FHI on 127.0.0.1, serving at the real endpoint
 * paths: IMDi's real export files from the raw directory and JSON-stat 2
 * fixtures in SSB's and FHI's documented format. Each path answers from a queue
 * of behaviours (the last one repeats), so a test can script «500, then 200»,
 * a stalled answer, or a body cut off mid-transfer.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { status: number; body?: Uint8Array | string; headers?: Record<string, string> }
  | { stall: number }
  | { cutAfter: number; body: Uint8Array };

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export class PublisherServer {
  readonly requests: Request[] = [];
  private routes = new Map<string, Behaviour[]>();
  private server: Server;
  origin = '';

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const key = `${req.method} ${url.pathname}`;
        this.requests.push({
          method: req.method ?? '',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const queue = this.routes.get(key);
        const b: Behaviour = !queue ? { status: 404, body: 'Not Found' } : queue.length > 1 ? queue.shift()! : queue[0];
        if ('stall' in b) {
          const t = setTimeout(() => res.destroy(), b.stall);
          res.on('close', () => clearTimeout(t));
          return;
        }
        if ('cutAfter' in b) {
          res.writeHead(200, { 'Content-Length': String(b.body.length), 'Content-Type': 'text/csv' });
          res.write(b.body.subarray(0, b.cutAfter), () => setTimeout(() => res.destroy(), 20));
          return;
        }
        const body = typeof b.body === 'string' ? Buffer.from(b.body) : Buffer.from(b.body ?? new Uint8Array());
        res.writeHead(b.status, { 'Content-Length': String(body.length), ...b.headers });
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  /** Answer `METHOD /path` with these behaviours in turn (the last repeats). */
  on(method: 'GET' | 'POST', path: string, ...behaviours: Behaviour[]): this {
    this.routes.set(`${method} ${path}`, behaviours);
    return this;
  }

  get bases() {
    return { imdi: this.origin, ssb: `${this.origin}/api/pxwebapi/v2`, fhi: `${this.origin}/api/open/v1` };
  }
}
