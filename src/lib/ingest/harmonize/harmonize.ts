import { walk, lastYearOf, resolutionYear, successorsOf, type ChangeIndex } from '../../domain/code-changes.ts';
import type { WarningRow } from '../../domain/dataset-schema.ts';
import type { Flag, Observation, Status } from '../../domain/observation.ts';
import { predecessorKey } from '../../domain/predecessor.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import { keepNewest } from './keep-newest.ts';
import type { SameYearDecision } from './territory-decisions.ts';

/** A figure as read from a source, still on the source's own kommune code and with where it was read. */
export interface SourceRow extends Omit<Observation, 'region' | 'period' | 'from'> {
  file: string;
  line: number;
  column?: string | number;
  /** The column the code was read from, for errors about the code. */
  codeColumn?: string;
  /** The column the year was read from, for errors about the year. */
  yearColumn?: string;
  code: string;
  year: number;
}

/** What a kommune code in a source must be: one the reference tables know within `range`. */
export const knownCodeRule = (range: [number, number]) =>
  `expected a kommune code valid between ${range[0]} and ${range[1]}`;

export interface Predecessor {
  key: string;
  code: string;
  lastYear: number;
  successors: string[];
}

export interface HarmonizeOptions {
  index: ChangeIndex;
  /** Years within which a code may be looked up when it is out of its period. */
  range: [number, number];
  isAdditive: (measure: string) => boolean;
  /** Measures counted up through the year: a lower bound is raised to the largest figure any file gives. */
  growsWithinYear?: (measure: string) => boolean;
  /** Vintage of each source; where sources overlap, the newest wins. */
  vintageOf?: (source: string) => string;
  /** Hidden cells that give way to another file's figure (SourceSpec.hiddenYields). */
  hiddenYields?: (row: SourceRow) => boolean;
  /** «.» cells that give way to another file's «avventer vedtak» (SourceSpec.dotYieldsToPending). */
  dotYieldsToPending?: (row: SourceRow) => boolean;
  /** Codes a source is known to use that no reference table resolves: skipped, and counted. */
  unresolved?: Record<string, Set<string>>;
  /** Where a file gives a year under a former and the own code of one territory: sum or duplicate, decided from its totals. */
  sameYear?: SameYearDecision[];
}

export interface HarmonizeResult {
  observations: Observation[];
  predecessors: Map<string, Predecessor>;
  skipped: { source: string; code: string; rows: number }[];
  /**
   * Cells without a figure (any status but ok and suppressed) not published as a row of their own, per source and
   * status: `out-of-period`, under a code in a year it did not exist; `folded`, a part of a kommune merged since,
   * published once within the sum of its parts.
   */
  unpublished: { source: string; status: string; reason: 'out-of-period' | 'folded'; rows: number }[];
  /** Figures the sources give twice with different values: kept once, and said. */
  warnings: WarningRow[];
}

interface Resolved extends SourceRow {
  at: number; // the year the code is read at
  /** Registered under a code that was not in use in the row's year. */
  alias: boolean;
  /** The code the source put the figure under. */
  registeredAs: string;
  /** The codes of the row's own year that the figure covers. */
  territory: string[];
  /** own: the year's own code; union: several codes of the year together; part: part of one code of the year. */
  kind: 'own' | 'union' | 'part';
  successors: string[];
}

/**
 * Put every source row on the current kommuner, each figure counted once:
 * - a figure under a code out of its period is placed by territory (placeAlias);
 * - one figure per territory, year, measure and group: within a file the year's
 *   own code wins, across files the complete figure, then the newest vintage;
 * - a code that maps whole to one current kommune is renumbered;
 * - codes merged into one current kommune are summed for additive measures
 *   (a suppressed or missing part makes the sum a lower bound, flagged);
 * - a code whose territory was later divided, or a rate over merged codes, is
 *   never divided or averaged: it is kept as a predecessor series `code:lastYear`.
 */
