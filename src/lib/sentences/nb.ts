import { t } from '../../i18n/nb.ts';
import { yearSpan, type Coverage } from '../domain/coverage.ts';
import type { Figure } from '../domain/figure.ts';
import { formatInt, formatMillions, formatPercent } from '../format/number.ts';
import { monthOf } from '../format/date.ts';
import type { HiddenRule } from '../format/status-word.ts';
import {
  changeSentence,
  countryComparison,
  groupGapSentence,
  immigrantsSentence,
  largestShareSentence,
  movedHereSentence,
} from './nb-findings.ts';
import {
  byHiddenRule,
  capacityFacts,
  decisionCase,
  decisionPointCase,
  elsewhereRecord,
  exact,
  firstProvisional,
  firstYearKnown,
  fromChangeTableStart,
  grantsFacts,
  minorsRequest,
  minorsSettled,
  missingYears,
  newestFinalSettled,
  newestWithBoth,
  newestWithValue,
  provisional,
  record,
  ruleOf,
  runs,
  settledYears,
  settlementYears,
  sharePercent,
  val,
  type Elsewhere,
  type Series,
  keyPointsWith,
} from './shared.ts';

import type { FormerKommune, Sentences, CountriesFacts } from './types.ts';

export { record, type Elsewhere, type KeyPoint, type KeyPointTarget, type Series } from './shared.ts';

/**
 * Plain-language bokmål sentences generated from the figures, for the
 * profile and the brief alike (a nynorsk or English module follows with the
 * same exports). One set of rules: a sentence is only written when every
 * number in it is a published value; a hidden, missing or pending figure is
 * only ever said to be so; zero is «ingen»; a sum with a hidden part is
 * «minst»; shares are whole percent, from exact values only (divide in
 * domain/figure.ts); «newest» is coverage.ts's newestYear.
 */

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
  const v = sharePercent(a, b);
  return v === null ? null : percentText(v);
}
const percentText = (v: number) => `${formatInt(Math.round(v))}\u00a0%`;
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
  const gaps = missingYears(series);
  return gaps.length ? `Kildene mangler tall for ${spans(gaps)}.` : '';
}
/** "2016–2021 og 2024": years as runs. */
function spans(ys: number[]): string {
  return yearsList(runs(ys).map(([a, b]) => yearSpan(a, b)));
}

/** "november 2024": the month the figure's file was made (its vintage, "2024-11" or "2024-11-13"). */
export function asOf(f: Figure): string {
  return monthOf(f.vintage, 'nb');
}
/** " (foreløpig tall per november 2024)" when any of the figures is provisional, else "". */
function provisionalNote(list: (Figure | undefined)[], plural = false): string {
  const p = firstProvisional(list);
  return p ? ` (${plural ? 'foreløpige tall' : 'foreløpig tall'} per ${asOf(p)})` : '';
}
/**
 * Why a figure is hidden, as the sentences say it, by the one rule in
 * format/status-word.ts: «under 5» only where the publisher's rule says so
 * (IMDi's own files); a cell hidden on IMDi's web page, or by SSB or FHI, is
 * hidden «av personvernhensyn» and may stand for more than 4.
 */
const because = (rule: HiddenRule) =>
  rule === 'under-5' ? 'fordi det er under 5' : rule === 'anonymised' ? '(anonymisert)' : 'av personvernhensyn';
