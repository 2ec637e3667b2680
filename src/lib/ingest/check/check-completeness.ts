import { type ChangeIndex, codesValidIn, resolutionYear, successorsOf } from '../../domain/code-changes.ts';
import { periodOf } from './check-domain.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import type { SourceSpec } from '../sources/source-spec.ts';

export interface CompletenessOptions {
  index: ChangeIndex;
  /** Years within which a code outside its structure may be resolved. */
  range: [number, number];
  /** The column names to point at: where the code and the year are read. */
  codeColumn: string;
  yearColumn: string;
}

const CELL = '\t';

/**
 * Check a source's cells (`code\tyear\tmeasure\tgroup` → line, as extractRows gives them)
 * against its declared completeness. A kommune cell is also covered by a row of the same
 * year registered under another code whose territory it shares (IMDi keeps some figures
 * under a kommune's later or earlier number; harmonize places them by territory).
 */
export function checkCompleteness(
  cover: Map<string, number>,
  spec: Pick<SourceSpec, 'id' | 'file' | 'title' | 'vintage' | 'rows' | 'completeness'>,
  options: CompletenessOptions,
): void {
  const found = findHoles(cover, spec, options);
  if (found?.holes.length) throw holeError(found.holes, cover, { spec, ...found, ...options });
}

type Hole = { code: string; year: number; category: string };

/** The cells the source should have and does not (undefined when its completeness is not checked). */
export function findHoles(
  cover: Map<string, number>,
  spec: Pick<SourceSpec, 'id' | 'file' | 'title' | 'vintage' | 'rows' | 'completeness'>,
  { index, range }: CompletenessOptions,
) {
  const declared = spec.completeness;
  if (!declared || 'unchecked' in declared) return undefined;
  const [from, to] = declared.years ? [declared.years.from, declared.years.to] : periodOf(spec);
  const fixed =
    declared.structure?.year ?? (typeof spec.rows?.structure === 'number' ? spec.rows.structure : undefined);
  const structureOf = (year: number) => fixed ?? year;
  const categories = new Set<string>();
  const present = new Map<number, Set<string>>();
  for (const key of cover.keys()) {
    const [code, y, measure, group] = key.split(CELL);
    categories.add(`${measure}${CELL}${group}`);
    const year = Number(y);
    let codes = present.get(year);
    if (!codes) present.set(year, (codes = new Set()));
    codes.add(code);
  }
  const exceptions = (declared.exceptions ?? []).map((e) => ({
    codes: e.codes && new Set(e.codes),
    years: e.years,
    categories: e.categories && new Set(e.categories),
  }));
  const excused = (code: string, year: number, category: string) => {
    const [measure, group] = category.split(CELL);
    return exceptions.some(
      (e) =>
        (!e.codes || e.codes.has(code)) &&
        (!e.years || (year >= e.years[0] && year <= e.years[1])) &&
        (!e.categories || e.categories.has(measure) || e.categories.has(`${measure}|${group}`)),
    );
  };

  const holes: Hole[] = [];
  const expectedPerYear = new Map<number, number>();
  for (let year = from; year <= to; year++) {
    const expected = codesValidIn(index, structureOf(year));
    const here = present.get(year) ?? new Set<string>();
    // Codes of this year's rows outside the structure, and the current kommuner their territory went to.
    const aliases = [...here]
      .filter((c) => !expected.has(c))
      .map((c) => {
        const at = resolutionYear(index, c, year, range);
        return { code: c, successors: at === undefined ? [] : successorsOf(index, c, at) };
      });
    let n = 0;
    for (const code of expected) {
      let territory: string[] | undefined;
      for (const category of categories) {
        if (excused(code, year, category)) continue;
        n++;
        if (cover.has(`${code}${CELL}${year}${CELL}${category}`)) continue;
        territory ??= successorsOf(index, code, structureOf(year));
        const viaAlias = aliases.some(
          (a) =>
            a.successors.some((s) => territory!.includes(s)) && cover.has(`${a.code}${CELL}${year}${CELL}${category}`),
        );
        if (!viaAlias) holes.push({ code, year, category });
      }
    }
    expectedPerYear.set(year, n);
  }
  return { holes, from, to, fixed, expectedPerYear };
}

