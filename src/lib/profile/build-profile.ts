import { barsLegend, barsSpec, type BarPoint } from '../charts/bars.ts';
import { linesLegend, linesSpec, type LinePoint } from '../charts/lines.ts';
import { settlementLegend, settlementSpec, type SettlementPoint } from '../charts/settlement.ts';
import { COLORS, markStatusOf, SIZES, type ChartSize, type MarkStatus } from '../charts/theme.ts';
import { exactValue, perCapita, ratio, seriesOf, single, type Figure } from '../domain/figure.ts';
import { yearSpan } from '../domain/coverage.ts';
import { cutsAmong, requestCutNote } from '../domain/request-cut.ts';
import { getMeasure, groupLabel, LANDBAKGRUNN_LARGEST_IN } from '../domain/measures.ts';
import { formatFigure, formatInt, formatMillions, formatPercent } from '../format/number.ts';
import { t } from '../../i18n/nb.ts';
import { statusWord } from '../format/status-word.ts';

const P = t.panels;
export { minorsSentence, settlementSentence, ukrainianSentence } from '../sentences/nb.ts';
import { minorsSentence, missingYearsSentence, settlementSentence, ukrainianSentence } from '../sentences/nb.ts';
import {
  changeSentence,
  countryComparison,
  groupGapSentence,
  immigrantsSentence,
  largestShareSentence,
  movedHereSentence,
} from './findings.ts';
import { citationsOf, dropEmptyColumns, flagNotes, type Panel } from './panel.ts';
import { caveatOf, caveatsShown, markCaveat, type Caveat } from './caveats.ts';

export interface ProfileInput {
  name: string;
  /** Rates (employment, low income …) exist only for the former kommuner: say so where they would stand. */
  ratesOnlyForPredecessors?: boolean;
  /** Figures for the kommune's own code. */
  own: Figure[];
  /** The publisher's whole-country figures (region 0000). */
  country: Figure[];
  /** Figures of this kommune published with a caveat (data/warnings.csv): marked § where shown. */
  caveats?: Caveat[];
}

const notes = (figs: (Figure | undefined)[]) => flagNotes(figs, t.flags, t.flagMarks);
const pct = (v: number | null) => (v === null ? '–' : formatPercent(v));
const years = (m: Map<number, Figure>[]) => [...new Set(m.flatMap((s) => [...s.keys()]))].sort((a, b) => a - b);
const val = (f: Figure | undefined) => (f && f.status === 'ok' ? f.value : null);
/** How a chart draws a figure (charts/theme.ts markStatusOf); no figure is missing only inside the series' own years. */
const markOf = (f: Figure | undefined, s?: Map<number, Figure>, y?: number): MarkStatus | undefined =>
  markStatusOf(f, !(s && y !== undefined && (!s.size || y < Math.min(...s.keys()) || y > Math.max(...s.keys()))));
/** Every year from the first to the last, so a year without figures is said, not skipped. */
const span = (ys: number[]) => (ys.length ? Array.from({ length: ys.at(-1)! - ys[0] + 1 }, (_, i) => ys[0] + i) : []);
/** One chart definition at both sizes. */
const both = (draw: (size: ChartSize) => import('@observablehq/plot').PlotOptions) => ({
  spec: draw(SIZES.wide),
  narrow: draw(SIZES.narrow),
});

