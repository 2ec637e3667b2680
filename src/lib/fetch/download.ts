/**
 * One HTTP request with a timeout per attempt, retried with exponential backoff
 * on 5xx, 429 (after its Retry-After), timeouts and dropped connections. Other 4xx are final. The body is read in
 * full and checked against Content-Length, so a cut-off transfer is a failure,
 * never a short file. Redirects are followed only within the requested host (a
 * redirect elsewhere could put another server's body in place of the table), and
 * a body above `maxBytes` is refused as soon as it is seen to be larger (declared
 * or received), never read whole.
 */

export interface DownloadOptions {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  userAgent: string;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Wait between attempts (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

export interface Downloaded {
  url: string;
  status: number;
  bytes: Uint8Array;
  headers: Headers;
  attempts: number;
}

/** Why a download did not give a usable body. `network` = the host could not be reached at all. */
/** `redirect`: sent to another host (not followed); `too-large`: the body is above the size limit. Both are final. */
export type FailureKind = 'http' | 'timeout' | 'truncated' | 'network' | 'connection' | 'redirect' | 'too-large';

export class DownloadError extends Error {
  readonly kind: FailureKind;
  readonly url: string;
  readonly status?: number;
  readonly attempts: number;
  /** From a 429's Retry-After header. */
  retryAfterMs?: number;
  constructor(kind: FailureKind, url: string, message: string, attempts: number, status?: number) {
    super(message);
    this.name = 'DownloadError';
    this.kind = kind;
    this.url = url;
    this.status = status;
    this.attempts = attempts;
  }
}

const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
const sleepFor = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function download(url: string, options: DownloadOptions): Promise<Downloaded> {
  const {
    method = 'GET',
    body,
    headers = {},
    timeoutMs,
    retries,
    backoffMs,
    userAgent,
    maxBytes,
    sleep = sleepFor,
  } = options;
  let last: DownloadError | undefined;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (last) await sleep(Math.max(backoffMs * 2 ** (attempt - 2), last.retryAfterMs ?? 0));
    try {
      return {
        ...(await once(url, { method, body, headers: { 'User-Agent': userAgent, ...headers }, timeoutMs, maxBytes })),
        attempts: attempt,
      };
    } catch (e) {
      last = toDownloadError(e, url, attempt, timeoutMs);
      const status = last.status ?? 0;
      const retryable =
        last.kind === 'timeout' ||
        last.kind === 'truncated' ||
        last.kind === 'connection' ||
        (last.kind === 'http' && (status >= 500 || status === 429));
      if (!retryable) break;
    }
  }
  throw last!;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const mb = (n: number) => `${Math.round((n / 1e6) * 10) / 10} MB`;

async function once(
  url: string,
  {
    method,
    body,
    headers,
    timeoutMs,
    maxBytes,
  }: { method: string; body?: string; headers: Record<string, string>; timeoutMs: number; maxBytes: number },
) {
  const signal = AbortSignal.timeout(timeoutMs);
  const host = new URL(url).host;
  let at = url;
  let res: Response;
  for (let hops = 0; ; hops++) {
    res = await fetch(at, { method, body, headers, signal, redirect: 'manual' });
    if (!REDIRECTS.has(res.status)) break;
    await res.body?.cancel();
    const location = res.headers.get('location');
    const next = location ? new URL(location, at) : null;
    if (!next || next.host !== host || !/^https?:$/.test(next.protocol))
      throw new DownloadError(
        'redirect',
        url,
        `HTTP ${res.status} redirect to ${next ? `${next.protocol}//${next.host}` : 'no address'} not followed: only redirects within ${host} are (point --imdi-base/--ssb-base/--fhi-base at the new host if the publisher moved)`,
        0,
        res.status,
      );
    if (hops >= MAX_REDIRECTS)
      throw new DownloadError('redirect', url, `more than ${MAX_REDIRECTS} redirects within ${host}`, 0, res.status);
    if (res.status === 303) {
      method = 'GET';
      body = undefined;
    }
    at = next.href;
  }
  const declared = res.headers.get('content-length');
  const tooLarge = (seen: string) =>
    new DownloadError(
      'too-large',
      url,
      `body ${seen} is above the limit of ${mb(maxBytes)} for this table (raise it with --max-mb if the table really grew)`,
      0,
      res.status,
    );
  if (declared !== null && Number(declared) > maxBytes) {
    await res.body?.cancel();
    throw tooLarge(`of ${mb(Number(declared))} (Content-Length)`);
  }
  const bytes = await readCapped(res, maxBytes, () => tooLarge(`above ${mb(maxBytes)} received`));
  if (!res.ok) {
    const err = new DownloadError('http', url, `HTTP ${res.status} ${res.statusText}`.trim(), 0, res.status);
    // Rate limited (SSB answers 429 past its requests per minute): wait as told, at most a minute.
    const after = Number(res.headers.get('retry-after'));
    if (res.status === 429 && Number.isFinite(after) && after > 0) err.retryAfterMs = Math.min(after, 60) * 1000;
    throw err;
  }
  // Content-Length counts the bytes on the wire: only comparable when the body was not compressed.
  if (declared !== null && !res.headers.get('content-encoding') && Number(declared) !== bytes.length) {
    throw new DownloadError('truncated', url, `body cut off: ${bytes.length} of ${declared} bytes`, 0, res.status);
  }
  return { url, status: res.status, bytes, headers: res.headers };
}

/** The body chunk by chunk, given up (and the connection closed) once it passes `max` bytes. */
async function readCapped(res: Response, max: number, error: () => DownloadError): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw error();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function toDownloadError(e: unknown, url: string, attempts: number, timeoutMs: number): DownloadError {
  if (e instanceof DownloadError)
    return Object.assign(new DownloadError(e.kind, url, e.message, attempts, e.status), {
      retryAfterMs: e.retryAfterMs,
    });
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new DownloadError('timeout', url, `no complete answer within ${timeoutMs / 1000} s`, attempts);
  }
  const code = err.cause?.code ?? (err as { code?: string }).code;
  if (code && UNREACHABLE.has(code))
    return new DownloadError('network', url, `cannot reach ${new URL(url).host} (${code})`, attempts);
  // undici reports a body that ends before Content-Length as "terminated" / "other side closed".
  if (
    err.message === 'terminated' ||
    /other side closed|premature close|ECONNRESET|UND_ERR_SOCKET/.test(`${err.cause?.message ?? ''} ${code ?? ''}`)
  ) {
    return new DownloadError(
      'truncated',
      url,
      `connection dropped before the body was complete (${err.cause?.message ?? err.message})`,
      attempts,
    );
  }
  return new DownloadError(
    'connection',
    url,
    `${err.message}${err.cause?.message ? `: ${err.cause.message}` : ''}`,
    attempts,
  );
}
