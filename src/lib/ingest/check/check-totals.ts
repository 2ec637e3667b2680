import type { WarningRow } from '../../domain/dataset-schema.ts';
import type { Observation } from '../../domain/observation.ts';
import { formatInt } from '../../format/number.ts';
import { groupLabel, TOTAL_GROUPS } from '../../domain/measures.ts';

/**
 * A publisher total smaller than one of its parts (Oslo's grants 2012: total 171,4 mill. kr,
 * one scheme 452,7 mill. kr) is published as the publisher printed it, with a warning.
 */
export function partsAboveTotal(observations: Observation[]): WarningRow[] {
  const totals = new Map<string, Observation>();
  for (const o of observations)
    if (TOTAL_GROUPS[o.measure] === o.group && o.status === 'ok')
      totals.set(`${o.region}\t${o.period}\t${o.measure}`, o);
  const out: WarningRow[] = [];
  for (const o of observations) {
    if (!(o.measure in TOTAL_GROUPS) || o.group === TOTAL_GROUPS[o.measure] || o.status !== 'ok') continue;
    const total = totals.get(`${o.region}\t${o.period}\t${o.measure}`);
    if (!total || total.flags.includes('lower-bound') || (o.value ?? 0) <= (total.value ?? 0)) continue;
    out.push({
      source: o.source,
      region: o.region,
      period: o.period,
      measure: o.measure,
      message: `«${groupLabel(o.measure, o.group)}» (${formatInt(o.value!)}) er større enn kildens egen total (${formatInt(total.value!)}); begge vises slik kilden oppgir dem.`,
    });
  }
  return out;
}