/** Request, decision, settled per year, with the two ratios, as chart + table. */
export function settlementPanel({ name, own, caveats }: ProfileInput): Panel | null {
  const req = seriesOf(own, 'anmodning');
  const dec = seriesOf(own, 'vedtak');
  const set = seriesOf(own, 'bosatt');
  const ys = years([req, dec, set]);
  if (!ys.length) return null;
  const figs = ys.flatMap((y) => [req.get(y), dec.get(y), set.get(y)]);
  // Agreed but not yet settled when the file was made (IMDi, 2024): beside the settled figure it adds to.
  const agreed = seriesOf(own, 'avtalt-bosatt');
  const figs2 = [...figs, ...agreed.values()];
  const rows = ys.map((y) => [
    String(y),
    markCaveat(formatFigure(req.get(y), 'personer'), req.get(y), caveats),
    markCaveat(formatFigure(dec.get(y), 'personer'), dec.get(y), caveats),
    markCaveat(formatFigure(set.get(y), 'personer'), set.get(y), caveats),
    agreed.has(y) ? formatFigure(agreed.get(y), 'personer') : '–',
    pct(ratio(dec.get(y), req.get(y))),
    pct(ratio(set.get(y), dec.get(y))),
  ]);
  const chartYears = span(ys.filter((y) => y >= 2005));
  const chartPoints: SettlementPoint[] = chartYears.map((y) => ({
    year: y,
    request: val(req.get(y)),
    decision: val(dec.get(y)),
    settled: val(set.get(y)),
    settledStatus: markOf(set.get(y), set, y),
    caveat: [req, dec, set].some((s) => caveatOf(caveats, s.get(y))),
  }));
  return {
    id: 'bosetting',
    title: P['bosetting'],
    summary: settlementSentence(name, req, dec, set),
    chart: {
      ...both((size) => settlementSpec(chartPoints, size)),
      legend: settlementLegend(chartPoints),
      label: `Stolpediagram: bosatte flyktninger i ${name} per år ${chartYears[0]}–${chartYears.at(-1)}, med IMDis anmodning og kommunens vedtak som streker. Tallene står i tabellen.`,
    },
    table: {
      caption: `Anmodning, vedtak og bosatte flyktninger i ${name}`,
      columns: [
        t.profile.year,
        'Anmodet',
        'Vedtatt',
        'Bosatt',
        'Avtalt, ikke bosatt ennå',
        'Vedtak av anmodning',
        'Bosatt av vedtak',
      ],
      rows: rows.reverse(),
    },
    citations: citationsOf(figs2),
    caveats: caveatsShown(figs, caveats),
    // A year whose request IMDi cut mid-year: said in full, with the kommune's original request where a source has it.
    notices: cutsAmong(['anmodning', 'vedtak'], ys).map((c) =>
      requestCutNote(c, exactValue(single(seriesOf(own, 'opprinnelig-anmodning').get(c.year)))),
    ),
    notes: [
      ...notes(figs2),
      'Andeler regnes bare når begge tallene er kjente og fullstendige',
      ...(agreed.size
        ? [
            '«Avtalt, ikke bosatt ennå»: personer kommunen hadde sagt ja til, men som ennå ikke var bosatt da IMDi hentet tallene (IMDi oppgir det bare for året som pågår; – der kilden ikke har tallet)',
          ]
        : []),
    ],
  };
}

export interface Column {
  measure: string;
  group?: string;
  label?: string;
  /** Name at the line's end in the chart, where the table's label is long. */
  short?: string;
}

/** Figures over years, one column per measure/group (rows = years, newest first), optionally as lines. */
export function yearTablePanel(
  input: ProfileInput,
  o: {
    id: string;
    title: string;
    columns: Column[];
    summary?: (s: Map<number, Figure>[], ys: number[]) => string;
    chart?: boolean;
    fromYear?: number;
    chartLabel?: string;
  },
): Panel | null {
  const series = o.columns.map((c) => seriesOf(input.own, c.measure, c.group ?? ''));
  const ys = years(series).filter((y) => y >= (o.fromYear ?? 0));
  if (!ys.length) return null;
  const units = o.columns.map((c) => getMeasure(c.measure).unit);
  const labels = o.columns.map(
    (c) => c.label ?? (c.group ? groupLabel(c.measure, c.group) : getMeasure(c.measure).label),
  );
  const figs = ys.flatMap((y) => series.map((s) => s.get(y)));
  const yearSpan = `${ys[0]}${ys.length > 1 ? `–${ys.at(-1)}` : ''}`;
  const panel: Panel = {
    id: o.id,
    title: o.title,
    // No sentence rather than one that restates the heading.
    summary: o.summary ? o.summary(series, ys) : '',
    table: {
      caption: `${o.title}, ${input.name}`,
      columns: [t.profile.year, ...labels],
      rows: ys
        .map((y) => [
          String(y),
          ...series.map((s, i) => markCaveat(formatFigure(s.get(y), units[i]), s.get(y), input.caveats)),
        ])
        .reverse(),
    },
    citations: citationsOf(figs),
    caveats: caveatsShown(figs, input.caveats),
    notes: notes(figs),
  };
  if (o.chart && ys.filter((y) => series.some((s) => val(s.get(y)) !== null)).length > 1) {
    const names = o.columns.map((c, i) => c.short ?? labels[i]);
    const points: LinePoint[] = span(ys).flatMap((y) =>
      series.map((s, i) => ({
        year: y,
        series: names[i],
        value: val(s.get(y)),
        status: markOf(s.get(y), s, y),
        caveat: !!caveatOf(input.caveats, s.get(y)),
      })),
    );
    const unit = units[0];
    const opts = {
      label: o.chartLabel ?? (unit === 'prosent' ? 'Prosent' : unit === 'kroner' ? 'Kroner' : 'Personer'),
      percent: unit === 'prosent',
      colors: [COLORS.immigrants, COLORS.rest, COLORS.all, COLORS.refugees, COLORS.settled, COLORS.request],
    };
    panel.chart = {
      ...both((size) => linesSpec(points, { ...opts, ...size })),
      legend: linesLegend(points),
      label: `Linjediagram: ${o.title.toLowerCase()} i ${input.name}, ${yearSpan}. Tallene står i tabellen.`,
    };
  }
  return panel;
}

