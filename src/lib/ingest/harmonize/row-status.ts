import type { Observation, Status } from '../../domain/observation.ts';

/**
 * IMDi's «.» and an empty cell mean different things beside different neighbours. Each rule
 * says, for one measure, which status a cell gets from the rest of its row (the same region
 * and year): decided here once, after harmonizing, and listed on «Om dataene» (its `id` keys
 * the sentence in i18n/nb.ts `t.about.rowRules`).
 *
 * - `from`: the status the publisher's symbol gave, or 'absent' for a region-year without a row;
 * - `to`: the status it gets, or 'absent' to publish no row («ikke i kilden»);
 * - `besidePositive`: only where the same region and year has a figure above zero for one of these measures;
 * - `peersInSource`: only where the source of that neighbour also gives this measure for the year (an absent row);
 * - `yearWithoutFigures`: only in a year where no region has a figure (value or hidden) for the measure;
 * - `allGroups`: every group of the measure, not only its total (group '').
 * Rules only read figures with a value, which no rule changes, so their order does not matter.
 */
export interface RowStatusRule {
  id: string;
  measure: string;
  from: Exclude<Status, 'ok'> | 'absent';
  to: Exclude<Status, 'ok'> | 'absent';
  besidePositive?: string[];
  peersInSource?: boolean;
  yearWithoutFigures?: boolean;
  allGroups?: boolean;
}

export const ROW_STATUS_RULES: RowStatusRule[] = [
  // Oslo 1996: request «.», decision 200. IMDi's file does not hold the request.
  {
    id: 'request-beside-decision',
    measure: 'anmodning',
    from: 'not-applicable',
    to: 'missing',
    besidePositive: ['vedtak', 'bosatt'],
  },
  {
    id: 'decision-after-request',
    measure: 'vedtak',
    from: 'not-applicable',
    to: 'missing',
    besidePositive: ['anmodning'],
  },
  {
    id: 'decision-after-request',
    measure: 'ema-vedtak',
    from: 'not-applicable',
    to: 'missing',
    besidePositive: ['ema-anmodning'],
  },
  // Sokndal 2014: request 10, decision 10, settled «.».
  {
    id: 'settled-after-request',
    measure: 'bosatt',
    from: 'not-applicable',
    to: 'missing',
    besidePositive: ['anmodning', 'vedtak'],
  },
  // Kautokeino 2016: a request of 20, and no decision row at all where every other kommune has one.
  {
    id: 'no-decision-row',
    measure: 'vedtak',
    from: 'absent',
    to: 'missing',
    besidePositive: ['anmodning'],
    peersInSource: true,
  },
  // IMDi's files carry the original request only for the years it differed (2020, 2022): elsewhere no such series.
  {
    id: 'original-request-years',
    measure: 'opprinnelig-anmodning',
    from: 'missing',
    to: 'absent',
    yearWithoutFigures: true,
  },
  // In the country-background file «.» is a cell without a figure, not «not applicable».
  { id: 'country-background-dot', measure: 'landbakgrunn', from: 'not-applicable', to: 'missing', allGroups: true },
];

export interface RowStatusCount {
  id: string;
  measure: string;
  from: RowStatusRule['from'];
  to: RowStatusRule['to'];
  count: number;
}

/**
 * Apply the rules to the harmonized totals (group '') of each measure, in place: statuses
 * changed, rows added for an absent row, rows removed for an absent status. Returns the
 * observations and how many cells each rule changed.
 */
export function applyRowStatus(
  observations: Observation[],
  rules: RowStatusRule[] = ROW_STATUS_RULES,
): { observations: Observation[]; counts: RowStatusCount[] } {
  const ruled = new Set(rules.map((r) => r.measure));
  const cell = (region: string, period: string, measure: string) => `${region}\t${period}\t${measure}`;
  const byCell = new Map<string, Observation>();
  const live = new Set<string>();
  const sourceYears = new Set<string>();
  for (const o of observations) {
    if (!ruled.has(o.measure) && o.group !== '') continue;
    if (o.group === '') byCell.set(cell(o.region, o.period, o.measure), o);
    if (o.status === 'ok' || o.status === 'suppressed') live.add(`${o.period}\t${o.measure}`);
    sourceYears.add(`${o.source}\t${o.period}\t${o.measure}`);
  }
  const positive = (o: Observation | undefined) => o?.status === 'ok' && (o.value ?? 0) > 0;
  const counts: RowStatusCount[] = rules.map((r) => ({
    id: r.id,
    measure: r.measure,
    from: r.from,
    to: r.to,
    count: 0,
  }));
  const removed = new Set<Observation>();
  const added: Observation[] = [];

  rules.forEach((rule, i) => {
    const neighbour = (region: string, period: string) =>
      rule.besidePositive
        ?.map((m) => byCell.get(cell(region, period, m)))
        .find(
          (n) => positive(n) && (!rule.peersInSource || sourceYears.has(`${n!.source}\t${period}\t${rule.measure}`)),
        );
    if (rule.from === 'absent') {
      const regionYears = new Set<string>();
      for (const o of byCell.values()) regionYears.add(`${o.region}\t${o.period}`);
      for (const ry of [...regionYears].sort()) {
        const [region, period] = ry.split('\t');
        if (byCell.has(cell(region, period, rule.measure))) continue;
        const n = neighbour(region, period);
        if (!n || rule.to === 'absent') continue;
        const o: Observation = {
          region,
          period,
          measure: rule.measure,
          group: '',
          value: null,
          status: rule.to,
          flags: n.flags.filter((f) => f !== 'lower-bound'),
          from: [...n.from],
          source: n.source,
        };
        added.push(o);
        byCell.set(cell(region, period, rule.measure), o);
        counts[i].count++;
      }
      return;
    }
    for (const o of observations) {
      if (o.measure !== rule.measure || o.status !== rule.from || removed.has(o)) continue;
      if (o.group !== '' && !rule.allGroups) continue;
      if (rule.besidePositive && !neighbour(o.region, o.period)) continue;
      if (rule.yearWithoutFigures && live.has(`${o.period}\t${o.measure}`)) continue;
      counts[i].count++;
      if (rule.to === 'absent') removed.add(o);
      else o.status = rule.to;
    }
  });
  const kept = removed.size ? observations.filter((o) => !removed.has(o)) : observations;
  kept.push(...added);
  return { observations: kept, counts };
}
