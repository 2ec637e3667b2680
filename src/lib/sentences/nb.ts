import { t } from '../../i18n/nb.ts';
import { newestYear, yearSpan, type Coverage } from '../domain/coverage.ts';
import { divide, exactValue, single, type Figure } from '../domain/figure.ts';
import { formatInt } from '../format/number.ts';
import { requestCutOf } from '../domain/request-cut.ts';
import { monthOf } from '../format/date.ts';
import { hiddenAtMost, hiddenRule } from '../format/status-word.ts';

/**
 * Plain-language bokmål sentences generated from the figures, for the
 * profile and the brief alike (a nynorsk or English module follows with the
 * same exports). One set of rules: a sentence is only written when every
 * number in it is a published value; a hidden, missing or pending figure is
 * only ever said to be so; zero is «ingen»; a sum with a hidden part is
 * «minst»; shares are whole percent, from exact values only (divide in
 * domain/figure.ts); «newest» is coverage.ts's newestYear.
 */
export type Series = Map<number, Figure>;

/** A figure's value when it is a value (a lower bound included). */
const val = (f: Figure | undefined) => (f && f.status === 'ok' && f.value !== null ? f.value : null);
/** A figure's value only when it is exact (not a lower bound). */
const exact = (f: Figure | undefined) => exactValue(single(f));

/** "ingen flyktninger", "1 flyktning", "110 flyktninger". */
export function refugees(n: number): string {
  return n === 0 ? 'ingen flyktninger' : `${formatInt(n)} ${n === 1 ? 'flyktning' : 'flyktninger'}`;
}
/** "ingen enslige mindreårige", "1 enslig mindreårig", "8 enslige mindreårige". */
export function minors(n: number): string {
  return n === 0
    ? 'ingen enslige mindreårige'
    : `${formatInt(n)} ${n === 1 ? 'enslig mindreårig' : 'enslige mindreårige'}`;
}
/** a of b in whole percent, nb-NO ("59 %"), or null unless both are exact and b > 0. */
export function share(a: Figure | undefined, b: Figure | undefined): string | null {
  const v = exactValue(divide(a, b, 100));
  return v === null ? null : `${formatInt(Math.round(v))}\u00a0%`;
}
/** "2021", "2021 og 2023", "2019, 2021 og 2023". */
export function yearsList(ys: (number | string)[]): string {
  return t.list(ys);
}

/** The gaps as text: "2016–2021", "2016–2021 og 2023". */
export function gapsText(c: Coverage): string {
  return t.list(c.gaps.map(([a, b]) => yearSpan(a, b)));
}

/**
 * "Kildene mangler tall for 2016–2021 og 2024." — the years from a series'
 * first figure to its last (a «mangler» row included) that have no figure or
 * a missing one, read from the series itself; '' when there are none. A
 * hidden figure is not missing.
 */
export function missingYearsSentence(series: Series): string {
  const ys = [...series.keys()];
  if (!ys.length) return '';
  const gaps: number[] = [];
  for (let y = Math.min(...ys); y <= Math.max(...ys); y++) {
    const f = series.get(y);
    if (!f || f.status === 'missing') gaps.push(y);
  }
  return gaps.length ? `Kildene mangler tall for ${spans(gaps)}.` : '';
}
/** "2016–2021 og 2024": years as runs. */
function spans(ys: number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...ys].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return yearsList(runs.map(([a, b]) => yearSpan(a, b)));
}

/** "november 2024": the month the figure's file was made (its vintage, "2024-11" or "2024-11-13"). */
export function asOf(f: Figure): string {
  return monthOf(f.vintage);
}
const provisional = (f: Figure | undefined) => !!f?.flags.includes('provisional');
/** " (foreløpig tall per november 2024)" when any of the figures is provisional, else "". */
function provisionalNote(list: (Figure | undefined)[], plural = false): string {
  const p = list.find(provisional);
  return p ? ` (${plural ? 'foreløpige tall' : 'foreløpig tall'} per ${asOf(p)})` : '';
}
/**
 * Why a figure is hidden, as the sentences say it, by the one rule in
 * format/status-word.ts: «under 5» only where the publisher's rule says so
 * (IMDi's own files); a cell hidden on IMDi's web page, or by SSB or FHI, is
 * hidden «av personvernhensyn» and may stand for more than 4.
 */
