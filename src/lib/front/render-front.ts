import { t } from '../../i18n/nb.ts';
import { formatChange, formatIndicator } from '../format/number.ts';
import { escapeHtml as esc } from '../format/escape-html.ts';
import type { IndicatorSeries } from '../indicators/indicator-series.ts';
import type { MapClasses, RankingRow } from './ranking-view.ts';

/**
 * HTML for the parts of the front page that change with the view: legend and
 * ranking rows. One definition, used at build time (the page without
 * JavaScript) and in the browser (after a change).
 */

export function legendHtml(series: IndicatorSeries, classes: MapClasses, mapId: string): string {
  const f = (v: number) => formatIndicator(v, series.unit);
  const { breaks, colors } = classes;
  const items = colors.map((c, i) => {
    const label = breaks.length === 0 ? t.front.legendAll : i === 0 ? t.front.legendBelow(f(breaks[0])) : i === colors.length - 1 ? t.front.legendAbove(f(breaks[i - 1])) : t.front.legendRange(f(breaks[i - 1]), f(breaks[i]));
    return `<li><svg width="18" height="14" aria-hidden="true"><rect width="18" height="14" fill="${c}" stroke="#999"/></svg>${esc(label)}</li>`;
  });
  items.push(`<li><svg width="18" height="14" aria-hidden="true"><rect width="18" height="14" fill="url(#${mapId}-skjult)" stroke="#999"/></svg>${t.front.legendHidden}</li>`);
  items.push(`<li><svg width="18" height="14" aria-hidden="true"><rect width="18" height="14" fill="url(#${mapId}-ingen-tall)" stroke="#999"/></svg>${t.front.legendNoData}</li>`);
  return items.join('');
}

export function rankingRowsHtml(rows: RankingRow[], series: IndicatorSeries): string {
  return rows.map((r) => `<tr data-k="${r.code}"><td>${r.rank ?? '–'}</td><th scope="row"><a href="${r.path}">${esc(r.name)}</a></th><td>${esc(r.fylkeName)}</td><td>${formatIndicator(r.value, series.unit, r.status)}</td>${series.perCapita ? `<td>${r.perCapita === null ? '–' : formatIndicator(r.perCapita, 'per 1000')}</td>` : ''}<td>${formatChange(r.change, series.unit)}</td><td><a href="/sammenlign/?k=${r.code}" aria-label="${esc(t.front.compareWith(r.name))}">${t.front.columns.compare}</a></td></tr>`).join('');
}

export function rankingHeadHtml(series: IndicatorSeries, year: number): string {
  const c = t.front.columns;
  return `<tr><th scope="col">${c.rank}</th><th scope="col">${c.kommune}</th><th scope="col">${c.fylke}</th><th scope="col">${esc(series.short)} ${year}</th>${series.perCapita ? `<th scope="col">${c.perCapita}</th>` : ''}<th scope="col">${c.change(year - 1)}</th><th scope="col"><span class="sr-only">${c.compare}</span></th></tr>`;
}

/** Rows of the ranking as a CSV table (exact values, status and source). */
export function rankingCsv(rows: RankingRow[], series: IndicatorSeries, year: number): { columns: string[]; rows: (string | number | null)[][] } {
  return {
    columns: ['rang', 'kommunenummer', 'kommune', 'fylke', 'indikator', 'år', 'verdi', 'enhet', 'status', 'per_1000_innbyggere', 'verdi_året_før', 'endring', 'kilder'],
    rows: rows.map((r) => [r.rank, r.code, r.name, r.fylkeName, series.id, year, r.value, series.unit, r.status, r.perCapita, r.previous, r.change, (series.sources[year] ?? []).join(' ')]),
  };
}
