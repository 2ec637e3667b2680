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

/** URL slug: lower case ASCII, æ→ae, ø→o, å→a, Sami letters folded. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đ]/g, 'd')
    .replace(/[ŋ]/g, 'n')
    .replace(/[ŧ]/g, 't')
    .replace(/[ʒǯ]/g, 'z')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function kommunePath(k: Pick<Kommune, 'code' | 'slug'>): string {
  return `/kommune/${k.code}-${k.slug}/`;
}
