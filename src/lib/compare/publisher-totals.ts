import Papa from 'papaparse';
import { aggregatePoint, type Group } from './aggregate.ts';
import { getCompareMeasure } from './compare-measures.ts';
import { seriesDataOf, type SeriesData } from './series-data.ts';
import type { PredecessorRow } from '../domain/dataset-schema.ts';
import type { Figure } from '../domain/figure.ts';
import { unallocatedOf } from '../domain/national.ts';
import type { Kommune } from '../domain/kommune.ts';

/**
 * The published data against every total the publishers print themselves.
 * The published side is what the site shows for the country or a fylke: the
 * group sum of domain/figure.ts over the current kommuner and the former
 * kommuner inside the group (compare/aggregate.ts), so a figure counted twice
 * or lost anywhere shows here. Every difference must be listed, with its
 * reason, in KNOWN_DIFFERENCES or be a settled sum that is short by hidden
 * (':') cells of IMDi's own page; anything else fails.
 */
export type TotalMeasure = 'anmodning' | 'vedtak' | 'bosatt' | 'befolkning' | 'tilskudd';

export interface PrintedTotal {
  /** 'Norge' or a fylke of 2024. */
  area: string;
  year: number;
  measure: TotalMeasure;
  value: number;
  /** Where the publisher prints it. */
  printedIn: string;
  /**
   * IMDi's national figure including what it places in no kommune («9999 Uoppgitt kommune»): met by the site's
   * sum of the kommuner plus the remainder declared in domain/national.ts UNALLOCATED.
   */
  withUnallocated?: boolean;
}

export interface KnownDifference {
  area: string;
  year: number;
  measure: TotalMeasure;
  /** Published − printed, exactly. */
  difference: number;
  reason: string;
}

export interface TotalComparison extends PrintedTotal {
  /** The site's value for the area (a sum over kommuner), null when it shows none. */
  published: number | null;
  /** The site shows the sum as «minst» (a part hidden, pending or missing). */
  lowerBound: boolean;
  difference: number | null;
  /** Why a difference is right; empty when there is none. */
  explained: string;
  ok: boolean;
}

const NOKKELTALL = 'IMDi, «Nøkkeltall bosetting»';
const PAGE = (year: number) => `${NOKKELTALL} ${year}`;

/** Totals IMDi prints in text (not in a table of the raw files), quoted from the raw files' MANIFEST.md and SOURCES.md. */
export const PRINTED_NATIONAL: PrintedTotal[] = [
  {
    area: 'Norge',
    year: 2016,
    measure: 'anmodning',
    value: 18517,
    printedIn: 'IMDi, «Anmodning og vedtak» (March 2017)',
  },
  { area: 'Norge', year: 2016, measure: 'vedtak', value: 16523, printedIn: 'IMDi, «Anmodning og vedtak» (March 2017)' },
  { area: 'Norge', year: 2024, measure: 'anmodning', value: 37000, printedIn: `${PAGE(2024)}, headline` },
  {
    area: 'Norge',
    year: 2024,
    measure: 'vedtak',
    value: 28289,
    printedIn: `${PAGE(2024)}, bullet (updated 30 Sep 2024)`,
  },
  {
    area: 'Norge',
    year: 2024,
    measure: 'bosatt',
    value: 25573,
    printedIn: `${PAGE(2024)}, bullet (updated 30 Dec 2024)`,
  },
  { area: 'Norge', year: 2025, measure: 'anmodning', value: 12640, printedIn: `${PAGE(2025)}, headline` },
  { area: 'Norge', year: 2025, measure: 'vedtak', value: 12919, printedIn: `${PAGE(2025)}, bullet` },
  { area: 'Norge', year: 2025, measure: 'bosatt', value: 12596, printedIn: `${PAGE(2025)}, headline` },
  { area: 'Norge', year: 2026, measure: 'anmodning', value: 13000, printedIn: `${PAGE(2026)}, headline` },
];

