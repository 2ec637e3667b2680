import type { WarningRow } from '../../domain/dataset-schema.ts';
import type { Flag } from '../../domain/observation.ts';
import type { SourceRow } from '../harmonize/harmonize.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import { getMeasure } from '../../domain/measures.ts';
import { parseValue, SHARE_ONLY_SYMBOLS, type StatusSymbols } from '../../raw/parse-value.ts';
import type { RawTable } from '../../raw/raw-table.ts';
import type { RowSpec, SourceSpec, ValueSpec } from '../sources/source-spec.ts';

export interface Extracted {
  rows: SourceRow[];
  /** The publisher's own whole-country rows (region 0000), not harmonized. */
  country: SourceRow[];
  /** Rows deliberately not read: reason → number of rows. Read + skipped = every row of the table. */
  skipped: Record<string, number>;
  /** Rows that gave at least one figure. */
  read: number;
  /**
   * Every kommune cell the file has, read or dropped for a declared reason (a series that starts
   * later, a code remapped away): `code\tyear\tmeasure\tgroup` (the file's own code) → its line.
   * The completeness check (check-completeness.ts) looks for holes in it.
   */
  cover: Map<string, number>;
  /** Cells declared misprinted (RowSpec.misprints), not read: for warnings.csv. */
  misprints: WarningRow[];
}

export interface ExtractOptions {
  /** The table is an excerpt (a test fixture): skip the checks that the whole file is there. */
  excerpt?: boolean;
  /**
   * Whether a kommune code can be placed for a year (the reference tables know it). An unknown
   * code stops at its own row, naming it, before any check on the file's shape.
   */
  known?: { test: (code: string, year: number) => boolean; rule: string };
}

/**
 * Apply a source's RowSpec to its RawTable: select rows, read code, year,
 * group and value, and turn every cell into a value with a status.
 */
