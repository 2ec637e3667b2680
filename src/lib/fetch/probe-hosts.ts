/**
 * Can each publisher's host be reached at all? One short HEAD request per base
 * address: any HTTP answer (even 404 or 405) means yes. Returns, for each
 * publisher that could not be reached, why (DNS failure, refused, no route,
 * timeout), so an offline run stops at once with a clear message.
 */
export async function probeHosts<K extends string>(
  bases: readonly (readonly [K, string])[],
  { timeoutMs, userAgent }: { timeoutMs: number; userAgent: string },
): Promise<Map<K, string | null>> {
  const result = new Map<K, string | null>();
  await Promise.all(
    bases.map(async ([key, base]) => {
      try {
        await fetch(base, {
          method: 'HEAD',
          redirect: 'manual',
          headers: { 'User-Agent': userAgent },
          signal: AbortSignal.timeout(timeoutMs),
        });
        result.set(key, null);
      } catch (e) {
        const err = e as Error & { cause?: { code?: string; message?: string } };
        const why =
          err.name === 'TimeoutError'
            ? `no answer within ${timeoutMs / 1000} s`
            : (err.cause?.code ?? err.cause?.message ?? err.message);
        result.set(key, `cannot reach ${safeHost(base)} (${why})`);
      }
    }),
  );
  return result;
}

function safeHost(base: string) {
  try {
    return new URL(base).host;
  } catch {
    return base;
  }
}
