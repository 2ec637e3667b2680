import { compareChart } from '../lib/charts/compare.ts';
import type { GroupSeries } from '../lib/compare/aggregate.ts';
import { getCompareMeasure, type CompareMeasure } from '../lib/compare/compare-measures.ts';
import { parseCompareState, serializeCompareState } from '../lib/compare/compare-state.ts';
import { buildView, chartPoints, tableOf } from '../lib/compare/compare-view.ts';
import { defaultFrom } from '../lib/compare/default-span.ts';
import { DEFAULT_VIEW, refIdFor } from '../lib/compare/defaults.ts';
import { referenceMeta, referenceName } from '../lib/compare/reference-label.ts';
import { decodeSeriesData, type SeriesData, type SeriesWire } from '../lib/compare/series-data.ts';
import { escapeHtml as esc } from '../lib/format/escape-html.ts';
import { type LabelledSource, compareSourceLineHtml, sourceLabel } from '../lib/format/source-label.ts';
import type { KommuneRef } from '../lib/indicators/indicator-series.ts';
import type { Strings } from '../i18n/nb.ts';
import { getJson } from './get-json.ts';

type KommuneFile = SeriesData & { fylkeCode: string; kostra: number | null; centrality: number | null };

/**
 * The comparison's embed page in the browser: the view in the address (the same state as /sammenlign/), drawn
 * with the comparison's own functions — chart, table, source line — and the link back carrying the same state.
 * It loads what the comparison loads for the view, nothing more, all from this site. The proposal (vedtak=) is
 * left out: an embed shows the sources' figures only.
 */
export async function attachCompareEmbed(root: HTMLElement, t: Strings): Promise<void> {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  if (!location.search) return;
  const kommuner = await getJson<KommuneRef[]>('/data/kommuner.json');
  const known = new Set(kommuner.map((k) => k.code));
  const { state: parsed, ignored } = parseCompareState(location.search, (c) => known.has(c));
  const state = { ...DEFAULT_VIEW, ...parsed, proposal: null };
  if (!state.kommuner.length) return;
  const [sel, raw] = await Promise.all([
    Promise.all(
      state.kommuner.map((c) =>
        getJson<SeriesWire>(`/data/kommune/${c}.json`).then((w) => decodeSeriesData(w) as KommuneFile),
      ),
    ),
    getJson<Record<string, LabelledSource>>('/data/kilder.json'),
  ]);
  const labels = Object.fromEntries(Object.entries(raw).map(([id, s]) => [id, sourceLabel(t, s)]));
  const refIds = [...new Set(state.refs.map((r) => refIdFor(r, sel[0])))];
  const refs = (await Promise.all(refIds.map((id) => getJson<GroupSeries>(`/data/referanse/${id}.json`)))).map((g) => ({
    ...g,
    label: referenceName(t, referenceMeta(t, g.id, kommuner)),
  }));
  // The measures' words in the page's language (the data files are the same in every language).
  const texts: Record<string, Pick<CompareMeasure, 'label' | 'short' | 'definition'>> = JSON.parse(
    document.getElementById('measure-texts')?.textContent ?? '{}',
  );
  const textOf = (m: CompareMeasure) => texts[m.id] ?? m;
  const found = getCompareMeasure(state.measure)!;
  const m = { ...found, ...textOf(found) };
  const allYears = buildView(t, { ...state, from: null, to: null }, sel, refs, textOf).years;
  const view = buildView(
    t,
    { ...state, from: state.from ?? (state.to === null ? defaultFrom(allYears) : null) },
    sel,
    refs,
    textOf,
  );
  const points = chartPoints(t, view, (id) => labels[id]?.text ?? id);
  const host = $<HTMLElement>('[data-chart]');
  host.innerHTML = compareChart(points, {
    t,
    unit: view.unit,
    label: t.compare.unitLabels[view.unit],
    ariaLabel: t.compare.chartLabel(
      m.label,
      view.unit === 'per 1000',
      view.series.map((s) => s.label),
    ),
    ...(host.clientWidth > 0 ? { width: Math.max(320, host.clientWidth) } : {}),
  }).svg;
  $<HTMLElement>('[data-prov-note]').hidden = !points.some((p) => p.provisional);
  const caption = `${view.measure.label}${view.unit === 'per 1000' ? t.compare.perCapitaSuffix : ''}`;
  $('[data-title]').textContent = caption;
  $('[data-caption]').textContent = caption;
  const table = tableOf(t, view);
  $('[data-table] thead').innerHTML = `<tr>${table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
  $('[data-table] tbody').innerHTML = table.rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r[0])}</th>${r
          .slice(1)
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  $('[data-cut-notes]').innerHTML = view.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
  $('[data-source]').innerHTML = compareSourceLineHtml(t, view.series, labels);
  const note = $<HTMLElement>('[data-ignored]');
  note.hidden = ignored.length === 0;
  note.textContent = ignored.length ? t.compare.ignored(ignored) : '';
  $<HTMLAnchorElement>('[data-back]').href = `${root.dataset.comparePath}${serializeCompareState(state)}`;
  root.dataset.state = serializeCompareState(state) || '?';
}