/** Employment rate: immigrants vs the rest, with the whole country for reference. */
export function employmentPanel(input: ProfileInput): Panel | null {
  const p = yearTablePanel(input, {
    id: 'sysselsetting',
    title: P['sysselsetting'],
    chart: true,
    columns: [
      { measure: 'sysselsatte-andel', group: 'innvandrere' },
      { measure: 'sysselsatte-andel', group: 'befolkningen_ellers' },
    ],
    summary: (s, ys) => {
      const y = ys.at(-1)!;
      const a = val(s[0].get(y));
      const b = val(s[1].get(y));
      if (a === null || b === null) return '';
      const gap = b - a;
      return `I ${y} var ${formatPercent(a)} av innvandrerne 15–74 år i ${input.name} sysselsatt, mot ${formatPercent(b)} i befolkningen ellers – ${gap >= 0 ? `${formatInt(Math.round(gap))} prosentpoeng lavere` : `${formatInt(Math.round(-gap))} prosentpoeng høyere`}. Nyere tall per kommune finnes ikke i kildene.`;
    },
  });
  if (!p) return null;
  const c = seriesOf(input.country, 'sysselsatte-andel', 'innvandrere');
  const ce = seriesOf(input.country, 'sysselsatte-andel', 'befolkningen_ellers');
  p.table!.columns.push('Hele landet: innvandrere', 'Hele landet: befolkningen ellers');
  for (const row of p.table!.rows) {
    const y = Number(row[0]);
    row.push(formatFigure(c.get(y), 'prosent'), formatFigure(ce.get(y), 'prosent'));
  }
  p.citations = citationsOf([
    ...input.own.filter((f) => f.measure === 'sysselsatte-andel'),
    ...c.values(),
    ...ce.values(),
  ]);
  return p;
}

