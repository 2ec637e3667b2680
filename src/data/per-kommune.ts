import type { Locale } from '../i18n/locales.ts';
import type { Kommune } from '../lib/domain/kommune.ts';

/**
 * A page model worked out once per kommune and language in a build, though pages of several routes ask for it:
 * the brief page and its Word JSON the brief; the profile, the brief and the Word JSON the planning view; the
 * bokmål profile and /data/panel/<kommune>.json the profile. Astro renders route by route, so a model is kept
 * from its first asker to its last — `askers(locale)` of them — and then let go: kept whole, the 1 071 profiles
 * alone held 213 MB. A wrong count costs time (asked again: built again) or memory (never let go), never a
 * wrong page. Callers read the model and never change it.
 */
export function perKommune<T>(
  build: (k: Kommune, locale: Locale) => T,
  askers: (locale: Locale) => number,
): (k: Kommune, locale: Locale) => T {
  const kept = new Map<string, { model: T; left: number }>();
  return (k, locale) => {
    const key = `${k.code}|${locale}`;
    const entry = kept.get(key);
    if (entry) {
      if (--entry.left <= 0) kept.delete(key);
      return entry.model;
    }
    const model = build(k, locale);
    const left = askers(locale) - 1;
    if (left > 0) kept.set(key, { model, left });
    return model;
  };
}
