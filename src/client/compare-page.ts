import { compareChart, nearestPoint, type CompareChart, type PlacedPoint } from '../lib/charts/compare.ts';
import { rankBars } from '../lib/charts/rank-bars.ts';
import { tipSvg } from '../lib/charts/svg.ts';
import type { GroupSeries } from '../lib/compare/aggregate.ts';
import { getCompareMeasure } from '../lib/compare/compare-measures.ts';
import {
  MAX_KOMMUNER,
  parseCompareState,
  serializeCompareState,
  type CompareState,
  type RefKind,
} from '../lib/compare/compare-state.ts';
import {
  buildView,
  chartPoints,
  type CompareView,
  latestRanking,
  rankingYear,
  tableOf,
} from '../lib/compare/compare-view.ts';
import { compareTable } from '../lib/compare/compare-table.ts';
import { defaultFrom } from '../lib/compare/default-span.ts';
import { DEFAULT_VIEW, refIdFor } from '../lib/compare/defaults.ts';
import type { Peers } from '../lib/compare/peers.ts';
import { renderCompareParts } from '../lib/compare/render-compare.ts';
import { decodeSeriesData, type SeriesData, type SeriesWire } from '../lib/compare/series-data.ts';
import type { Strings } from '../i18n/nb.ts';
import { referenceMeta, referenceName } from '../lib/compare/reference-label.ts';
import { toExcelCsv } from '../lib/format/csv.ts';
import { downloadName } from '../lib/format/download-name.ts';
import { escapeHtml as esc } from '../lib/format/escape-html.ts';
import {
  type LabelledSource,
  plainText,
  type SourceLabel,
  sourceLabel,
  compareSourceLineHtml,
} from '../lib/format/source-label.ts';
import type { CompareMeasure } from '../lib/compare/compare-measures.ts';
import { syncLanguageLinks } from './page-locale.ts';
import { labelHtmlFor, type NamedEntry, shownName } from '../lib/format/kommune-name.ts';
import { formatIndicator, formatInt } from '../lib/format/number.ts';
import { checkProposal, type ProposalMark, proposalMark, proposalYear } from '../lib/compare/proposal.ts';
import { chartMarkup, saveChart } from './chart-export.ts';
import { download } from './download.ts';
import { getJson } from './get-json.ts';
import { toXlsx } from './xlsx.ts';
import type { KommuneRef } from '../lib/indicators/indicator-series.ts';
import { attachSearch } from './search.ts';
import { COMPARE_FRAME_HEIGHT, compareEmbedPath, iframeCode } from '../lib/embed/code.ts';

type KommuneFile = SeriesData & {
  fylkeCode: string;
  fylkeName: string;
  kostra: number | null;
  centrality: number | null;
  peers: Peers;
};

/** The page's script state: what every step of the comparison reads, and the view it changes. */
interface Compare {
  root: HTMLElement;
  t: Strings;
  $: <T extends Element>(sel: string) => T;
  index: ({ code: string } & NamedEntry)[];
  /** A column that is a kommune: its official name with the Sami or Kven part in its language. */
  headHtml: (label: string) => string;
  kommunerP: Promise<KommuneRef[]>;
  labelsP: Promise<Record<string, SourceLabel>>;
  textOf: (m: CompareMeasure) => Pick<CompareMeasure, 'label' | 'short' | 'definition'>;
  loadK: (code: string) => Promise<KommuneFile>;
  loadG: (id: string) => Promise<GroupSeries>;
  /** The view from the address (or the default view). */
  parse: () => { state: CompareState; ignored: string[] };
  form: HTMLFormElement;
  refusedNote: HTMLElement;
  state: CompareState;
  ignored: string[];
  lastView?: CompareView;
  /** The point being read with the keyboard: a series and a year, by position. */
  cursor: { series: number; year: number };
  labels: Record<string, SourceLabel>;
  sel: KommuneFile[];
  /** Per 1000 is a preference: it survives a switch to a measure that cannot be shown so, and back. */
  preferPerCapita: boolean;
  chart?: CompareChart;
}