const hiddenBecause = (f: Figure) => because(ruleOf(f));
/** "2024: skjult, under 5" / "2024 og 2025: skjult av personvernhensyn", grouped by rule. */
function hiddenList(ys: number[], s: Series): string {
  return byHiddenRule(ys, s)
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
  const c = decisionCase(year, request, decision);
  if (!c) return null;
  if (c.kind === 'pending') {
    // «avventer vedtak» in a file made after the year ended: no decision was registered (Kautokeino 2025).
    const why = c.beforeYearEnd
      ? 'kommunen hadde ikke fattet vedtak da tallene ble hentet'
      : 'ingen vedtak registrert (IMDi: avventer vedtak)';
    return `For ${year} anmodet IMDi om ${refugees(c.request)}; ${why}.`;
  }
  // Provisional figures (a file made before the year ended) and IMDi's web page say so, in one parenthesis.
  const p = firstProvisional([request, decision]);
  const said = [p ? `foreløpige tall per ${asOf(p)}` : '', page ? 'ifølge IMDis nettside' : ''].filter(Boolean);
  const end = said.length ? ` (${said.join(', ')}).` : '.';
  switch (c.kind) {
    case 'at-least': // A sum over former kommuner with a part missing.
      return `For ${year} vedtok de tidligere kommunene samlet å bosette minst ${refugees(c.decided)}; tallet for én av dem mangler${end}`;
    case 'not-asked':
      return `IMDi ba ikke om bosetting i ${year}${end}`;
    case 'not-registered':
      return `For ${year} anmodet IMDi om ${refugees(c.request)}; vedtak er ikke registrert${end}`;
    case 'none':
      return `For ${year} vedtok ${subject} å ikke bosette flyktninger${c.request !== null ? `, selv om IMDi anmodet om ${refugees(c.request)}` : ''}${end}`;
    case 'cut':
      return `For ${year} vedtok ${subject} å bosette ${refugees(c.decided)}; IMDi anmodet om ${formatInt(c.request)} etter at anmodningen ble satt ned midt i året, så vedtaket kan svare til den opprinnelige anmodningen${end}`;
    case 'share':
      return `For ${year} vedtok ${subject} å bosette ${refugees(c.decided)}, ${percentText(c.percent)} av de ${formatInt(c.request)} IMDi anmodet om${end}`;
    case 'decided':
      return `For ${year} vedtok ${subject} å bosette ${refugees(c.decided)}${end}`;
  }
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
  const y = newestWithValue(req);
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
  const q = minorsRequest(req, dec);
  if (q?.kind === 'decided')
    out.push(
      `For ${q.year} ${asks} ${minors(q.request)}, og kommunen vedtok ${formatInt(q.decided)}${provisionalNote([q.provisional], true)}.`,
    );
  else if (q?.kind === 'no-decision-in-sources')
    out.push(
      `For ${q.year} ${asks} ${minors(q.request)}${provisionalNote([q.provisional])}; kildene har ikke vedtaket.`,
    );
  else if (q?.kind === 'not-registered') {
    const prov = provisionalNote([q.provisional], true);
    out.push(`For ${q.year} ${asks} ${minors(q.request)}; vedtak ${prov ? 'var' : 'er'} ikke registrert${prov}.`);
  } else if (q?.kind === 'not-asked')
    out.push(
      `IMDi ba ikke ${subject} bosette enslige mindreårige i ${yearsList(q.years)}${provisionalNote([q.provisional], true)}.`,
    );
  else if (q?.kind === 'empty')
    out.push(
      `Kildene har ingen anmodning om enslige mindreårige for ${subject} for ${yearsList(q.years)} (tom celle hos IMDi).`,
    );
  const m = minorsSettled(set);
  if (!m) return out;
  const { years: ys, provisional: prov } = m;
  const span = yearSpan(ys[0], ys.at(-1)!);
  // One year: the note goes inside the sentence; several: a sentence of its own after it.
  const inline = ys.length === 1 ? provisionalNote([set.get(ys[0])]) : '';
  const after =
    prov.length && ys.length > 1
      ? ` ${prov.length > 1 ? 'Tallene' : 'Tallet'} for ${yearsList(prov)} er ${prov.length > 1 ? 'foreløpige' : 'foreløpig'} (per ${asOf(set.get(prov[0])!)}).`
      : '';
  const notes = [
    ...(m.hidden.length ? [hiddenList(m.hidden, set)] : []),
    ...(m.lower.length ? [`${yearsList(m.lower)}: minstetall`] : []),
    ...(m.other.length ? [`${yearsList(m.other)}: mangler`] : []),
  ].join('; ');
  switch (m.kind) {
    case 'withheld':
      out.push(`Antallet bosatte enslige mindreårige i ${span} er skjult ${because(m.rule!)}${inline}.${after}`);
      break;
    case 'unknown':
      out.push(`Kildene har ikke antallet bosatte enslige mindreårige i ${span} (${notes})${inline}.${after}`);
      break;
    case 'none':
      out.push(`Ingen enslige mindreårige ble bosatt i ${span}${inline}.${after}`);
      break;
    case 'settled':
      out.push(`I ${span} ble ${minors(m.total)} bosatt${inline}.${after}`);
      break;
    case 'none-where-known':
      out.push(`Ingen enslige mindreårige ble bosatt i ${yearsList(m.withValue)} (${notes}).${after}`);
      break;
    case 'at-least':
      out.push(`I ${span} ble minst ${minors(m.total)} bosatt (${notes}).${after}`);
  }
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
  const c = capacityFacts(set, dec);
  if (!c) return [];
  const out: string[] = [];
  const caveats = [
    ...(c.lowerOthers.length ? [`for ${yearsList(c.lowerOthers)} er bare et minstetall kjent`] : []),
    ...(c.hiddenOver.length
      ? [`${c.hiddenOver.length > 1 ? 'tallene' : 'tallet'} for ${yearsList(c.hiddenOver)} er skjult`]
      : []),
    ...(c.missing.length ? [`${c.missing.length > 1 ? 'tallene' : 'tallet'} for ${yearsList(c.missing)} mangler`] : []),
    ...c.provisionalOver.map((y) => `${y}: foreløpig ${formatInt(val(set.get(y))!)} per ${asOf(set.get(y)!)}`),
    // Years with figures only for a divided former kommune (the brief's ‡ rows), with its own record
    // there, so the sentence agrees with the chart's taller ‡ bars (Ålesund: 217 in 2024, 294 in 2023 for 1507).
    ...(elsewhere?.years.length ? [elsewhereNote(elsewhere)] : []),
  ];
  out.push(
    `Flest bosatte på ett år: ${c.topExact ? '' : 'minst '}${refugees(c.max)} i ${c.top}${caveats.length ? ` (${caveats.join('; ')})` : ''}.`,
  );
  if (c.mean) out.push(`Snitt for ${c.mean.from}–${c.mean.to}: ${formatInt(Math.round(c.mean.value))} bosatte i året.`);
  const pd = c.provisionalDecision;
  if (c.over.length)
    out.push(
      `Kommunen bosatte flere enn vedtatt i ${yearsList(c.over)}${pd.length ? ` (vedtaket for ${yearsList(pd)} er ${pd.length > 1 ? 'foreløpige tall' : 'et foreløpig tall'} per ${asOf(dec.get(pd[0])!)})` : ''}.`,
    );
  return out;
}

