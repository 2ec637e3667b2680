import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderCard } from '../lib/share/render-card.ts';
import { getCaveats, getFigures } from './dataset.ts';
import { settlementPanel } from '../lib/profile/build-profile.ts';
import { keyFigures } from '../lib/profile/key-figures.ts';
import { cardSvg, pageCardSvg, type CardFigure, type CardGroup } from '../lib/share/card.ts';
import type { PageCard } from '../lib/share/tags.ts';
import { officialName, type Kommune } from '../lib/domain/kommune.ts';
import { t } from '../i18n/nb.ts';
import { messages } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { mapOutline } from './front.ts';

const KIND = { anmodning: 'request', vedtak: 'decision', bosatt: 'settled', 'siste-vedtak': 'decision' } as const;

/**
 * A kommune's card from its profile's page model (the same builders as
 * data/profile.ts, only the two parts the card shows): the key figures that are
 * numbers (a status in words is left out, never drawn as a number; «minst»
 * becomes ≥ so the card stays without words) and the settlement panel's own
 * chart without its axis title (the one word in it).
 */
export function cardOf(k: Kommune): string {
  const own = getFigures(k.code);
  const key = keyFigures(t, own, { name: k.name });
  const groups: CardGroup[] = [];
  for (const c of key?.cards ?? []) {
    if (!c.numeric) continue;
    const value = c.value.startsWith(`${t.atLeast} `) ? `≥ ${c.value.slice(t.atLeast.length + 1)}` : c.value;
    // A provisional settled figure (the year was not over): hollow, as the chart draws it.
    const figure: CardFigure = { kind: KIND[c.id], value, provisional: c.id === 'bosatt' && !!c.detail };
    const g = groups.find((x) => x.year === c.year);
    if (g) g.figures.push(figure);
    else groups.push({ year: c.year, figures: [figure] });
  }
  const panel = settlementPanel({ name: k.name, own, country: getFigures('0000'), caveats: getCaveats(k.code, 'nb') });
  const chart = panel?.chart?.wide.replace(/<text[^>]*>↑ [^<]*<\/text>/, '');
  return cardSvg({ name: officialName(k), groups, chart });
}

/** Cards drawn before, by their SVG's content (the font and resvg's version in the key): a warm build reads them. */
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'bosettingstall', 'cards');
const RENDERER = `resvg-js ${createRequire(import.meta.url)('@resvg/resvg-js/package.json').version} dejavu card-1`;

/**
 * A page's card in its language (lib/share/card.ts pageCardSvg): the front page's names the site
 * and its tagline, the comparison's its title and description — the catalogue's words, no figure —
 * beside Norway's outline.
 */
export function pageCardOf(card: PageCard, locale: Locale): string {
  const m = messages(locale);
  const outline = mapOutline();
  return card === 'forside'
    ? pageCardSvg({ title: m.siteName, text: m.tagline, outline })
    : pageCardSvg({ kicker: m.siteName, title: m.compare.title, text: m.compare.description, outline });
}

/** A card as a PNG: drawn with resvg (lib/share/render-card.ts), or read from the cache when the same SVG was drawn before. */
function pngOf(svg: string): Uint8Array {
  const file = join(CACHE, `${createHash('sha256').update(RENDERER).update(svg).digest('hex')}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = renderCard(svg);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  return png;
}

/** A kommune's card as a PNG (/kort/<nr>-<slug>.png). */
export const cardPng = (k: Kommune): Uint8Array => pngOf(cardOf(k));
/** A page's card as a PNG (/kort/<card>-<locale>.png). */
export const pageCardPng = (card: PageCard, locale: Locale): Uint8Array => pngOf(pageCardOf(card, locale));
