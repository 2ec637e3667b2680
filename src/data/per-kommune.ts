import type { Locale } from '../i18n/locales.ts';
import type { Kommune } from '../lib/domain/kommune.ts';

/**
 * A page model worked out once per kommune and language in a build. Pages of different routes ask
 * for the same model — the brief page and its Word JSON both the brief, the profile, the brief and
 * the Word JSON the planning view — and Astro renders route by route, so the first asker's result
 * is kept for the rest (a few megabytes for all 1 071). Callers read the model and never change it.
 */
export function perKommune<T>(build: (k: Kommune, locale: Locale) => T): (k: Kommune, locale: Locale) => T {
  const made = new Map<string, T>();
  return (k, locale) => {
    const key = `${k.code}|${locale}`;
    let model = made.get(key);
    if (model === undefined) made.set(key, (model = build(k, locale)));
    return model;
  };
}