function elsewhereNote(e: Elsewhere): string {
  const r = elsewhereRecord(e);
  const most = r ? `: flest der var ${r.exact ? '' : 'minst '}${formatInt(r.value)} i ${r.year}` : '';
  return `for ${spans(e.years)}, merket ‡, gjelder tallene ${e.label}, som senere ble delt${most}`;
}

/**
 * The profile's settlement summary: the newest year with a request or a
 * decision (the brief's rule, with the kommune's name), then each earlier
 * year back to the newest one with a decision, when the newest has none
 * (Kautokeino: 2026 pending, 2025 never decided, 2024 decided), then the
 * newest year with a final settled figure.
 */
export function settlementSentence(name: string, req: Series, dec: Series, set: Series): string {
  const parts = settlementYears(req, dec).flatMap((y) => decisionSentence(y, req.get(y), dec.get(y), name) ?? []);
  const y = newestFinalSettled(set);
  const s = y !== null ? settledSentence(y, set.get(y), dec.get(y)) : null;
  if (s) parts.push(s);
  return parts.join(' ') || `Ingen tall for anmodning, vedtak eller bosetting for ${name}.`;
}

/** "I 2023 ble 229 flyktninger bosatt i Moss, 198 av dem med kollektiv beskyttelse (for det meste ukrainere)." Only from plain values. */
export function ukrainianSentence(name: string, all: Series, ukr: Series, ys: number[]): string {
  const y = newestWithBoth(all, ukr, ys);
  if (y !== undefined) {
    const a = exact(all.get(y))!;
    const u = exact(ukr.get(y))!;
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

/** «600 flyktninger», «minst 2 018 flyktninger», «ingen flyktninger». */
const refugeesOf = (f: Figure) => `${exact(f) === null ? 'minst ' : ''}${refugees(val(f)!)}`;
/** Why a lower bound may be higher, in words: IMDi's small hidden counts, or a page that hides more. */
const mayBeHigher = (f: Figure) =>
  ruleOf(f) === 'under-5'
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
  const c = decisionPointCase(r, d);
  if (!c) return null;
  const note = sourceNote([r, d]);
  const asked = `ba IMDi ${name} bosette ${r && val(r) !== null ? refugeesOf(r) : ''}`;
  switch (c.kind) {
    case 'not-asked':
      return `IMDi ba ikke ${name} bosette flyktninger i ${y}${note}.`;
    case 'pending': {
      const why = c.beforeYearEnd
        ? 'kommunen hadde ikke fattet vedtak da tallene ble hentet'
        : 'IMDi har ikke registrert noe vedtak for året';
      return `For ${y} ${asked}; ${why}${note}.`;
    }
    case 'decided': {
      const decided =
        c.decided === 0 ? 'å ikke bosette noen' : `å bosette ${c.exact ? '' : 'minst '}${formatInt(c.decided)}`;
      return c.asked
        ? `For ${y} ${asked}, og kommunen vedtok ${decided}${note}.`
        : `For ${y} vedtok ${name} ${c.decided === 0 ? 'å ikke bosette flyktninger' : `${decided} flyktninger`}${note}.`;
    }
    case 'withheld':
      return `For ${y} ${asked}; vedtaket er skjult ${hiddenBecause(c.decision)}${note}.`;
    case 'no-decision':
      return `For ${y} ${asked}; kildene har ikke kommunens vedtak${note}.`;
  }
}

/** The newest final settled figure, and the running year's so far. */
function settledPoint(name: string, set: Series): string | null {
  const { final: fin, running: run } = settledYears(set);
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
  const other = elsewhereRecord(elsewhere);
  const former = other
    ? `Tallene for ${spans(elsewhere!.years)} gjelder ${elsewhere!.label}, som senere ble delt, og er ikke regnet med her; der ble flest bosatt i ${other.year}: ${other.exact ? '' : 'minst '}${formatInt(other.value)}`
    : null;
  if (!main && !former) return null;
  return `${[main, former].filter(Boolean).join('. ')}.`;
}

/** The newest grant total in words, rounded to millions, and later years the sources lack. */
function grantsPoint(name: string, grants: Series): string | null {
  const g = grantsFacts(grants);
  if (!g) return null;
  const { year: y, figure: f, hidden, missing } = g;
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
export const keyPoints = keyPointsWith({
  decision: decisionPoint,
  settled: settledPoint,
  record: recordPoint,
  grants: grantsPoint,
  none: (name) => `Kildene har ingen tall for anmodning, vedtak eller bosetting i ${name}.`,
});

/** Spans as the page writes them: "til 2019" (the change table starts 1995), "2020–2023". */
const reformSpan = (first: number, last: number) =>
  fromChangeTableStart(first) ? `til ${last}` : yearSpan(first, last);
const during = (first: number, last: number) =>
  fromChangeTableStart(first) ? `til ${last}` : `i ${reformSpan(first, last)}`;

/**
 * The reform note's sentences (profile/harmonization-note.ts decides which
 * are said): who was merged with whom and when, which former kommune was
 * divided, and earlier kommune numbers — always «kommunenr. 2021», never a
 * bare number where it reads as a year.
 */
export const reform: Sentences['reform'] = {
  /** "Tysfjord (1850, til 2019)"; the first year only where the change table knows it (codes created 2012 or later). */
  predecessorLabel: (p: FormerKommune): string =>
    firstYearKnown(p)
      ? `${p.name} (${p.code}, ${yearSpan(p.firstYear, p.lastYear)})`
      : `${p.name} (${p.code}, til ${p.lastYear})`,
  mergedWith: (name: string, others: string[], year: number) =>
    `${name} ble slått sammen med ${t.list(others)} i ${year}.`,
  formerElsewhere: (names: string[], year: number) =>
    `Tallene for ${t.list(names)} før ${year} står på ${names.length > 1 ? 'deres egne sider' : `siden til ${t.list(names)}`}.`,
  backAgain: (name: string, p: FormerKommune) =>
    `${name} var en del av ${p.name} (kommunenr. ${p.code}) ${reformSpan(p.firstYear, p.lastYear)} og ble egen kommune igjen i ${p.lastYear + 1}.`,
  dividedInto: (p: FormerKommune, into: string[]) =>
    `I ${p.lastYear + 1} ble ${p.name} (kommunenr. ${p.code}, ${reformSpan(p.firstYear, p.lastYear)}) delt i ${t.list(into)}.`,
  keptApart: (p: FormerKommune) =>
    `Tallene for ${p.name} ${reformSpan(p.firstYear, p.lastYear)} deles ikke opp, men står for seg under «Tidligere kommuner».`,
  summed: (joined: { name: string; codes: string[] }[]) =>
    `Tallene for de sammenslåtte kommunene (${t.list(joined.map((j) => `${j.name}: kommunenr. ${t.list(j.codes)}`))}) er lagt sammen når de gjelder antall og kroner; andeler kan ikke legges sammen og står for hver tidligere kommune for seg.`,
  earlierNumbers: (name: string, earlier: { code: string; first: number; last: number }[], code: string) =>
    `${name} hadde ${t.list(earlier.map((h) => `kommunenr. ${h.code} ${during(h.first, h.last)}`))}; tallene fra de årene står på dagens kommunenr. ${code}.`,
};

/** The profile's panel sentences, captions and chart descriptions (profile/build-profile.ts decides which are said). */
export const profile: Sentences['profile'] = {
  settlement: settlementSentence,
  ukrainians: ukrainianSentence,
  minors: minorsSentence,
  immigrants: immigrantsSentence,
  movedHere: movedHereSentence,
  countryComparison,
  /** "Fra 2016 til 2026 økte folketallet 1. januar fra …" */
  population: (s: Series) => changeSentence('folketallet 1. januar', s, { peak: 'Høyest var det' }),
  participants: (s: Series) => changeSentence('antallet deltakere', s),
  /** «Høyest andel i arbeid eller utdanning i 2014: 5 år etter avsluttet program (61,5 %).» */
  introShare: (year: number, rows: { label: string; value: number | null }[]) =>
    largestShareSentence(year, rows, { what: 'Høyest andel i arbeid eller utdanning' }),
  /** The education level where immigrants and the rest differ most. */
  educationGap: (year: number, rows: { level: string; a: number | null; b: number | null }[]) =>
    groupGapSentence(year, rows, {
      a: 'innvandrerne',
      b: 'befolkningen ellers',
      what: 'som høyeste fullførte utdanning',
    }),
  employment: (name: string, year: number, immigrants: number, rest: number) => {
    const gap = rest - immigrants;
    return `I ${year} var ${formatPercent(immigrants)} av innvandrerne 15–74 år i ${name} sysselsatt, mot ${formatPercent(rest)} i befolkningen ellers – ${gap >= 0 ? `${formatInt(Math.round(gap))} prosentpoeng lavere` : `${formatInt(Math.round(-gap))} prosentpoeng høyere`}. Nyere tall per kommune finnes ikke i kildene.`;
  },
  ratesOnlyForPredecessors: (name: string) =>
    `Andeler som sysselsetting, lavinntekt og barnehagedeltakelse ble publisert for kommunene slik de var før sammenslåingen, og kan ikke legges sammen til dagens ${name}. De står for hver tidligere kommune under «Tidligere kommuner» nederst på siden.`,
  grants: (name: string, year: number, total: number, perInhabitant: number | null, gaps: string) =>
    `I ${year} fikk ${name} ${formatMillions(t, total)} i tilskudd fra IMDi${perInhabitant === null ? '' : `, ${formatInt(Math.round(perInhabitant))} kr per innbygger`}.${gaps ? ` ${gaps}` : ''}`,
  noGrants: (name: string) => `Ingen tilskuddstall for ${name}.`,
  /** «Blant de 15 landene med flest personer i Norge i 2024, og Ukraina, er Syria størst i Oslo (…)». */
  countries: (o: CountriesFacts) =>
    `Blant de 15 landene med flest personer i Norge i ${o.largestIn}, og Ukraina, er ${o.top} størst i ${o.name} (${formatInt(o.value)} personer i ${o.year}).${o.hidden ? ` Tallene for ${o.hidden.count === 1 ? o.hidden.first : `${o.hidden.count} land`} er ${o.hidden.word}.` : ''}`,
  /** «Oslo: 1 234 kr» — kroner per inhabitant in a table cell. */
  kronerCell: (v: number) => `${formatInt(Math.round(v))} kr`,
  tableCaption: (title: string, name: string, year?: number) =>
    `${title}, ${name}${year === undefined ? '' : `, ${year}`}`,
  settlementCaption: (name: string) => `Anmodning, vedtak og bosatte flyktninger i ${name}`,
  grantsCaption: (name: string) => `Tilskudd fra IMDi til ${name}`,
  countriesCaption: (name: string) => `Personer etter landbakgrunn, ${name}`,
  settlementChart: (name: string, from: number, to: number) =>
    `Stolpediagram: bosatte flyktninger i ${name} per år ${from}–${to}, med IMDis anmodning og kommunens vedtak som streker. Tallene står i tabellen.`,
  linesChart: (title: string, name: string, span: string) =>
    `Linjediagram: ${title.toLowerCase()} i ${name}, ${span}. Tallene står i tabellen.`,
  sharesChart: (title: string, name: string, year: number) =>
    `Stolpediagram: ${title.toLowerCase()} i ${name}, ${year}, i prosent. Tallene står i tabellen.`,
  /** `gaps`: missingYearsSentence's «Kildene mangler tall for 2016–2021.» or ''. */
  grantsChart: (name: string, gaps: string) =>
    `Linjediagram: samlet tilskudd til ${name} per år.${gaps ? ` ${gaps}` : ''} Tallene står i tabellen.`,
  countriesChart: (name: string, year: number) =>
    `Stolpediagram: personer etter landbakgrunn i ${name}, ${year}. Tallene står i tabellen.`,
};

/** The brief's generated lines (brief/build-brief.ts decides which are said). */
export const brief: Sentences['brief'] = {
  capacity: capacitySentences,
  keyPoints,
  latestRequest: latestRequestSentence,
  minors: minorsSentences,
  /** A numbered source note: «IMDi: …, tabell bosatt_anmodede, tall for 2012–2021, fil fra september 2023 (https://…).» */
  sourceNote: (label: string) => `${label}.`,
  /** What ‡ means under the funnel. */
  formerYears: (mark: string, label: string) => `År merket ${mark} gjelder ${label}; tallene er ikke delt opp.`,
  funnelChart: (name: string, from: number | '', to: number | '') =>
    `Stolpediagram: anmodning, vedtak og bosatte i ${name}, ${from}–${to}. Tallene står i tabellen.`,
  /** «Største ordninger i 2024: integreringstilskudd (12,3 mill. kr), …» and what «delt på årets bosatte» means. */
  grants: (year: number, types: { label: string; value: number }[], gaps: string) =>
    `Største ordninger i ${year}: ${types.map((f) => `${f.label.toLowerCase()} (${formatMillions(t, f.value)})`).join(', ')}. «Delt på årets bosatte» er alt tilskudd fra IMDi det året delt på flyktningene som ble bosatt samme år. Tilskuddet følger hver bosatt i fem år, så tallet er verken en kostnad eller et beløp per person.${gaps ? ` ${gaps}` : ''}`,
  noGrants: 'Kildene har ingen tilskuddstall for kommunen.',
  kronerCell: (v: number) => `${formatInt(Math.round(v))} kr`,
  movedHere: (share: number, year: number) =>
    `${formatPercent(share)} av flyktningene som bodde i kommunen i ${year}, hadde flyttet hit fra en annen kommune (sekundærflytting).`,
  noMinors: 'Kildene har ingen tall for enslige mindreårige i kommunen.',
  noCapacity: 'Kildene har ingen tall som sier noe om kapasitet utover tidligere bosetting.',
  /** What the dataset has figures for, with the years read from the data. */
  datasetHas: (o: { workLast: number | null; educationLast: number | null; intro: string; kindergarten: string }) =>
    `Datasettet har tall for: tidligere bosetting, tilskudd, sysselsetting og lavinntekt blant innvandrere (til ${o.workLast}), utdanning (til ${o.educationLast}), introduksjonsprogram (${o.intro}) og barnehagedeltakelse (${o.kindergarten}).`,
  datasetLacks:
    'Datasettet har ingen tall for: boliger, kapasitet i flyktningtjenesten og voksenopplæringen, skole, helse, barnevern, tolketjenester, arbeidskraftbehov i regionen eller samarbeid med nabokommuner, næringsliv og frivillige. Dette må saksbehandleren hente lokalt.',
};

/** Bokmål behind the one interface (sentences/index.ts sentencesFor). */
export const nbSentences: Sentences = {
  locale: 'nb',
  refugees,
  minors,
  share,
  yearsList,
  gapsText,
  missingYearsSentence,
  asOf,
  decisionSentence,
  settledSentence,
  reform,
  profile,
  brief,
};
