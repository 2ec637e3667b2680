import { compareChart, nearestPoint, type CompareChart, type PlacedPoint } from '../lib/charts/compare.ts';
import { rankBars } from '../lib/charts/rank-bars.ts';
import { tipSvg, wrap } from '../lib/charts/svg.ts';
import type { GroupSeries } from '../lib/compare/aggregate.ts';
import { getCompareMeasure } from '../lib/compare/compare-measures.ts';
import {
  MAX_KOMMUNER,
  parseCompareState,
  serializeCompareState,
  type CompareState,
  type RefKind,
} from '../lib/compare/compare-state.ts';
import { buildView, chartPoints, latestRanking, rankingYear, tableOf } from '../lib/compare/compare-view.ts';
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
  sourceLinksHtml,
} from '../lib/format/source-label.ts';
import type { CompareMeasure } from '../lib/compare/compare-measures.ts';
import { syncLanguageLinks } from './page-locale.ts';
import { labelHtmlFor, type NamedEntry, shownName } from '../lib/format/kommune-name.ts';
import { formatIndicator, formatInt } from '../lib/format/number.ts';
import { checkProposal, proposalMark, proposalYear } from '../lib/compare/proposal.ts';
import { download } from './download.ts';
import { getJson } from './get-json.ts';
import { toXlsx } from './xlsx.ts';
import type { KommuneRef } from '../lib/indicators/indicator-series.ts';
import { attachSearch } from './search.ts';

type KommuneFile = SeriesData & {
  fylkeCode: string;
  fylkeName: string;
  kostra: number | null;
  centrality: number | null;
  peers: Peers;
};

/**
 * The comparison page in the browser. It loads only what the view needs —
 * one small file per selected kommune and one per reference group — draws
 * with the same chart functions as the build (src/lib/charts/compare.ts,
 * rank-bars.ts), and keeps the whole view in the URL
 * (back and forward work).
 */