function hiddenBecause(f: Figure): string {
  const rule = hiddenRule({ source: f.source, flags: f.flags });
  return rule === 'under-5' ? 'fordi det er under 5' : rule === 'anonymised' ? '(anonymisert)' : 'av personvernhensyn';
}
/** "2024: skjult, under 5" / "2024 og 2025: skjult av personvernhensyn", grouped by rule. */
function hiddenList(ys: number[], s: Series): string {
  const byRule = new Map<string, number[]>();
  for (const y of ys) {
    const rule = hiddenRule({ source: s.get(y)!.source, flags: s.get(y)!.flags });
    byRule.set(rule, [...(byRule.get(rule) ?? []), y]);
  }
  return [...byRule]
    .map(
      ([rule, yy]) =>
        `${yearsList(yy)}: ${rule === 'under-5' ? 'skjult, under 5' : rule === 'anonymised' ? 'skjult (anonymisert)' : 'skjult av personvernhensyn'}`,
    )
    .join('; ');
}

/** "I 2024 vedtok kommunen å bosette 110 flyktninger, 59 % av de 185 IMDi anmodet om." */
export function decisionSentence(
  year: number,
  request: Figure | undefined,
  decision: Figure | undefined,
  subject = 'kommunen',
  { page = false } = {},
): string | null {
  const d = exact(decision);
  const r = exact(request);
  if (decision?.status === 'pending') {
    // «avventer vedtak» in a file made after the year ended: no decision was registered (Kautokeino 2025).
    const why = provisional(decision)
      ? 'kommunen hadde ikke fattet vedtak da tallene ble hentet'
      : 'ingen vedtak registrert (IMDi: avventer vedtak)';
    return r !== null ? `For ${year} anmodet IMDi om ${refugees(r)}; ${why}.` : null;
  }
  // Provisional figures (a file made before the year ended) and IMDi's web page say so, in one parenthesis.
  const p = [request, decision].find(provisional);
  const said = [p ? `foreløpige tall per ${asOf(p)}` : '', page ? 'ifølge IMDis nettside' : ''].filter(Boolean);
  const end = said.length ? ` (${said.join(', ')}).` : '.';
  if (d === null && val(decision) !== null) {
    // A sum over former kommuner with a part missing: say "at least".
    return `For ${year} vedtok de tidligere kommunene samlet å bosette minst ${refugees(val(decision)!)}; tallet for én av dem mangler${end}`;
  }
  // No request: IMDi's «-»/«.» decision means there was nothing to decide, not a missing decision.
  if (r === 0 && (decision === undefined || decision.status === 'not-applicable'))
    return `IMDi ba ikke om bosetting i ${year}${end}`;
  if (d === null)
    return r !== null ? `For ${year} anmodet IMDi om ${refugees(r)}; vedtak er ikke registrert${end}` : null;
  if (d === 0)
    return `For ${year} vedtok ${subject} å ikke bosette flyktninger${r !== null && r > 0 ? `, selv om IMDi anmodet om ${refugees(r)}` : ''}${end}`;
  // The request was cut after the kommuner had decided (domain/request-cut.ts): no share of a request the decision may not answer.
  if (requestCutOf(year) && r !== null)
    return `For ${year} vedtok ${subject} å bosette ${refugees(d)}; IMDi anmodet om ${formatInt(r)} etter at anmodningen ble satt ned midt i året, så vedtaket kan svare til den opprinnelige anmodningen${end}`;
  const of = share(decision, request);
  if (of !== null)
    return `For ${year} vedtok ${subject} å bosette ${refugees(d)}, ${of} av de ${formatInt(r!)} IMDi anmodet om${end}`;
  return `For ${year} vedtok ${subject} å bosette ${refugees(d)}${end}`;
}

/** "I 2023 ble 188 flyktninger bosatt, 111 % av vedtaket." (provisional figures say so) */
export function settledSentence(
  year: number,
  settled: Figure | undefined,
  decision: Figure | undefined,
): string | null {
  const s = exact(settled);
  if (s === null)
    return settled?.status === 'suppressed' ? `Antallet bosatte i ${year} er skjult ${hiddenBecause(settled)}.` : null;
  const of = share(settled, decision);
  const prov = settled!.flags.includes('provisional')
    ? ' (foreløpig tall, året var ikke omme da tallet ble hentet)'
    : '';
  if (s === 0) return `I ${year} ble ingen flyktninger bosatt${prov}.`;
  return `I ${year} ble ${refugees(s)} bosatt${of !== null ? `, ${of} av vedtaket` : ''}${prov}.`;
}

