import { getMeasure, type Measure, type Unit } from '../../domain/measures.ts';
import type { Observation } from '../../domain/observation.ts';
import type { SourceRow } from '../harmonize/harmonize.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import type { SourceSpec } from '../sources/source-spec.ts';

/**
 * Value domains: what a published figure can possibly be. Each unit has a
 * domain; a measure may narrow or widen it with its own `domain` (declared
 * in measures.ts, with the reason). A value outside stops ingest naming file,
 * line, column, the value and the rule: a publisher's file that says -684
 * settled refugees or 684.5 persons is broken, not news.
 */
export interface Domain {
  min: number;
  max: number;
  integer: boolean;
  /** Why a measure departs from its unit's domain (shown in the error). */
  why?: string;
}

/** Per unit, for a kommune; the whole country (region 0000) may be `countryFactor` times larger. */
export const UNIT_DOMAINS: Record<Unit, Domain> = {
  // Oslo, the largest kommune, has about 0.73 million inhabitants.
  personer: { min: 0, max: 1_000_000, integer: true },
  // IMDi's largest grant to one kommune in a year is about 1.4 billion kroner.
  kroner: { min: 0, max: 10_000_000_000, integer: false },
  prosent: { min: 0, max: 100, integer: false },
};
const COUNTRY_FACTOR = 20;

/** The oldest year any source here covers (SSB's population series). */
export const FIRST_YEAR = 1986;

export function domainOf(m: Measure): Domain {
  return { ...UNIT_DOMAINS[m.unit], ...m.domain };
}

const fmt = (v: number) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

function ruleText(m: Measure, d: Domain, country: boolean): string {
  const max = country ? d.max * COUNTRY_FACTOR : d.max;
  const kind = d.integer ? 'a whole number' : 'a number';
  return `${m.id} (${m.unit}) must be ${kind} from ${fmt(d.min)} to ${fmt(max)}${country ? ' for the whole country' : ''}${d.why ? ` — ${d.why}` : ''}`;
}

/**
 * The years a source's rows may be for: the period its title states
 * ("… 1995–2023"), or else from FIRST_YEAR to the year the file was made.
 * A row for a year the file cannot cover (1899, 2099) is a broken file.
 */
export function periodOf(spec: Pick<SourceSpec, 'title' | 'vintage'>): [number, number] {
  const years = [...spec.title.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const made = Number(spec.vintage.slice(0, 4));
  if (!years.length) return [FIRST_YEAR, made];
  return [Math.min(...years), Math.max(...years)];
}

/** Check every row's year and value against its source's period and its measure's domain. */
export function checkRows(
  rows: Iterable<SourceRow>,
  specOf: (id: string) => Pick<SourceSpec, 'title' | 'vintage'>,
): void {
  const periods = new Map<string, [number, number]>();
  for (const r of rows) {
    let p = periods.get(r.source);
    if (!p) {
      p = periodOf(specOf(r.source));
      periods.set(r.source, p);
    }
    const where = { file: r.file, line: r.line, column: r.column };
    if (r.year < p[0] || r.year > p[1]) {
      throw new IngestError(
        { ...where, column: r.yearColumn ?? r.column },
        `expected a year within the file's period ${p[0]}–${p[1]}, found ${r.year} (rule: year within the period the source covers)`,
      );
    }
    if (r.status !== 'ok' || r.value === null) continue;
    const m = getMeasure(r.measure);
    const d = domainOf(m);
    const country = r.code === '0000';
    const max = country ? d.max * COUNTRY_FACTOR : d.max;
    const v = r.value;
    if (!Number.isFinite(v) || v < d.min || v > max || (d.integer && !Number.isInteger(v))) {
      throw new IngestError(
        where,
        `expected a value in the measure's domain, found ${v} (rule: ${ruleText(m, d, country)})`,
      );
    }
  }
}

/**
 * Plausibility against population: no count of persons in a kommune can
 * exceed its inhabitants (SSB's population on 1 January of the year or the
 * next, whichever is larger). Stops naming the source row of the figure.
 */
export function checkPlausible(observations: Observation[], rows: SourceRow[]): void {
  const population = new Map<string, number>();
  for (const o of observations) {
    if (o.measure === 'befolkning' && o.status === 'ok' && o.value !== null)
      population.set(`${o.region}\t${o.period}`, o.value);
  }
  checkPopulationSteps(observations, rows);
  for (const o of observations) {
    if (
      o.status !== 'ok' ||
      o.value === null ||
      o.measure === 'befolkning' ||
      getMeasure(o.measure).unit !== 'personer'
    )
      continue;
    const a = population.get(`${o.region}\t${o.period}`);
    const b = population.get(`${o.region}\t${Number(o.period) + 1}`);
    if (a === undefined && b === undefined) continue;
    const limit = Math.max(a ?? 0, b ?? 0);
    if (o.value <= limit) continue;
    const where = whereFrom(o, rows);
    throw new IngestError(
      where,
      `expected ${o.measure}${o.group ? ` (${o.group})` : ''} for ${o.region} in ${o.period} to be at most the kommune's population (${fmt(limit)}), found ${fmt(o.value)} (rule: no more persons than inhabitants)`,
    );
  }
}

/**
 * The largest change of a kommune's population from one year to the next that is plausible: SSB's
 * series 1986–2026 changes by at most 27 % in a year (a merger moves a kommune to the code of
 * its new territory, so the series never jumps at a merger); a figure 1.5 times larger or smaller
 * than the year before is a broken cell (100 inhabitants in Oslo).
 */
export const POPULATION_STEP = 1.5;

/** Each region's population, year by year: a step beyond POPULATION_STEP stops ingest at the odd year's row. */
function checkPopulationSteps(observations: Observation[], rows: SourceRow[]): void {
  const series = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.measure !== 'befolkning' || o.status !== 'ok' || o.value === null) continue;
    let s = series.get(o.region);
    if (!s) series.set(o.region, (s = []));
    s.push(o);
  }
  const jump = (a: Observation, b: Observation) =>
    Number(b.period) === Number(a.period) + 1 &&
    (a.value! === 0 || b.value! === 0 || Math.max(a.value!, b.value!) / Math.min(a.value!, b.value!) > POPULATION_STEP);
  for (const s of series.values()) {
    s.sort((a, b) => Number(a.period) - Number(b.period));
    for (let i = 1; i < s.length; i++) {
      if (!jump(s[i - 1], s[i])) continue;
      // The odd one out: the later year, unless it agrees with the year after it and the earlier one stands alone.
      const odd = i + 1 < s.length && !jump(s[i], s[i + 1]) && (i < 2 || jump(s[i - 2], s[i - 1])) ? s[i - 1] : s[i];
      const other = odd === s[i] ? s[i - 1] : s[i];
      throw new IngestError(
        whereFrom(odd, rows),
        `expected befolkning for ${odd.region} in ${odd.period} within a factor ${POPULATION_STEP} of ${other.period} (${fmt(other.value!)}), found ${fmt(odd.value!)} (rule: a kommune's population changes by less than a factor ${POPULATION_STEP} from one year to the next)`,
      );
    }
  }
}

/** The source row a published figure came from (for the error's file, line and column). */
function whereFrom(o: Observation, rows: SourceRow[]) {
  const row = rows.find(
    (r) =>
      r.source === o.source &&
      r.measure === o.measure &&
      r.group === o.group &&
      String(r.year) === o.period &&
      o.from.includes(r.code),
  );
  return row ? { file: row.file, line: row.line, column: row.column } : { file: o.source };
}
