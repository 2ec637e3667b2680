import { perCapita, type Part, type ValueStatus } from '../domain/figure.ts';
import { type Parsed, parseProposal } from '../domain/scenario.ts';
import { POPULATION, partKey } from './compare-measures.ts';
import { newestPopulation, type SeriesData } from './series-data.ts';

/**
 * «Planlegg vedtaket» on the comparison page: the profile's link carries the
 * proposed decision (`?vedtak=40`), and the comparison marks it for the first
 * kommune's coming year — in the chart as a mark of its own and in the table as
 * a row of its own, both said to be a proposal, never a figure from the sources,
 * and not in the downloads. The proposal is validated by the planning section's
 * own rule (domain/scenario.ts parseProposal), and divided by the newest
 * population as the planning section divides it (domain/figure.ts perCapita).
 */

/** The measures a proposed decision stands beside: the decisions, and the settled it is meant to become. */
export const PROPOSAL_MEASURES: readonly string[] = ['vedtak', 'bosatt'];

/** The settlement measures whose newest year the proposal follows. */
const SETTLEMENT = ['anmodning', 'vedtak', 'bosatt'];

export interface ProposalMark {
  code: string;
  name: string;
  /** The proposal as typed: a whole number of refugees. */
  n: number;
  /** The year it is for: the year after the kommune's newest request, decision or settled figure. */
  year: number;
  /** As the view shows it: N, or N per 1000 inhabitants of the newest population. */
  value: number | null;
  status: ValueStatus;
  perCapita: boolean;
  /** The population N is divided by (1 January of this year), when per 1000. */
  populationYear: number | null;
}

/** The address's proposal checked against the kommune's population (at most 10 % of it, as the planning section). */
export function checkProposal(n: number, primary: SeriesData): Parsed {
  const year = newestPopulation(primary);
  const pop = year === undefined ? null : (primary.parts[partKey(POPULATION)]?.[year]?.value ?? null);
  return parseProposal(String(n), pop);
}

/** The year after the kommune's newest settlement figure (request, decision or settled), or null without any. */
export function proposalYear(primary: SeriesData): number | null {
  const years = SETTLEMENT.flatMap((m) => Object.keys(primary.parts[`${m}|`] ?? {}).map(Number));
  return years.length ? Math.max(...years) + 1 : null;
}

/** The mark to draw for a proposal of n, for the view's measure: null where the measure is not one it stands beside. */
export function proposalMark(n: number, primary: SeriesData, measure: string, per: boolean): ProposalMark | null {
  const year = proposalYear(primary);
  if (year === null || !PROPOSAL_MEASURES.includes(measure)) return null;
  const asPart: Part = { value: n, status: 'ok', flags: [] };
  const popYear = newestPopulation(primary) ?? null;
  if (!per)
    return {
      code: primary.code,
      name: primary.name,
      n,
      year,
      value: n,
      status: 'ok',
      perCapita: false,
      populationYear: null,
    };
  const pop = popYear === null ? undefined : primary.parts[partKey(POPULATION)]?.[popYear];
  const rate = perCapita(asPart, pop);
  return {
    code: primary.code,
    name: primary.name,
    n,
    year,
    value: rate.value,
    status: rate.status,
    perCapita: true,
    populationYear: popYear,
  };
}
