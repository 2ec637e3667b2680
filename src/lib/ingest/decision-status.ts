import type { Observation } from '../domain/observation.ts';

/** Each decision measure and the request it answers. */
export const DECISIONS: Record<string, string> = { vedtak: 'anmodning', 'ema-vedtak': 'ema-anmodning' };

/**
 * IMDi writes «.» (not applicable) for a decision both where it made no request and
 * where the kommune's decision is not registered. Only the first is «not applicable»:
 * where the same region and year has a request above zero, a «.» decision is missing.
 */
export function decisionStatus(observations: Observation[]): number {
  const requested = new Set<string>();
  for (const o of observations) {
    if (Object.values(DECISIONS).includes(o.measure) && o.group === '' && o.status === 'ok' && (o.value ?? 0) > 0)
      requested.add(`${o.region}\t${o.period}\t${o.measure}`);
  }
  let changed = 0;
  for (const o of observations) {
    const request = DECISIONS[o.measure];
    if (
      request &&
      o.group === '' &&
      o.status === 'not-applicable' &&
      requested.has(`${o.region}\t${o.period}\t${request}`)
    ) {
      o.status = 'missing';
      changed++;
    }
  }
  return changed;
}