export function extractRows(
  table: RawTable & { rows: { at?: number }[] },
  spec: SourceSpec,
  { excerpt = false, known }: ExtractOptions = {},
): Extracted {
  const rs = spec.rows as RowSpec;
  const col = (name: string) => {
    const i = table.columns.indexOf(name);
    if (i < 0)
      throw new IngestError(
        { file: table.file, line: 1, column: name },
        `expected a column named ${JSON.stringify(name)} (found: ${table.columns.join(', ')})`,
      );
    return i;
  };
  const codeI = col(rs.code);
  const yearI = col(rs.year);
  const keep = Object.entries(rs.keep ?? {}).map(([c, vs]) => [col(c), new Set(vs)] as const);
  const values = rs.values.map((v) => compileValue(v, col, rs.symbols));
  const countryI = rs.country ? col(rs.country.column) : -1;
  const vintageYear = Number(spec.vintage.slice(0, 4));
  const rows: SourceRow[] = [];
  const country: SourceRow[] = [];
  const seen = new Map<string, number>();
  const cover = new Map<string, number>();
  const misprints: WarningRow[] = [];
  const misprintSeen = new Set<(typeof rs.misprints & {})[number]>();
  const skipped: Record<string, number> = {};
  let read = 0;
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const skipByForm = (rs.skipCodesMatching ?? []).map((s) => ({ ...s, re: new RegExp(`^(?:${s.pattern})$`) }));
  const skipRules = Object.entries(rs.skip ?? {}).map(([c, why]) => [col(c), c, why] as const);
  /** Why this row is deliberately not read, or an error naming the cell that is not a known category. */
  const notRead = (cells: string[], line: number, unknown: [number, string, Set<string>] | undefined) => {
    for (const [i, c, why] of skipRules)
      if (Object.hasOwn(why, cells[i])) return `${c} = ${cells[i]}: ${why[cells[i]]}`;
    if (!unknown) return undefined;
    const [i, c, known] = unknown;
    const all = [...known, ...Object.keys(rs.skip?.[c] ?? {})].map((k) => JSON.stringify(k)).join(', ');
    throw new IngestError(
      { file: table.file, line, column: c },
      `expected a known category (${all}), found ${JSON.stringify(cells[i])}`,
    );
  };
  const readable = new Map<number, { name: string; values: Set<string> }>();
  for (const v of rs.values) {
    for (const [c, vs] of Object.entries(v.when ?? {})) {
      const i = col(c);
      if (!readable.has(i)) readable.set(i, { name: c, values: new Set() });
      for (const x of vs) readable.get(i)!.values.add(x);
    }
  }

  // Every category the manifest names (kept, read or skipped) must occur in the file.
  const declared = new Map<number, { name: string; values: Set<string>; seen: Set<string> }>();
  const declare = (name: string, values: Iterable<string>) => {
    const i = col(name);
    if (!declared.has(i)) declared.set(i, { name, values: new Set(), seen: new Set() });
    for (const v of values) declared.get(i)!.values.add(v);
  };
  for (const [c, vs] of Object.entries(rs.keep ?? {})) declare(c, vs);
  for (const [c, why] of Object.entries(rs.skip ?? {})) declare(c, Object.keys(why));
  for (const [_i, r] of readable) declare(r.name, r.values);

  for (const raw of table.rows) {
    const cells = raw.cells;
    for (const [i, d] of declared) d.seen.add(cells[i]);
    const outside = keep.find(([i, set]) => !set.has(cells[i]));
    if (outside) {
      const [i, set] = outside;
      skip(notRead(cells, raw.line, [i, Object.keys(rs.keep!)[keep.indexOf(outside)], set])!);
      continue;
    }
    const isCountry = countryI >= 0 && cells[countryI] === rs.country!.value;
    let code = cells[codeI].trim();
    if (rs.codePrefix && code.startsWith(rs.codePrefix)) code = code.slice(rs.codePrefix.length);
    if (!isCountry && rs.skipCodes && Object.hasOwn(rs.skipCodes, code)) {
      if (rs.skipCodesHoldNoFigure)
        for (const v of values) {
          if (!v.when.every(([i, set]) => set.has(cells[i]))) continue;
          const where = { file: table.file, line: raw.line, column: v.spec.column };
          const { value, status } = parseValue(cells[v.valueI], v.symbols, where, rs.decimalComma, v.refused);
          if (status === 'ok' && value !== 0)
            throw new IngestError(
              where,
              `expected no figure under code ${JSON.stringify(code)} (${rs.skipCodes[code]}: not a kommune), found ${cells[v.valueI]} (rule: this file's rows outside the kommuner hold 0; a figure there would be lost)`,
            );
        }
      skip(`code ${code}: ${rs.skipCodes[code]}`);
      continue;
    }
    const byForm = isCountry ? undefined : skipByForm.find((s) => s.re.test(code));
    if (byForm) {
      skip(`codes matching ${byForm.pattern}: ${byForm.why}`);
      continue;
    }
    if (!isCountry && !/^\d{3,4}$/.test(code)) {
      throw new IngestError(
        { file: table.file, line: raw.line, column: rs.code },
        `expected a kommune number (4 digits), found ${JSON.stringify(cells[codeI])}`,
      );
    }
    code = code.padStart(4, '0');
    const year = yearOf(cells[yearI], rs.yearIs, { file: table.file, line: raw.line, column: rs.year });
    if (known && !isCountry && !spec.unresolvedCodes?.includes(code) && !known.test(code, year))
      throw new IngestError(
        { file: table.file, line: raw.line, column: rs.code },
        `${known.rule}, found unknown code ${JSON.stringify(code)} for ${year}`,
      );
    if (!values.some((v) => v.when.every(([i, set]) => set.has(cells[i])))) {
      // No measure reads this row: it must be a declared skip, else its category is unknown.
      const [i, r] = [...readable].find(([j, r]) => !r.values.has(cells[j])) ?? [];
      skip(
        notRead(cells, raw.line, i === undefined ? undefined : [i, r!.name, r!.values]) ?? 'no measure reads this row',
      );
      continue;
    }
    let produced = 0;
    let dropped = '';
    for (const v of values) {
      if (!v.when.every(([i, set]) => set.has(cells[i]))) continue;
      const column = raw.at ?? v.spec.column;
      const where = { file: table.file, line: raw.line, column };
      const group = v.group(cells, where);
      if (!isCountry) {
        const k = `${code}\t${year}\t${v.spec.measure}\t${group}`;
        if (!cover.has(k)) cover.set(k, raw.line);
      }
      if (v.spec.fromYear !== undefined && year < v.spec.fromYear && cells[v.valueI].trim() === '.') {
        // The publisher's series starts later: its «.» before then means «not in the source», not «not applicable».
        dropped = `${v.spec.measure} before ${v.spec.fromYear}: not in the publisher's series`;
        continue;
      }
      if (v.spec.emptyIsAbsent && cells[v.valueI].trim() === '') {
        dropped = `${v.spec.measure}: the publisher prints no figure for this kommune`;
        continue;
      }
      let mapped = code;
      if (!isCountry && rs.remap) {
        const r = rs.remap.find((x) => x.code === code && year < x.before && year >= (x.from ?? -Infinity));
        if (r) {
          if (r.to === null) {
            dropped = `code ${code} before ${r.before}: ${r.why}`;
            continue;
          }
          mapped = r.to;
        }
      }
      const key = `${isCountry ? '0000' : code}\t${year}\t${v.spec.measure}\t${group}`;
      const dup = seen.get(key);
      if (dup !== undefined) {
        throw new IngestError(
          where,
          `expected one row per kommune, year, measure and group; ${key.replaceAll('\t', ' ')} was already on line ${dup}`,
        );
      }
      seen.set(key, raw.line);
      const mis = isCountry
        ? undefined
        : rs.misprints?.find((x) => x.code === code && x.year === year && x.measure === v.spec.measure);
      if (mis) {
        if (cells[v.valueI].trim() !== mis.printed)
          throw new IngestError(
            where,
            `expected ${JSON.stringify(mis.printed)}, the misprint the manifest declares for ${code} ${year} ${mis.measure}, found ${JSON.stringify(cells[v.valueI])}: revisit the declaration`,
          );
        misprintSeen.add(mis);
        misprints.push({ source: spec.id, region: code, period: String(year), measure: mis.measure, message: mis.why });
        dropped = `${mis.measure} ${year} for ${code}: misprinted by the publisher`;
        continue;
      }
      let { value, status } = parseValue(cells[v.valueI], v.symbols, where, rs.decimalComma, v.refused);
      if (v.flagI >= 0 && !v.flagKnown.has(cells[v.flagI]))
        throw new IngestError(
          { file: table.file, line: raw.line, column: v.spec.suppressedFlag!.column },
          `expected an empty cell or one of ${[...v.flagKnown]
            .filter((x) => x)
            .map((x) => JSON.stringify(x))
            .join(', ')}, found ${JSON.stringify(cells[v.flagI])} (rule: every flag the manifest reads is declared)`,
        );
      if (v.flagI >= 0 && v.flagValues.has(cells[v.flagI])) {
        if (status === 'ok')
          throw new IngestError(
            where,
            `expected an empty cell where ${v.spec.suppressedFlag!.column} says ${JSON.stringify(cells[v.flagI])}, found ${JSON.stringify(cells[v.valueI])}`,
          );
        status = 'suppressed';
      }
      if (status !== 'ok' && v.statusWhen && cells[v.statusWhen[0]].includes(v.statusWhen[1])) status = v.statusWhen[2];
      if (
        status === 'ok' &&
        value === 0 &&
        rs.zeroNotAvailable?.some((z) => z.codes.includes(code) && year >= z.from && year <= z.to)
      ) {
        value = null;
        status = 'not-applicable';
      }
      const flags: Flag[] = spec.provisional === 'calendar-year' && year >= vintageYear ? ['provisional'] : [];
      if (status === 'ok' && v.lowerBound.some(([i, set]) => set.has(cells[i]))) flags.push('lower-bound');
      if (spec.transcribed) flags.push('scraped');
      const row: SourceRow = {
        file: table.file,
        line: raw.line,
        column,
        codeColumn: rs.code,
        yearColumn: rs.year,
        code: isCountry ? '0000' : mapped,
        year,
        measure: v.spec.measure,
        group,
        value,
        status,
        flags,
        source: spec.id,
      };
      (isCountry ? country : rows).push(row);
      produced++;
    }
    if (produced) read++;
    else skip(dropped);
  }
  for (const d of excerpt ? [] : declared.values()) {
    const absent = [...d.values].filter((v) => !d.seen.has(v));
    if (absent.length) {
      throw new IngestError(
        { file: table.file, column: d.name },
        `expected rows with ${absent.map((v) => JSON.stringify(v)).join(', ')} (named in the manifest), found none: the file is cut short or its categories changed`,
      );
    }
  }
  const notKommune = (c: string) => {
    const code = rs.codePrefix && c.startsWith(rs.codePrefix) ? c.slice(rs.codePrefix.length) : c;
    return Object.hasOwn(rs.skipCodes ?? {}, code) || skipByForm.some((s) => s.re.test(code));
  };
  if (!excerpt) checkLastYear(table, codeI, yearI, notKommune);
  const unseen = (rs.misprints ?? []).find((x) => !misprintSeen.has(x));
  if (unseen && !excerpt)
    throw new IngestError(
      { file: table.file, column: rs.code },
      `expected the misprint the manifest declares for ${unseen.code} ${unseen.year} ${unseen.measure}, found no such cell`,
    );
  return { rows, country, skipped, read, cover, misprints };
}