/** One line for the largest hole: a whole year, a whole kommune, a kommune's year, or one cell. */
function holeError(
  holes: Hole[],
  cover: Map<string, number>,
  o: {
    spec: Pick<SourceSpec, 'id' | 'file'>;
    from: number;
    to: number;
    fixed: number | undefined;
    expectedPerYear: Map<number, number>;
    codeColumn: string;
    yearColumn: string;
  },
): IngestError {
  const count = (f: (h: (typeof holes)[number]) => boolean) => holes.filter(f).length;
  const byYear = new Map<number, number>();
  const byCode = new Map<string, number>();
  for (const h of holes) {
    byYear.set(h.year, (byYear.get(h.year) ?? 0) + 1);
    byCode.set(h.code, (byCode.get(h.code) ?? 0) + 1);
  }
  const structure = o.fixed ? `the ${o.fixed} kommuner` : "the kommuner of each year's structure";
  const rule = `rule: source ${o.spec.id} has a row for ${structure} × every year ${o.from}–${o.to} × every category; its known gaps are listed with their reason in its completeness in src/lib/ingest/sources/sources.ts`;
  const total = holes.length === 1 ? '1 row missing' : `${fmt(holes.length)} rows missing`;
  const wholeYear = [...byYear].find(([y, n]) => n === o.expectedPerYear.get(y) && n > 0);
  const lineNear = (year: number, code?: string) => nextLine(cover, year, code);
  if (wholeYear) {
    const [year, n] = wholeYear;
    return new IngestError(
      { file: o.spec.file, line: lineNear(year), column: o.yearColumn },
      `expected rows for ${year}, found none: ${fmt(n)} rows missing${n === holes.length ? '' : ` for that year (${total} in all)`} (${rule})`,
    );
  }
  const h = holes[0];
  const codeRows = byCode.get(h.code)!;
  const codeYears = new Set(holes.filter((x) => x.code === h.code).map((x) => x.year));
  const yearRows = count((x) => x.code === h.code && x.year === h.year);
  const what =
    codeYears.size > 1
      ? `rows for kommune ${h.code} in ${summarizeYears([...codeYears])}, found none for ${codeYears.size} years: ${fmt(codeRows)} rows`
      : yearRows > 1
        ? `rows for kommune ${h.code} in ${h.year}, found none of ${yearRows} categories: ${fmt(yearRows)} rows`
        : `a row for kommune ${h.code} in ${h.year}, ${categoryName(h.category)}, found none: 1 row`;
  const shown = codeYears.size > 1 ? codeRows : yearRows;
  return new IngestError(
    { file: o.spec.file, line: lineNear(h.year, h.code), column: o.codeColumn },
    `expected ${what} missing${shown === holes.length ? '' : ` (${total} in all)`} (${rule})`,
  );
}

/** The line of the first row after where (year, code) would be, in year then code order. */
function nextLine(cover: Map<string, number>, year: number, code = ''): number | undefined {
  let best: { year: number; code: string; line: number } | undefined;
  for (const [key, line] of cover) {
    const [c, y] = key.split(CELL);
    const yy = Number(y);
    if (yy < year || (yy === year && c <= code)) continue;
    if (!best || yy < best.year || (yy === best.year && (c < best.code || (c === best.code && line < best.line))))
      best = { year: yy, code: c, line };
  }
  return best?.line;
}

function categoryName(category: string): string {
  const [measure, group] = category.split(CELL);
  return group ? `${measure} (${group})` : measure;
}

function summarizeYears(years: number[]): string {
  const s = [...years].sort((a, b) => a - b);
  return s.length > 1 && s.at(-1)! - s[0] === s.length - 1 ? `${s[0]}–${s.at(-1)}` : s.join(', ');
}

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