/** Differences that are right, each with its reason. Exact: a different difference fails. */
export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    area: 'Nordland',
    year: 2026,
    measure: 'vedtak',
    difference: -5,
    reason:
      "IMDi's page is inconsistent: its kommune rows sum to 1 045, its fylke table says 1 050 (re-read twice; likely a decision registered for the fylke before the kommune row)",
  },
  {
    area: 'Norge',
    year: 2025,
    measure: 'vedtak',
    difference: 2712,
    reason:
      'the kommune decisions (15 631) mix decisions on the original request (18 900) and the revised one (12 640); IMDi says 12 919 decided: the site shows no group sum of the 2025 decisions (domain/request-cut.ts)',
  },
  {
    area: 'Norge',
    year: 2024,
    measure: 'vedtak',
    difference: 51,
    reason: "the page's bullet is as of 30 Sep 2024, its tables (published) as of 15 Jan 2025",
  },
  {
    area: 'Norge',
    year: 2024,
    measure: 'bosatt',
    difference: 3,
    reason:
      "the page's bullet is as of 30 Dec 2024, its tables as of 15 Jan 2025 (fylke tables 25 618: the published kommune figures 25 576 and 42 in hidden cells)",
  },
  // IMDi's bosatt_anmodede repeats a figure under a code that had ceased, beside the same figure under its successor: counted once.
  {
    area: 'Norge',
    year: 1995,
    measure: 'anmodning',
    difference: -70,
    reason:
      'the file repeats Sarpsborg 20 under 0102 (merged into 0105 in 1992) and Fredrikstad 50 under 0103 (into 0106 in 1994) beside the same figures under the new codes: counted once (decided as duplicates in territory-decisions.ts SAME_YEAR_DECISIONS)',
  },
  {
    area: 'Norge',
    year: 2003,
    measure: 'anmodning',
    difference: -10,
    reason: 'the file repeats Ølen 10 under 1214 (renumbered 1159 in 2002) beside 1159: counted once',
  },
  {
    area: 'Norge',
    year: 2007,
    measure: 'anmodning',
    difference: -10,
    reason:
      'the file repeats Vindafjord 10 under 1154 (merged into 1160 in 2006) beside 1160: counted once (decided as a duplicate in territory-decisions.ts SAME_YEAR_DECISIONS)',
  },
];

/** The raw files the check reads (text, decoded). */
export interface PublisherFiles {
  /** imdi-nokkeltall-via-terchris-atlas/imdi_nokkeltall_bosetting_fylke_2024_2026.tsv */
  fylkeTable: string;
  /** The three kommune pages, by year (for their hidden cells). */
  kommunePages: Record<number, string>;
  /** imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv (latin1, decoded) */
  figur1: string;
  /** ssb-via-oystess-valg/befolkning_2024.csv */
  population: string;
  /** imdi-imdikator-munch-2016/tilskudd-kommune-2015.csv (for its 9999 row); left out in small fixtures. */
  grants2015?: string;
}

export interface PublishedData {
  kommuner: Kommune[];
  predecessors: PredecessorRow[];
  /** Figures by region (kommune code or predecessor key). */
  byRegion: Map<string, Figure[]>;
}

const tsv = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true, delimiter: '\t' }).data;
const PAGE_COLUMN: Record<string, TotalMeasure> = { anmodet: 'anmodning', vedtatt: 'vedtak', bosatte: 'bosatt' };
const FIGUR1_MEASURE: Record<string, TotalMeasure> = {
  'Anmodning om bosetting': 'anmodning',
  'Vedtak om bosetting': 'vedtak',
  'Faktisk bosetting': 'bosatt',
};
/** Figur1's years whose figures are still the published ones (later years come from newer IMDi files). */
export const FIGUR1_YEARS = { from: 1995, to: 2021 };

/** IMDi's fylke tables on the 2024–2026 pages, one printed total per fylke, year and measure. */
export function fylkeTotals(fylkeTable: string): PrintedTotal[] {
  const out: PrintedTotal[] = [];
  for (const r of tsv(fylkeTable))
    for (const [col, measure] of Object.entries(PAGE_COLUMN))
      out.push({
        area: r.fylke,
        year: Number(r.aar),
        measure,
        value: Number(r[col]),
        printedIn: `${PAGE(Number(r.aar))}, fylke table`,
      });
  return out;
}

/** Hidden (':') cells on a kommune page: fylke → measure → count. */
function hiddenCells(page: string): Map<string, Record<TotalMeasure, number>> {
  const out = new Map<string, Record<TotalMeasure, number>>();
  for (const r of tsv(page)) {
    const fylke = r.fylke_tabell.split(' - ')[0];
    const n = out.get(fylke) ?? { anmodning: 0, vedtak: 0, bosatt: 0, befolkning: 0, tilskudd: 0 };
    out.set(fylke, n);
    for (const [col, measure] of Object.entries(PAGE_COLUMN)) if (r[col] === ':') n[measure]++;
  }
  return out;
}

