import { foldName } from './normalize.ts';

/** A current (2024-structure) kommune, as published in data/kommuner.csv. */
export interface Kommune {
  code: string;
  slug: string;
  /** Norwegian name. */
  name: string;
  /** SSB's official name, with Sami and Kven forms: "Guovdageaidnu - Kautokeino". */
  officialName: string;
  /** The official name's other language forms (Sami, Kven). */
  otherNames: string[];
  /** BCP 47 tag of each other name ('se', 'smj', 'sma', 'fkv'), '' where Kartverket's list does not say. */
  otherNameLanguages: string[];
  fylkeCode: string;
  fylkeName: string;
  /** KOSTRA group number (1–17), or null where unknown. */
  kostraGroup: number | null;
  /** SSB centrality class 1 (most central) – 6, or null where unknown. */
  centrality: number | null;
  /** Predecessor series keys shown on this kommune's page (see predecessor.ts). */
  predecessors: string[];
  /** Earlier codes whose figures go to this kommune, `code:firstYear-lastYear:name` (`*` after a split code). */
  history: string[];
}

/** URL slug: the name folded as for search (æ→ae, ø→o, å→a, Sami letters to their base), words joined by "-". */
export function slugify(name: string): string {
  return foldName(name).replaceAll(' ', '-');
}

export function kommunePath(k: Pick<Kommune, 'code' | 'slug'>): string {
  return `/kommune/${k.code}-${k.slug}/`;
}

/** One part of a kommune's official name, with its BCP 47 language where it is not Norwegian. */
export interface NamePart {
  text: string;
  lang?: string;
}

/**
 * The kommune's official name as SSB's classification writes it, part by
 * part in SSB's order («Guovdageaidnu - Kautokeino»: the Sami name first),
 * each Sami or Kven part with its language — the one rule for a kommune's
 * name as a heading, on the profile, the brief and the lists.
 */
export function officialNameParts(
  k: Pick<Kommune, 'name' | 'officialName' | 'otherNames' | 'otherNameLanguages'>,
): NamePart[] {
  return (k.officialName || k.name).split(' - ').map((text) => {
    const i = k.otherNames.indexOf(text);
    const lang = i >= 0 ? k.otherNameLanguages[i] : '';
    return lang ? { text, lang } : { text };
  });
}

/** The official name as text, its parts joined by an en dash: «Guovdageaidnu – Kautokeino». */
export function officialName(k: Pick<Kommune, 'name' | 'officialName' | 'otherNames' | 'otherNameLanguages'>): string {
  return officialNameParts(k)
    .map((p) => p.text)
    .join(' – ');
}