/** The proposal's mark as drawn, and its figure in words. */
type Shown = { mark: ProposalMark | null; text: string | null };

/**
 * The comparison page in the browser. It loads only what the view needs —
 * one small file per selected kommune and one per reference group — draws
 * with the same chart functions as the build (src/lib/charts/compare.ts,
 * rank-bars.ts), and keeps the whole view in the URL
 * (back and forward work).
 */
export function attachCompare(root: HTMLElement, t: Strings) {
  const c = compareOf(root, t);
  attachSearch(c.$('[data-search][data-mode=add]'), { onPick: (h) => add(c, h.code, h.name) });
  attachClicks(c);
  attachControls(c);
  attachReading(c);
  addEventListener('popstate', () => {
    ({ state: c.state, ignored: c.ignored } = c.parse());
    void render(c);
  });
  void render(c);
}

/** The kommuner known to the page, the loaders of the data files, and the view read from the address. */
function compareOf(root: HTMLElement, t: Strings): Compare {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const index: ({ code: string } & NamedEntry)[] = JSON.parse(document.getElementById('sok-data')!.textContent!);
  const known = new Set(index.map((k) => k.code));
  const kommunerP = getJson<KommuneRef[]>('/data/kommuner.json');
  // The sources and the measures in the page's language: the data files are the same in every language.
  const labelsP = getJson<Record<string, LabelledSource>>('/data/kilder.json').then((raw) =>
    Object.fromEntries(Object.entries(raw).map(([id, s]) => [id, sourceLabel(t, s)])),
  );
  const texts: Record<string, Pick<CompareMeasure, 'label' | 'short' | 'definition'>> = JSON.parse(
    document.getElementById('measure-texts')?.textContent ?? '{}',
  );
  const parse = () =>
    location.search
      ? parseCompareState(location.search, (c) => known.has(c))
      : { state: { ...DEFAULT_VIEW }, ignored: [] };
  const { state, ignored } = parse();
  return {
    root,
    t,
    $,
    index,
    headHtml: labelHtmlFor(index),
    kommunerP,
    labelsP,
    textOf: (m) => texts[m.id] ?? m,
    ...loadersOf(),
    parse,
    form: $<HTMLFormElement>('[data-controls]'),
    // Why a pick was not added, shown beside the search box (the search's live region says it too).
    refusedNote: $<HTMLElement>('[data-refused]'),
    state,
    ignored,
    cursor: { series: 0, year: -1 },
    labels: {},
    sel: [],
    preferPerCapita: state.perCapita,
  };
}

/** One small file per kommune and per reference group, each fetched once. */
function loadersOf() {
  const files = new Map<string, Promise<KommuneFile>>();
  const groups = new Map<string, Promise<GroupSeries>>();
  const loadK = (c: string) =>
    (files.has(c)
      ? files
      : files.set(
          c,
          getJson<Omit<KommuneFile, 'parts'> & SeriesWire>(`/data/kommune/${c}.json`).then((w) => decodeSeriesData(w)),
        )
    ).get(c)!;
  const loadG = (id: string) =>
    (groups.has(id) ? groups : groups.set(id, getJson<GroupSeries>(`/data/referanse/${id}.json`))).get(id)!;
  return { loadK, loadG };
}

/** Chart tips: the words of a source. */
const tipLabelOf = (c: Compare) => (id: string) => c.labels[id]?.text ?? id;
/** Downloads and the exported picture: the words with the publisher's address. */
const fullLabelOf = (c: Compare) => (id: string) => (c.labels[id] ? plainText(c.t, c.labels[id]) : id);