/** One year's breakdown as shares computed from counts (denominator = the 'all' group). */
export function sharesPanel(
  input: ProfileInput,
  o: {
    id: string;
    measure: string;
    title: string;
    finding?: string;
    rows: { group: string; of: string; label: string; who?: string; level?: string }[];
  },
): Panel | null {
  const figs = input.own.filter((f) => f.measure === o.measure);
  if (!figs.length) return null;
  const y = Math.max(...figs.map((f) => f.year));
  const get = (g: string) => figs.find((f) => f.year === y && f.group === g);
  const shown: (Figure | undefined)[] = [];
  const rows = o.rows.map((r) => {
    const a = get(r.group);
    const b = get(r.of);
    shown.push(a, b);
    const share = ratio(a, b);
    return [r.label, formatFigure(a, 'personer'), share === null ? '–' : formatPercent(share)];
  });
  // Grouped bars where the rows compare two groups (immigrants vs the rest): one bar per group within each level.
  const points: BarPoint[] = o.rows.flatMap((r) => {
    const v = ratio(get(r.group), get(r.of));
    return v === null ? [] : [{ label: r.level ?? r.label, group: r.who, value: v, row: r.label }];
  });
  return {
    id: o.id,
    title: o.title,
    summary:
      (o.rows.some((r) => r.who)
        ? groupGapSentence(
            y,
            [...new Set(o.rows.map((r) => r.level))].map((level) => ({
              level: level ?? '',
              a: points.find((p) => p.label === level && p.group === o.rows[0].who)?.value ?? null,
              b: points.find((p) => p.label === level && p.group !== o.rows[0].who)?.value ?? null,
            })),
            {
              a: o.rows[0].who!.toLowerCase().replace(/e$/, 'ne'),
              b: o.rows.at(-1)!.who!.toLowerCase(),
              what: o.finding ?? '',
            },
          )
        : largestShareSentence(
            y,
            points.map((p) => ({ label: p.label, value: p.value })),
            { what: o.finding ?? 'Høyest andel' },
          )) ?? '',
    chart: points.length
      ? {
          ...both((size) => barsSpec(points, { percent: true, values: true, hits: true, ...size })),
          legend: barsLegend(points),
          label: `Stolpediagram: ${o.title.toLowerCase()} i ${input.name}, ${y}, i prosent. Tallene står i tabellen.`,
        }
      : undefined,
    table: { caption: `${o.title}, ${input.name}, ${y}`, columns: ['Gruppe', 'Personer', 'Andel'], rows },
    citations: citationsOf(shown),
    notes: notes(shown),
  };
}

/** Latest year of a rate measure by group, beside the whole country. */
export function latestRatePanel(
  input: ProfileInput,
  o: { id: string; measure: string; title: string; groups: string[]; note?: string },
): Panel | null {
  const m = getMeasure(o.measure);
  const figs = input.own.filter((f) => f.measure === o.measure && o.groups.includes(f.group));
  if (!figs.length) return null;
  const y = Math.max(...figs.map((f) => f.year));
  const shown: (Figure | undefined)[] = [];
  const rows = o.groups.map((g) => {
    const a = figs.find((f) => f.year === y && f.group === g);
    const c = input.country.find((f) => f.measure === o.measure && f.year === y && f.group === g);
    shown.push(a, c);
    return [groupLabel(o.measure, g), formatFigure(a, m.unit), formatFigure(c, m.unit)];
  });
  return {
    id: o.id,
    title: o.title,
    summary:
      (countryComparison(
        input.name,
        y,
        o.groups.map((g) => ({
          label: groupLabel(o.measure, g),
          own: figs.find((f) => f.year === y && f.group === g),
          country: input.country.find((f) => f.measure === o.measure && f.year === y && f.group === g),
        })),
      ) ?? '') + (o.note ? ` ${o.note}` : ''),
    table: { caption: `${o.title}, ${y}`, columns: ['Gruppe', input.name, 'Hele landet'], rows },
    citations: citationsOf(shown),
    notes: notes(shown),
  };
}