/** Σ of Figur1's kommune rows (persons; without 9999 «Uoppgitt kommune»), per year and measure, as totals to meet. */
export function figur1Sums(text: string): PrintedTotal[] {
  const sums = new Map<string, number>();
  const rows = Papa.parse<string[]>(text.trim(), { delimiter: ';' }).data.slice(1);
  for (const [unit, year, code, , what, value] of rows) {
    const measure = FIGUR1_MEASURE[what];
    const y = Number(year);
    if (
      unit !== 'Personer' ||
      !measure ||
      code === '9999' ||
      y < FIGUR1_YEARS.from ||
      y > FIGUR1_YEARS.to ||
      !/^\d+$/.test(value)
    )
      continue;
    const k = `${y}|${measure}`;
    sums.set(k, (sums.get(k) ?? 0) + Number(value));
  }
  return [...sums].map(([k, value]) => {
    const [year, measure] = k.split('|');
    return {
      area: 'Norge',
      year: Number(year),
      measure: measure as TotalMeasure,
      value,
      printedIn: 'IMDi bosatt_anmodede (Figur1), Σ kommune rows without 9999',
    };
  });
}

/**
 * IMDi's national figures including «9999 Uoppgitt kommune», where a file has a 9999 row with a figure: Σ of the
 * kommune rows + the 9999 row. Figur1 (persons, 1995–2021) and the 2015 grants file (kroner, «totalt»). The site
 * shows the sum of the kommuner and says the remainder (domain/national.ts); the check adds the declared remainder
 * to the site's sum, so a remainder declared wrong, or one not declared, shows as a difference here.
 */
export function nationalWithUnallocated(figur1: string, grants2015?: string): PrintedTotal[] {
  const out: PrintedTotal[] = [];
  const sums = new Map<string, { kommuner: number; rest: number | null }>();
  const add = (k: string, code: string, v: number) => {
    const s = sums.get(k) ?? { kommuner: 0, rest: null };
    if (code === '9999') s.rest = (s.rest ?? 0) + v;
    else s.kommuner += v;
    sums.set(k, s);
  };
  for (const [unit, year, code, , what, value] of Papa.parse<string[]>(figur1.trim(), { delimiter: ';' }).data.slice(
    1,
  )) {
    const measure = FIGUR1_MEASURE[what];
    const y = Number(year);
    if (unit !== 'Personer' || !measure || y < FIGUR1_YEARS.from || y > FIGUR1_YEARS.to || !/^\d+$/.test(value))
      continue;
    add(`${y}|${measure}|figur1`, code, Number(value));
  }
  if (grants2015)
    for (const r of Papa.parse<Record<string, string>>(grants2015.trim(), { header: true }).data)
      if (r.tilskudd_til_kommuner === 'totalt' && r.enhet === 'kroner' && /^\d+(\.\d+)?$/.test(r.tabellvariabel))
        add(`${r.aar}|tilskudd|grants`, r.kommune_nr, Number(r.tabellvariabel));
  for (const [k, s] of sums) {
    if (s.rest === null) continue;
    const [year, measure, file] = k.split('|');
    out.push({
      area: 'Norge',
      year: Number(year),
      measure: measure as TotalMeasure,
      value: s.kommuner + s.rest,
      printedIn: `${file === 'figur1' ? 'IMDi bosatt_anmodede (Figur1)' : 'IMDi tilskudd 2015 (IMDikator)'}, Σ kommune rows + 9999 «Uoppgitt kommune» (${s.rest}): IMDi's national figure`,
      withUnallocated: true,
    });
  }
  return out;
}

/** Σ of SSB's kommune rows per year (the file has no national row). */
export function populationSums(text: string): PrintedTotal[] {
  const sums = new Map<number, number>();
  for (const [code, , year, value] of Papa.parse<string[]>(text.trim(), { delimiter: ',' }).data.slice(1)) {
    if (!/^\d{4}$/.test(code)) continue;
    sums.set(Number(year), (sums.get(Number(year)) ?? 0) + Number(value));
  }
  return [...sums].map(([year, value]) => ({
    area: 'Norge',
    year,
    measure: 'befolkning' as const,
    value,
    printedIn: 'SSB 07459 (2024 kommuner), Σ kommune rows',
  }));
}

/**
 * The publishers' own national rows the dataset carries (region 0000, read from the
 * files' «hele landet» rows, never summed): IMDi's grants 2011–2014 («totalt»).
 * The site's «hele landet» is the sum of the kommuner; the two must meet.
 */
