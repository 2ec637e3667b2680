import { formatIndicator } from '../format/number.ts';
import { statusWord } from '../format/status-word.ts';
import { rankBy } from '../rank/rank-by.ts';
import type { Strings } from '../../i18n/nb.ts';
import { cutsAmong, groupDecisionsWithheld, measuresOf } from '../domain/request-cut.ts';
import { groupWithheldNote, requestCutNote } from '../format/request-cut-note.ts';
import { nationalNote } from '../format/national-note.ts';
import type { GroupSeries } from './aggregate.ts';
import { getCompareMeasure, type CompareMeasure } from './compare-measures.ts';
import type { CompareState } from './compare-state.ts';
import { pointOf, yearsOf, type Point, type SeriesData } from './series-data.ts';

export interface ViewSeries {
  id: string;
  label: string;
  kind: 'kommune' | 'referanse';
  points: Point[];
}

export interface CompareView {
  measure: CompareMeasure;
  unit: 'per 1000' | 'prosent' | 'personer' | 'kroner';
  years: number[];
  series: ViewSeries[];
  /** The newest year in range where at least one selected kommune has a value. */
  latest: number | null;
  /** Notes on years in range whose figures read differently: the request cut (domain/request-cut.ts). */
  notes: string[];
}

/** Everything the page shows for one state, from the loaded files. */
export function buildView(
  t: Strings,
  state: CompareState,
  kommuner: SeriesData[],
  refs: GroupSeries[],
  /** The measure's label and definition in the page's language (i18n/measures.ts viewText; bokmål when left out). */
  text: (m: CompareMeasure) => Pick<CompareMeasure, 'label' | 'short' | 'definition'> = (m) => m,
): CompareView {
  const found = getCompareMeasure(state.measure)!;
  const m: CompareMeasure = { ...found, ...text(found) };
  const per = state.perCapita && m.kind === 'count';
  const unit = m.kind === 'ratio' ? 'prosent' : per ? 'per 1000' : m.unit;
  const all = new Set<number>();
  for (const d of kommuner) for (const y of yearsOf(d, m)) all.add(y);
  for (const r of refs)
    for (const y of Object.keys(r.series[m.id]?.[per ? 'per1000' : 'abs'] ?? {})) all.add(Number(y));
  const years = [...all]
    .filter((y) => (state.from === null || y >= state.from) && (state.to === null || y <= state.to))
    .sort((a, b) => a - b);
  const series: ViewSeries[] = [
    ...kommuner.map((d) => ({
      id: d.code,
      label: d.name,
      kind: 'kommune' as const,
      points: years.map((y) => pointOf(d, m, y, per)),
    })),
    ...refs.map((r) => ({
      id: r.id,
      label: r.label,
      kind: 'referanse' as const,
      points: years.map(
        (y): Point =>
          r.series[m.id]?.[per ? 'per1000' : 'abs']?.[y] ?? {
            year: y,
            value: null,
            status: 'missing',
            provisional: false,
            sources: [],
            ...(groupDecisionsWithheld(measuresOf(m), y) ? { withheld: true } : {}),
          },
      ),
    })),
  ];
  // Trim years at either end where no series has a figure (a suppressed one counts; a gap inside the range stays a gap).
  const has = (y: number) =>
    series.some((s) => {
      const p = s.points.find((q) => q.year === y);
      return !!p && (p.value !== null || p.status === 'suppressed');
    });
  while (years.length && !has(years[0])) {
    years.shift();
    for (const s of series) s.points.shift();
  }
  while (years.length && !has(years[years.length - 1])) {
    years.pop();
    for (const s of series) s.points.pop();
  }
  const latest =
    [...years]
      .reverse()
      .find((y) => series.some((s) => s.kind === 'kommune' && s.points.find((p) => p.year === y)?.value !== null)) ??
    null;
  const withheld = refs.length > 0;
  const notes = cutsAmong(measuresOf(m), years).flatMap((c) => [
    requestCutNote(t, c),
    ...(withheld && groupDecisionsWithheld(measuresOf(m), c.year) ? [groupWithheldNote(t, c)] : []),
  ]);
  // «Hele landet»: the sum of the kommuner, or the source's own national figure, and what IMDi placed in no kommune.
  const land = series.find((s) => s.kind === 'referanse' && s.id === 'land');
  const national = land ? nationalNote(t, land.points, countUnit(m)) : '';
  if (national) notes.push(national);
  return { measure: m, unit, years, series, latest, notes };
}

/** The unit of the count a view's remainder under «uoppgitt kommune» is of (domain/national.ts). */
export const countUnit = (m: CompareMeasure): 'personer' | 'kroner' =>
  m.numerator.measure === 'tilskudd' ? 'kroner' : 'personer';

