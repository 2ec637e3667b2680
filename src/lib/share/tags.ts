/**
 * Open Graph and Twitter card tags for a page (Head.astro renders them): title,
 * description, the canonical address, the page's language as og:locale and the card
 * image (pages/[...locale]/kort/[slug].png.ts): a kommune's profile and brief its kommune's card,
 * the comparison its own, every other page the site's card, the last two in the page's language.
 * Plain data so a unit test can check it without Astro.
 */
import type { KeyFigures } from '../profile/key-figures.ts';
import { splitLocale, type Locale } from '../../i18n/locales.ts';

/** og:locale is language_TERRITORY (ogp.me); og:locale:alternate names the other published languages. */
export const OG_LOCALE: Record<Locale, string> = { nb: 'nb_NO', nn: 'nn_NO', en: 'en_GB' };

/** The card image's site path of a kommune (one per kommune, shared by the page's languages: its text is numbers and a name). */
export const cardPath = (kommuneSlug: string): string => `/kort/${kommuneSlug}.png`;
/** The pages with a card of their own besides a kommune's: the front page's (the site's card) and the comparison's. */
export const PAGE_CARDS = ['forside', 'sammenlign'] as const;
export type PageCard = (typeof PAGE_CARDS)[number];
/** A page card's site path in a language: its text is the page's words («/kort/sammenlign-en.png»). */
export const pageCardPath = (card: PageCard, locale: Locale): string => `/kort/${card}-${locale}.png`;
/**
 * The page card a page shows when it is not a kommune's: the comparison its own, every other
 * page (front, «Om dataene», «Last ned data», 404) the site's card, in the page's language.
 */
export const pageCardOf = (pathname: string): PageCard =>
  splitLocale(pathname).path === '/sammenlign/' ? 'sammenlign' : 'forside';

/** The card's size in pixels (the size Open Graph and Twitter's large card show without cropping). */
export const CARD = { width: 1200, height: 630 } as const;

/** A profile or a brief (/kommune/0301-oslo/, /nn/kommune/0301-oslo/notat/): the kommune's slug; any other page: null. */
export function kommuneOfPath(pathname: string): string | null {
  const m = /^\/kommune\/(\d{4}-[a-z0-9-]+)\/(?:notat\/)?$/.exec(splitLocale(pathname).path);
  return m ? m[1] : null;
}

export interface ShareInput {
  /** The site's address (astro.config site). */
  site: URL | string;
  /** The page's path as served (with its language prefix). */
  pathname: string;
  /** The page's title as the <title> shows it (with the site's name). */
  title: string;
  description: string;
  siteName: string;
  /** The other languages the page exists in (og:locale:alternate). */
  alternates?: readonly Locale[];
}

export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The canonical address and the card tags of a page, in the order Head writes them. */
export function shareTags(input: ShareInput): { canonical: string; image: string; tags: MetaTag[] } {
  const { locale } = splitLocale(input.pathname);
  const canonical = new URL(input.pathname, input.site).href;
  const slug = kommuneOfPath(input.pathname);
  const image = new URL(slug ? cardPath(slug) : pageCardPath(pageCardOf(input.pathname), locale), input.site).href;
  const tags: MetaTag[] = [
    { property: 'og:type', content: slug ? 'article' : 'website' },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: canonical },
    { property: 'og:locale', content: OG_LOCALE[locale] },
    ...(input.alternates ?? [])
      .filter((l) => l !== locale)
      .map((l) => ({ property: 'og:locale:alternate', content: OG_LOCALE[l] })),
  ];
  tags.push(
    { property: 'og:image', content: image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(CARD.width) },
    { property: 'og:image:height', content: String(CARD.height) },
    { property: 'og:image:alt', content: input.title },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: image },
  );
  return { canonical, image, tags };
}

/**
 * A profile's description with its newest key figures in words, from the page
 * model (profile/key-figures.ts): each card's label and value as the page shows
 * them (a status in its own words, never a number made up). No key figures: the lead alone.
 */
export function profileDescription(lead: string, key: KeyFigures | null, heading: (year: number) => string): string {
  if (!key) return lead;
  const figures = key.cards.map((c) => `${c.label}: ${c.value}`).join('; ');
  return `${lead}. ${heading(key.year)}${key.asOf ? ` (${key.asOf})` : ''} – ${figures}.`;
}