export function nationalRows(byRegion: Map<string, Figure[]>): PrintedTotal[] {
  return (byRegion.get('0000') ?? [])
    .filter((f) => f.measure === 'tilskudd' && f.group === 'totalt' && f.status === 'ok' && f.value !== null)
    .map((f) => ({
      area: 'Norge',
      year: f.year,
      measure: 'tilskudd' as const,
      value: f.value as number,
      printedIn: `${f.source}, the file's own national row (0000)`,
    }));
}

/** Compare every printed total with what the site shows for its area. */
export function comparePublisherTotals(
  data: PublishedData,
  files: PublisherFiles,
  {
    printedNational = PRINTED_NATIONAL,
    known: knownDifferences = KNOWN_DIFFERENCES,
  }: { printedNational?: PrintedTotal[]; known?: KnownDifference[] } = {},
): TotalComparison[] {
  const series = new Map<string, SeriesData>();
  for (const [region, figs] of data.byRegion) series.set(region, seriesDataOf(region, region, figs));
  const predecessors = data.predecessors.map((p) => ({ key: p.key, successors: p.successors }));
  const groupOf = (area: string): Group => ({
    members: data.kommuner.filter((k) => area === 'Norge' || k.fylkeName === area).map((k) => k.code),
    dataOf: (r) => series.get(r),
    predecessors,
  });
  const hidden = new Map(Object.entries(files.kommunePages).map(([y, page]) => [Number(y), hiddenCells(page)]));
  const printed = [
    ...printedNational,
    ...fylkeTotals(files.fylkeTable),
    ...figur1Sums(files.figur1),
    ...populationSums(files.population),
    ...nationalRows(data.byRegion),
    ...nationalWithUnallocated(files.figur1, files.grants2015),
  ];
  const groups = new Map<string, Group>();
  return printed
    .map((p) => {
      const group = groups.get(p.area) ?? groupOf(p.area);
      groups.set(p.area, group);
      if (!group.members.length) throw new Error(`publisher totals: no kommuner in ${p.area}`);
      // Also the sums the site withholds (2025's decisions, domain/request-cut.ts): checked, never shown.
      const point = aggregatePoint(group, getCompareMeasure(p.measure)!, p.year, false, { check: true });
      // IMDi's national figure with «9999 Uoppgitt kommune»: the site's sum plus the remainder it says in words.
      const m = getCompareMeasure(p.measure)!;
      const rest = p.withUnallocated ? (unallocatedOf(m.numerator, p.year)?.value ?? 0) : 0;
      const published = point?.value == null ? null : point.value + rest;
      const lowerBound = point?.status === 'lower-bound';
      // Kroner have øre: the difference to the øre, without floating-point noise.
      const difference = published === null ? null : Math.round((published - p.value) * 100) / 100;
      let explained = '';
      let ok = difference === 0;
      const known = knownDifferences.find((k) => k.area === p.area && k.year === p.year && k.measure === p.measure);
      if (!ok && known && known.difference === difference) {
        ok = true;
        explained = known.reason;
      } else if (!ok && difference !== null && p.measure === 'tilskudd' && Math.abs(difference) < 0.5) {
        // IMDi's national grant row is in whole kroner, its kommune rows in øre.
        ok = true;
        explained = 'the national row is rounded to whole kroner, the kommune rows are in øre';
      } else if (
        !ok &&
        difference !== null &&
        difference < 0 &&
        p.measure === 'bosatt' &&
        p.printedIn.startsWith(NOKKELTALL)
      ) {
        // Settled: short by the cells the page hides (each hides at least 1 person).
        const cells = [...(hidden.get(p.year) ?? [])].filter(([fylke]) => p.area === 'Norge' || fylke === p.area);
        const h = cells.reduce((n, [, c]) => n + c.bosatt, 0);
        ok = h > 0 && lowerBound && -difference >= h;
        explained = `${h} kommune cell${h === 1 ? '' : 's'} hidden (':') on the page hold${h === 1 ? 's' : ''} the ${-difference}`;
      }
      return { ...p, published, lowerBound, difference, explained, ok };
    })
    .sort(
      (a, b) =>
        (a.area === b.area ? 0 : a.area === 'Norge' ? -1 : b.area === 'Norge' ? 1 : a.area < b.area ? -1 : 1) ||
        a.year - b.year ||
        a.measure.localeCompare(b.measure),
    );
}