export function attachCompare(root: HTMLElement, t: Strings) {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const index: ({ code: string } & NamedEntry)[] = JSON.parse(document.getElementById('sok-data')!.textContent!);
  // A column that is a kommune: its official name with the Sami or Kven part in its language.
  const headHtml = labelHtmlFor(index);
  const known = new Set(index.map((k) => k.code));
  const kommunerP = getJson<KommuneRef[]>('/data/kommuner.json');
  // The sources and the measures in the page's language: the data files are the same in every language.
  const labelsP = getJson<Record<string, LabelledSource>>('/data/kilder.json').then((raw) =>
    Object.fromEntries(Object.entries(raw).map(([id, s]) => [id, sourceLabel(t, s)])),
  );
  const texts: Record<string, Pick<CompareMeasure, 'label' | 'short' | 'definition'>> = JSON.parse(
    document.getElementById('measure-texts')?.textContent ?? '{}',
  );
  const textOf = (m: CompareMeasure) => texts[m.id] ?? m;
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

  const parse = () =>
    location.search
      ? parseCompareState(location.search, (c) => known.has(c))
      : { state: { ...DEFAULT_VIEW }, ignored: [] };
  let { state, ignored } = parse();
  const form = $<HTMLFormElement>('[data-controls]');
  let lastView: ReturnType<typeof buildView> | undefined;
  let cursor = { series: 0, year: -1 };
  let labels: Record<string, SourceLabel> = {};
  // Chart tips: the words; downloads and the exported picture: the words with the publisher's address.
  const tipLabel = (id: string) => labels[id]?.text ?? id;
  const fullLabel = (id: string) => (labels[id] ? plainText(t, labels[id]) : id);
  let sel: KommuneFile[] = [];
  // Per 1000 is a preference: it survives a switch to a measure that cannot be shown so, and back.
  let preferPerCapita = state.perCapita;
  let chart: CompareChart | undefined;

  async function render() {
    const [loaded, kommuner, lab] = await Promise.all([Promise.all(state.kommuner.map(loadK)), kommunerP, labelsP]);
    sel = loaded;
    // A proposal the first kommune cannot have (over 10 % of its inhabitants) is named and dropped, as junk in a link is.
    if (state.proposal != null && sel[0] && !checkProposal(state.proposal, sel[0]).ok) {
      ignored = [...ignored, t.compare.proposal.ignored(String(state.proposal))];
      state = { ...state, proposal: null };
      history.replaceState(null, '', `${location.pathname}${serializeCompareState(state) || '?k='}`);
    }
    const refIds = [...new Set(state.refs.map((r) => refIdFor(r, sel[0])))];
    // Each group named in the page's language (its file is the same in every language).
    const refs = (await Promise.all(refIds.map(loadG))).map((g) => ({
      ...g,
      label: referenceName(t, referenceMeta(t, g.id, kommuner)),
    }));
    const t0 = performance.now();
    labels = lab;
    const found = getCompareMeasure(state.measure)!;
    const m = { ...found, ...textOf(found) };
    // With no years chosen: the last 10 years with figures.
    const allYears = buildView(t, { ...state, from: null, to: null }, sel, refs, textOf).years;
    const view = buildView(
      t,
      { ...state, from: state.from ?? (state.to === null ? defaultFrom(allYears) : null) },
      sel,
      refs,
      textOf,
    );
    lastView = view;
    const unitLabel = t.compare.unitLabels[view.unit];
    const chartHost = $<HTMLElement>('[data-chart]');
    // Drawn at the column's own width: on a phone its text stays readable (not scaled down), on a desk it uses the column.
    const fit = chartHost.clientWidth > 0 ? { width: Math.max(320, chartHost.clientWidth) } : {};
    const points = chartPoints(t, view, tipLabel);
    // The proposal from the profile's «Planlegg vedtaket», for the first kommune's coming year (compare/proposal.ts).
    const mark =
      state.proposal != null && sel[0] ? proposalMark(state.proposal, sel[0], m.id, view.unit === 'per 1000') : null;
    const shownMark = mark && mark.value !== null ? mark : null;
    const markText = shownMark && formatIndicator(t, shownMark.value, view.unit, shownMark.status);
    $<HTMLElement>('[data-prov-note]').hidden = !points.some((p) => p.provisional);
    chart = compareChart(points, {
      t,
      unit: view.unit,
      label: unitLabel,
      ariaLabel:
        t.compare.chartLabel(
          m.label,
          view.unit === 'per 1000',
          view.series.map((s) => s.label),
        ) + (shownMark ? t.compare.proposal.chartLabel(shownMark.year) : ''),
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
    chartHost.innerHTML = chart.svg;
    const year = rankingYear(view);
    const ranking = latestRanking(t, view, year);
    $<HTMLElement>('[data-bars]').innerHTML = ranking.length
      ? rankBars(ranking, {
          t,
          unit: view.unit,
          color: chart.color,
          width: chart.width,
          ariaLabel: t.compare.barsLabel(m.label, year),
        })
      : '';
    $('[data-latest-h]').textContent = year ? t.compare.ranked(year) : t.compare.noFigures;
    const table = tableOf(
      t,
      view,
      shownMark
        ? {
            series: shownMark.code,
            head: t.compare.proposal.rowHead(shownMark.year),
            text: t.compare.proposal.cell(markText!),
          }
        : undefined,
    );
    $('[data-table] thead').innerHTML =
      `<tr>${table.columns.map((c) => `<th scope="col">${headHtml(c)}</th>`).join('')}</tr>`;
    $('[data-table] tbody').innerHTML = table.rows
      .map(
        (r, i) =>
          `<tr${shownMark && i === 0 ? ' class="proposal" data-proposal-row' : ''}><th scope="row">${esc(r[0])}</th>${r
            .slice(1)
            .map((c) => `<td>${esc(c)}</td>`)
            .join('')}</tr>`,
      )
      .join('');
    $('[data-caption]').textContent = `${m.label}${view.unit === 'per 1000' ? t.compare.perCapitaSuffix : ''}`;
    $('[data-definition]').textContent = m.definition;
    const used = [...new Set(view.series.flatMap((s) => s.points.flatMap((p) => p.sources)))].filter(
      (id) => labels[id],
    );
    const proposalNote = $<HTMLElement>('[data-proposal-note]');
    proposalNote.hidden = state.proposal == null || !sel[0];
    if (state.proposal != null && sel[0]) {
      const n = formatInt(state.proposal);
      const year = proposalYear(sel[0]);
      const said =
        shownMark === null
          ? t.compare.proposal.otherMeasure(n, year ?? 0)
          : t.compare.proposal.note(
              sel[0].name,
              n,
              state.proposal === 1,
              shownMark.year,
              shownMark.perCapita ? markText : null,
              shownMark.populationYear,
            );
      proposalNote.innerHTML = `${esc(said)} <button type="button" data-remove-proposal>${esc(t.compare.proposal.remove)}</button>`;
    } else proposalNote.innerHTML = '';
    $('[data-cut-notes]').innerHTML = view.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
    $('[data-source]').innerHTML = `${esc(t.profile.source)}: ${
      sourceLinksHtml(
        used.map((id) => labels[id]),
        t.lang,
      ) || '–'
    }. ${esc(t.compare.sourceLegend)}`;
    const refMeta = [
      'land',
      ...new Set(kommuner.map((k) => `fylke-${k.fylkeCode}`)),
      ...new Set(kommuner.map((k) => `kostra-${k.kostra}`)),
      ...[1, 2, 3, 4, 5, 6].map((c) => `sentralitet-${c}`),
    ].map((id) => refMetaOf(id, kommuner));
    const parts = renderCompareParts(t, state, sel, refMeta, index, ignored);
    $('[data-chips]').innerHTML = parts.chips;
    $('[data-refs]').innerHTML = parts.refs;
    $('[data-peers]').innerHTML = parts.peers;
    shortenPeerLists(t, $('[data-peers]'));
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
    const note = $<HTMLElement>('[data-ignored]');
    note.hidden = ignored.length === 0;
    note.textContent = ignored.length ? t.compare.ignored(ignored) : '';
    root.dataset.redrawMs = (performance.now() - t0).toFixed(1);
    root.dataset.state = serializeCompareState(state) || '?';
    // The language switch keeps the comparison: the same kommuner, measure and years in the other language.
    syncLanguageLinks();
  }

  const refMetaOf = (id: string, kommuner: KommuneRef[]) => referenceMeta(t, id, kommuner);

  function update(next: Partial<CompareState>) {
    if (next.kommuner && next.kommuner.length < state.kommuner.length) refusedNote.hidden = true;
    // The proposal belongs to the kommune that came first: it goes when that kommune does.
    if (next.kommuner && next.kommuner[0] !== state.kommuner[0]) next = { ...next, proposal: null };
    state = { ...state, ...next };
    if ('perCapita' in next) preferPerCapita = state.perCapita;
    state.perCapita = preferPerCapita && getCompareMeasure(state.measure)?.kind === 'count';
    ignored = [];
    history.pushState(null, '', `${location.pathname}${serializeCompareState(state) || '?k='}`);
    void render();
  }

  // Why a pick was not added, shown beside the search box (the search's live region says it too).
  const refusedNote = $<HTMLElement>('[data-refused]');
  const add = (code: string, name: string): string | undefined => {
    const refused = state.kommuner.includes(code)
      ? t.compare.alreadySelected(name)
      : state.kommuner.length >= MAX_KOMMUNER
        ? t.compare.full(name, MAX_KOMMUNER)
        : undefined;
    refusedNote.textContent = refused ?? '';
    refusedNote.hidden = !refused;
    if (!refused) update({ kommuner: [...state.kommuner, code] });
    return refused;
  };
  attachSearch($('[data-search][data-mode=add]'), { onPick: (h) => add(h.code, h.name) });
  root.addEventListener('click', (e) => {
    const t = e.target as HTMLElement;
    const remove = t.closest<HTMLElement>('[data-remove]')?.dataset.remove;
    if (remove) {
      const i = state.kommuner.indexOf(remove);
      update({ kommuner: state.kommuner.filter((c) => c !== remove) });
      // Keep keyboard focus in the list: the next chip, or the search box.
      queueMicrotask(() =>
        setTimeout(
          () =>
            (
              root.querySelectorAll<HTMLElement>('[data-remove]')[i] ??
              root.querySelectorAll<HTMLElement>('[data-remove]')[i - 1] ??
              $<HTMLElement>('#legg-til')
            ).focus(),
          50,
        ),
      );
      return;
    }
    if (t.closest('[data-remove-proposal]')) {
      update({ proposal: null });
      setTimeout(() => $<HTMLElement>('[data-chart-figure]').focus(), 50);
      return;
    }
    const addCode = t.closest<HTMLElement>('[data-add]')?.dataset.add;
    if (addCode) add(addCode, ((k) => (k ? shownName(k) : addCode))(index.find((k) => k.code === addCode)));
    const addRef = t.closest<HTMLElement>('[data-add-ref]')?.dataset.addRef as RefKind | undefined;
    if (addRef && !state.refs.includes(addRef)) {
      update({ refs: [...state.refs, addRef] });
      // The button is replaced by the sentence saying the group is shown: keep focus nearby.
      setTimeout(() => $<HTMLElement>(`[data-refs] input[value=${addRef}]`).focus(), 50);
    }
    const exp = t.closest<HTMLElement>('[data-export]')?.dataset.export;
    if (exp && lastView) void exportAs(exp as 'svg' | 'png' | 'csv' | 'xlsx');
    const more = t.closest<HTMLButtonElement>('[data-more]');
    if (more) {
      const ul = more.closest('ul')!;
      for (const li of ul.querySelectorAll<HTMLElement>('li[hidden]')) li.hidden = false;
      ul.querySelector<HTMLElement>('li:nth-child(6) button')?.focus();
      more.closest('li')!.remove();
    }
  });
  $('[data-refs]').addEventListener('change', () => {
    const refs = [...root.querySelectorAll<HTMLInputElement>('[data-refs] input[name=ref]:checked')].map(
      (i) => i.value as RefKind,
    );
    update({ refs });
  });
  form.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (el.name === 'mal') update({ measure: el.value, from: null, to: null });
    else if (el.name === 'per1000') update({ perCapita: (el as HTMLInputElement).checked });
    else if (el.name === 'fra') update({ from: el.value ? Number(el.value) : null });
    else if (el.name === 'til') update({ to: el.value ? Number(el.value) : null });
  });
  // Keyboard reading of the chart: the same text as the hover tip, in a live region.
  const figure = $<HTMLElement>('[data-chart-figure]');
  const readout = $<HTMLElement>('[data-readout]');
  const readPoint = () => {
    if (!lastView || !chart) return;
    const names = lastView.series.map((s) => s.label);
    const years = lastView.years;
    if (cursor.year < 0 || cursor.year >= years.length) cursor.year = years.length - 1;
    cursor.series = Math.max(0, Math.min(names.length - 1, cursor.series));
    const p = chartPoints(t, lastView, tipLabel).find(
      (x) => x.series === names[cursor.series] && x.year === years[cursor.year],
    );
    readout.textContent = p ? p.tip : '';
    markPoint(chart.points.find((x) => x.series === p?.series && x.year === p?.year));
  };
  // A ring on the point being read or hovered, and its tip: value, status and source.
  const markPoint = (p: PlacedPoint | undefined) => {
    const svg = root.querySelector('[data-chart] svg');
    for (const el of svg?.querySelectorAll('.focus-ring, .tip') ?? []) el.remove();
    if (!p || !svg || !chart) return;
    svg.insertAdjacentHTML(
      'beforeend',
      `<circle class="focus-ring" cx="${p.x}" cy="${p.y}" r="8" fill="none" stroke="${chart.color(p.series)}" stroke-width="3" pointer-events="none"></circle>${tipSvg(p.x, p.y, p.tip, chart)}`,
    );
  };
  const chartHost = $<HTMLElement>('[data-chart]');
  chartHost.addEventListener('pointermove', (e) => {
    const svg = chartHost.querySelector('svg');
    if (!svg || !chart) return;
    const b = svg.getBoundingClientRect();
    const x = ((e.clientX - b.left) * chart.width) / b.width;
    const y = ((e.clientY - b.top) * chart.height) / b.height;
    markPoint(nearestPoint(chart.points, x, y));
  });
  chartHost.addEventListener('pointerleave', () => markPoint(undefined));
  figure.addEventListener('focus', readPoint);
  figure.addEventListener('keydown', (e) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      Home: [0, -999],
      End: [0, 999],
    };
    const m = moves[e.key];
    if (!m || !lastView) return;
    e.preventDefault();
    cursor = {
      series: cursor.series + m[0],
      year: Math.max(0, Math.min(lastView.years.length - 1, cursor.year + m[1])),
    };
    readPoint();
  });
  figure.addEventListener('blur', () => {
    readout.textContent = '';
    markPoint(undefined);
  });

  addEventListener('popstate', () => {
    ({ state, ignored } = parse());
    void render();
  });

  async function exportAs(kind: 'svg' | 'png' | 'csv' | 'xlsx') {
    const v = lastView!;
    // The kommuner, the measure and the day in the name (issue 21: a planner keeps several).
    const base = downloadName([...state.kommuner, v.measure.id, ...(state.perCapita ? ['per1000'] : [])], new Date());
    if (kind === 'csv' || kind === 'xlsx') {
      const c = compareTable(t, v, {
        sourceLabel: fullLabel,
        fylkeOf: (code) => sel.find((k) => k.code === code)?.fylkeName ?? null,
      });
      if (kind === 'csv')
        download(`${base}.csv`, new Blob([toExcelCsv(c.columns, c.rows)], { type: 'text/csv;charset=utf-8' }));
      else download(`${base}.xlsx`, await toXlsx(c, { note: location.href }));
      return;
    }
    const svg = root.querySelector<SVGSVGElement>('[data-chart] svg[role=img]')!.cloneNode(true) as SVGSVGElement;
    for (const el of svg.querySelectorAll('.focus-ring, .tip')) el.remove();
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const w = Number(svg.getAttribute('width'));
    const h0 = Number(svg.getAttribute('height'));
    // Title above; below, the sources (wrapped to the figure's width), the provisional note and the credit.
    const sources = [...new Set(v.series.flatMap((s) => s.points.flatMap((p) => p.sources)))].map(fullLabel).join('; ');
    const foot = [
      ...wrap(`${t.profile.source}: ${sources}.`, w - 8, 10),
      ...(v.series.some((s) => s.points.some((p) => p.provisional && p.value !== null))
        ? wrap(t.compare.provisionalNote, w - 8, 10)
        : []),
      `– ${t.compare.exportCredit}`,
    ];
    const h = h0 + 8 + foot.length * 13;
    svg.setAttribute('height', String(h + 24));
    svg.setAttribute('viewBox', `0 -24 ${w} ${h + 24}`);
    svg.insertAdjacentHTML(
      'afterbegin',
      `<rect x="0" y="-24" width="${w}" height="${h + 24}" fill="#fff"/><text x="4" y="-8" font-size="13" font-weight="bold" text-anchor="start">${esc(v.measure.label)}${v.unit === 'per 1000' ? t.compare.perCapitaSuffix : ''}</text>`,
    );
    svg.insertAdjacentHTML(
      'beforeend',
      foot
        .map((l, i) => `<text x="4" y="${h0 + 16 + i * 13}" font-size="10" text-anchor="start">${esc(l)}</text>`)
        .join(''),
    );
    const text = new XMLSerializer().serializeToString(svg);
    if (kind === 'svg') return download(`${base}.svg`, new Blob([text], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = w * 2;
      canvas.height = (h + 24) * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0, w, h + 24);
      canvas.toBlob((b) => b && download(`${base}.png`, b), 'image/png');
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  }

  void render();
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