/** Grants per year: total, per inhabitant, and each grant type. */
export function grantsPanel(input: ProfileInput): Panel | null {
  const figs = input.own.filter((f) => f.measure === 'tilskudd');
  if (!figs.length) return null;
  const ys = [...new Set(figs.map((f) => f.year))].sort((a, b) => a - b);
  const groups = Object.keys(getMeasure('tilskudd').groups!).filter((g) => figs.some((f) => f.group === g));
  const pop = seriesOf(input.own, 'befolkning');
  const get = (y: number, g: string) => figs.find((f) => f.year === y && f.group === g);
  const perInhabitant = (y: number) => {
    const tot = get(y, 'totalt');
    const p = pop.get(y);
    const v = perCapita(tot, p, 1).value;
    return v === null ? '–' : `${formatInt(Math.round(v))} kr`;
  };
  // One unit style for grants everywhere on the page: «mill. kr» (per inhabitant stays in kroner).
  // Years no source covers between two grant years get a row of their own, so the table never jumps (2022 → 2015).
  const rows = ys
    .flatMap((y, i) => [
      ...(i > 0 && y - ys[i - 1] > 1
        ? [[yearSpan(ys[i - 1] + 1, y - 1), t.status.absent, ...groups.map(() => '–')]]
        : []),
      [
        String(y),
        perInhabitant(y),
        ...groups.map((g) =>
          markCaveat(formatFigure(get(y, g), 'kroner', { millions: true }), get(y, g), input.caveats),
        ),
      ],
    ])
    .reverse();
  const totalSeries = new Map(figs.filter((f) => f.group === 'totalt').map((f) => [f.year, f]));
  const totals: LinePoint[] = span(ys).map((y) => ({
    year: y,
    series: 'Totalt',
    value: val(get(y, 'totalt')),
    status: markOf(get(y, 'totalt'), totalSeries, y),
    caveat: !!caveatOf(input.caveats, get(y, 'totalt')),
  }));
  const lastOk = [...ys].reverse().find((y) => val(get(y, 'totalt')) !== null);
  const shown = [...figs, ...ys.map((y) => pop.get(y))];
  const grantGaps = missingYearsSentence(totalSeries);
  return {
    id: 'tilskudd',
    title: P['tilskudd'],
    summary:
      lastOk !== undefined
        ? `I ${lastOk} fikk ${input.name} ${formatMillions(val(get(lastOk, 'totalt'))!)} i tilskudd fra IMDi${perInhabitant(lastOk) === '–' ? '' : `, ${perInhabitant(lastOk)} per innbygger`}.${grantGaps ? ` ${grantGaps}` : ''}`
        : `Ingen tilskuddstall for ${input.name}.`,
    chart:
      totals.filter((d) => d.value !== null).length > 1
        ? {
            ...both((size) => linesSpec(totals, { label: 'Kroner', kroner: true, ...size })),
            legend: linesLegend(totals),
            label: `Linjediagram: samlet tilskudd til ${input.name} per år.${grantGaps ? ` Årene ${grantGaps} mangler i kildene.` : ''} Tallene står i tabellen.`,
          }
        : undefined,
    table: {
      caption: `Tilskudd fra IMDi til ${input.name}`,
      columns: [t.profile.year, 'Totalt per innbygger', ...groups.map((g) => groupLabel('tilskudd', g))],
      rows,
    },
    citations: citationsOf(shown),
    caveats: caveatsShown(figs, input.caveats),
    notes: [...notes(shown), 'Per innbygger: totalt tilskudd delt på folketallet 1. januar samme år.'],
  };
}

/** The kommune's largest countries of background among those published, newest year first, with earlier years. */
export function countriesPanel(input: ProfileInput, { top = 10 } = {}): Panel | null {
  const figs = input.own.filter((f) => f.measure === 'landbakgrunn');
  const ok = figs.filter((f) => f.status === 'ok');
  if (!ok.length) return null;
  const y = Math.max(...ok.map((f) => f.year));
  const earlier = [2014, 2006].filter((e) => e < y && figs.some((f) => f.year === e));
  const get = (g: string, yy: number) => figs.find((f) => f.group === g && f.year === yy);
  const ranked = [...new Set(figs.map((f) => f.group))]
    .map((g) => ({ g, v: val(get(g, y)) }))
    .filter((x) => x.v !== null && x.v > 0)
    .sort((a, b) => b.v! - a.v! || a.g.localeCompare(b.g, 'nb'))
    .slice(0, top);
  if (!ranked.length) return null;
  const shown = ranked.flatMap((r) => [y, ...earlier].map((yy) => get(r.g, yy)));
  const hidden = [...new Set(figs.map((f) => f.group))].filter((g) => get(g, y)?.status === 'suppressed');
  return {
    id: 'landbakgrunn',
    title: P['landbakgrunn'],
    summary: `Blant de 15 landene med flest personer i Norge i ${LANDBAKGRUNN_LARGEST_IN}, og Ukraina, er ${ranked[0].g} størst i ${input.name} (${formatInt(ranked[0].v!)} personer i ${y}).${hidden.length ? ` Tallene for ${hidden.length === 1 ? hidden[0] : `${hidden.length} land`} er ${statusWord('suppressed', { measure: 'landbakgrunn', source: get(hidden[0], y)!.source, flags: get(hidden[0], y)!.flags })}.` : ''}`,
    chart:
      ranked.length > 1
        ? {
            ...both((size) =>
              barsSpec(
                ranked.map((r) => ({ label: r.g, value: r.v! })),
                { values: true, hits: true, ...size },
              ),
            ),
            label: `Stolpediagram: personer etter landbakgrunn i ${input.name}, ${y}. Tallene står i tabellen.`,
          }
        : undefined,
    table: {
      caption: `Personer etter landbakgrunn, ${input.name}`,
      columns: ['Land', String(y), ...earlier.map(String)],
      rows: ranked.map((r) => [r.g, ...[y, ...earlier].map((yy) => formatFigure(get(r.g, yy), 'personer'))]),
    },
    citations: citationsOf(shown),
    notes: [
      ...notes(shown),
      'Fila sier ikke om norskfødte med innvandrerforeldre er med. Land utenfor de 16 utvalgte er ikke tatt inn.',
    ],
  };
}

