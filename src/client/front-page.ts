import type { Strings } from '../i18n/nb.ts';
import { escapeHtml as esc } from '../lib/format/escape-html.ts';
import { pagePath } from './page-locale.ts';
import { downloadName } from '../lib/format/download-name.ts';
import { toExcelCsv } from '../lib/format/csv.ts';
import { formatInt } from '../lib/format/number.ts';
import { shownName } from '../lib/format/kommune-name.ts';
import { type LabelledSource, plainText, sourceLabel } from '../lib/format/source-label.ts';
import { download } from './download.ts';
import { getJson } from './get-json.ts';
import { toXlsx } from './xlsx.ts';
import {
  changeWithheld,
  defaultMinPopulation,
  filterKommuner,
  mapClasses,
  parseFrontQuery,
  rankingRows,
  serializeFrontState,
  type FrontSeries,
  type FrontState,
} from '../lib/front/ranking-view.ts';
import {
  classNote,
  mapNoteOf,
  legendHtml,
  mapTitle,
  rankingHeadHtml,
  rankingNotes,
  rankingRowsHtml,
  rankingTable,
} from '../lib/front/render-front.ts';
import type { KommuneRef } from '../lib/indicators/indicator-series.ts';
import type { Palette } from '../lib/map/class-breaks.ts';
import { decodeSeries, type Wire } from '../lib/indicators/status-code.ts';

/** Most kommuner one comparison takes: MAX_KOMMUNER of compare-state.ts (not imported, it brings the measure list with it). */
const MAX_COMPARE = 10;

type Series = FrontSeries & { citations: Record<string, string>; citationsHtml: Record<string, string> };
interface Meta {
  id: string;
  label: string;
  short: string;
  definition: string;
  unit: Series['unit'];
  years: number[];
  defaultYear: number;
}

/** Lets the browser paint and handle input between the pieces of a redraw. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The page's script state: what every step of the front page reads, and the view it changes. */
interface Front {
  root: HTMLElement;
  t: Strings;
  $: <T extends Element>(sel: string) => T;
  form: HTMLFormElement;
  meta: Meta[];
  defaults: { indicator: string; year: number };
  firstRows: number;
  /** The classes' colours, from the page (map/palette.ts: the scheme's module stays out of this script). */
  palette: Palette;
  state: FrontState;
  /** The view the map's colours show (the build's default until the first recolouring). */
  mapShows: string;
  showAll: boolean;
  selected: Set<string>;
  kommunerP: Promise<KommuneRef[]>;
  sourcesP: Promise<Record<string, LabelledSource>>;
  load: (id: string) => Promise<Series>;
  current?: { s: Series; k: KommuneRef[] };
}

/**
 * The front page's map and ranking in the browser: choosing a measure, year,
 * filter, minimum population or sort recolours the build-time map (dimming
 * kommuner outside the filter), redraws legend and ranking, and writes the
 * view into the URL. Data comes per indicator, on demand.
 */
export function attachFront(root: HTMLElement, t: Strings) {
  const f = frontOf(root, t);
  attachControls(f);
  attachSelection(f);
  attachClicks(f);
  attachTooltip(f);
  void apply(f);
}

/** The controls shown (the page works without the script), the view read from the address, the data loaders. */
function frontOf(root: HTMLElement, t: Strings): Front {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-controls]');
  for (const el of root.querySelectorAll<HTMLElement>(
    '[data-controls], [data-rank-tools], [data-compare-tools], [data-download-tools], [data-show-all]',
  ))
    el.hidden = false;
  $<HTMLElement>('[data-nojs-all]').hidden = true;
  const meta: Meta[] = JSON.parse($('#front-meta').textContent!);
  const fallback = root.dataset.default!;
  const def = meta.find((m) => m.id === fallback)!;
  const optionValues = (name: string) =>
    [...(form.elements.namedItem(name) as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);
  const parsed = parseFrontQuery(location.search, meta, fallback, {
    fylker: optionValues('fylke'),
    kostra: optionValues('kostra'),
  });
  const built = parseFrontQuery('', meta, fallback, { fylker: [], kostra: [] }).state;
  const ignoredNote = $<HTMLElement>('[data-ignored]');
  if (parsed.ignored.length) {
    ignoredNote.textContent = t.front.ignored(parsed.ignored);
    ignoredNote.hidden = false;
  }
  // The profiles' addresses in the page's language (the data files write bokmål's).
  const kommunerP = getJson<KommuneRef[]>('/data/kommuner.json').then((ks) =>
    ks.map((k) => ({ ...k, path: pagePath(k.path) })),
  );
  // The data files are the same in every language: the page adds the words (label, definition, source lines).
  const sourcesP = getJson<Record<string, LabelledSource>>('/data/kilder.json');
  return {
    root,
    t,
    $,
    form,
    meta,
    defaults: { indicator: def.id, year: def.defaultYear },
    firstRows: Number(root.dataset.firstRows ?? 25),
    palette: JSON.parse(root.dataset.palette!),
    state: parsed.state,
    mapShows: mapKeyOf(built),
    showAll: false,
    selected: new Set<string>(),
    kommunerP,
    sourcesP,
    load: loaderOf(t, meta, sourcesP),
  };
}