export function cellText(t: Strings, p: Point | undefined, unit: CompareView['unit']): string {
  if (!p) return '–';
  if (p.withheld) return t.requestCut.withheldCell;
  // A hidden cell in the words of its publisher's rule (status-word.ts), as on the profile.
  const base =
    p.value === null && p.status === 'suppressed'
      ? statusWord(t, 'suppressed', { unit, source: p.sources[0], flags: p.scraped ? ['scraped'] : [] })
      : formatIndicator(t, p.value, unit, p.status);
  return `${base}${p.provisional && p.value !== null ? '*' : ''}${coverageText(t, p)}`;
}

/**
 * « (231 av 357)» for a group value built on some members only — also beside a
 * lower bound («≥ 0,90 (352 av 357)»); empty for a kommune or a whole group.
 */
export function coverageText(t: Strings, p: Point): string {
  const n = coverageOf(p);
  return n ? ` (${t.compare.countedOf(n.counted, n.members).replace(/ /g, '\u00a0')})` : '';
}

/** How many of a group's members a shown value is built on, when not all of them. */
export function coverageOf(p: Point): { counted: number; members: number } | null {
  const g = p as Point & { counted?: number; members?: number };
  if (p.value === null || g.counted === undefined || g.members === undefined) return null;
  return isPartial(p) || g.counted < g.members ? { counted: g.counted, members: g.members } : null;
}

/** Over some members only: partial, or a lower bound that also left members out. */
export function isPartial(p: Pick<Point, 'status' | 'partial'>): boolean {
  return p.status === 'partial' || !!p.partial;
}

/**
 * Table: one row per year (newest first), one column per series. A proposal (compare/proposal.ts) is a row
 * of its own on top, its year said to be a proposal in the row's header and the cell, the other cells empty.
 */
export function tableOf(
  t: Strings,
  v: CompareView,
  proposal?: { series: string; head: string; text: string },
): { columns: string[]; rows: string[][] } {
  const top = proposal
    ? [[proposal.head, ...v.series.map((s) => (s.id === proposal.series ? proposal.text : ''))]]
    : [];
  return {
    columns: [t.profile.year, ...v.series.map((s) => s.label)],
    rows: [
      ...top,
      ...[...v.years].reverse().map((y) => [
        String(y),
        ...v.series.map((s) =>
          cellText(
            t,
            s.points.find((p) => p.year === y),
            v.unit,
          ),
        ),
      ]),
    ],
  };
}

/**
 * The year to rank: the newest in range where every selected kommune has a
 * final (not provisional) value; else the newest with any value (v.latest).
 */
export function rankingYear(v: CompareView): number | null {
  const kommuner = v.series.filter((s) => s.kind === 'kommune');
  const complete = [...v.years].reverse().find(
    (y) =>
      kommuner.length > 0 &&
      kommuner.every((s) => {
        const p = s.points.find((q) => q.year === y);
        return !!p && p.value !== null && !p.provisional;
      }),
  );
  return complete ?? v.latest;
}

/** One year's values, ranked (kommuner and references together): by default the newest complete year. */
export function latestRanking(
  t: Strings,
  v: CompareView,
  year: number | null = rankingYear(v),
): { label: string; value: number; kind: 'kommune' | 'referanse'; text: string }[] {
  if (year === null) return [];
  const items = v.series.map((s) => {
    const p = s.points.find((q) => q.year === year);
    // The bar's text as the table's cell: «≥» for a lower bound, «(n av m)» for a group over some members.
    return { code: s.id, label: s.label, kind: s.kind, value: p?.value ?? null, text: cellText(t, p, v.unit) };
  });
  return rankBy(items)
    .filter((r) => r.rank !== null)
    .map((r) => ({ label: r.item.label, value: r.item.value!, kind: r.item.kind, text: r.item.text }));
}

/** Points for the over-time chart (gaps stay gaps). */
export function chartPoints(t: Strings, v: CompareView, sourceLabel: (id: string) => string) {
  return v.series.flatMap((s) =>
    s.points.map((p) => ({
      year: p.year,
      series: s.label,
      kind: s.kind,
      value: p.value,
      status: p.status,
      provisional: p.provisional,
      tip: `${s.label}, ${p.year}: ${cellText(t, p, v.unit)}${p.status !== 'ok' && p.value !== null ? ` (${t.compare.tip[p.status as keyof Strings['compare']['tip']] ?? p.status})` : ''}${p.provisional ? `, ${t.flags.provisional}` : ''}\n${t.profile.source}: ${p.sources.map(sourceLabel).join('; ') || '–'}`,
    })),
  );
}