/** Newest year with a value, per topic, so the page can say how old its figures are. */
export function newestByTopic(figures: Figure[]): { topic: string; year: number }[] {
  const best = new Map<string, number>();
  for (const f of figures) {
    if (f.status !== 'ok') continue;
    const topic = getMeasure(f.measure).topic;
    best.set(topic, Math.max(best.get(topic) ?? 0, f.year));
  }
  const order = ['bosetting', 'tilskudd', 'befolkning', 'arbeid', 'levekar'];
  return order.filter((o) => best.has(o)).map((topic) => ({ topic, year: best.get(topic)! }));
}

/**
 * The topics among work and living conditions whose newest figure is more
 * than five years older than the page's newest (the «Eldre tall» rule), so
 * the page can say that the sources have nothing newer for them — and says
 * nothing once a refresh brings newer figures.
 */
export function olderTopics(newest: { topic: string; year: number }[]): string[] {
  const top = Math.max(0, ...newest.map((n) => n.year));
  return newest.filter((n) => (n.topic === 'arbeid' || n.topic === 'levekar') && n.year < top - 5).map((n) => n.topic);
}

/** Every panel of a profile, in page order, grouped by section. Empty panels are left out. */
export function buildProfile(input: ProfileInput): { section: string; panels: Panel[] }[] {
  const intro = (stage: string) =>
    [1, 2, 3, 4, 5].map((n) => ({
      group: `${['ettaar', 'toaar', 'treaar', 'fireaar', 'femaar'][n - 1]}|${stage}`,
      of: `${['ettaar', 'toaar', 'treaar', 'fireaar', 'femaar'][n - 1]}|alle`,
      label: `${n} år etter avsluttet program`,
    }));
  const sections = [
    {
      section: 'settlement',
      panels: [
        settlementPanel(input),
        yearTablePanel(input, {
          id: 'ukrainere',
          title: P['ukrainere'],
          fromYear: 2022,
          columns: [
            { measure: 'bosatt', group: '' },
            { measure: 'bosatt', group: 'ukrainere' },
            { measure: 'bosatt', group: 'ovrige' },
          ],
          summary: ([all, ukr], ys) => ukrainianSentence(input.name, all, ukr, ys),
        }),
        // Agreed but not yet settled (IMDi: Oslo 2024, every kommune 2026): its own table, so each stays readable on a phone.
        yearTablePanel(input, {
          id: 'avtalt',
          title: P['avtalt'],
          fromYear: 2022,
          columns: [
            { measure: 'avtalt-bosatt', label: 'Avtalt, ikke bosatt' },
            { measure: 'avtalt-bosatt', group: 'kollektiv', label: 'Herav kollektiv beskyttelse' },
          ],
        }),
        yearTablePanel(input, {
          id: 'ema',
          title: P['ema'],
          columns: [
            { measure: 'ema-anmodning', label: 'Anmodet' },
            { measure: 'ema-vedtak', label: 'Vedtatt' },
            { measure: 'ema-bosatt', label: 'Bosatt' },
          ],
          summary: ([req, dec, set], ys) => minorsSentence(input.name, req, dec, set, ys),
        }),
        // IMDi's 2026 request for unaccompanied minors by age (its «Nøkkeltall anmodning 2026»).
        yearTablePanel(input, {
          id: 'ema-alder',
          title: P['ema-alder'],
          columns: [
            { measure: 'ema-anmodning', label: 'Anmodet' },
            { measure: 'ema-anmodning', group: 'under-15', label: 'Under 15 år' },
            { measure: 'ema-anmodning', group: '15-18', label: '15–18 år' },
          ],
          fromYear: 2026,
        }),
        yearTablePanel(input, {
          id: 'sekundaerflytting',
          title: P['sekundaerflytting'],
          chart: true,
          columns: [
            { measure: 'sekundaerflytting', group: 'bosatt-her|alle', short: 'Bor her' },
            { measure: 'sekundaerflytting', group: 'flyttet-hit|alle', short: 'Flyttet hit' },
            { measure: 'sekundaerflytting', group: 'alle|alle', short: 'Alle' },
            { measure: 'sekundaerflytting', group: 'uoppgitt|alle', short: 'Uoppgitt' },
          ],
          summary: ([, hit, all]) => movedHereSentence(input.name, all, hit) ?? '',
        }),
      ],
    },
    { section: 'grants', panels: [grantsPanel(input)] },
    {
      section: 'population',
      panels: [
        yearTablePanel(input, {
          id: 'folketall',
          title: P['folketall'],
          chart: true,
          columns: [{ measure: 'befolkning', label: 'Folketall' }],
          summary: ([s]) => changeSentence('folketallet 1. januar', s, { peak: 'Høyest var det' }) ?? '',
        }),
        yearTablePanel(input, {
          id: 'innvandringsgrunn',
          title: P['innvandringsgrunn'],
          chart: true,
          columns: (['alle', 'flukt', 'arbeid', 'familie', 'utdanning', 'uoppgitt'] as const).map((g) => ({
            measure: 'innvandrere-grunn',
            group: g,
            short: {
              alle: 'Alle',
              flukt: 'Flukt',
              arbeid: 'Arbeid',
              familie: 'Familie',
              utdanning: 'Utdanning',
              uoppgitt: 'Uoppgitt',
            }[g],
          })),
          summary: ([all, refugees]) => immigrantsSentence(all, refugees) ?? '',
        }),
        countriesPanel(input),
      ],
    },
    {
      section: 'work',
      panels: [
        employmentPanel(input) ??
          (input.ratesOnlyForPredecessors
            ? {
                id: 'andeler-tidligere',
                title: P['andeler-tidligere'],
                citations: [],
                notes: [],
                summary: `Andeler som sysselsetting, lavinntekt og barnehagedeltakelse ble publisert for kommunene slik de var før sammenslåingen, og kan ikke legges sammen til dagens ${input.name}. De står for hver tidligere kommune under «Tidligere kommuner» nederst på siden.`,
              }
            : null),
        // SSB 11607 (fetched): its own groups, shown beside IMDi's series, not joined with it.
        latestRatePanel(input, {
          id: 'sysselsatte-landbakgrunn',
          measure: 'sysselsatte-landbakgrunn-andel',
          title: P['sysselsatte-landbakgrunn'],
          groups: ['innvandrere', 'landgruppe1', 'landgruppe2', 'ellers'],
        }),
        latestRatePanel(input, {
          id: 'botid',
          measure: 'sysselsatte-botid-andel',
          title: P['botid'],
          groups: ['alle', '0_4', '5_9', '10+'],
        }),
        latestRatePanel(input, {
          id: 'innvandringsgrunn-arbeid',
          measure: 'sysselsatte-grunn-andel',
          title: P['innvandringsgrunn-arbeid'],
          groups: ['alle', 'flukt', 'familie', 'arbeid', 'annet_uoppgitt'],
          // 20–66 år, beside 15–74 år everywhere else on the page (review finding 25).
          note: t.panelNotes['innvandringsgrunn-arbeid'],
        }),
        sharesPanel(input, {
          id: 'intro-status',
          measure: 'intro-status',
          title: P['intro-status'],
          finding: 'Høyest andel i arbeid eller utdanning',
          rows: intro('arbutd'),
        }),
        yearTablePanel(input, {
          id: 'intro-deltakere',
          title: P['intro-deltakere'],
          columns: [{ measure: 'intro-deltakere', label: 'Deltakere' }],
          summary: ([s]) => changeSentence('antallet deltakere', s) ?? '',
        }),
        latestRatePanel(input, {
          id: 'lavinntekt',
          measure: 'lavinntekt-andel',
          title: P['lavinntekt'],
          groups: ['alle|alle', 'innvandrere|alle', 'innvandrere|1', 'innvandrere|2', 'befolkningen_ellers|alle'],
        }),
        // FHI 403 (fetched): its own groups and line, shown beside IMDi's series, not joined with it.
        latestRatePanel(input, {
          id: 'lavinntekt-fhi',
          measure: 'lavinntekt-fhi-andel',
          title: P['lavinntekt-fhi'],
          groups: ['alle|alle', 'innvandrere|alle', 'norskfodte|alle', 'ovrige|alle', 'alle|0-17', 'innvandrere|0-17'],
        }),
        latestRatePanel(input, {
          id: 'sosialhjelp',
          measure: 'sosialhjelp-andel',
          title: P['sosialhjelp'],
          groups: ['alle', 'innvandrere', 'befolkningen_ellers'],
        }),
        sharesPanel(input, {
          id: 'utdanning',
          measure: 'utdanning',
          title: P['utdanning'],
          finding: 'som høyeste fullførte utdanning',
          rows: [
            {
              group: 'innvandrere|grunnskole',
              of: 'innvandrere|alle',
              label: 'Innvandrere: grunnskole',
              who: 'Innvandrere',
              level: 'Grunnskole',
            },
            {
              group: 'innvandrere|vgs',
              of: 'innvandrere|alle',
              label: 'Innvandrere: videregående',
              who: 'Innvandrere',
              level: 'Videregående',
            },
            {
              group: 'innvandrere|uh',
              of: 'innvandrere|alle',
              label: 'Innvandrere: universitet/høgskole',
              who: 'Innvandrere',
              level: 'Universitet/høgskole',
            },
            {
              group: 'innvandrere|uoppgitt',
              of: 'innvandrere|alle',
              label: 'Innvandrere: uoppgitt',
              who: 'Innvandrere',
              level: 'Uoppgitt',
            },
            {
              group: 'ellers|grunnskole',
              of: 'ellers|alle',
              label: 'Befolkningen ellers: grunnskole',
              who: 'Befolkningen ellers',
              level: 'Grunnskole',
            },
            {
              group: 'ellers|vgs',
              of: 'ellers|alle',
              label: 'Befolkningen ellers: videregående',
              who: 'Befolkningen ellers',
              level: 'Videregående',
            },
            {
              group: 'ellers|uh',
              of: 'ellers|alle',
              label: 'Befolkningen ellers: universitet/høgskole',
              who: 'Befolkningen ellers',
              level: 'Universitet/høgskole',
            },
          ],
        }),
        latestRatePanel(input, {
          id: 'barnehage',
          measure: 'barnehage-andel',
          title: P['barnehage'],
          groups: ['alle', 'minoritet', 'ikke_minoritet'],
        }),
      ],
    },
  ];
  const kept = sections.map((s) => ({
    section: s.section,
    panels: s.panels
      .filter((p): p is Panel => p !== null)
      .map((p) => (p.table ? { ...p, table: dropEmptyColumns(p.table) } : p)),
  }));
  return markOld(kept).filter((s) => s.panels.length);
}

/**
 * Panels whose newest figure is more than five years older than the page's
 * newest get an «Eldre tall (year)» badge and move after the current panels
 * of their section (order otherwise kept).
 */
export function markOld(
  sections: { section: string; panels: Panel[] }[],
  { years = 5 } = {},
): { section: string; panels: Panel[] }[] {
  const newestOf = (p: Panel) => Math.max(0, ...p.citations.map((c) => c.years[1]));
  const pageNewest = Math.max(0, ...sections.flatMap((s) => s.panels.map(newestOf)));
  return sections.map((s) => {
    const panels = s.panels.map((p) => {
      const n = newestOf(p);
      return n && pageNewest - n > years ? { ...p, oldYear: n } : p;
    });
    return { section: s.section, panels: [...panels.filter((p) => !p.oldYear), ...panels.filter((p) => p.oldYear)] };
  });
}