/** What the map's colours depend on. */
const mapKeyOf = (s: FrontState) => JSON.stringify([s.indicator, s.year, s.fylke, s.kostra, s.centrality]);

/** One indicator's file, fetched once, with its words in the page's language. */
function loaderOf(t: Strings, meta: Meta[], sourcesP: Promise<Record<string, LabelledSource>>) {
  const cache = new Map<string, Promise<Series>>();
  return (id: string) => {
    // Statuses arrive one letter per kommune: decoded here, once.
    if (!cache.has(id))
      cache.set(
        id,
        Promise.all([getJson<Wire<Series>>(`/data/indikator/${id}.json`), sourcesP]).then(([w, sources]) =>
          withWords(t, decodeSeries(w), meta.find((m) => m.id === id)!, sources),
        ),
      );
    return cache.get(id)!;
  };
}

/** Redraws the view for `f.state`: controls, map, legend, ranking, captions, and the address. */
async function apply(f: Front) {
  const { $, state } = f;
  const [k, s] = await Promise.all([f.kommunerP, f.load(state.indicator)]);
  const t0 = performance.now();
  f.current = { s, k };
  setControls(f, s);
  // The redraw in three short tasks (classes and map, then the ranking), not one long one: on a slow phone
  // the first view's redraw after load no longer blocks input for its whole length (Lighthouse TBT, issue 22).
  await yieldToMain();
  const classes = mapClasses(s, k, state.year, f.palette);
  recolourMap(f, k, classes);
  $('[data-legend]').innerHTML = legendHtml(f.t, s, classes, 'kart');
  $('[data-classes]').textContent = classNote(f.t, classes);
  await yieldToMain();
  drawRanking(f, s, k);
  const query = serializeFrontState(state, f.defaults, f.meta);
  history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  f.root.dataset.redrawMs = (performance.now() - t0).toFixed(1);
  f.root.dataset.state = query || '?';
}

/** The selects show the view (the year's list is the indicator's years). */
function setControls(f: Front, s: Series) {
  const { form, state, t } = f;
  const setSelect = (name: string, value: string) => {
    (form.elements.namedItem(name) as HTMLSelectElement).value = value;
  };
  const yearSel = form.elements.namedItem('ar') as HTMLSelectElement;
  yearSel.innerHTML = s.years
    .map((y) => `<option value="${y}">${y}${s.provisional[y] ? ` ${t.front.provisional}` : ''}</option>`)
    .join('');
  setSelect('indikator', state.indicator);
  setSelect('ar', String(state.year));
  setSelect('fylke', state.fylke);
  setSelect('kostra', state.kostra);
  setSelect('sentralitet', state.centrality);
  setSelect('minst', String(state.minPopulation));
}

/** The map as built is the default view: recoloured only once the view differs from what it shows. */
function recolourMap(f: Front, k: KommuneRef[], classes: ReturnType<typeof mapClasses>) {
  const mapKey = mapKeyOf(f.state);
  if (mapKey === f.mapShows) return;
  f.mapShows = mapKey;
  const inFilter = filterKommuner(k, f.state);
  const filtered = inFilter.size < k.length;
  for (const el of f.root.querySelectorAll<SVGElement>('svg [data-k]')) {
    const code = el.dataset.k!;
    const mapId = el.closest('svg')!.id;
    el.setAttribute('fill', classes.fill.get(code)!.replace('url(#', `url(#${mapId}-`));
    el.classList.toggle('dim', filtered && !inFilter.has(code));
  }
}