export function harmonize(rows: SourceRow[], opts: HarmonizeOptions): HarmonizeResult {
  const { index, range } = opts;
  const skipped = new Map<string, number>();
  const unpublished = new Map<string, number>();
  const leftOut = (r: SourceRow, reason: 'out-of-period' | 'folded') => {
    const k = `${r.source}\t${r.status}\t${reason}`;
    unpublished.set(k, (unpublished.get(k) ?? 0) + 1);
  };
  const warnings: WarningRow[] = [];
  const resolved: Resolved[] = [];
  for (const row of rows) {
    const at = resolutionYear(index, row.code, row.year, range);
    if (at === undefined) {
      if (opts.unresolved?.[row.source]?.has(row.code)) {
        // Count the figures lost (a value or a hidden value), not the empty cells around them.
        if (row.status === 'ok' || row.status === 'suppressed') {
          const k = `${row.source}\t${row.code}`;
          skipped.set(k, (skipped.get(k) ?? 0) + 1);
        }
        continue;
      }
      throw new IngestError(
        { file: row.file, line: row.line, column: row.codeColumn ?? row.column },
        `${knownCodeRule(range)}, found unknown code ${JSON.stringify(row.code)} for ${row.year}`,
      );
    }
    // A code outside its period with no figure is just a kommune that did not exist then.
    if (at !== row.year && !isLive(row)) {
      leftOut(row, 'out-of-period');
      continue;
    }
    // The rows are ingest's own objects: extend them in place rather than copy half a million.
    const r = row as Resolved;
    r.at = at;
    r.alias = at !== row.year;
    r.registeredAs = row.code;
    r.territory = [row.code];
    r.kind = 'own';
    if (r.alias) placeAlias(r, index);
    r.successors = successorsOf(index, r.code, r.at);
    resolved.push(r);
  }

  // One figure per territory, year, measure and group: within a file the code of the
  // year wins over an alias (unless only the alias has a value); across files the newest vintage.
  const territoryKey = (r: Resolved) =>
    `${r.kind === 'part' ? `${r.code}@${r.at}` : r.territory.join('+')}\t${r.year}\t${r.measure}\t${r.group}`;
  const perFile = new Map<string, Resolved>();
  for (const r of resolved) {
    const k = `${r.source}\t${territoryKey(r)}`;
    const prev = perFile.get(k);
    if (!prev) perFile.set(k, r);
    else if (prev.alias === r.alias) throw duplicateError(prev, r, territoryKey(r));
    else {
      const [own, alias] = prev.alias ? [r, prev] : [prev, r];
      if (isLive(own) && isLive(alias) && own.value !== alias.value) {
        warnings.push({
          source: alias.source,
          region: own.code,
          period: String(alias.year),
          measure: alias.measure,
          message: `${alias.file}, linje ${alias.line}: tallet under ${alias.registeredAs} (${alias.value ?? alias.status}) er et annet enn under ${own.code} (${own.value ?? own.status}, linje ${own.line}); tallet under årets eget kommunenummer er brukt.`,
        });
      }
      perFile.set(k, isLive(own) || !isLive(alias) ? own : alias);
    }
  }
  const newest = keepNewest(perFile.values(), territoryKey, (id) => opts.vintageOf?.(id) ?? '', {
    growsWithinYear: (r) => opts.growsWithinYear?.(r.measure) ?? false,
    hiddenYields: opts.hiddenYields,
    dotYieldsToPending: opts.dotYieldsToPending,
  });

  const groups = new Map<string, Resolved[]>();
  for (const r of newest) {
    const key = `${r.year}\t${r.measure}\t${r.group}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }

  const decisions = new Map((opts.sameYear ?? []).map((d) => [`${d.source}\t${d.year}\t${d.code}`, d]));
  const decide = (r: Resolved) => decisions.get(`${r.source}\t${r.year}\t${r.registeredAs}`)?.decision;

  const observations: Observation[] = [];
  const predecessors = new Map<string, Predecessor>();
  const emittedPredecessor = new Set<string>();

  const emitPredecessor = (p: Resolved) => {
    const last = lastYearOf(index, p.code, p.at);
    const key = predecessorKey(p.code, last);
    const pred = predecessors.get(key) ?? { key, code: p.code, lastYear: last, successors: [] };
    for (const s of p.successors) if (!pred.successors.includes(s)) pred.successors.push(s);
    pred.successors.sort();
    predecessors.set(key, pred);
    const id = `${key}\t${p.year}\t${p.measure}\t${p.group}\t${p.source}`;
    if (emittedPredecessor.has(id)) return;
    emittedPredecessor.add(id);
    observations.push({
      region: key,
      period: String(p.year),
      measure: p.measure,
      group: p.group,
      value: p.value,
      status: p.status,
      flags: [...p.flags],
      from: [p.registeredAs],
      source: p.source,
    });
  };

  for (const group of groups.values()) {
    const byTarget = new Map<string, Resolved[]>();
    for (const r of group) {
      for (const t of r.successors) {
        let list = byTarget.get(t);
        if (!list) byTarget.set(t, (list = []));
        list.push(r);
      }
    }
    for (const [target, all] of byTarget) {
      const parts = countOnce(all, decide, warnings);
      if (!parts.length) continue;
      // A part whose territory was later divided stays its own series; the parts that went whole are summed (counts) here.
      const whole = parts.filter((p) => p.successors.length === 1);
      for (const p of parts) if (p.successors.length > 1) emitPredecessor(p);
      if (!whole.length) continue;
      const first = whole[0];
      if (whole.length === 1 || opts.isAdditive(first.measure)) {
        observations.push({
          region: target,
          period: String(first.year),
          measure: first.measure,
          group: first.group,
          ...combine(whole),
          from: [...new Set(whole.map((p) => p.registeredAs))].sort(),
          source: first.source,
        });
        if (whole.length > 1) for (const p of whole) if (!isLive(p)) leftOut(p, 'folded');
        continue;
      }
      for (const p of whole) emitPredecessor(p);
    }
  }
  return {
    observations,
    predecessors,
    warnings,
    unpublished: [...unpublished].map(([k, rows]) => {
      const [source, status, reason] = k.split('\t');
      return { source, status, reason: reason as 'out-of-period' | 'folded', rows };
    }),
    skipped: [...skipped].map(([k, n]) => {
      const [source, code] = k.split('\t');
      return { source, code, rows: n };
    }),
  };
}

/**
 * A figure registered under a later (or earlier) code that covers several codes of
 * its year describes their joint territory. It stands in for them only when none of
 * them has a figure of its own; otherwise it is the same people counted again.
 */
function countOnce(
  all: Resolved[],
  decide: (r: Resolved) => SameYearDecision['decision'] | undefined,
  warnings: WarningRow[],
): Resolved[] {
  // A former code the file's own totals show adds to the year's own code is a part like any other.
  const added = all.filter((r) => r.kind !== 'own' && decide(r) === 'sum');
  const aliases = all.filter((r) => r.kind !== 'own' && !added.includes(r));
  if (!aliases.length) return all;
  let parts = all.filter((r) => r.kind === 'own' || added.includes(r));
  const taken = new Set<string>();
  // A figure for a joint territory first; then parts of a merged kommune, which may be several.
  const order = aliases.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'union' ? -1 : 1));
  const unions = new Set<string>();
  for (const a of order) {
    if (!isLive(a) || a.territory.some((c) => unions.has(c))) continue;
    const own = parts.find((p) => p.kind === 'own' && a.territory.includes(p.code) && isLive(p));
    if (own) {
      // Both codes carry the year in one file and no decision says whether they add up: the own code wins, and it is said.
      if (own.source === a.source && !decide(a) && a.value !== 0)
        warnings.push({
          source: a.source,
          region: own.code,
          period: String(a.year),
          measure: a.measure,
          message: `${a.file}, linje ${a.line}: ${a.year} står både under ${a.registeredAs} (${a.value ?? a.status}) og under ${own.code} (${own.value ?? own.status}, linje ${own.line}); uten en avgjørelse i territory-decisions.ts er bare tallet under ${own.code} brukt.`,
        });
      continue;
    }
    for (const c of a.territory) (a.kind === 'union' ? unions : taken).add(c);
    parts = parts.filter((p) => p.kind !== 'own' || !a.territory.includes(p.code));
    parts.push(a);
  }
  return parts;
}

/**
 * Where a figure under a code out of its period belongs: the same territory under
 * the year's own code (a renumbering), the joint territory of several codes of its
 * year (a later code for kommuner merged since), or a part of one (an earlier code
 * of a kommune merged into it).
 */
function placeAlias(r: Resolved, index: ChangeIndex) {
  const w = walk(index, r.code, r.at, r.year);
  const back = walk(index, w, r.year, r.at);
  const exact = back.length === 1 && back[0] === r.code;
  r.territory = w;
  if (exact && w.length === 1) {
    r.code = w[0];
    r.at = r.year;
    r.kind = 'own';
  } else r.kind = exact ? 'union' : 'part';
}

function duplicateError(prev: Resolved, r: Resolved, key: string): IngestError {
  return new IngestError(
    { file: r.file, line: r.line, column: r.column },
    `expected one figure per kommune, year, measure and group, found a second for ${key.replaceAll('\t', ' ')} (the first is on line ${prev.line})`,
  );
}

/** Sum of parts, keeping every non-value status distinct from zero. */
function combine(parts: SourceRow[]): { value: number | null; status: Status; flags: Flag[] } {
  const flags = new Set<Flag>();
  for (const p of parts) for (const f of p.flags) flags.add(f);
  const ok = parts.filter((p) => p.status === 'ok');
  if (ok.length) {
    if (parts.some((p) => p.status === 'suppressed' || p.status === 'missing')) flags.add('lower-bound');
    const sum = ok.reduce((s, p) => s + (p.value as number), 0);
    return { value: Math.round(sum * 1e6) / 1e6, status: 'ok', flags: [...flags].sort() };
  }
  const order: Status[] = ['suppressed', 'pending', 'missing', 'not-applicable'];
  const status = order.find((s) => parts.some((p) => p.status === s)) ?? 'missing';
  return { value: null, status, flags: [...flags].sort() };
}

const isLive = (p: SourceRow) => p.status === 'ok' || p.status === 'suppressed';