/** Loads what the view needs and redraws every part of the page from `c.state`. */
async function render(c: Compare) {
  const { t, $ } = c;
  const [loaded, kommuner, lab] = await Promise.all([
    Promise.all(c.state.kommuner.map(c.loadK)),
    c.kommunerP,
    c.labelsP,
  ]);
  c.sel = loaded;
  dropImpossibleProposal(c);
  const refIds = [...new Set(c.state.refs.map((r) => refIdFor(r, c.sel[0])))];
  // Each group named in the page's language (its file is the same in every language).
  const refs = (await Promise.all(refIds.map(c.loadG))).map((g) => ({
    ...g,
    label: referenceName(t, referenceMeta(t, g.id, kommuner)),
  }));
  const t0 = performance.now();
  c.labels = lab;
  const found = getCompareMeasure(c.state.measure)!;
  const m = { ...found, ...c.textOf(found) };
  // With no years chosen: the last 10 years with figures.
  const allYears = buildView(t, { ...c.state, from: null, to: null }, c.sel, refs, c.textOf).years;
  const state = c.state;
  const from = state.from ?? (state.to === null ? defaultFrom(allYears) : null);
  const view = buildView(t, { ...state, from }, c.sel, refs, c.textOf);
  c.lastView = view;
  const shown = drawChart(c, view, m);
  drawTable(c, view, shown);
  writeNotes(c, view, m, shown);
  drawParts(c, kommuner);
  setControls(c, m, allYears);
  writeEmbedCode(c, m);
  const note = $<HTMLElement>('[data-ignored]');
  note.hidden = c.ignored.length === 0;
  note.textContent = c.ignored.length ? t.compare.ignored(c.ignored) : '';
  c.root.dataset.redrawMs = (performance.now() - t0).toFixed(1);
  c.root.dataset.state = serializeCompareState(state) || '?';
  // The language switch keeps the comparison: the same kommuner, measure and years in the other language.
  syncLanguageLinks();
}

/** «Bygg inn»: the embed of the view as it is now (the proposal is not a figure from the sources: left out). */
function writeEmbedCode(c: Compare, m: CompareMeasure) {
  const embed = c.root.querySelector<HTMLElement>('[data-embed]');
  if (!embed) return;
  const path = compareEmbedPath(location.pathname, serializeCompareState({ ...c.state, proposal: null }));
  embed.querySelector<HTMLAnchorElement>('[data-embed-preview]')!.href = path;
  embed.querySelector<HTMLTextAreaElement>('[data-embed-code]')!.value = iframeCode(
    new URL(path, embed.dataset.site).href,
    c.t.embed.frameTitle(m.label, c.t.list(c.sel.map((s) => s.name))),
    COMPARE_FRAME_HEIGHT,
  );
}

/** A proposal the first kommune cannot have (over 10 % of its inhabitants) is named and dropped, as junk in a link is. */
function dropImpossibleProposal(c: Compare) {
  const { state, sel } = c;
  if (state.proposal == null || !sel[0] || checkProposal(state.proposal, sel[0]).ok) return;
  c.ignored = [...c.ignored, c.t.compare.proposal.ignored(String(state.proposal))];
  c.state = { ...state, proposal: null };
  history.replaceState(null, '', `${location.pathname}${serializeCompareState(c.state) || '?k='}`);
}