/** The ranking table, its captions, title, definition, notes and sources, and the sort buttons. */
function drawRanking(f: Front, s: Series, k: KommuneRef[]) {
  const { $, state, t, root } = f;
  const y = String(state.year);
  const rows = rankingRows(s, k, state);
  const limit = f.showAll ? Infinity : f.firstRows;
  $('[data-head]').innerHTML = rankingHeadHtml(t, s, state.year, { select: true });
  $('[data-rows]').innerHTML = rankingRowsHtml(t, rows, s, { limit, select: true, selected: f.selected });
  const shown = Math.min(rows.length, limit);
  $('[data-showing]').textContent = t.front.showing(shown, rows.length);
  const more = $<HTMLButtonElement>('[data-show-all]');
  more.hidden = shown >= rows.length;
  more.textContent = t.front.showAll(rows.length);
  $('[data-caption]').textContent = t.front.caption(s.label, state.year, rows.length);
  $('[data-caption-small]').textContent = [
    ...rankingNotes(t, rows, s, state.year),
    ...(state.minPopulation > 0 ? [t.front.captionSmall(formatInt(state.minPopulation, t.lang))] : []),
  ].join(' ');
  $('[data-title]').textContent =
    `${s.label}, ${state.year}${s.provisional[y] ? ` ${t.front.provisionalFigures}` : ''}`;
  $('[data-definition]').textContent = s.definition;
  const cutNote = $<HTMLElement>('[data-cut-note]');
  cutNote.textContent = mapNoteOf(t, s, state.year);
  cutNote.hidden = !cutNote.textContent;
  $('[data-source]').innerHTML = t.front.source(s.citationsHtml[y] ?? '');
  for (const svg of root.querySelectorAll('svg[role=img]'))
    svg.setAttribute('aria-label', t.front.mapLabel(s.label, state.year));
  const noChange = changeWithheld(s, state.year);
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    b.setAttribute('aria-pressed', String(b.dataset.sort === state.sort));
    // No change is shown for a provisional year: sorting by it would only sort by name.
    if (b.dataset.sort === 'change') b.disabled = noChange;
  }
}

/** Measure, year, filters and minimum population: the next view, then a redraw. */
function attachControls(f: Front) {
  f.form.addEventListener('change', (e) => {
    f.state = nextState(f.state, e.target as HTMLSelectElement, f.meta);
    void apply(f);
  });
}

/** The view after one select changed; a new measure keeps the year where it has it. */
function nextState(state: FrontState, el: HTMLSelectElement, meta: Meta[]): FrontState {
  const next: FrontState = { ...state };
  if (el.name === 'indikator') {
    next.indicator = el.value;
    const m = meta.find((x) => x.id === el.value)!;
    next.year = m.years.includes(state.year) ? state.year : m.defaultYear;
    if (state.minPopulation === defaultMinPopulation(meta.find((x) => x.id === state.indicator)!))
      next.minPopulation = defaultMinPopulation(m);
  } else if (el.name === 'ar') next.year = Number(el.value);
  else if (el.name === 'fylke') next.fylke = el.value;
  else if (el.name === 'kostra') next.kostra = el.value;
  else if (el.name === 'sentralitet') next.centrality = el.value;
  else if (el.name === 'minst') next.minPopulation = Number(el.value);
  return next;
}

/** The ranking's tick boxes: the kommuner to compare, at most MAX_COMPARE, and the count said. */
function attachSelection(f: Front) {
  const { t, selected } = f;
  const selectedNote = f.$<HTMLElement>('[data-selected]');
  f.root.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.type !== 'checkbox' || !box.closest('[data-rows]')) return;
    if (box.checked && selected.size >= MAX_COMPARE) {
      // Not silently: say why the tick did not take.
      box.checked = false;
      const name = box.closest('tr')?.querySelector('th a')?.textContent ?? box.value;
      selectedNote.textContent = t.compare.full(name, MAX_COMPARE);
      return;
    } else if (box.checked) selected.add(box.value);
    else selected.delete(box.value);
    selectedNote.textContent = selected.size ? t.front.selectedCount(selected.size) : t.front.compareHint;
  });
}

