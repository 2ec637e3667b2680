import type { Strings } from '../../i18n/nb.ts';
import { formatChange, formatIndicator } from '../format/number.ts';
import { wordOfKey } from '../format/status-word.ts';
import { escapeHtml as esc } from '../format/escape-html.ts';
import { nameHtml } from '../format/kommune-name.ts';
import { EXPORT_COLUMNS, exportCells, roundAsShown, type ExportTable } from '../format/export-table.ts';
import type { IndicatorSeries } from '../indicators/indicator-series.ts';
import { cutFor, measuresOf, type RequestCut } from '../domain/request-cut.ts';
import { requestCutNote } from '../format/request-cut-note.ts';
import { getView } from '../domain/views.ts';
import { changeWithheld, type FrontSeries, type FrontState, type MapClasses, type RankingRow } from './ranking-view.ts';

/**
 * HTML for the parts of the front page that change with the view: legend and
 * ranking rows. One definition, used at build time (the page without
 * JavaScript) and in the browser (after a change).
 */

const swatch = (fill: string) =>
  `<svg width="18" height="14" aria-hidden="true"><rect width="18" height="14" fill="${fill}" stroke="#777"/></svg>`;

export function legendHtml(t: Strings, series: IndicatorSeries, classes: MapClasses, mapId: string): string {
  const f = (v: number) => formatIndicator(t, v, series.unit);
  const { breaks, colors, counts } = classes;
  const items = colors.map((c, i) => {
    const label =
      breaks.length === 0
        ? t.front.legendAll
        : i === 0
          ? t.front.legendBelow(f(breaks[0]))
          : i === colors.length - 1
            ? t.front.legendAbove(f(breaks[i - 1]))
            : t.front.legendRange(f(breaks[i - 1]), f(breaks[i]));
    return `<li>${swatch(c)}${esc(label)} <span class="muted">(${counts[i]})</span></li>`;
  });
  items.push(
    `<li>${swatch(`url(#${mapId}-skjult)`)}${esc(hiddenLabel(t, classes))} <span class="muted">(${classes.hidden})</span></li>`,
  );
  items.push(
    `<li>${swatch(`url(#${mapId}-ingen-tall)`)}${t.front.legendNoData} <span class="muted">(${classes.noData})</span></li>`,
  );
  if (classes.bounds > 0) items.push(`<li>${esc(t.front.legendBounds(classes.bounds))}</li>`);
  return items.join('');
}

/** The legend's word for hidden kommuner: true of every hidden cell that year (their own word when they share one). */
export function hiddenLabel(t: Strings, classes: Pick<MapClasses, 'hiddenWords'>): string {
  const w = classes.hiddenWords;
  return w.length === 1 ? wordOfKey(t, w[0]) : w.length > 1 ? t.front.legendHiddenMixed : t.front.legendHidden;
}

/** A value cell: the number with «≥» for a lower bound, or the status in its words. */
export function cellText(
  t: Strings,
  value: number | null,
  unit: Parameters<typeof formatIndicator>[2],
  status: string,
  word?: string,
): string {
  return value === null && word ? wordOfKey(t, word) : formatIndicator(t, value, unit, status);
}

/** How the classes are made, said truthfully (fixed breaks, or quantiles with the counts in the legend). */
export function classNote(t: Strings, classes: MapClasses): string {
  return classes.kind === 'fixed' ? t.front.classesFixed : t.front.classesQuantile;
}

/** The columns beside the value: the counts a rate is built from, or the rate beside a count. */
function basisColumns(t: Strings, series: FrontSeries): { head: string; cell: (r: RankingRow) => string }[] {
  const c = t.front.columns;
  const n = (v: number | null) => formatIndicator(t, v, 'personer', v === null ? 'missing' : 'ok');
  const pop = { head: c.population, cell: (r: RankingRow) => n(r.population) };
  // The counts a rate is built from, each with its own status: «≥ 40» for a lower bound, a hidden count in its words.
  const numCell = (unit: 'personer' | 'kroner') => (r: RankingRow) =>
    cellText(t, r.numerator, unit, r.numeratorStatus, r.numeratorWord);
  const denCell = (unit: 'personer' | 'kroner') => (r: RankingRow) =>
    cellText(t, r.denominator, unit, r.denominatorStatus, r.denominatorWord);
  const b = series.basis;
  if (series.unit === 'personer')
    return [
      {
        head: c.perCapita,
        // Per 1000 of a count that is a lower bound is a lower bound too.
        // Not computed where count and population cover different territories: the status's word, explained in the caption.
        cell: (r) =>
          r.perCapitaStatus === 'other-territory'
            ? esc(t.statusShort['other-territory'])
            : r.perCapita === null
              ? '–'
              : formatIndicator(t, r.perCapita, 'per 1000', r.status === 'lower-bound' ? 'lower-bound' : 'ok'),
      },
      pop,
    ];
  if (b?.measures && b.numerator) {
    const [num, den] = b.measures;
    const unitOf = (m: string) => (m === 'tilskudd' ? 'kroner' : 'personer');
    const cols = [{ head: c.basis[num] ?? num, cell: numCell(unitOf(num)) }];
    if (den === 'befolkning') return [...cols, pop];
    return [...cols, { head: c.basis[den] ?? den, cell: denCell(unitOf(den)) }];
  }
  return b ? [pop] : [];
}

/** A map tooltip: name, value with its unit (or the status in words). */
export function mapTitle(
  t: Strings,
  name: string,
  value: number | null,
  series: Pick<IndicatorSeries, 'unit'>,
  status: string,
  word?: string,
): string {
  const v = cellText(t, value, series.unit, status, word);
  const unit =
    value === null || series.unit === 'prosent' || series.unit === 'kroner' || series.unit === 'prosentpoeng'
      ? ''
      : ` ${t.front.unitLong[series.unit]}`;
  return `${name}: ${v}${unit}`;
}

/** What the ranking's caption must say besides its title: why some kommuner have no rank, why no change is shown. */
export function rankingNotes(
  t: Strings,
  rows: Pick<RankingRow, 'notExact' | 'perCapitaStatus' | 'status'>[],
  series: Pick<IndicatorSeries, 'provisional'>,
  year: number,
): string[] {
  const notes: string[] = [];
  const bounds = rows.filter((r) => r.notExact).length;
  if (bounds) notes.push(t.front.captionBounds(bounds));
  // «ikke beregnet» in the per-1000 column (or as the value of a per-1000 view): what it means.
  const other = rows.filter((r) => r.perCapitaStatus === 'other-territory' || r.status === 'other-territory').length;
  if (other) notes.push(t.front.captionOtherTerritory(other));
  if (changeWithheld(series, year)) notes.push(t.front.changeWithheld(year, year - 1));
  return notes;
}

/**
 * The note under the map's title (it applies to the map, the ranking and the download alike): the year's
 * request cut, and that the year's per 1000 divides by the newest population (views.ts earlyPopulationYear); or ''.
 */
export function mapNoteOf(t: Strings, series: Pick<IndicatorSeries, 'id' | 'earlyPopulation'>, year: number): string {
  const cut = cutOfSeries(series, year);
  const early = series.earlyPopulation?.[year];
  return [cut ? requestCutNote(t, cut) : '', early === undefined ? '' : t.rateNote.early(year, early)]
    .filter(Boolean)
    .join(' ');
}

/** The request cut of the year, when the map's view reads a request or a decision (domain/request-cut.ts). */
export function cutOfSeries(series: Pick<IndicatorSeries, 'id'>, year: number): RequestCut | undefined {
  const v = getView(series.id);
  return v ? cutFor(measuresOf(v), year) : undefined;
}

/** Ranking rows; `select` adds a checkbox per row (the browser's «Sammenlign valgte»). */
export function rankingRowsHtml(
  t: Strings,
  rows: RankingRow[],
  series: FrontSeries,
  {
    limit = Infinity,
    select = false,
    selected = new Set<string>(),
  }: { limit?: number; select?: boolean; selected?: Set<string> } = {},
): string {
  const extra = basisColumns(t, series);
  return rows
    .slice(0, limit)
    .map((r) => {
      const rank =
        r.rank ??
        (r.notExact
          ? `<span class="muted" title="${esc(t.front.notRankedBound)}">–</span>`
          : r.small && r.value !== null
            ? `<span class="muted" title="${esc(t.front.notRanked)}">–</span>`
            : '–');
      return `<tr data-k="${r.code}"${r.small ? ' class="small"' : ''}>${select ? `<td><input type="checkbox" value="${r.code}" aria-label="${esc(t.front.select(r.name))}"${selected.has(r.code) ? ' checked' : ''}></td>` : ''}<td class="rank">${rank}</td><th scope="row"><span class="rank-inline">${r.rank ?? '–'}</span><a href="${r.path}">${r.parts ? nameHtml(r.parts) : esc(r.name)}</a><span class="fylke-inline">${esc(r.fylkeName)}</span></th><td class="fylke">${esc(r.fylkeName)}</td><td>${esc(cellText(t, r.value, series.unit, r.status, r.word))}</td>${extra.map((e) => `<td>${e.cell(r)}</td>`).join('')}<td>${formatChange(r.change, series.unit, t.lang)}</td></tr>`;
    })
    .join('');
}

export function rankingHeadHtml(t: Strings, series: FrontSeries, year: number, { select = false } = {}): string {
  const c = t.front.columns;
  const extra = basisColumns(t, series);
  return `<tr>${select ? `<th scope="col"><span class="sr-only">${c.select}</span></th>` : ''}<th scope="col" class="rank">${c.rank}</th><th scope="col" class="name"><span class="rank-inline-head">${c.rank} · </span>${c.kommune}</th><th scope="col" class="fylke">${c.fylke}</th><th scope="col">${esc(series.short).replace('/', '/<wbr>')} ${year}${series.unit !== 'prosent' && series.unit !== 'prosentpoeng' ? '' : ` <span class="unit">(${esc(t.front.unitShort[series.unit])})</span>`}</th>${extra.map((e) => `<th scope="col">${esc(e.head)}</th>`).join('')}<th scope="col">${c.change(year - 1)} <span class="unit">(${esc(t.front.unitShort[changeUnit(series.unit)]).replace('prosentpoeng', 'prosent&shy;poeng')})</span></th></tr>`;
}

/** The ranking as a download table (the common column scheme, then rank, population, counts and change). */
export function rankingTable(
  t: Strings,
  rows: RankingRow[],
  series: FrontSeries & { citations?: Record<string, string> },
  state: Pick<FrontState, 'year'>,
  sourceText: (id: string) => string = (id) => id,
): ExportTable {
  const y = state.year;
  const srcs = series.sources[y] ?? [];
  const [num, den] = series.basis?.measures ?? [];
  const note = mapNoteOf(t, series, y);
  return {
    columns: [
      ...EXPORT_COLUMNS,
      'rang',
      'folketall',
      ...(num ? [`teller_${num}`, `nevner_${den}`] : []),
      'endring_fra_året_før',
    ],
    rows: rows.map((r) => [
      ...exportCells(t, {
        code: r.code,
        name: r.name,
        fylke: r.fylkeName,
        measure: series.label,
        year: y,
        value: r.value,
        unit: series.unit,
        status: r.status,
        word: r.word ? wordOfKey(t, r.word) : undefined,
        provisional: !!series.provisional[y],
        sources: srcs.join('; '),
        note: note || undefined,
      }),
      r.rank,
      r.population,
      ...(num ? [r.numerator, r.denominator] : []),
      roundAsShown(r.change, series.unit),
    ]),
    sources: srcs.map((id) => [id, sourceText(id)]),
  };
}

/** The unit a change is in: a share changes by percentage points, anything else by its own unit (in the header, «prosentpoeng» may break at a soft hyphen on a phone). */
export function changeUnit(unit: string): string {
  return unit === 'prosent' ? 'prosentpoeng' : unit;
}
