/**
 * The dataset's version: a short content hash (FNV-1a, 32 bits, hex) of the
 * published data/observations.csv. Shown on every page and used to name a
 * release in data/CHANGES.md, so the two always agree.
 */
export function dataVersionOf(observationsCsv: Uint8Array | string): string {
  const bytes = typeof observationsCsv === 'string' ? new TextEncoder().encode(observationsCsv) : observationsCsv;
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The id of a release's entry on «Om dataene» (/om-dataene/#utgave-d47baffb), where the profiles' «sist endret» lines link. */
export function releaseAnchorId(release: string): string {
  return `utgave-${release}`;
}

/** The id of «Om dataene»'s changelog section. */
export const CHANGELOG_ANCHOR_ID = 'endringer';