/** The comparison as a plain-text table (for the test's and the script's output). */
export function formatTotalsTable(rows: readonly TotalComparison[]): string {
  const head = ['area', 'year', 'measure', 'publisher', 'published', 'diff', 'result', 'printed in / reason'];
  const body = rows.map((r) => [
    r.area,
    String(r.year),
    r.measure,
    String(r.value),
    r.published === null ? '–' : `${r.lowerBound ? '≥' : ''}${r.published}`,
    r.difference === null ? '–' : r.difference === 0 ? '0' : `${r.difference > 0 ? '+' : ''}${r.difference}`,
    !r.ok ? 'DIFFERS' : r.difference === 0 ? 'equal' : 'known',
    r.explained ? `${r.printedIn}; ${r.explained}` : r.printedIn,
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : i >= 3 && i <= 5 ? c.padStart(width[i]) : c.padEnd(width[i])))
      .join('  ');
  const bad = rows.filter((r) => !r.ok).length;
  const known = rows.filter((r) => r.ok && r.difference !== 0).length;
  return [
    line(head),
    ...body.map(line),
    `${rows.length} totals compared: ${rows.length - known - bad} equal, ${known} known differences (reason given), ${bad} unexplained`,
  ].join('\n');
}

/** One of IMDi's own «bosatte per 1000 innbyggere» per kommune (IMDikator export 2015, bosetting.csv, 2012–2014). */
export interface ImdiRateComparison {
  code: string;
  year: number;
  /** IMDi's cell as printed, and the kommune of today it is checked on (null: territory changed since). */
  printed: string;
  region: string | null;
  /** Settled that year / population 1 January the year after × 1000 from the published figures, rounded as IMDi printed it. */
  endOfYear: number | null;
  /** The same over the population 1 January the same year (the site's per 1000 until IMDi's method is used). */
  sameYear: number | null;
  ok: boolean;
}

/**
 * IMDi divides the settled of a year by the population at its end (1 January the year after):
 * every cell of IMDi's rate whose kommune has kept its territory since (history in kommuner.csv:
 * one code a year from the rate's year on), with a settled figure and that population, is checked
 * against the published figures by that rule, rounded to the decimals IMDi printed (a printed 0 must be 0).
 */
export function compareImdiRates(
  data: Pick<PublishedData, 'kommuner' | 'byRegion'>,
  bosettingCsv: string,
): ImdiRateComparison[] {
  const stable = new Map<string, string>();
  for (const k of data.kommuner) {
    const spans = k.history.flatMap((h) => {
      const m = /^(\d{4})\*?:(\d{4})-(\d{4})/.exec(h);
      return m ? [{ code: m[1], from: Number(m[2]), to: Number(m[3]) }] : [];
    });
    for (let y = 2012; y <= 2014; y++) {
      let one = true;
      for (let t = y; t <= 2023; t++) if (spans.filter((s) => s.from <= t && t <= s.to).length > 1) one = false;
      const cover = spans.filter((s) => s.from <= y && y <= s.to);
      if (one && cover.length <= 1) stable.set(`${cover[0]?.code ?? k.code}|${y}`, k.code);
    }
  }
  const value = (region: string, measure: string, year: number) => {
    const f = data.byRegion
      .get(region)
      ?.find((x) => x.measure === measure && x.group === '' && x.year === year && x.status === 'ok');
    return f && !f.flags.includes('lower-bound') ? f.value : null;
  };
  const rows = Papa.parse<Record<string, string>>(bosettingCsv.trim(), { header: true }).data;
  return rows
    .filter(
      (r) =>
        r.bosetting === 'bosatt_per_1000' &&
        r.enhet === 'promille' &&
        r.kommune_id !== 'NULL' &&
        /^\d+(\.\d+)?$/.test(r.tabellvariabel),
    )
    .map((r) => {
      const year = Number(r.aar);
      const region = stable.get(`${r.kommune_id}|${year}`) ?? null;
      const settled = region ? value(region, 'bosatt', year) : null;
      const [end, same] = [year + 1, year].map((y) => {
        const pop = region ? value(region, 'befolkning', y) : null;
        return settled === null || !pop ? null : (settled / pop) * 1000;
      });
      const decimals = r.tabellvariabel.split('.')[1]?.length ?? 0;
      const printed = Number(r.tabellvariabel);
      const round = (x: number | null) => (x === null ? null : decimals ? Number(x.toFixed(decimals)) : x);
      return {
        code: r.kommune_id,
        year,
        printed: r.tabellvariabel,
        region,
        endOfYear: round(end),
        sameYear: round(same),
        ok: end === null || round(end) === printed,
      };
    });
}