/** Sort, «show all», compare, download, and a click on the map to the kommune's profile. */
function attachClicks(f: Front) {
  const selectedNote = f.$<HTMLElement>('[data-selected]');
  f.root.addEventListener('click', (e) => {
    const target = e.target as Element;
    const b = target.closest<HTMLButtonElement>('button');
    if (b?.dataset.sort) {
      f.state = { ...f.state, sort: b.dataset.sort as FrontState['sort'] };
      void apply(f);
    } else if (b?.hasAttribute('data-show-all')) {
      f.showAll = true;
      void apply(f);
    } else if (b?.hasAttribute('data-compare')) {
      if (f.selected.size === 0) {
        selectedNote.textContent = '';
        requestAnimationFrame(() => (selectedNote.textContent = f.t.front.compareHint));
        return;
      }
      location.href = `${pagePath('/sammenlign/')}?k=${[...f.selected].join(',')}`;
    } else if (b?.dataset.download && f.current) {
      void downloadTable(f, b.dataset.download as 'csv' | 'xlsx');
    } else {
      const code = target.closest<SVGElement>('svg [data-k]')?.dataset.k;
      if (code) void f.kommunerP.then((k) => (location.href = k.find((x) => x.code === code)!.path));
    }
  });
}

async function downloadTable(f: Front, kind: 'csv' | 'xlsx') {
  const { t, state } = f;
  const { s, k } = f.current!;
  const sources = await f.sourcesP;
  // The `kilde` column: the publisher's page in words with its address, then table and file date.
  const table = rankingTable(t, rankingRows(s, k, state), s, state, (id) =>
    sources[id] ? plainText(t, sourceLabel(t, sources[id])) : id,
  );
  const name = downloadName([state.indicator, state.year, 'alle-kommuner'], new Date());
  if (kind === 'csv')
    download(`${name}.csv`, new Blob([toExcelCsv(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' }));
  else download(`${name}.xlsx`, await toXlsx(table, { words: t.workbook, note: location.href }));
}

/** Hover on the map, or focus in the ranking: highlight the kommune and say its value. */
function attachTooltip(f: Front) {
  const { root, t } = f;
  const tip = f.$<HTMLElement>('[data-tooltip]');
  const mapCol = f.$<HTMLElement>('.map-col');
  const show = (code: string | undefined) => {
    for (const el of root.querySelectorAll('.hl')) el.classList.remove('hl');
    if (!code) {
      tip.hidden = true;
      return;
    }
    const marks = root.querySelectorAll<SVGElement>(`svg [data-k="${code}"]`);
    for (const p of marks) p.classList.add('hl');
    root.querySelector(`tr[data-k="${code}"]`)?.classList.add('hl');
    // The kommune's name and value, from the figures in hand (the map carries no text of its own).
    const current = f.current;
    const i = current?.k.findIndex((x) => x.code === code) ?? -1;
    if (!current || i < 0 || !marks[0]) return;
    const { s, k } = current;
    const y = String(f.state.year);
    const title = mapTitle(t, shownName(k[i]), s.values[y][i], s, s.status[y][i], s.words?.[y]?.[i]);
    const box = marks[0].getBoundingClientRect();
    const host = mapCol.getBoundingClientRect();
    tip.textContent = `${title} – ${t.front.source(s.citations[y])}`;
    tip.hidden = false;
    const w = tip.offsetWidth;
    tip.style.left = `${Math.max(0, Math.min(box.right - host.left + 4, host.width - w))}px`;
    tip.style.top = `${box.bottom - host.top + 4}px`;
  };
  root.addEventListener('mouseover', (e) => show((e.target as Element).closest<SVGElement>('svg [data-k]')?.dataset.k));
  root.addEventListener('focusin', (e) => show((e.target as Element).closest<HTMLElement>('tr[data-k]')?.dataset.k));
  root.addEventListener('mouseleave', () => show(undefined));
}

/** An indicator's words in the page's language: its label and definition (the page's meta), its source lines per year. */
function withWords(t: Strings, s: Series, m: Meta, sources: Record<string, LabelledSource>): Series {
  const label = (id: string, y: string) =>
    sources[id] ? sourceLabel(t, sources[id], [Number(y), Number(y)]) : { name: id, url: '', detail: '', text: id };
  const citations: Record<string, string> = {};
  const citationsHtml: Record<string, string> = {};
  for (const [y, ids] of Object.entries(s.sources)) {
    const ls = ids.map((id) => label(id, y));
    citations[y] = ls.map((l) => l.text).join('; ');
    const mark = t.lang === 'nb' ? '' : ' lang="nb"';
    citationsHtml[y] = ls.map((l) => `<a href="${esc(l.url)}"${mark}>${esc(l.name)}</a>, ${esc(l.detail)}`).join('; ');
  }
  return { ...s, label: m.label, short: m.short, definition: m.definition, citations, citationsHtml };
}