/** The year of a row: `YYYY`, or the end year of FHI's period code `start_end`. */
function yearOf(cell: string, form: RowSpec['yearIs'], where: { file: string; line: number; column: string }): number {
  const text = cell.trim();
  if (form === 'period-end') {
    const m = /^(\d{4})_(\d{4})$/.exec(text);
    if (!m || Number(m[1]) > Number(m[2]))
      throw new IngestError(
        where,
        `expected a period code (YYYY_YYYY, start before end), found ${JSON.stringify(cell)}`,
      );
    return Number(m[2]);
  }
  if (!/^\d{4}$/.test(text)) throw new IngestError(where, `expected a year (YYYY), found ${JSON.stringify(cell)}`);
  return Number(text);
}

function compileValue(spec: ValueSpec, col: (name: string) => number, rowSymbols: StatusSymbols) {
  // A symbol only a share can hold (IMDi's «Inf») is refused, with why, for a count or an amount.
  const share = getMeasure(spec.measure).unit === 'prosent';
  const symbols = { ...rowSymbols, ...spec.symbols };
  const refused: Record<string, string> = {};
  if (!share)
    for (const [k, why] of Object.entries(SHARE_ONLY_SYMBOLS))
      if (Object.hasOwn(symbols, k)) {
        delete symbols[k];
        refused[k] = why;
      }
  const flag = spec.suppressedFlag;
  const when = Object.entries(spec.when ?? {}).map(([c, vs]) => [col(c), new Set(vs)] as const);
  const template = spec.group ?? '';
  const parts = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => ({ token: m[0], i: col(m[1]), name: m[1] }));
  const map = spec.groupMap;
  const group = (cells: string[], where: { file: string; line: number }) => {
    let g = template;
    for (const p of parts) {
      const raw = cells[p.i];
      let v = raw;
      if (map) {
        if (!Object.hasOwn(map, raw)) {
          throw new IngestError(
            { ...where, column: p.name },
            `expected one of ${Object.keys(map)
              .map((k) => JSON.stringify(k))
              .join(', ')}, found ${JSON.stringify(raw)}`,
          );
        }
        v = map[raw];
      }
      g = g.replace(p.token, v);
    }
    return g;
  };
  return {
    spec,
    when,
    group,
    valueI: col(spec.column),
    symbols,
    refused,
    flagI: flag ? col(flag.column) : -1,
    flagValues: new Set(flag?.values ?? []),
    /** What the flag column may hold: empty, a suppressing value, a lower-bound note on it, or a declared other value. */
    flagKnown: new Set([
      '',
      ...(flag?.values ?? []),
      ...Object.keys(flag?.others ?? {}),
      ...(spec.lowerBoundWhen ?? []).filter((w) => w.column === flag?.column).flatMap((w) => w.values),
    ]),
    statusWhen: spec.statusWhen
      ? ([col(spec.statusWhen.column), spec.statusWhen.contains, spec.statusWhen.status] as const)
      : undefined,
    lowerBound: (spec.lowerBoundWhen ?? []).map((w) => [col(w.column), new Set(w.values)] as const),
  };
}

