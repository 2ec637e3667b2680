import {
  codesValidIn,
  walk,
  lastYearOf,
  resolutionYear,
  successorsOf,
  type ChangeIndex,
} from '../domain/code-changes.ts';
import type { Flag, Observation, Status } from '../domain/observation.ts';
import { predecessorKey } from '../domain/predecessor.ts';
import { IngestError } from './ingest-error.ts';
import { keepNewest } from './keep-newest.ts';

/** A figure as read from a source, still on the source's own kommune code and with where it was read. */
export interface SourceRow extends Omit<Observation, 'region' | 'period' | 'from'> {
  file: string;
  line: number;
  column?: string | number;
  code: string;
  year: number;
}

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
  /** Vintage of each source; where sources overlap, the newest wins. */
  vintageOf?: (source: string) => string;
  /** Codes a source is known to use that no reference table resolves: skipped, and counted. */
  unresolved?: Record<string, Set<string>>;
}

export interface HarmonizeResult {
  observations: Observation[];
  predecessors: Map<string, Predecessor>;
  skipped: { source: string; code: string; rows: number }[];
}

interface Resolved extends SourceRow {
  at: number; // the year the code is read at
  successors: string[];
}

/**
 * Put every source row on the current kommuner:
 * - a code that maps whole to one current kommune is renumbered;
 * - codes merged into one current kommune are summed for additive measures
 *   (a suppressed or missing part makes the sum a lower bound, flagged);
 * - a split code, or a rate over merged codes, is never divided or averaged:
 *   each part is kept as a predecessor series `code:lastYear`;
 * - where several files give the same figure, the newest vintage is kept.
 */
export function harmonize(rows: SourceRow[], opts: HarmonizeOptions): HarmonizeResult {
  const { index, range } = opts;
  const skipped = new Map<string, number>();
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
      throw new IngestError({ file: row.file, line: row.line, column: row.column }, `expected a kommune code valid between ${range[0]} and ${range[1]}, found unknown code ${JSON.stringify(row.code)} for ${row.year}`);
    }
    // A code outside its period with no figure is just an empty cell for a kommune that did not exist.
    if (at !== row.year && (row.status === 'missing' || row.status === 'not-applicable')) continue;
    // The rows are ingest's own objects: extend them in place rather than copy half a million.
    const r = row as Resolved;
    r.at = at;
    r.successors = successorsOf(index, row.code, at);
    resolved.push(r);
  }

  // Put a figure registered under a code out of its period on the code that held
  // exactly that territory in the row's year, unless the same file has a figure there.
  const keyOf = (r: SourceRow) => `${r.source}\t${r.code}\t${r.year}\t${r.measure}\t${r.group}`;
  const inPeriod = new Set(resolved.filter((r) => r.at === r.year).map(keyOf));
  for (const r of resolved) {
    if (r.at === r.year) continue;
    const w = walk(index, r.code, r.at, r.year);
    if (w.length !== 1 || !codesValidIn(index, r.year).has(w[0])) continue;
    const candidate = { ...r, code: w[0] };
    if (inPeriod.has(keyOf(candidate))) continue;
    r.code = w[0];
    r.at = r.year;
    inPeriod.add(keyOf(r));
  }

  // Where files overlap on the same code, year, measure and group, the newest vintage wins.
  const newest = keepNewest(resolved, (r) => `${r.code}@${r.at}\t${r.year}\t${r.measure}\t${r.group}`, (id) => opts.vintageOf?.(id) ?? '');

  const groups = new Map<string, Resolved[]>();
  for (const r of newest) {
    const key = `${r.year}\t${r.measure}\t${r.group}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }

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
    observations.push({ region: key, period: String(p.year), measure: p.measure, group: p.group, value: p.value, status: p.status, flags: [...p.flags], from: [p.code], source: p.source });
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
      // A figure registered under a code out of its period, next to a figure under the
      // code that held the territory that year, is kept apart (a predecessor row), never summed.
      const displaced = all.filter((a) => isLive(a) && all.some((o) => o !== a && isLive(o) && overlaps(a, o, index)));
      for (const p of displaced) emitPredecessor(p);
      const parts = all.filter((p) => !displaced.includes(p));
      if (!parts.length) continue;
      const whole = parts.every((p) => p.successors.length === 1);
      const first = parts[0];
      if (whole && (parts.length === 1 || opts.isAdditive(first.measure))) {
        observations.push({ region: target, period: String(first.year), measure: first.measure, group: first.group, ...combine(parts), from: parts.map((p) => p.code).sort(), source: first.source });
        continue;
      }
      for (const p of parts) emitPredecessor(p);
    }
  }
  return {
    observations,
    predecessors,
    skipped: [...skipped].map(([k, n]) => {
      const [source, code] = k.split('\t');
      return { source, code, rows: n };
    }),
  };
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

/** True when `alias` is out of its period and `other` is a code that held part of its territory in the row's year. */
function overlaps(alias: Resolved, other: Resolved, index: ChangeIndex): boolean {
  if (alias.at === alias.year) return false;
  return walk(index, alias.code, alias.at, alias.year).includes(other.code);
}