/** "Siste anmodning i datasettet: 600 for 2026 (foreløpig tall per september 2026)." */
export function latestRequestSentence(req: Series): string | null {
  const y = [...req.keys()].filter((x) => val(req.get(x)) !== null).sort((a, b) => b - a)[0];
  if (y === undefined) return null;
  const f = req.get(y)!;
  return `Siste anmodning i datasettet: ${exact(f) === null ? 'minst ' : ''}${formatInt(val(f)!)} for ${y}${provisionalNote([f])}.`;
}

/**
 * Unaccompanied minors, one rule for the profile and the brief: the request
 * and decision of the newest year with a request, then how many were settled
 * over the years with figures — the span is every year with a figure, and
 * each year inside it that is hidden, a lower bound or missing is named
 * (so the total is «minst»). Provisional figures say so, with the month of
 * their file («foreløpig tall per november 2024»). `subject` is «kommunen» in
 * the brief and the kommune's name on the profile.
 */
export function minorsSentences(req: Series, dec: Series, set: Series, subject = 'kommunen'): string[] {
  const out: string[] = [];
  const asks = subject === 'kommunen' ? 'anmodet IMDi om' : `ba IMDi ${subject} bosette`;
  const y = [...req.keys()].sort((a, b) => b - a).find((x) => exact(req.get(x)) !== null);
  if (y !== undefined) {
    const r = exact(req.get(y))!;
    const d = exact(dec.get(y));
    const prov = provisionalNote([req.get(y), dec.get(y)], true);
    out.push(
      d !== null
        ? `For ${y} ${asks} ${minors(r)}, og kommunen vedtok ${formatInt(d)}${prov}.`
        : dec.get(y) === undefined
          ? // No source has decisions for the year (IMDi's 2026 request page has none): not «not registered».
            `For ${y} ${asks} ${minors(r)}${provisionalNote([req.get(y)])}; kildene har ikke vedtaket.`
          : `For ${y} ${asks} ${minors(r)}; vedtak ${prov ? 'var' : 'er'} ikke registrert${prov}.`,
    );
  } else if (req.size) {
    const ys = [...req.keys()].sort((a, b) => a - b);
    const none = ys.filter((x) => req.get(x)!.status === 'not-applicable');
    const prov = provisionalNote(
      ys.map((x) => req.get(x)),
      true,
    );
    out.push(
      none.length === ys.length
        ? `IMDi ba ikke ${subject} bosette enslige mindreårige i ${yearsList(ys)}${prov}.`
        : `Kildene har ingen anmodning om enslige mindreårige for ${subject} for ${yearsList(ys)} (tom celle hos IMDi).`,
    );
  }
  const ys = [...set.keys()].sort((a, b) => a - b);
  if (!ys.length) return out;
  const withValue = ys.filter((x) => val(set.get(x)) !== null);
  const hidden = ys.filter((x) => set.get(x)!.status === 'suppressed');
  const lower = withValue.filter((x) => exact(set.get(x)) === null);
  const other = ys.filter((x) => val(set.get(x)) === null && set.get(x)!.status !== 'suppressed');
  const span = ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys.at(-1)}`;
  const prov = ys.filter((x) => provisional(set.get(x)));
  // One year: the note goes inside the sentence; several: a sentence of its own after it.
  const inline = ys.length === 1 ? provisionalNote([set.get(ys[0])]) : '';
  const after =
    prov.length && ys.length > 1
      ? ` ${prov.length > 1 ? 'Tallene' : 'Tallet'} for ${yearsList(prov)} er ${prov.length > 1 ? 'foreløpige' : 'foreløpig'} (per ${asOf(set.get(prov[0])!)}).`
      : '';
  const total = withValue.reduce((sum, x) => sum + val(set.get(x))!, 0);
  const notes = [
    ...(hidden.length ? [hiddenList(hidden, set)] : []),
    ...(lower.length ? [`${yearsList(lower)}: minstetall`] : []),
    ...(other.length ? [`${yearsList(other)}: mangler`] : []),
  ].join('; ');
  if (!withValue.length) {
    const rules = new Set(hidden.map((x) => hiddenBecause(set.get(x)!)));
    out.push(
      hidden.length === ys.length && rules.size === 1
        ? `Antallet bosatte enslige mindreårige i ${span} er skjult ${[...rules][0]}${inline}.${after}`
        : `Kildene har ikke antallet bosatte enslige mindreårige i ${span} (${notes})${inline}.${after}`,
    );
  } else if (!notes) {
    out.push(
      total === 0
        ? `Ingen enslige mindreårige ble bosatt i ${span}${inline}.${after}`
        : `I ${span} ble ${minors(total)} bosatt${inline}.${after}`,
    );
  } else if (total === 0 && !lower.length) {
    out.push(`Ingen enslige mindreårige ble bosatt i ${yearsList(withValue)} (${notes}).${after}`);
  } else out.push(`I ${span} ble minst ${minors(total)} bosatt (${notes}).${after}`);
  return out;
}

/**
 * The highest number settled in one year so far, the mean of the last five
 * complete years, and the years the kommune settled more than it decided.
 * A lower bound («≥») counts: it is the record («minst N») when it exceeds
 * every exact figure, and a year whose lower bound already exceeds the
 * decision settled more than decided. Years that could still hold more than
 * the record (another lower bound, a hidden cell that may hide more, a
 * provisional figure above it, years with figures only for a divided former
 * kommune) are named; nothing is ever said to be fewer from a lower bound.
 */
export function capacitySentences(set: Series, dec: Series, elsewhere?: Elsewhere): string[] {
  const out: string[] = [];
  const ys = [...set.keys()].sort((a, b) => a - b);
  const done = ys.filter((y) => !provisional(set.get(y)));
  const rec = record(set);
  if (!rec) return out;
  const known = done.filter((y) => val(set.get(y)) !== null);
  const v = (y: number) => val(set.get(y))!;
  const isExact = (y: number) => exact(set.get(y)) !== null;
  const { year: top, value: max } = rec;
  const lowerOthers = known.filter((y) => y !== top && !isExact(y));
  const hiddenOver = done.filter((y) => {
    const f = set.get(y)!;
    return f.status === 'suppressed' && (hiddenAtMost({ source: f.source, flags: f.flags }) ?? Infinity) > max;
  });
  const missing = done.filter((y) => set.get(y)!.status === 'missing');
  const provOver = ys.filter((y) => provisional(set.get(y)) && (val(set.get(y)) ?? -1) > max);
  const caveats = [
    ...(lowerOthers.length ? [`for ${yearsList(lowerOthers)} er bare et minstetall kjent`] : []),
    ...(hiddenOver.length
      ? [`${hiddenOver.length > 1 ? 'tallene' : 'tallet'} for ${yearsList(hiddenOver)} er skjult`]
      : []),
    ...(missing.length ? [`${missing.length > 1 ? 'tallene' : 'tallet'} for ${yearsList(missing)} mangler`] : []),
    ...provOver.map((y) => `${y}: foreløpig ${formatInt(v(y))} per ${asOf(set.get(y)!)}`),
    // Years with figures only for a divided former kommune (the brief's ‡ rows), with its own record
    // there, so the sentence agrees with the chart's taller ‡ bars (Ålesund: 217 in 2024, 294 in 2023 for 1507).
    ...(elsewhere?.years.length ? [elsewhereNote(elsewhere)] : []),
  ];
  out.push(
    `Flest bosatte på ett år: ${isExact(top) ? '' : 'minst '}${refugees(max)} i ${top}${caveats.length ? ` (${caveats.join('; ')})` : ''}.`,
  );
  // Mean of the last five calendar years, only when all five have a final, exact figure.
  const final = known.filter(isExact);
  const lastYear = final.at(-1)!;
  const five = [4, 3, 2, 1, 0].map((k) => lastYear - k);
  if (five.every((y) => final.includes(y))) {
    const mean = five.reduce((sum, y) => sum + v(y), 0) / 5;
    out.push(`Snitt for ${lastYear - 4}–${lastYear}: ${formatInt(Math.round(mean))} bosatte i året.`);
  }
  // More than decided: the settled figure (a lower bound included) above an exact decision.
  const over = known.filter((y) => {
    const d = exact(dec.get(y));
    return d !== null && v(y) > d;
  });
  const provDecision = over.filter((y) => provisional(dec.get(y)));
  if (over.length)
    out.push(
      `Kommunen bosatte flere enn vedtatt i ${yearsList(over)}${provDecision.length ? ` (vedtaket for ${yearsList(provDecision)} er ${provDecision.length > 1 ? 'foreløpige tall' : 'et foreløpig tall'} per ${asOf(dec.get(provDecision[0])!)})` : ''}.`,
    );
  return out;
}

/** Years whose figures belong to a divided former kommune (Ålesund 1507 in 2020–2023), with its settled series. */
export interface Elsewhere {
  years: number[];
  /** «Ålesund (1507, 2020–2023)» (profile/harmonization-note.ts predecessorLabel). */
  label: string;
  settled: Series;
}
function elsewhereNote(e: Elsewhere): string {
  const inYears = new Map([...e.settled].filter(([y]) => e.years.includes(y)));
  const r = record(inYears);
  const most = r ? `: flest der var ${r.exact ? '' : 'minst '}${formatInt(r.value)} i ${r.year}` : '';
  return `for ${spans(e.years)}, merket ‡, gjelder tallene ${e.label}, som senere ble delt${most}`;
}

/**
 * The highest number settled in one year among the final figures (a lower
 * bound counts: it is «minst N»); on a tie the exact figure, else the earlier
 * year. Null without a final figure with a value.
 */
export function record(set: Series): { year: number; value: number; exact: boolean } | null {
  const known = [...set.keys()]
    .sort((a, b) => a - b)
    .filter((y) => !provisional(set.get(y)) && val(set.get(y)) !== null);
  if (!known.length) return null;
  const v = (y: number) => val(set.get(y))!;
  const isExact = (y: number) => exact(set.get(y)) !== null;
  const top = known.reduce((b, y) => (v(y) > v(b) || (v(y) === v(b) && isExact(y) && !isExact(b)) ? y : b));
  return { year: top, value: v(top), exact: isExact(top) };
}

/**
 * The profile's settlement summary: the newest year with a request or a
 * decision (the brief's rule, with the kommune's name), then each earlier
 * year back to the newest one with a decision, when the newest has none
 * (Kautokeino: 2026 pending, 2025 never decided, 2024 decided), then the
 * newest year with a final settled figure.
 */
export function settlementSentence(name: string, req: Series, dec: Series, set: Series): string {
  const parts: string[] = [];
  const asked = [...new Set([...req.keys(), ...dec.keys()])]
    .filter((y) => [req.get(y), dec.get(y)].some((f) => f && f.status !== 'not-applicable'))
    .sort((a, b) => b - a);
  for (const y of asked.slice(0, 3)) {
    const d = decisionSentence(y, req.get(y), dec.get(y), name);
    if (d) parts.push(d);
    if (val(dec.get(y)) !== null) break;
  }
  const finalSettled = new Map([...set].filter(([, f]) => !f.flags.includes('provisional')));
  const y = newestYear(finalSettled);
  const s = y !== null ? settledSentence(y, set.get(y), dec.get(y)) : null;
  if (s) parts.push(s);
  return parts.join(' ') || `Ingen tall for anmodning, vedtak eller bosetting for ${name}.`;
}

/** "I 2023 ble 229 flyktninger bosatt i Moss, 198 av dem med kollektiv beskyttelse (for det meste ukrainere)." Only from plain values. */
export function ukrainianSentence(name: string, all: Series, ukr: Series, ys: number[]): string {
  for (const y of [...ys].reverse()) {
    const a = exact(all.get(y));
    const u = exact(ukr.get(y));
    if (a === null || u === null) continue;
    const pre = all.get(y)!.flags.includes('provisional') ? ' (foreløpige tall)' : '';
    return `I ${y} ble ${refugees(a)} bosatt i ${name}, ${u === 0 ? 'ingen' : formatInt(u)} av dem med kollektiv beskyttelse (for det meste ukrainere)${pre}.`;
  }
  // No year with both figures known: a sentence would only restate the heading.
  return '';
}

/** The profile's minors summary: the brief's sentences (minorsSentences) over the panel's years, with the kommune's name. */
export function minorsSentence(name: string, req: Series, dec: Series, set: Series, ys: number[]): string {
  const only = (x: Series) => new Map([...x].filter(([y]) => ys.includes(y)));
  return (
    minorsSentences(only(req), only(dec), only(set), name).join(' ') || `Ingen tall for enslige mindreårige i ${name}.`
  );
}

/** Where a Hovedpunkter sentence points: the panel (profile) or section (brief) with the table behind it. */
export type KeyPointTarget = 'bosetting' | 'tilskudd';
export interface KeyPoint {
  text: string;
  target: KeyPointTarget;
}

/** «600 flyktninger», «minst 2 018 flyktninger», «ingen flyktninger». */
const refugeesOf = (f: Figure) => `${exact(f) === null ? 'minst ' : ''}${refugees(val(f)!)}`;
/** Why a lower bound may be higher, in words: IMDi's small hidden counts, or a page that hides more. */
const mayBeHigher = (f: Figure) =>
  hiddenRule({ source: f.source, flags: f.flags }) === 'under-5'
    ? 'IMDi skjuler noen små tall, så det riktige tallet kan være litt høyere'
    : 'noen tall er skjult, så det riktige tallet kan være høyere';
/** «1 396,1 millioner kroner»; two decimals under 10 million (0,45 millioner kroner). */
function millionsInWords(v: number): string {
  const m = v / 1e6;
  const digits = Math.abs(m) < 10 ? 2 : 1;
  const n = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(m);
  return `${n} millioner kroner`;
}
/** « (foreløpige tall per september 2026, fra IMDis nettside)» or ''. */
function sourceNote(list: (Figure | undefined)[]): string {
  const p = list.find(provisional);
  const said = [
    p ? `foreløpige tall per ${asOf(p)}` : '',
    list.some((f) => f?.flags.includes('scraped')) ? 'fra IMDis nettside' : '',
  ].filter(Boolean);
  return said.length ? ` (${said.join(', ')})` : '';
}

/** The newest year's request and decision, in words. */
function decisionPoint(name: string, y: number, r: Figure | undefined, d: Figure | undefined): string | null {
  const note = sourceNote([r, d]);
  const asked = r && val(r) !== null && val(r)! > 0 ? `ba IMDi ${name} bosette ${refugeesOf(r)}` : null;
  if (!asked && (r?.status === 'not-applicable' || val(r) === 0) && (!d || val(d) === null))
    return `IMDi ba ikke ${name} bosette flyktninger i ${y}${note}.`;
  if (d?.status === 'pending') {
    const why = provisional(d)
      ? 'kommunen hadde ikke fattet vedtak da tallene ble hentet'
      : 'IMDi har ikke registrert noe vedtak for året';
    return asked ? `For ${y} ${asked}; ${why}${note}.` : null;
  }
  if (d && val(d) !== null) {
    const decided =
      val(d) === 0 ? 'å ikke bosette noen' : `å bosette ${exact(d) === null ? 'minst ' : ''}${formatInt(val(d)!)}`;
    return asked
      ? `For ${y} ${asked}, og kommunen vedtok ${decided}${note}.`
      : `For ${y} vedtok ${name} ${decided === 'å ikke bosette noen' ? 'å ikke bosette flyktninger' : `${decided} flyktninger`}${note}.`;
  }
  if (!asked) return null;
  if (d?.status === 'suppressed') return `For ${y} ${asked}; vedtaket er skjult ${hiddenBecause(d)}${note}.`;
  return `For ${y} ${asked}; kildene har ikke kommunens vedtak${note}.`;
}

/** The newest final settled figure, and the running year's so far. */
function settledPoint(name: string, set: Series): string | null {
  const ys = [...set.keys()].filter((y) => set.get(y)!.status !== 'not-applicable').sort((a, b) => b - a);
  const fin = ys.find((y) => !provisional(set.get(y)));
  const run = ys.find((y) => provisional(set.get(y)) && (fin === undefined || y > fin));
  const parts: string[] = [];
  if (fin !== undefined) {
    const f = set.get(fin)!;
    if (val(f) === 0) parts.push(`I ${fin} ble ingen flyktninger bosatt i ${name}`);
    else if (val(f) !== null && exact(f) === null)
      parts.push(`Minst ${refugees(val(f)!)} ble bosatt i ${name} i ${fin} – ${mayBeHigher(f)}`);
    else if (val(f) !== null) parts.push(`I ${fin} ble ${refugees(val(f)!)} bosatt i ${name}`);
    else if (f.status === 'suppressed') parts.push(`Antallet bosatte i ${name} i ${fin} er skjult ${hiddenBecause(f)}`);
    else parts.push(`Kildene har ikke antallet bosatte i ${name} i ${fin}`);
  }
  if (run !== undefined) {
    const f = set.get(run)!;
    const so = `per ${asOf(f)} (foreløpig tall)`;
    const text =
      val(f) !== null
        ? `i ${run} var ${val(f) === 0 ? 'ingen' : `${exact(f) === null ? 'minst ' : ''}${formatInt(val(f)!)}`} bosatt ${so}`
        : f.status === 'suppressed'
          ? `tallet for ${run} ${so} er skjult ${hiddenBecause(f)}`
          : '';
    if (text) parts.push(parts.length ? text : text[0].toUpperCase() + text.slice(1));
  }
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** The highest number settled in one year, when it is not the year already said, with a divided former kommune's own record. */
function recordPoint(name: string, set: Series, said: number | undefined, elsewhere?: Elsewhere): string | null {
  const r = record(set);
  if (!r) return null;
  const f = set.get(r.year)!;
  const main =
    r.year === said
      ? null
      : r.exact
        ? `Flest bosatte på ett år i ${name} var ${refugees(r.value)}, i ${r.year}`
        : `Flest bosatte på ett år i ${name} var minst ${refugees(r.value)}, i ${r.year} – ${mayBeHigher(f)}`;
  const other = elsewhere?.years.length
    ? record(new Map([...elsewhere.settled].filter(([y]) => elsewhere.years.includes(y))))
    : null;
  const former = other
    ? `Tallene for ${spans(elsewhere!.years)} gjelder ${elsewhere!.label}, som senere ble delt, og er ikke regnet med her; der ble flest bosatt i ${other.year}: ${other.exact ? '' : 'minst '}${formatInt(other.value)}`
    : null;
  if (!main && !former) return null;
  return `${[main, former].filter(Boolean).join('. ')}.`;
}

/** The newest grant total in words, rounded to millions, and later years the sources lack. */
function grantsPoint(name: string, grants: Series): string | null {
  const ys = [...grants.keys()].sort((a, b) => b - a);
  const y = ys.find((x) => val(grants.get(x)) !== null);
  if (y === undefined) return null;
  const f = grants.get(y)!;
  const later = (status: string) => ys.filter((x) => x > y && grants.get(x)!.status === status);
  const hidden = later('suppressed');
  const missing = later('missing');
  const after = [
    hidden.length ? `${hidden.length > 1 ? 'tallene' : 'tallet'} for ${spans(hidden)} er skjult (anonymisert)` : '',
    missing.length ? `for ${spans(missing)} mangler tallet i kildene` : '',
  ].filter(Boolean);
  return `I ${y} fikk ${name} ${exact(f) === null ? 'minst ' : ''}${millionsInWords(val(f)!)} i tilskudd fra IMDi${after.map((a) => `; ${a}`).join('')}.`;
}

/**
 * «Hovedpunkter»: three or four plain sentences with the newest figures in
 * words, first on the profile and the brief — no marks (≥ * † ‡ §): a lower
 * bound is «minst» with why it may be higher, a provisional figure says so,
 * a hidden one is said to be hidden and never turned into a number. Each
 * sentence names the table behind it (`target`).
 */
export function keyPoints(
  name: string,
  o: { req: Series; dec: Series; set: Series; grants: Series; elsewhere?: Elsewhere },
): KeyPoint[] {
  const out: KeyPoint[] = [];
  const newest = [...new Set([...o.req.keys(), ...o.dec.keys()])].sort((a, b) => b - a)[0];
  const d = newest !== undefined ? decisionPoint(name, newest, o.req.get(newest), o.dec.get(newest)) : null;
  if (d) out.push({ text: d, target: 'bosetting' });
  const s = settledPoint(name, o.set);
  if (s) out.push({ text: s, target: 'bosetting' });
  const fin = [...o.set.keys()]
    .filter((y) => o.set.get(y)!.status !== 'not-applicable' && !provisional(o.set.get(y)))
    .sort((a, b) => b - a)[0];
  const r = recordPoint(name, o.set, fin, o.elsewhere);
  if (r) out.push({ text: r, target: 'bosetting' });
  const g = grantsPoint(name, o.grants);
  if (g) out.push({ text: g, target: 'tilskudd' });
  if (!out.length)
    out.push({ text: `Kildene har ingen tall for anmodning, vedtak eller bosetting i ${name}.`, target: 'bosetting' });
  return out;
}
