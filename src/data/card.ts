import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderCards } from '../lib/share/render-card.ts';
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

/** The cards of this build by their cache file (the SVG's hash), as they are drawn (see `drawCards`). */
const drawn = new Map<string, Promise<Uint8Array>>();
const cacheFile = (svg: string) =>
  join(CACHE, `${createHash('sha256').update(RENDERER).update(svg).digest('hex')}.png`);

/**
 * Starts drawing the cards (in worker threads, lib/share/render-card.ts), or reads each from the cache
 * when the same SVG was drawn before. The card route calls it when it lists its paths: Astro lists every
 * route's paths before it writes the first page, so the cards are drawn on the other cores while the
 * first writes pages.
 */
export function drawCards(svgs: string[]): void {
  const todo: { svg: string; file: string }[] = [];
  for (const svg of svgs) {
    const file = cacheFile(svg);
    if (drawn.has(file)) continue;
    if (existsSync(file)) drawn.set(file, Promise.resolve(new Uint8Array(readFileSync(file))));
    else if (!todo.some((c) => c.file === file)) todo.push({ svg, file });
  }
  if (!todo.length) return;
  mkdirSync(CACHE, { recursive: true });
  const pngs = renderCards(todo.map((c) => c.svg));
  todo.forEach((c, i) => {
    drawn.set(
      c.file,
      pngs[i].then((png) => {
        writeFileSync(c.file, png);
        return png;
      }),
    );
  });
}

/** A card's PNG (drawn by `drawCards`, which this starts for the card if it was not asked). */
export function cardPng(svg: string): Promise<Uint8Array> {
  const file = cacheFile(svg);
  if (!drawn.has(file)) drawCards([svg]);
  return drawn.get(file)!;
}
