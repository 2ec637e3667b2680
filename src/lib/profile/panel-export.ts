import type { Strings } from '../../i18n/nb.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../domain/figure.ts';
import type { Flag, Status } from '../domain/observation.ts';
import { EXPORT_COLUMNS, exportCells, type ExportTable } from '../format/export-table.ts';
import { statusWord } from '../format/status-word.ts';

/**
 * A profile panel's data download (CSV/XLSX), built in the browser on click:
 * the page says which figures the panel shows (figureKeys, a short attribute),
 * and the language-neutral /data/panel/<region>.json files hold them
 * (wireFigures). The rows follow the common download scheme of the ranking and
 * the comparison (format/export-table.ts) with the figure's group after it, in
 * the page's language (measure and group names, status words). The
 * words the page already shows (each source in words, the request-cut note)
 * come from the page, so the download code formats no number or date itself.
 */

/**
 * The measures' words in one language, as /data/ord/<språk>.json carries them: each measure's label and
 * unit, each group's label («measure|group»), and the measures a request cut concerns. Fetched with the
 * figures rather than imported, so the download code shares no module with the page's catalogue chunks.
 */
export interface PanelWords {
  measures: Record<string, { label: string; unit: 'personer' | 'kroner' | 'prosent' }>;
  groups: Record<string, string>;
  cutMeasures: string[];
}

/** One figure as the /data/panel/ files carry it. */
export type WireFigure = [
  region: string,
  measure: string,
  group: string,
  year: number,
  value: number | null,
  status: string,
  flags: string,
  source: string,
];

/**
 * The /data/panel/<region>.json file: the figures of a kommune and its former kommuner (or of the country), their
 * regions' names, and for a kommune which figures each panel of its profile shows (figureKeys by panel id; the
 * same in every language), so the page itself need not carry them.
 */
export interface PanelFigureFile {
  names: Record<string, string>;
  figures: WireFigure[];
  panels?: Record<string, string>;
}

export function wireFigures(
  figures: readonly Figure[],
  names: Record<string, string>,
  panels?: Record<string, string>,
): PanelFigureFile {
  return {
    names,
    figures: figures.map((f) => [f.region, f.measure, f.group, f.year, f.value, f.status, f.flags.join(';'), f.source]),
    ...(panels ? { panels } : {}),
  };
}

/** Which figures each panel of a profile shows (figureKeys by panel id), for every panel that lists any. */
export function panelFigureKeys(panels: Iterable<{ id: string; figures?: readonly Figure[] }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of panels) if (p.figures?.length) out[p.id] = figureKeys(p.figures);
  return out;
}

/** `1995-2003,2006,2014` from years. */
function yearRanges(years: number[]): string {
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < ys.length; ) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
    out.push(j > i ? `${ys[i]}-${ys[j]}` : String(ys[i]));
    i = j + 1;
  }
  return out.join(',');
}

/**
 * Which figures a panel shows, short enough for an attribute: `region measure group years` per
 * series, series joined by `;`, years as ranges («0301 bosatt  1995-2026;0000 sysselsatte-andel innvandrere 2008-2024»).
 * Region codes, measure ids and group keys hold neither a space nor `;` (checked).
 */
export function figureKeys(figures: readonly Figure[]): string {
  const series = new Map<string, number[]>();
  for (const f of figures) {
    for (const part of [f.region, f.measure, f.group])
      if (/[ ;]/.test(part)) throw new Error(`figureKeys: «${part}» holds a space or «;»`);
    const k = `${f.region} ${f.measure} ${f.group}`;
    let ys = series.get(k);
    if (!ys) series.set(k, (ys = []));
    ys.push(f.year);
  }
  return [...series].map(([k, ys]) => `${k} ${yearRanges(ys)}`).join(';');
}

/** The figures of figureKeys: region, measure and group → the years shown. */
export function parseFigureKeys(keys: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const entry of keys.split(';').filter(Boolean)) {
    const [region, measure, group, years] = entry.split(' ');
    const set = new Set<number>();
    for (const r of years.split(',')) {
      const [a, b = a] = r.split('-').map(Number);
      for (let y = a; y <= b; y++) set.add(y);
    }
    out.set(`${region} ${measure} ${group}`, set);
  }
  return out;
}

/** The regions figureKeys names (which /data/panel/ files a download needs). */
export const regionsOfKeys = (keys: string): string[] => [
  ...new Set(
    keys
      .split(';')
      .filter(Boolean)
      .map((e) => e.split(' ')[0]),
  ),
];

export interface PanelExportContext {
  t: Strings;
  locale: Locale;
  /** Region code → the name the rows give it (the country in the page's language). */
  nameOf: (region: string) => string;
  /** The fylke of a region, where it is today's kommune. */
  fylkeOf: (region: string) => string | null;
  /** Source id → the source in words with its address. */
  sourceLabel: (id: string) => string;
  /** The note on a year whose request IMDi cut, as the panel says it (format/request-cut-note.ts). */
  cutNote: (year: number) => string | undefined;
  /** The measures' and groups' words in the page's language. */
  words: PanelWords;
}

/** The extra column of a panel download: the figure's group («Innvandrere», «Alle»). */
export const PANEL_EXPORT_COLUMNS = [...EXPORT_COLUMNS, 'gruppe'];

/** The panel's figures (figureKeys) from the files' figures, as a download table in the page's language. */
export function panelExportTable(keys: string, files: PanelFigureFile[], c: PanelExportContext): ExportTable {
  const wanted = parseFigureKeys(keys);
  const order = [...wanted.keys()];
  const picked = files
    .flatMap((f) => f.figures)
    .filter((w) => wanted.get(`${w[0]} ${w[1]} ${w[2]}`)?.has(w[3]))
    .sort((a, b) => order.indexOf(`${a[0]} ${a[1]} ${a[2]}`) - order.indexOf(`${b[0]} ${b[1]} ${b[2]}`) || a[3] - b[3]);
  const used = new Set<string>();
  const rows = picked.map(([region, measure, group, year, value, status, flagText, source]) => {
    used.add(source);
    const flags = (flagText ? flagText.split(';') : []) as Flag[];
    const unit = c.words.measures[measure]?.unit ?? 'personer';
    // A published figure's shown status: its own, or «minst» where it is a lower bound (as domain/figure.ts single).
    const shown = status === 'ok' && value !== null && flags.includes('lower-bound') ? 'lower-bound' : status;
    const cut = c.words.cutMeasures.includes(measure) ? c.cutNote(year) : undefined;
    return [
      ...exportCells(c.t, {
        code: region,
        name: c.nameOf(region),
        fylke: c.fylkeOf(region),
        measure: c.words.measures[measure]?.label ?? measure,
        year,
        value,
        unit,
        status: shown,
        // A hidden or missing figure in the page's own words («skjult (under 5)», «ingen anmodning»).
        word: status === 'ok' ? undefined : statusWord(c.t, status as Status, { measure, unit, source, flags }),
        provisional: flags.includes('provisional'),
        sources: c.sourceLabel(source),
        note: cut,
      }),
      c.words.groups[`${measure}|${group}`] ?? group,
    ];
  });
  return {
    columns: PANEL_EXPORT_COLUMNS,
    rows,
    sources: [...used].sort().map((id) => [id, c.sourceLabel(id)]),
  };
}
