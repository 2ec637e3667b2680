/**
 * Kommune code changes (SSB KLASS 131 "changes"), and the two questions the
 * rest of the code asks of them: which 2024 kommuner does a code of a given
 * year end up in, and which codes were valid in a given year.
 *
 * Data for year Y is in the kommune structure of 1 January Y, so a change
 * that took effect on 1 January Z applies to data for years before Z.
 */
export interface CodeChange {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  /** Year the change took effect (1 January). */
  year: number;
}

/** A former kommune whose figures up to `through` belong whole to one current kommune, though KLASS lists several. */
export interface TerritoryDecision {
  code: string;
  name: string;
  through: number;
  successor: string;
  evidence: string;
}

export interface ChangeIndex {
  /** Effective years, ascending. */
  years: number[];
  /** year → oldCode → newCodes */
  forward: Map<number, Map<string, string[]>>;
  /** year → newCode → oldCodes */
  backward: Map<number, Map<string, string[]>>;
  current: Set<string>;
  currentYear: number;
  changes: CodeChange[];
  decisions: TerritoryDecision[];
}

export function indexChanges(
  changes: CodeChange[],
  current: Iterable<string>,
  currentYear: number,
  decisions: TerritoryDecision[] = [],
): ChangeIndex {
  const forward = new Map<number, Map<string, string[]>>();
  const backward = new Map<number, Map<string, string[]>>();
  for (const c of changes) {
    // Self-edges are kept: in a merger the surviving code maps to itself too.
    push(forward, c.year, c.oldCode, c.newCode);
    push(backward, c.year, c.newCode, c.oldCode);
  }
  const years = [...forward.keys()].sort((a, b) => a - b);
  return { years, forward, backward, current: new Set(current), currentYear, changes, decisions };
}

function push(m: Map<number, Map<string, string[]>>, year: number, key: string, value: string) {
  let byKey = m.get(year);
  if (!byKey) m.set(year, (byKey = new Map()));
  const list = byKey.get(key);
  if (!list) byKey.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The current kommuner a code valid in `year` ended up in (sorted). */
const successorCache = new WeakMap<ChangeIndex, Map<string, string[]>>();

export function successorsOf(index: ChangeIndex, code: string, year: number): string[] {
  let cache = successorCache.get(index);
  if (!cache) successorCache.set(index, (cache = new Map()));
  const key = `${code}@${year}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = computeSuccessors(index, code, year)));
  return hit;
}

function computeSuccessors(index: ChangeIndex, code: string, year: number): string[] {
  const decided = index.decisions.find((d) => d.code === code && year <= d.through);
  if (decided) return [decided.successor];
  let set = [code];
  for (const y of index.years) {
    if (y <= year) continue;
    const fwd = index.forward.get(y)!;
    const next = new Set<string>();
    for (const c of set) for (const n of fwd.get(c) ?? [c]) next.add(n);
    set = [...next];
  }
  return set.filter((c) => index.current.has(c)).sort();
}

const validCache = new WeakMap<ChangeIndex, Map<number, Set<string>>>();

/** Codes in the kommune structure of `year`, walked back from the current list. */
export function codesValidIn(index: ChangeIndex, year: number): Set<string> {
  let cache = validCache.get(index);
  if (!cache) validCache.set(index, (cache = new Map()));
  const hit = cache.get(year);
  if (hit) return hit;
  let set = new Set(index.current);
  for (const y of [...index.years].reverse()) {
    if (y <= year) break;
    const back = index.backward.get(y)!;
    const removed = new Set<string>();
    const added = new Set<string>();
    for (const [newCode, olds] of back) {
      removed.add(newCode);
      for (const o of olds) added.add(o);
    }
    set = new Set([...set].filter((c) => !removed.has(c) || added.has(c)));
    for (const a of added) set.add(a);
  }
  cache.set(year, set);
  return set;
}

/**
 * The last year a code had the meaning it had in `year`: the year before the
 * first later change that moved it elsewhere or gave it more territory
 * (Stavanger, 1103, took in Finnøy and Rennesøy in 2020: the old 1103 ends in 2019),
 * or the current year.
 */
export function lastYearOf(index: ChangeIndex, code: string, year: number): number {
  for (const y of index.years) {
    if (y <= year) continue;
    const to = index.forward.get(y)!.get(code);
    if (to && !(to.length === 1 && to[0] === code)) return y - 1;
    const from = index.backward.get(y)!.get(code);
    if (from?.some((c) => c !== code)) return y - 1;
  }
  return index.currentYear;
}

/** Name a code had in `year`, from the change records (undefined if unchanged since). */
export function historicName(index: ChangeIndex, code: string, year: number): string | undefined {
  let best: CodeChange | undefined;
  for (const c of index.changes) {
    if (c.oldCode === code && c.year > year && (!best || c.year < best.year)) best = c;
  }
  return best?.oldName;
}

/** Every year (from..to) in which `code` was a valid code. */
export function yearsValid(index: ChangeIndex, code: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) if (codesValidIn(index, y).has(code)) out.push(y);
  return out;
}

/**
 * The year at which to read `code` for data labelled `year`: the year itself
 * when the code was valid then, else the nearest year it was valid (IMDi
 * sometimes keeps registering figures under a kommune's old or new number).
 * Undefined when the code was never valid within the range.
 */
const resolutionCache = new WeakMap<ChangeIndex, Map<string, number | undefined>>();

export function resolutionYear(
  index: ChangeIndex,
  code: string,
  year: number,
  range: [number, number],
): number | undefined {
  if (codesValidIn(index, year).has(code)) return year;
  let cache = resolutionCache.get(index);
  if (!cache) resolutionCache.set(index, (cache = new Map()));
  const key = `${code}@${year}@${range[0]}-${range[1]}`;
  if (cache.has(key)) return cache.get(key);
  const found = nearestValidYear(index, code, year, range);
  cache.set(key, found);
  return found;
}

function nearestValidYear(index: ChangeIndex, code: string, year: number, range: [number, number]): number | undefined {
  let best: number | undefined;
  for (const y of yearsValid(index, code, range[0], range[1])) {
    if (
      best === undefined ||
      Math.abs(y - year) < Math.abs(best - year) ||
      (Math.abs(y - year) === Math.abs(best - year) && y < best)
    )
      best = y;
  }
  return best;
}

/** The codes of year `to` that cover the territory of `code` (or of several codes) as of year `from`. */
export function walk(index: ChangeIndex, code: string | string[], from: number, to: number): string[] {
  let set = typeof code === 'string' ? [code] : code;
  if (to > from) {
    for (const y of index.years) {
      if (y <= from || y > to) continue;
      const fwd = index.forward.get(y)!;
      set = [...new Set(set.flatMap((c) => fwd.get(c) ?? [c]))];
    }
  } else {
    for (const y of [...index.years].reverse()) {
      if (y > from || y <= to) continue;
      const back = index.backward.get(y)!;
      set = [...new Set(set.flatMap((c) => back.get(c) ?? [c]))];
    }
  }
  return set.sort();
}
