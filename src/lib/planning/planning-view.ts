import type { Point } from '../compare/series-data.ts';
import type { Figure } from '../domain/figure.ts';
import type { PlanningBasis } from '../domain/scenario.ts';

/**
 * Everything «Planlegg vedtaket» shows, for one kommune, computed at build
 * time from the published figures: the basis the scenario is computed from
 * (embedded in the page for the browser), and the tables that do not change
 * with the proposal. Every rate per 1000 comes from the comparison's
 * pointOf (the site's one rate rule); every other division and sum from
 * domain/figure.ts.
 */
export interface PlanningMember {
  name: string;
  href: string;
  point: Point;
}

export interface PlanningView {
  basis: PlanningBasis;
  /** The proposal the page opens with: IMDi's newest request, if any. */
  defaultProposal: number | null;
  members: PlanningMember[][];
  /** The comparison's address with the kommune and its group (compare/defaults.ts planningCompareBase), before the proposal. */
  compareBase: string;
  requestShare: string;
  track: { year: number; decision: Figure | undefined; settled: Figure | undefined; share: Point }[];
  retention: string;
  ema: { decided: Figure[]; settled: Figure[] };
  grants: { year: number; total: Figure; settled: Figure | undefined; perSettled: number | null }[];
}