/**
 * A file cut at a line break loses the last rows of its last year: some
 * kommuner then have fewer rows for that year than the others. In the year of
 * the file's last row every kommune must have as many rows as the fullest.
 * (A cut exactly at the end of a whole block cannot be seen here; a category
 * that vanishes entirely is caught by the declared-category check.)
 */
function checkLastYear(table: RawTable, codeI: number, yearI: number, notKommune: (code: string) => boolean) {
  const last = table.rows.findLast((r) => !notKommune(r.cells[codeI].trim()));
  if (!last) return;
  const year = last.cells[yearI];
  const perCode = new Map<string, number>();
  for (const r of table.rows) {
    const code = r.cells[codeI].trim();
    if (r.cells[yearI] === year && !notKommune(code)) perCode.set(code, (perCode.get(code) ?? 0) + 1);
  }
  const full = Math.max(...perCode.values());
  const short = [...perCode].filter(([, n]) => n < full);
  if (short.length) {
    const [code, n] = short.at(-1)!;
    throw new IngestError(
      { file: table.file, line: last.line },
      `expected ${full} rows for every kommune in ${year} (the file's last year), found ${n} for ${code}${short.length > 1 ? ` and fewer for ${short.length - 1} more` : ''}: the file is cut short`,
    );
  }
}