/** The chart, the ranking bars and their heading; returns the proposal's mark as drawn. */
function drawChart(c: Compare, view: CompareView, m: CompareMeasure): Shown {
  const { t, $, state, sel } = c;
  const chartHost = $<HTMLElement>('[data-chart]');
  // Drawn at the column's own width: on a phone its text stays readable (not scaled down), on a desk it uses the column.
  const fit = chartHost.clientWidth > 0 ? { width: Math.max(320, chartHost.clientWidth) } : {};
  const points = chartPoints(t, view, tipLabelOf(c));
  // The proposal from the profile's «Planlegg vedtaket», for the first kommune's coming year (compare/proposal.ts).
  const mark =
    state.proposal != null && sel[0] ? proposalMark(state.proposal, sel[0], m.id, view.unit === 'per 1000') : null;
  const shownMark = mark && mark.value !== null ? mark : null;
  const markText = shownMark && formatIndicator(t, shownMark.value, view.unit, shownMark.status);
  $<HTMLElement>('[data-prov-note]').hidden = !points.some((p) => p.provisional);
  const ariaLabel = t.compare.chartLabel(
    m.label,
    view.unit === 'per 1000',
    view.series.map((s) => s.label),
  );
  const chart = compareChart(points, {
    t,
    unit: view.unit,
    label: t.compare.unitLabels[view.unit],
    ariaLabel: ariaLabel + (shownMark ? t.compare.proposal.chartLabel(shownMark.year) : ''),
    ...(shownMark
      ? {
          proposal: {
            series: shownMark.name,
            year: shownMark.year,
            value: shownMark.value!,
            label: t.compare.proposal.mark(shownMark.year),
          },
        }
      : {}),
    ...fit,
  });
  c.chart = chart;
  chartHost.innerHTML = chart.svg;
  const year = rankingYear(view);
  const ranking = latestRanking(t, view, year);
  const barsLabel = t.compare.barsLabel(m.label, year);
  $<HTMLElement>('[data-bars]').innerHTML = ranking.length
    ? rankBars(ranking, { t, unit: view.unit, color: chart.color, width: chart.width, ariaLabel: barsLabel })
    : '';
  $('[data-latest-h]').textContent = year ? t.compare.ranked(year) : t.compare.noFigures;
  return { mark: shownMark, text: markText };
}

