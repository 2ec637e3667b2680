/**
 * One HTTP request with a timeout per attempt, retried with exponential backoff
 * on 5xx, 429 (after its Retry-After), timeouts and dropped connections. Other 4xx are final. The body is read in
 * full and checked against Content-Length, so a cut-off transfer is a failure,
 * never a short file.
 */

export interface DownloadOptions {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  userAgent: string;
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
export type FailureKind = 'http' | 'timeout' | 'truncated' | 'network' | 'connection';

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
  const { method = 'GET', body, headers = {}, timeoutMs, retries, backoffMs, userAgent, sleep = sleepFor } = options;
  let last: DownloadError | undefined;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (last) await sleep(Math.max(backoffMs * 2 ** (attempt - 2), last.retryAfterMs ?? 0));
    try {
      return {
        ...(await once(url, { method, body, headers: { 'User-Agent': userAgent, ...headers }, timeoutMs })),
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

async function once(
  url: string,
  {
    method,
    body,
    headers,
    timeoutMs,
  }: { method: string; body?: string; headers: Record<string, string>; timeoutMs: number },
) {
  const signal = AbortSignal.timeout(timeoutMs);
  const res = await fetch(url, { method, body, headers, signal, redirect: 'follow' });
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (!res.ok) {
    const err = new DownloadError('http', url, `HTTP ${res.status} ${res.statusText}`.trim(), 0, res.status);
    // Rate limited (SSB answers 429 past its requests per minute): wait as told, at most a minute.
    const after = Number(res.headers.get('retry-after'));
    if (res.status === 429 && Number.isFinite(after) && after > 0) err.retryAfterMs = Math.min(after, 60) * 1000;
    throw err;
  }
  const declared = res.headers.get('content-length');
  // Content-Length counts the bytes on the wire: only comparable when the body was not compressed.
  if (declared !== null && !res.headers.get('content-encoding') && Number(declared) !== bytes.length) {
    throw new DownloadError('truncated', url, `body cut off: ${bytes.length} of ${declared} bytes`, 0, res.status);
  }
  return { url, status: res.status, bytes, headers: res.headers };
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
