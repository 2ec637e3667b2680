import { decimalsOf, formatPer1000 } from '../format/decimals.ts';
import { escapeHtml as esc } from '../format/escape-html.ts';
import type { PlanningWords } from '../sentences/types.ts';

export type { PlanningWords };
import { proposalChart } from './proposal-chart.ts';
import { type Parsed, type PlanningBasis, scenarioOf } from '../domain/scenario.ts';

/**
 * The part of «Planlegg vedtaket» that follows the proposal, as HTML: the
 * proposal per 1000 inhabitants, the sentences and the chart with the
 * proposal marked — or, for a proposal that is not valid, the message and no
 * numbers. The same function renders the default at build time and every
 * change in the browser (src/client/planning.ts).
 */

export function renderScenario(
  w: PlanningWords,
  basis: PlanningBasis,
  parsed: Parsed,
  ema: boolean,
  { chart = true, head = true, fromAddress }: { chart?: boolean; head?: boolean; fromAddress?: string } = {},
): string {
  const P = w.live;
  if (!parsed.ok)
    return `<p class="plan-error">${fromAddress !== undefined ? esc(P.urlError(fromAddress)) : ''}${esc(errorText(w, parsed))}</p>`;
  const s = scenarioOf(basis, parsed.n, ema);
  const lines = w.sentences.scenarioSentences(s, {
    populationYear: basis.population?.year ?? null,
    emaLine: basis.emaLine,
  });
  const rate = s.rate.value !== null && s.rate.status === 'ok' ? s.rate.value : null;
  const big =
    !head || rate === null
      ? ''
      : `<p class="plan-rate"><strong data-rate>${formatPer1000(rate, { locale: w.locale })}</strong> ${esc(P.perThousand)}</p>`;
  const years = basis.history.map((h) => h.year);
  const figure =
    chart && basis.history.length
      ? `<figure class="plan-chart">${proposalChart(basis.history, rate, {
          label: P.chartLabel(basis.name, years[0], years.at(-1)!),
          words: { proposal: P.proposal, axis: P.chartAxis, suppressed: P.chartSuppressed, missing: P.chartMissing },
          locale: w.locale,
        })}</figure>`
      : '';
  return `${big}<p data-sentences>${esc(lines.join(' '))}</p>${figure}`;
}

/** The message for a proposal that is not valid: why, and what is expected. */
export function errorText(w: PlanningWords, parsed: Extract<Parsed, { ok: false }>): string {
  return `${w.live.errors[parsed.error]} ${w.live.range(decimalsOf(w.locale).int.format(parsed.max))}`;
}

/** The comparison's address with the proposal marked for the kommune's coming year: «/sammenlign/?k=…&vedtak=40». */
export function proposalCompareHref(compareBase: string, n: number): string {
  return `${compareBase}&vedtak=${n}`;
}

/** The brief's address with the proposal: «…/notat/?vedtak=40&ema=ja». */
export function briefHref(briefPath: string, n: number, ema: boolean): string {
  return `${briefPath}?vedtak=${n}${ema ? '&ema=ja' : ''}`;
}