/** The table under the chart, with the proposal's row first where there is one. */
function drawTable(c: Compare, view: CompareView, { mark, text }: Shown) {
  const { t, $ } = c;
  const table = tableOf(
    t,
    view,
    mark
      ? { series: mark.code, head: t.compare.proposal.rowHead(mark.year), text: t.compare.proposal.cell(text!) }
      : undefined,
  );
  $('[data-table] thead').innerHTML =
    `<tr>${table.columns.map((col) => `<th scope="col">${c.headHtml(col)}</th>`).join('')}</tr>`;
  $('[data-table] tbody').innerHTML = table.rows
    .map(
      (r, i) =>
        `<tr${mark && i === 0 ? ' class="proposal" data-proposal-row' : ''}><th scope="row">${esc(r[0])}</th>${r
          .slice(1)
          .map((cell) => `<td>${esc(cell)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
}

/** Caption, definition, the proposal's note, the request-cut notes and the sources. */
function writeNotes(c: Compare, view: CompareView, m: CompareMeasure, { mark, text }: Shown) {
  const { t, $, state, sel, labels } = c;
  $('[data-caption]').textContent = `${m.label}${view.unit === 'per 1000' ? t.compare.perCapitaSuffix : ''}`;
  $('[data-definition]').textContent = m.definition;
  const proposalNote = $<HTMLElement>('[data-proposal-note]');
  proposalNote.hidden = state.proposal == null || !sel[0];
  if (state.proposal != null && sel[0]) {
    const n = formatInt(state.proposal);
    const year = proposalYear(sel[0]);
    const said =
      mark === null
        ? t.compare.proposal.otherMeasure(n, year ?? 0)
        : t.compare.proposal.note(
            sel[0].name,
            n,
            state.proposal === 1,
            mark.year,
            mark.perCapita ? text : null,
            mark.populationYear,
          );
    proposalNote.innerHTML = `${esc(said)} <button type="button" data-remove-proposal>${esc(t.compare.proposal.remove)}</button>`;
  } else proposalNote.innerHTML = '';
  $('[data-cut-notes]').innerHTML = view.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
  $('[data-source]').innerHTML = compareSourceLineHtml(t, view.series, labels);
}

/** The chosen kommuner as chips, the reference groups, and the suggested peers. */
function drawParts(c: Compare, kommuner: KommuneRef[]) {
  const { t, $ } = c;
  const refMeta = [
    'land',
    ...new Set(kommuner.map((k) => `fylke-${k.fylkeCode}`)),
    ...new Set(kommuner.map((k) => `kostra-${k.kostra}`)),
    ...[1, 2, 3, 4, 5, 6].map((n) => `sentralitet-${n}`),
  ].map((id) => referenceMeta(t, id, kommuner));
  const parts = renderCompareParts(t, c.state, c.sel, refMeta, c.index, c.ignored);
  $('[data-chips]').innerHTML = parts.chips;
  $('[data-refs]').innerHTML = parts.refs;
  $('[data-peers]').innerHTML = parts.peers;
  shortenPeerLists(t, $('[data-peers]'));
}

/** The form shows the view: measure, per 1000 (only for counts), and the years to choose from. */
function setControls(c: Compare, m: CompareMeasure, allYears: number[]) {
  const { t, form, state } = c;
  (form.elements.namedItem('mal') as HTMLSelectElement).value = state.measure;
  const per = form.elements.namedItem('per1000') as HTMLInputElement;
  per.checked = state.perCapita;
  per.disabled = m.kind !== 'count';
  for (const [name, value] of [
    ['fra', state.from],
    ['til', state.to],
  ] as const) {
    const s = form.elements.namedItem(name) as HTMLSelectElement;
    s.innerHTML =
      `<option value="">${name === 'fra' ? t.compare.defaultSpan : t.compare.lastYear}</option>` +
      allYears.map((y) => `<option value="${y}">${y}</option>`).join('');
    s.value = value === null ? '' : String(value);
  }
}

/** A new view: into the address (back and forward work) and drawn. */
function update(c: Compare, next: Partial<CompareState>) {
  const { state } = c;
  if (next.kommuner && next.kommuner.length < state.kommuner.length) c.refusedNote.hidden = true;
  // The proposal belongs to the kommune that came first: it goes when that kommune does.
  if (next.kommuner && next.kommuner[0] !== state.kommuner[0]) next = { ...next, proposal: null };
  c.state = { ...state, ...next };
  if ('perCapita' in next) c.preferPerCapita = c.state.perCapita;
  c.state.perCapita = c.preferPerCapita && getCompareMeasure(c.state.measure)?.kind === 'count';
  c.ignored = [];
  history.pushState(null, '', `${location.pathname}${serializeCompareState(c.state) || '?k='}`);
  void render(c);
}

/** Adds a kommune, or says beside the search box why not; returns the reason. */
function add(c: Compare, code: string, name: string): string | undefined {
  const { t, state, refusedNote } = c;
  const refused = state.kommuner.includes(code)
    ? t.compare.alreadySelected(name)
    : state.kommuner.length >= MAX_KOMMUNER
      ? t.compare.full(name, MAX_KOMMUNER)
      : undefined;
  refusedNote.textContent = refused ?? '';
  refusedNote.hidden = !refused;
  if (!refused) update(c, { kommuner: [...state.kommuner, code] });
  return refused;
}

/** Removing a kommune, the proposal, adding a suggested kommune or group, exporting, and «Vis flere». */
function attachClicks(c: Compare) {
  const { root, $ } = c;
  root.addEventListener('click', (e) => {
    const el = e.target as HTMLElement;
    const remove = el.closest<HTMLElement>('[data-remove]')?.dataset.remove;
    if (remove) return removeKommune(c, remove);
    if (el.closest('[data-remove-proposal]')) {
      update(c, { proposal: null });
      setTimeout(() => $<HTMLElement>('[data-chart-figure]').focus(), 50);
      return;
    }
    const addCode = el.closest<HTMLElement>('[data-add]')?.dataset.add;
    if (addCode) add(c, addCode, ((k) => (k ? shownName(k) : addCode))(c.index.find((k) => k.code === addCode)));
    const addRef = el.closest<HTMLElement>('[data-add-ref]')?.dataset.addRef as RefKind | undefined;
    if (addRef && !c.state.refs.includes(addRef)) {
      update(c, { refs: [...c.state.refs, addRef] });
      // The button is replaced by the sentence saying the group is shown: keep focus nearby.
      setTimeout(() => $<HTMLElement>(`[data-refs] input[value=${addRef}]`).focus(), 50);
    }
    const exp = el.closest<HTMLElement>('[data-export]')?.dataset.export;
    if (exp && c.lastView) void exportAs(c, exp as 'svg' | 'png' | 'csv' | 'xlsx');
    const more = el.closest<HTMLButtonElement>('[data-more]');
    if (more) {
      const ul = more.closest('ul')!;
      for (const li of ul.querySelectorAll<HTMLElement>('li[hidden]')) li.hidden = false;
      ul.querySelector<HTMLElement>('li:nth-child(6) button')?.focus();
      more.closest('li')!.remove();
    }
  });
}

/** Removes a kommune and keeps keyboard focus in the list: the next chip, or the search box. */
function removeKommune(c: Compare, code: string) {
  const { root } = c;
  const i = c.state.kommuner.indexOf(code);
  update(c, { kommuner: c.state.kommuner.filter((k) => k !== code) });
  queueMicrotask(() =>
    setTimeout(
      () =>
        (
          root.querySelectorAll<HTMLElement>('[data-remove]')[i] ??
          root.querySelectorAll<HTMLElement>('[data-remove]')[i - 1] ??
          c.$<HTMLElement>('#legg-til')
        ).focus(),
      50,
    ),
  );
}

/** The reference groups' boxes, and the form's measure, per 1000 and years. */
function attachControls(c: Compare) {
  c.$('[data-refs]').addEventListener('change', () => {
    const refs = [...c.root.querySelectorAll<HTMLInputElement>('[data-refs] input[name=ref]:checked')].map(
      (i) => i.value as RefKind,
    );
    update(c, { refs });
  });
  c.form.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (el.name === 'mal') update(c, { measure: el.value, from: null, to: null });
    else if (el.name === 'per1000') update(c, { perCapita: (el as HTMLInputElement).checked });
    else if (el.name === 'fra') update(c, { from: el.value ? Number(el.value) : null });
    else if (el.name === 'til') update(c, { to: el.value ? Number(el.value) : null });
  });
}

