import type { Figure } from '../domain/figure.ts';
import type { LegendItem } from '../charts/legend.ts';
import type { Caveat } from './caveats.ts';

/** A source as cited under a panel: which file, which table, which years. */
export interface Citation {
  source: string;
  years: [number, number];
}

export interface Table {
  caption: string;
  columns: string[];
  /** First column is a row label; the rest are formatted figures. */
  rows: string[][];
}

/** One block of a page: a sentence, maybe a chart, always a table, always its sources. */
export interface Panel {
  id: string;
  title: string;
  summary: string;
  /**
   * One chart drawn twice as inline SVG (charts/settlement.ts, lines.ts, bars.ts): for the desk column (wide) and
   * for a phone (narrow), each one image labelled `label`; legend only for what the marks do not label themselves.
   */
  chart?: { wide: string; narrow?: string; label: string; legend?: LegendItem[] };
  /** Every panel with figures has a table; a text-only notice has none. */
  table?: Table;
  citations: Citation[];
  /** The figures the panel shows (the kommune's, a former kommune's, the country's): its data download (profile/panel-export.ts). */
  figures?: Figure[];
  /** Caveats on figures the panel shows (marked § in table and chart), said once under the chart. */
  caveats?: Caveat[];
  notes: string[];
  /** What some years' figures mean, said in full under the chart (the request cut of domain/request-cut.ts), with the year each is for. */
  notices?: { year: number; text: string }[];
  /** The newest year shown, when it is more than five years older than the page's newest: the panel gets an «Eldre tall» badge and goes after the current ones. */
  oldYear?: number;
}

/** Sources and year spans of the figures a panel shows. */
export function citationsOf(figures: (Figure | undefined)[]): Citation[] {
  const spans = new Map<string, [number, number]>();
  for (const f of figures) {
    if (!f) continue;
    const s = spans.get(f.source);
    if (!s) spans.set(f.source, [f.year, f.year]);
    else spans.set(f.source, [Math.min(s[0], f.year), Math.max(s[1], f.year)]);
  }
  return [...spans]
    .map(([source, years]) => ({ source, years }))
    .sort((a, b) => a.years[0] - b.years[0] || a.source.localeCompare(b.source));
}

/** The figures a panel shows, each once, in the order shown (empty cells left out). */
export function shownFigures(figures: (Figure | undefined)[]): Figure[] {
  return [...new Set(figures.filter((f): f is Figure => f !== undefined))];
}

/** Notes for the flags that occur among the figures shown. */
export function flagNotes(
  figures: (Figure | undefined)[],
  text: Record<string, string>,
  marks: Record<string, string>,
): string[] {
  const seen = new Set<string>();
  for (const f of figures) for (const fl of f?.flags ?? []) seen.add(fl);
  return [...seen].sort().map((fl) => `${marks[fl] ?? ''} ${text[fl] ?? fl}`.trim());
}

/** A table without its columns that hold no figure at all (every cell «–»); the row label column stays. */
export function dropEmptyColumns(table: Table): Table {
  const keep = table.columns.map((_, i) => i === 0 || table.rows.some((r) => r[i] !== '–' && r[i] !== ''));
  if (keep.every(Boolean)) return table;
  return {
    ...table,
    columns: table.columns.filter((_, i) => keep[i]),
    rows: table.rows.map((r) => r.filter((_, i) => keep[i])),
  };
}
