/**
 * Suggested peers for a kommune, each list with the reason it was chosen:
 * same KOSTRA group, same fylke, the 15 nearest in population (IMDi's own
 * method), and the nearest on settlement profile over the last five years
 * (request per 1000 inhabitants and settled as a share of decision, each
 * standardized across kommuner).
 */
export interface PeerInput {
  code: string;
  fylkeCode: string;
  kostra: number | null;
  centrality: number | null;
  population: number | null;
  /** Request per 1000 inhabitants, mean over the profile years (null when unknown). */
  requestPer1000: number | null;
  /** Settled / decision over the profile years, in percent (null when unknown). */
  settledOfDecision: number | null;
}

export interface Peers {
  kostra: string[];
  fylke: string[];
  population: string[];
  profile: string[];
  /** The years the settlement profile is averaged over, from the data (the newest five final years). */
  profileYears?: [number, number];
}

export function findPeers(target: PeerInput, all: PeerInput[], { nearest = 15, profileCount = 10 } = {}): Peers {
  const others = all.filter((k) => k.code !== target.code);
  const kostra = target.kostra === null ? [] : others.filter((k) => k.kostra === target.kostra).map((k) => k.code);
  const fylke = others.filter((k) => k.fylkeCode === target.fylkeCode).map((k) => k.code);
  const population =
    target.population === null
      ? []
      : others
          .filter((k) => k.population !== null)
          .sort(
            (a, b) =>
              Math.abs(a.population! - target.population!) - Math.abs(b.population! - target.population!) ||
              a.code.localeCompare(b.code),
          )
          .slice(0, nearest)
          .map((k) => k.code);
  const complete = all.filter((k) => k.requestPer1000 !== null && k.settledOfDecision !== null);
  let profile: string[] = [];
  if (target.requestPer1000 !== null && target.settledOfDecision !== null && complete.length > 2) {
    const z = (vals: number[]) => {
      const mean = vals.reduce((s, v) => s + v, 0) / vals.length;
      const sd = Math.sqrt(vals.reduce((s, v) => s + (v - mean) ** 2, 0) / vals.length) || 1;
      return (v: number) => (v - mean) / sd;
    };
    const za = z(complete.map((k) => k.requestPer1000!));
    const zb = z(complete.map((k) => k.settledOfDecision!));
    const dist = (k: PeerInput) =>
      Math.hypot(
        za(k.requestPer1000!) - za(target.requestPer1000!),
        zb(k.settledOfDecision!) - zb(target.settledOfDecision!),
      );
    profile = complete
      .filter((k) => k.code !== target.code)
      .sort((a, b) => dist(a) - dist(b) || a.code.localeCompare(b.code))
      .slice(0, profileCount)
      .map((k) => k.code);
  }
  return { kostra, fylke, population, profile };
}
