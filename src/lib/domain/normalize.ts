/**
 * Fold a name for searching: lower case; Norwegian letters spelled as people
 * type them without a Norwegian keyboard (æ→ae, ø→o, å→a, and also æ→a, ø→o
 * via a second form); Sami and Kven letters to their base letter
 * (á→a, č→c, đ→d, ŋ→n, š→s, ŧ→t, ž→z, ï→i, ä→a, ö→o).
 */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replaceAll('đ', 'd')
    .replaceAll('ŋ', 'n')
    .replaceAll('ŧ', 't')
    .replaceAll('ʒ', 'z')
    .replaceAll('ǯ', 'z')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Both spellings people use for æ: "aerdal"/"ardal" style folding is not needed, but "tromso" and "tromsoe" are. */
export function foldVariants(s: string): string[] {
  const a = foldName(s);
  const b = foldName(s.toLowerCase().replaceAll('ø', 'oe').replaceAll('æ', 'a').replaceAll('å', 'aa'));
  return a === b ? [a] : [a, b];
}
