/**
 * A predecessor region: a kommune code as it was before a reform, kept as its
 * own series when its figures cannot be put on a current kommune (it was
 * split, or the measure is a rate that cannot be summed).
 * Key: `code:lastYear`, e.g. `1850:2019` (Tysfjord), `1507:2023` (Ålesund 2020–2023).
 */
export function predecessorKey(code: string, lastYear: number): string {
  return `${code}:${lastYear}`;
}

export function isPredecessorKey(region: string): boolean {
  return region.includes(':');
}

export function parsePredecessorKey(region: string): { code: string; lastYear: number } {
  const [code, y] = region.split(':');
  return { code, lastYear: Number(y) };
}