/** A ring on the point being read or hovered, and its tip: value, status and source. */
function markPoint(c: Compare, p: PlacedPoint | undefined) {
  const { chart } = c;
  const svg = c.root.querySelector('[data-chart] svg');
  for (const el of svg?.querySelectorAll('.focus-ring, .tip') ?? []) el.remove();
  if (!p || !svg || !chart) return;
  svg.insertAdjacentHTML(
    'beforeend',
    `<circle class="focus-ring" cx="${p.x}" cy="${p.y}" r="8" fill="none" stroke="${chart.color(p.series)}" stroke-width="3" pointer-events="none"></circle>${tipSvg(p.x, p.y, p.tip, chart)}`,
  );
}

/** Keyboard reading of the chart (the same text as the hover tip, in a live region), and the hover itself. */
function attachReading(c: Compare) {
  const figure = c.$<HTMLElement>('[data-chart-figure]');
  const readout = c.$<HTMLElement>('[data-readout]');
  const readPoint = () => {
    const { lastView, chart, cursor } = c;
    if (!lastView || !chart) return;
    const names = lastView.series.map((s) => s.label);
    const years = lastView.years;
    if (cursor.year < 0 || cursor.year >= years.length) cursor.year = years.length - 1;
    cursor.series = Math.max(0, Math.min(names.length - 1, cursor.series));
    const p = chartPoints(c.t, lastView, tipLabelOf(c)).find(
      (x) => x.series === names[cursor.series] && x.year === years[cursor.year],
    );
    readout.textContent = p ? p.tip : '';
    markPoint(
      c,
      chart.points.find((x) => x.series === p?.series && x.year === p?.year),
    );
  };
  const chartHost = c.$<HTMLElement>('[data-chart]');
  chartHost.addEventListener('pointermove', (e) => {
    const svg = chartHost.querySelector('svg');
    const chart = c.chart;
    if (!svg || !chart) return;
    const b = svg.getBoundingClientRect();
    const x = ((e.clientX - b.left) * chart.width) / b.width;
    const y = ((e.clientY - b.top) * chart.height) / b.height;
    markPoint(c, nearestPoint(chart.points, x, y));
  });
  chartHost.addEventListener('pointerleave', () => markPoint(c, undefined));
  figure.addEventListener('focus', readPoint);
  figure.addEventListener('keydown', (e) => {
    const move = KEY_MOVES[e.key];
    if (!move || !c.lastView) return;
    e.preventDefault();
    c.cursor = {
      series: c.cursor.series + move[0],
      year: Math.max(0, Math.min(c.lastView.years.length - 1, c.cursor.year + move[1])),
    };
    readPoint();
  });
  figure.addEventListener('blur', () => {
    readout.textContent = '';
    markPoint(c, undefined);
  });
}

