import { json } from 'd3-fetch';
import { t } from '../i18n/nb.ts';
import { toExcelCsv } from '../lib/format/csv.ts';
import { download } from './download.ts';
import { formatIndicator } from '../lib/format/number.ts';
import { mapClasses, parseFrontState, rankingRows, serializeFrontState, type FrontState } from '../lib/front/ranking-view.ts';
import { legendHtml, rankingCsv, rankingHeadHtml, rankingRowsHtml } from '../lib/front/render-front.ts';
import { decodeSeries, type Wire } from '../lib/indicators/status-code.ts';
import { type IndicatorSeries, type KommuneRef } from '../lib/indicators/indicator-series.ts';

type Series = IndicatorSeries & { citations: Record<string, string> };
interface Meta { id: string; label: string; years: number[]; defaultYear: number }

/**
 * The front page's map and ranking in the browser: choosing a measure, year,
 * filter or sort recolours the build-time map, redraws legend and ranking,
 * and writes the view into the URL. Data comes per indicator, on demand.
 */
export function attachFront(root: HTMLElement) {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-controls]');
  const tools = $<HTMLElement>('[data-rank-tools]');
  form.hidden = false;
  tools.hidden = false;
  const meta: Meta[] = JSON.parse($('#front-meta').textContent!);
  const fallback = root.dataset.default!;
  const def = meta.find((m) => m.id === fallback)!;
  const defaults = { indicator: def.id, year: def.defaultYear };
  let state = parseFrontState(location.search, meta, fallback);
  const kommunerP = json<KommuneRef[]>('/data/kommuner.json') as Promise<KommuneRef[]>;
  const cache = new Map<string, Promise<Series | undefined>>();
  const load = (id: string) => {
    // Statuses arrive one letter per kommune: decoded here, once.
    if (!cache.has(id)) cache.set(id, json<Wire<Series>>(`/data/indikator/${id}.json`).then((w) => w && decodeSeries(w)));
    return cache.get(id)! as Promise<Series>;
  };
  let current: { s: Series; k: KommuneRef[] } | undefined;

  const setSelect = (name: string, value: string) => {
    const el = form.elements.namedItem(name) as HTMLSelectElement;
    el.value = value;
  };

  async function apply() {
    const [k, s] = await Promise.all([kommunerP, load(state.indicator)]);
    const t0 = performance.now();
    current = { s, k };
    const yearSel = form.elements.namedItem('ar') as HTMLSelectElement;
    yearSel.innerHTML = s.years.map((y) => `<option value="${y}">${y}${s.provisional[y] ? ` ${t.front.provisional}` : ''}</option>`).join('');
    setSelect('indikator', state.indicator);
    setSelect('ar', String(state.year));
    setSelect('fylke', state.fylke);
    setSelect('kostra', state.kostra);
    setSelect('sentralitet', state.centrality);
    const classes = mapClasses(s, k, state.year);
    const y = String(state.year);
    const index = new Map(k.map((x, i) => [x.code, i]));
    for (const path of root.querySelectorAll<SVGPathElement>('path[data-k]')) {
      const code = path.dataset.k!;
      const mapId = path.closest('svg')!.id;
      const fill = classes.fill.get(code)!.replace('url(#', `url(#${mapId}-`);
      path.setAttribute('fill', fill);
      const i = index.get(code)!;
      const title = path.querySelector('title');
      if (title) title.textContent = `${k[i].name}: ${formatIndicator(s.values[y][i], s.unit, s.status[y][i])}`;
    }
    $('[data-legend]').innerHTML = legendHtml(s, classes, 'kart');
    const rows = rankingRows(s, k, state);
    $('[data-head]').innerHTML = rankingHeadHtml(s, state.year);
    $('[data-rows]').innerHTML = rankingRowsHtml(rows, s);
    $('[data-caption]').textContent = t.front.caption(s.label, state.year, rows.length);
    $('[data-title]').textContent = `${s.label}, ${state.year}${s.provisional[y] ? ` ${t.front.provisionalFigures}` : ''}`;
    $('[data-definition]').textContent = s.definition;
    $('[data-source]').textContent = t.front.source(s.citations[y]);
    for (const svg of root.querySelectorAll('svg[role=img]')) svg.setAttribute('aria-label', t.front.mapLabel(s.label, state.year));
    for (const b of tools.querySelectorAll<HTMLButtonElement>('[data-sort]')) b.setAttribute('aria-pressed', String(b.dataset.sort === state.sort));
    const query = serializeFrontState(state, defaults);
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    root.dataset.redrawMs = (performance.now() - t0).toFixed(1);
    root.dataset.state = query || '?';
  }

  form.addEventListener('change', (e) => {
    const el = e.target as HTMLSelectElement;
    const next: FrontState = { ...state };
    if (el.name === 'indikator') {
      next.indicator = el.value;
      const m = meta.find((x) => x.id === el.value)!;
      next.year = m.years.includes(state.year) ? state.year : m.defaultYear;
    } else if (el.name === 'ar') next.year = Number(el.value);
    else if (el.name === 'fylke') next.fylke = el.value;
    else if (el.name === 'kostra') next.kostra = el.value;
    else if (el.name === 'sentralitet') next.centrality = el.value;
    state = next;
    void apply();
  });
  tools.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!b) return;
    if (b.dataset.sort) {
      state = { ...state, sort: b.dataset.sort as FrontState['sort'] };
      void apply();
    } else if (b.hasAttribute('data-download') && current) {
      const rows = rankingRows(current.s, current.k, state);
      const csv = rankingCsv(rows, current.s, state.year);
      download(`bosettingstall-${state.indicator}-${state.year}.csv`, new Blob([toExcelCsv(csv.columns, csv.rows)], { type: 'text/csv;charset=utf-8' }));
    }
  });

  // Hover on the map, or focus in the ranking: highlight the kommune and say its value.
  const tip = $<HTMLElement>('[data-tooltip]');
  const mapCol = $<HTMLElement>('.map-col');
  const show = (code: string | undefined) => {
    for (const el of root.querySelectorAll('.hl')) el.classList.remove('hl');
    if (!code) {
      tip.hidden = true;
      return;
    }
    const paths = root.querySelectorAll<SVGPathElement>(`path[data-k="${code}"]`);
    paths.forEach((p) => p.classList.add('hl'));
    root.querySelector(`tr[data-k="${code}"]`)?.classList.add('hl');
    const title = paths[0]?.querySelector('title')?.textContent;
    if (!title || !paths[0]) return;
    const box = paths[0].getBoundingClientRect();
    const host = mapCol.getBoundingClientRect();
    tip.textContent = `${title}${current ? ` – ${current.s.citations[String(state.year)]}` : ''}`;
    tip.style.left = `${Math.min(box.right - host.left + 4, host.width - 200)}px`;
    tip.style.top = `${box.top - host.top}px`;
    tip.hidden = false;
  };
  root.addEventListener('mouseover', (e) => show((e.target as Element).closest<SVGPathElement>('path[data-k]')?.dataset.k));
  root.addEventListener('focusin', (e) => show((e.target as Element).closest<HTMLElement>('tr[data-k]')?.dataset.k));
  root.addEventListener('mouseleave', () => show(undefined));
  root.addEventListener('click', (e) => {
    const href = (e.target as Element).closest<SVGPathElement>('path[data-href]')?.dataset.href;
    if (href) location.href = href;
  });

  if (serializeFrontState(state, defaults) !== '') void apply();
  else root.dataset.state = '?';
}