/** The keys that move the chart's reading point: [series, year]. */
const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  Home: [0, -999],
  End: [0, 999],
};

/** The view as a table (CSV, XLSX) or as a picture (SVG, PNG), named by kommuner, measure and day. */
async function exportAs(c: Compare, kind: 'svg' | 'png' | 'csv' | 'xlsx') {
  const { t, state, sel } = c;
  const v = c.lastView!;
  // The kommuner, the measure and the day in the name (issue 21: a planner keeps several).
  const base = downloadName([...state.kommuner, v.measure.id, ...(state.perCapita ? ['per1000'] : [])], new Date());
  if (kind === 'csv' || kind === 'xlsx') {
    const table = compareTable(t, v, {
      sourceLabel: fullLabelOf(c),
      fylkeOf: (code) => sel.find((k) => k.code === code)?.fylkeName ?? null,
    });
    if (kind === 'csv')
      download(`${base}.csv`, new Blob([toExcelCsv(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' }));
    else download(`${base}.xlsx`, await toXlsx(table, { words: t.workbook, note: location.href }));
    return;
  }
  // The picture names itself: title, the sources with their addresses, the provisional note, the dataset's version and date, and the view's address.
  const sources = [...new Set(v.series.flatMap((s) => s.points.flatMap((p) => p.sources)))]
    .map(fullLabelOf(c))
    .join('; ');
  await saveChart(kind, base, chartMarkup(c.root.querySelector<SVGSVGElement>('[data-chart] svg[role=img]')!), {
    title: `${v.measure.label}${v.unit === 'per 1000' ? t.compare.perCapitaSuffix : ''}`,
    sources: [`${t.profile.source}: ${sources}.`],
    notes: v.series.some((s) => s.points.some((p) => p.provisional && p.value !== null))
      ? [t.compare.provisionalNote]
      : [],
    stamp: t.chartExport.stamp(c.root.dataset.datasetLine ?? '', location.href),
  });
}

/** Each suggestion list shows 5; «Vis flere» shows the rest. */
function shortenPeerLists(t: Strings, host: HTMLElement, keep = 5) {
  for (const ul of host.querySelectorAll('ul')) {
    const items = [...ul.querySelectorAll<HTMLElement>(':scope > li')];
    if (items.length <= keep) continue;
    for (const li of items.slice(keep)) li.hidden = true;
    ul.insertAdjacentHTML(
      'beforeend',
      `<li class="more"><button type="button" data-more class="peer-add">${esc(t.compare.showMore(items.length - keep))}</button></li>`,
    );
  }
}
