import { yearSpan, type Coverage } from '../domain/coverage.ts';
import type { Figure } from '../domain/figure.ts';
import type { HiddenRule } from '../format/status-word.ts';
import {
  changeSentence,
  countryComparison,
  formatPercent,
  groupGapSentence,
  immigrantsSentence,
  largestShareSentence,
  movedHereSentence,
} from './en-findings.ts';
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
 * Plain-language English sentences generated from the figures, for the
 * profile and the brief alike: the same exports, the same interface
 * (sentences/types.ts Sentences) and the same rules as the bokmål module
 * (sentences/nb.ts). A sentence is only written when every number in it is a
 * published value; a hidden, missing or pending figure is only ever said to
 * be so; zero is «no»/«none»; a sum with a hidden part is «at least»; shares
 * are whole percent, from exact values only. Numbers, months, plurals and
 * lists by Intl in British English (1,234; November 2024; «1 refugee»,
 * «2 refugees»; «a, b and c»). Terms as in docs/glossary.csv.
 */
const LOCALE = 'en-GB';
const int = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const plural = new Intl.PluralRules(LOCALE);
const listFormat = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const month = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1,234,567 (en-GB). */
export const formatInt = (v: number): string => int.format(v);
/** «one» or «other» by the English plural rules. */
const one = (n: number) => plural.select(n) === 'one';

/** "no refugees", "1 refugee", "110 refugees". */
export function refugees(n: number): string {
  return n === 0 ? 'no refugees' : `${formatInt(n)} ${one(n) ? 'refugee' : 'refugees'}`;
}
/** "no unaccompanied minors", "1 unaccompanied minor", "8 unaccompanied minors". */
export function minors(n: number): string {
  return n === 0
    ? 'no unaccompanied minors'
    : `${formatInt(n)} ${one(n) ? 'unaccompanied minor' : 'unaccompanied minors'}`;
}
/** «was» or «were» for a count. */
const was = (n: number) => (one(n) ? 'was' : 'were');
/** a of b in whole percent ("59%"), or null unless both are exact and b > 0. */
export function share(a: Figure | undefined, b: Figure | undefined): string | null {
  const v = sharePercent(a, b);
  return v === null ? null : percentText(v);
}
const percentText = (v: number) => `${formatInt(Math.round(v))}%`;
/** "2021", "2021 and 2023", "2019, 2021 and 2023". */
export function yearsList(ys: (number | string)[]): string {
  return listFormat.format(ys.map(String));
}

/** The gaps as text: "2016–2021", "2016–2021 and 2023". */
export function gapsText(c: Coverage): string {
  return yearsList(c.gaps.map(([a, b]) => yearSpan(a, b)));
}

/**
 * "The sources have no figures for 2016–2021 and 2024." — the years from a
 * series' first figure to its last (a «missing» row included) that have no
 * figure or a missing one; '' when there are none. A withheld figure is not
 * missing.
 */
export function missingYearsSentence(series: Series): string {
  const gaps = missingYears(series);
  return gaps.length ? `The sources have no figures for ${spans(gaps)}.` : '';
}
/** "2016–2021 and 2024": years as runs. */
function spans(ys: number[]): string {
  return yearsList(runs(ys).map(([a, b]) => yearSpan(a, b)));
}

/** "November 2024": the month of a vintage ("2024-11" or "2024-11-13"); a bare year stays a year. */
export function monthOf(vintage: string): string {
  const [y, m] = vintage.split('-');
  return m ? month.format(new Date(Date.UTC(Number(y), Number(m) - 1, 1))) : y;
}
/** "November 2024": the month the figure's file was made. */
export function asOf(f: Figure): string {
  return monthOf(f.vintage);
}
/** " (provisional figure as of November 2024)" when any of the figures is provisional, else "". */
function provisionalNote(list: (Figure | undefined)[], pluralNote = false): string {
  const p = firstProvisional(list);
  return p ? ` (${pluralNote ? 'provisional figures' : 'provisional figure'} as of ${asOf(p)})` : '';
}
/**
 * Why a figure is withheld, by the one rule in format/status-word.ts:
 * «fewer than 5» only where the publisher's rule says so (IMDi's own files);
 * a cell hidden on IMDi's web page, or by SSB or FHI, is withheld «for
 * privacy reasons» and may stand for more than 4.
 */
const because = (rule: HiddenRule) =>
  rule === 'under-5' ? 'because it is fewer than 5' : rule === 'anonymised' ? '(anonymised)' : 'for privacy reasons';
const hiddenBecause = (f: Figure) => because(ruleOf(f));
/** "2024: withheld, fewer than 5" / "2024 and 2025: withheld for privacy reasons", grouped by rule. */
function hiddenList(ys: number[], s: Series): string {
  return byHiddenRule(ys, s)
    .map(
      ([rule, yy]) =>
        `${yearsList(yy)}: ${rule === 'under-5' ? 'withheld, fewer than 5' : rule === 'anonymised' ? 'withheld (anonymised)' : 'withheld for privacy reasons'}`,
    )
    .join('; ');
}

/** "For 2024, the municipality decided to settle 110 refugees, 59% of the 185 IMDi requested." */
export function decisionSentence(
  year: number,
  request: Figure | undefined,
  decision: Figure | undefined,
  subject = 'the municipality',
  { page = false } = {},
): string | null {
  const c = decisionCase(year, request, decision);
  if (!c) return null;
  if (c.kind === 'pending') {
    // «avventer vedtak» in a file made after the year ended: no decision was registered (Kautokeino 2025).
    const why = c.beforeYearEnd
      ? 'the municipality had not made a decision when the figures were taken'
      : 'no decision registered (IMDi: awaiting decision)';
    return `For ${year}, IMDi requested ${refugees(c.request)}; ${why}.`;
  }
  // Provisional figures (a file made before the year ended) and IMDi's web page say so, in one parenthesis.
  const p = firstProvisional([request, decision]);
  const said = [p ? `provisional figures as of ${asOf(p)}` : '', page ? "according to IMDi's web page" : ''].filter(
    Boolean,
  );
  const end = said.length ? ` (${said.join(', ')}).` : '.';
  switch (c.kind) {
    case 'at-least': // A sum over former municipalities with a part missing.
      return `For ${year}, the former municipalities together decided to settle at least ${refugees(c.decided)}; the figure for one of them is missing${end}`;
    case 'not-asked':
      return `IMDi did not ask for any settlement in ${year}${end}`;
    case 'not-registered':
      return `For ${year}, IMDi requested ${refugees(c.request)}; no decision is registered${end}`;
    case 'none':
      return `For ${year}, ${subject} decided not to settle any refugees${c.request !== null ? `, although IMDi requested ${refugees(c.request)}` : ''}${end}`;
    case 'cut':
      return `For ${year}, ${subject} decided to settle ${refugees(c.decided)}; IMDi requested ${formatInt(c.request)} after the request was cut in the middle of the year, so the decision may answer the original request${end}`;
    case 'share':
      return `For ${year}, ${subject} decided to settle ${refugees(c.decided)}, ${percentText(c.percent)} of the ${formatInt(c.request)} IMDi requested${end}`;
    case 'decided':
      return `For ${year}, ${subject} decided to settle ${refugees(c.decided)}${end}`;
  }
}

/** "In 2023, 188 refugees were settled, 111% of the decision." (provisional figures say so) */
export function settledSentence(
  year: number,
  settled: Figure | undefined,
  decision: Figure | undefined,
): string | null {
  const s = exact(settled);
  if (s === null)
    return settled?.status === 'suppressed'
      ? `The number settled in ${year} is withheld ${hiddenBecause(settled)}.`
      : null;
  const of = share(settled, decision);
  const prov = settled!.flags.includes('provisional')
    ? ' (provisional figure: the year had not ended when it was taken)'
    : '';
  if (s === 0) return `In ${year}, no refugees were settled${prov}.`;
  return `In ${year}, ${refugees(s)} ${was(s)} settled${of !== null ? `, ${of} of the decision` : ''}${prov}.`;
}

/** "Latest request in the dataset: 600 for 2026 (provisional figure as of September 2026)." */
export function latestRequestSentence(req: Series): string | null {
  const y = newestWithValue(req);
  if (y === undefined) return null;
  const f = req.get(y)!;
  return `Latest request in the dataset: ${exact(f) === null ? 'at least ' : ''}${formatInt(val(f)!)} for ${y}${provisionalNote([f])}.`;
}

/**
 * Unaccompanied minors, one rule for the profile and the brief (as
 * sentences/nb.ts minorsSentences). `subject` is «the municipality» in the
 * brief and the municipality's name on the profile.
 */
export function minorsSentences(req: Series, dec: Series, set: Series, subject = 'the municipality'): string[] {
  const out: string[] = [];
  const asks = subject === 'the municipality' ? 'IMDi requested' : `IMDi asked ${subject} to settle`;
  const q = minorsRequest(req, dec);
  if (q?.kind === 'decided')
    out.push(
      `For ${q.year}, ${asks} ${minors(q.request)}, and the municipality decided on ${formatInt(q.decided)}${provisionalNote([q.provisional], true)}.`,
    );
  else if (q?.kind === 'no-decision-in-sources')
    out.push(
      `For ${q.year}, ${asks} ${minors(q.request)}${provisionalNote([q.provisional])}; the sources do not have the decision.`,
    );
  else if (q?.kind === 'not-registered') {
    const prov = provisionalNote([q.provisional], true);
    out.push(`For ${q.year}, ${asks} ${minors(q.request)}; no decision ${prov ? 'was' : 'is'} registered${prov}.`);
  } else if (q?.kind === 'not-asked')
    out.push(
      `IMDi did not ask ${subject} to settle unaccompanied minors in ${yearsList(q.years)}${provisionalNote([q.provisional], true)}.`,
    );
  else if (q?.kind === 'empty')
    out.push(
      `The sources have no request for unaccompanied minors to ${subject} for ${yearsList(q.years)} (an empty cell at IMDi).`,
    );
  const m = minorsSettled(set);
  if (!m) return out;
  const { years: ys, provisional: prov } = m;
  const span = yearSpan(ys[0], ys.at(-1)!);
  // One year: the note goes inside the sentence; several: a sentence of its own after it.
  const inline = ys.length === 1 ? provisionalNote([set.get(ys[0])]) : '';
  const after =
    prov.length && ys.length > 1
      ? ` ${prov.length > 1 ? 'The figures' : 'The figure'} for ${yearsList(prov)} ${prov.length > 1 ? 'are' : 'is'} provisional (as of ${asOf(set.get(prov[0])!)}).`
      : '';
  const notes = [
    ...(m.hidden.length ? [hiddenList(m.hidden, set)] : []),
    ...(m.lower.length ? [`${yearsList(m.lower)}: lower bound`] : []),
    ...(m.other.length ? [`${yearsList(m.other)}: missing`] : []),
  ].join('; ');
  switch (m.kind) {
    case 'withheld':
      out.push(
        `The number of unaccompanied minors settled in ${span} is withheld ${because(m.rule!)}${inline}.${after}`,
      );
      break;
    case 'unknown':
      out.push(
        `The sources do not have the number of unaccompanied minors settled in ${span} (${notes})${inline}.${after}`,
      );
      break;
    case 'none':
      out.push(`No unaccompanied minors were settled in ${span}${inline}.${after}`);
      break;
    case 'settled':
      out.push(`In ${span}, ${minors(m.total)} ${was(m.total)} settled${inline}.${after}`);
      break;
    case 'none-where-known':
      out.push(`No unaccompanied minors were settled in ${yearsList(m.withValue)} (${notes}).${after}`);
      break;
    case 'at-least':
      out.push(`In ${span}, at least ${minors(m.total)} ${was(m.total)} settled (${notes}).${after}`);
  }
  return out;
}

/**
 * The highest number settled in one year so far, the mean of the last five
 * complete years, and the years the municipality settled more than it
 * decided (the rules of sentences/nb.ts capacitySentences).
 */
export function capacitySentences(set: Series, dec: Series, elsewhere?: Elsewhere): string[] {
  const c = capacityFacts(set, dec);
  if (!c) return [];
  const out: string[] = [];
  const theFigures = (n: number) => `the ${n > 1 ? 'figures' : 'figure'}`;
  const are = (n: number) => (n > 1 ? 'are' : 'is');
  const caveats = [
    ...(c.lowerOthers.length ? [`for ${yearsList(c.lowerOthers)} only a lower bound is known`] : []),
    ...(c.hiddenOver.length
      ? [`${theFigures(c.hiddenOver.length)} for ${yearsList(c.hiddenOver)} ${are(c.hiddenOver.length)} withheld`]
      : []),
    ...(c.missing.length
      ? [`${theFigures(c.missing.length)} for ${yearsList(c.missing)} ${are(c.missing.length)} missing`]
      : []),
    ...c.provisionalOver.map((y) => `${y}: provisionally ${formatInt(val(set.get(y))!)} as of ${asOf(set.get(y)!)}`),
    // Years with figures only for a divided former municipality (the brief's ‡ rows), with its own record there.
    ...(elsewhere?.years.length ? [elsewhereNote(elsewhere)] : []),
  ];
  out.push(
    `Most settled in one year: ${c.topExact ? '' : 'at least '}${refugees(c.max)} in ${c.top}${caveats.length ? ` (${caveats.join('; ')})` : ''}.`,
  );
  if (c.mean)
    out.push(`Average for ${c.mean.from}–${c.mean.to}: ${formatInt(Math.round(c.mean.value))} settled a year.`);
  const pd = c.provisionalDecision;
  if (c.over.length)
    out.push(
      `The municipality settled more than it had decided in ${yearsList(c.over)}${pd.length ? ` (the decision for ${yearsList(pd)} ${pd.length > 1 ? 'are provisional figures' : 'is a provisional figure'} as of ${asOf(dec.get(pd[0])!)})` : ''}.`,
    );
  return out;
}

function elsewhereNote(e: Elsewhere): string {
  const r = elsewhereRecord(e);
  const most = r ? `: the most there was ${r.exact ? '' : 'at least '}${formatInt(r.value)} in ${r.year}` : '';
  return `for ${spans(e.years)}, marked ‡, the figures are for ${e.label}, which was later divided${most}`;
}

/**
 * The profile's settlement summary (the rule of sentences/nb.ts
 * settlementSentence), with the municipality's name.
 */
export function settlementSentence(name: string, req: Series, dec: Series, set: Series): string {
  const parts = settlementYears(req, dec).flatMap((y) => decisionSentence(y, req.get(y), dec.get(y), name) ?? []);
  const y = newestFinalSettled(set);
  const s = y !== null ? settledSentence(y, set.get(y), dec.get(y)) : null;
  if (s) parts.push(s);
  return parts.join(' ') || `No figures for request, decision or settlement for ${name}.`;
}

/** "In 2023, 229 refugees were settled in Moss, 198 of them with collective protection, mostly Ukrainians." */
export function ukrainianSentence(name: string, all: Series, ukr: Series, ys: number[]): string {
  const y = newestWithBoth(all, ukr, ys);
  if (y !== undefined) {
    const a = exact(all.get(y))!;
    const u = exact(ukr.get(y))!;
    const pre = all.get(y)!.flags.includes('provisional') ? ' (provisional figures)' : '';
    if (a === 0) return `In ${y}, no refugees were settled in ${name}${pre}.`;
    return `In ${y}, ${refugees(a)} ${was(a)} settled in ${name}, ${u === 0 ? 'none' : formatInt(u)} of them with collective protection, mostly Ukrainians${pre}.`;
  }
  // No year with both figures known: a sentence would only restate the heading.
  return '';
}

/** The profile's minors summary: the brief's sentences (minorsSentences) over the panel's years, with the name. */
export function minorsSentence(name: string, req: Series, dec: Series, set: Series, ys: number[]): string {
  const only = (x: Series) => new Map([...x].filter(([y]) => ys.includes(y)));
  return (
    minorsSentences(only(req), only(dec), only(set), name).join(' ') ||
    `No figures for unaccompanied minors in ${name}.`
  );
}

/** «600 refugees», «at least 2,018 refugees», «no refugees». */
const refugeesOf = (f: Figure) => `${exact(f) === null ? 'at least ' : ''}${refugees(val(f)!)}`;
/** Why a lower bound may be higher, in words: IMDi's small withheld counts, or a page that withholds more. */
const mayBeHigher = (f: Figure) =>
  ruleOf(f) === 'under-5'
    ? 'IMDi withholds some small numbers, so the true figure may be a little higher'
    : 'some figures are withheld, so the true figure may be higher';
/** «NOK 1,396.1 million»; two decimals under 10 million (NOK 0.45 million). */
function millionsInWords(v: number): string {
  const m = v / 1e6;
  const digits = Math.abs(m) < 10 ? 2 : 1;
  const n = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(m);
  return `NOK ${n} million`;
}
/** « (provisional figures as of September 2026, from IMDi's web page)» or ''. */
function sourceNote(list: (Figure | undefined)[]): string {
  const p = firstProvisional(list);
  const said = [
    p ? `provisional figures as of ${asOf(p)}` : '',
    list.some((f) => f?.flags.includes('scraped')) ? "from IMDi's web page" : '',
  ].filter(Boolean);
  return said.length ? ` (${said.join(', ')})` : '';
}

/** The newest year's request and decision, in words. */
function decisionPoint(name: string, y: number, r: Figure | undefined, d: Figure | undefined): string | null {
  const c = decisionPointCase(r, d);
  if (!c) return null;
  const note = sourceNote([r, d]);
  const asked = `IMDi asked ${name} to settle ${r && val(r) !== null ? refugeesOf(r) : ''}`;
  switch (c.kind) {
    case 'not-asked':
      return `IMDi did not ask ${name} to settle any refugees in ${y}${note}.`;
    case 'pending': {
      const why = c.beforeYearEnd
        ? 'the municipality had not made a decision when the figures were taken'
        : 'IMDi has not registered any decision for the year';
      return `For ${y}, ${asked}; ${why}${note}.`;
    }
    case 'decided': {
      const decided =
        c.decided === 0 ? 'not to settle anyone' : `to settle ${c.exact ? '' : 'at least '}${formatInt(c.decided)}`;
      return c.asked
        ? `For ${y}, ${asked}, and the municipality decided ${decided}${note}.`
        : `For ${y}, ${name} decided ${c.decided === 0 ? 'not to settle any refugees' : `${decided} ${one(c.decided) ? 'refugee' : 'refugees'}`}${note}.`;
    }
    case 'withheld':
      return `For ${y}, ${asked}; the decision is withheld ${hiddenBecause(c.decision)}${note}.`;
    case 'no-decision':
      return `For ${y}, ${asked}; the sources do not have the municipality's decision${note}.`;
  }
}

/** The newest final settled figure, and the running year's so far. */
function settledPoint(name: string, set: Series): string | null {
  const { final: fin, running: run } = settledYears(set);
  const parts: string[] = [];
  if (fin !== undefined) {
    const f = set.get(fin)!;
    if (val(f) === 0) parts.push(`In ${fin}, no refugees were settled in ${name}`);
    else if (val(f) !== null && exact(f) === null)
      parts.push(`At least ${refugees(val(f)!)} ${was(val(f)!)} settled in ${name} in ${fin} – ${mayBeHigher(f)}`);
    else if (val(f) !== null) parts.push(`In ${fin}, ${refugees(val(f)!)} ${was(val(f)!)} settled in ${name}`);
    else if (f.status === 'suppressed')
      parts.push(`The number settled in ${name} in ${fin} is withheld ${hiddenBecause(f)}`);
    else parts.push(`The sources do not have the number settled in ${name} in ${fin}`);
  }
  if (run !== undefined) {
    const f = set.get(run)!;
    const so = `as of ${asOf(f)} (provisional figure)`;
    const n = val(f);
    const text =
      n !== null
        ? `in ${run}, ${n === 0 ? 'none had' : `${exact(f) === null ? 'at least ' : ''}${formatInt(n)} had`} been settled ${so}`
        : f.status === 'suppressed'
          ? `the figure for ${run} ${so} is withheld ${hiddenBecause(f)}`
          : '';
    if (text) parts.push(parts.length ? text : text[0].toUpperCase() + text.slice(1));
  }
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** The highest number settled in one year, when it is not the year already said, with a divided former municipality's own record. */
function recordPoint(name: string, set: Series, said: number | undefined, elsewhere?: Elsewhere): string | null {
  const r = record(set);
  if (!r) return null;
  const f = set.get(r.year)!;
  const main =
    r.year === said
      ? null
      : r.exact
        ? `The most settled in one year in ${name} was ${refugees(r.value)}, in ${r.year}`
        : `The most settled in one year in ${name} was at least ${refugees(r.value)}, in ${r.year} – ${mayBeHigher(f)}`;
  const other = elsewhereRecord(elsewhere);
  const former = other
    ? `The figures for ${spans(elsewhere!.years)} are for ${elsewhere!.label}, which was later divided, and are not counted here; the most settled there was in ${other.year}: ${other.exact ? '' : 'at least '}${formatInt(other.value)}`
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
    hidden.length
      ? `the ${hidden.length > 1 ? 'figures' : 'figure'} for ${spans(hidden)} ${hidden.length > 1 ? 'are' : 'is'} withheld (anonymised)`
      : '',
    missing.length ? `the sources have no figure for ${spans(missing)}` : '',
  ].filter(Boolean);
  return `In ${y}, ${name} received ${exact(f) === null ? 'at least ' : ''}${millionsInWords(val(f)!)} in grants from IMDi${after.map((a) => `; ${a}`).join('')}.`;
}

/**
 * «Key points»: three or four plain sentences with the newest figures in
 * words, first on the profile and the brief — no marks (≥ * † ‡ §): a lower
 * bound is «at least» with why it may be higher, a provisional figure says
 * so, a withheld one is said to be withheld and never turned into a number.
 */
export const keyPoints = keyPointsWith({
  decision: decisionPoint,
  settled: settledPoint,
  record: recordPoint,
  grants: grantsPoint,
  none: (name) => `The sources have no figures for request, decision or settlement in ${name}.`,
});

/** «NOK 12.3 million»: kroner in millions, one decimal (the grant sentences). */
const formatMillions = (v: number) => `NOK ${oneDecimal.format(v / 1e6)} million`;
/** «NOK 1,234»: kroner in a table cell or a sentence. */
const kroner = (v: number) => `NOK ${formatInt(Math.round(v))}`;
/** «Bosatte flyktninger» → «bosatte flyktninger» inside a sentence; an acronym keeps its capitals. */
const lowerFirst = (s: string) => (/^[A-ZÆØÅ]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** Spans as the page writes them: "until 2019" (the change table starts 1995), "2020–2023". */
const reformSpan = (first: number, last: number) =>
  fromChangeTableStart(first) ? `until ${last}` : yearSpan(first, last);
const during = (first: number, last: number) =>
  fromChangeTableStart(first) ? `until ${last}` : `in ${reformSpan(first, last)}`;

/**
 * The reform note's sentences (profile/harmonization-note.ts decides which
 * are said): who was merged with whom and when, which former municipality
 * was divided, and earlier municipality numbers — always «municipality no.
 * 2021», never a bare number where it reads as a year.
 */
export const reform: Sentences['reform'] = {
  /** "Tysfjord (1850, until 2019)"; the first year only where the change table knows it (codes created 2012 or later). */
  predecessorLabel: (p: FormerKommune): string =>
    firstYearKnown(p)
      ? `${p.name} (${p.code}, ${yearSpan(p.firstYear, p.lastYear)})`
      : `${p.name} (${p.code}, until ${p.lastYear})`,
  mergedWith: (name: string, others: string[], year: number) =>
    `${name} was merged with ${yearsList(others)} in ${year}.`,
  formerElsewhere: (names: string[], year: number) =>
    `The figures for ${yearsList(names)} before ${year} are on ${names.length > 1 ? 'their own pages' : `the page for ${yearsList(names)}`}.`,
  backAgain: (name: string, p: FormerKommune) =>
    `${name} was part of ${p.name} (municipality no. ${p.code}) ${during(p.firstYear, p.lastYear)} and became a municipality of its own again in ${p.lastYear + 1}.`,
  dividedInto: (p: FormerKommune, into: string[]) =>
    `In ${p.lastYear + 1}, ${p.name} (municipality no. ${p.code}, ${reformSpan(p.firstYear, p.lastYear)}) was divided into ${yearsList(into)}.`,
  keptApart: (p: FormerKommune) =>
    `The figures for ${p.name} ${reformSpan(p.firstYear, p.lastYear)} are not divided up, but are shown separately under «Former municipalities».`,
  summed: (joined: { name: string; codes: string[] }[]) =>
    `The figures for the merged municipalities (${joined.map((j) => `${j.name}: municipality ${j.codes.length > 1 ? 'nos.' : 'no.'} ${yearsList(j.codes)}`).join('; ')}) are added together where they are counts and amounts in NOK; shares cannot be added together and are shown for each former municipality separately.`,
  earlierNumbers: (name: string, earlier: { code: string; first: number; last: number }[], code: string) =>
    `${name} had ${yearsList(earlier.map((h) => `municipality no. ${h.code} ${during(h.first, h.last)}`))}; the figures from those years are under today's municipality no. ${code}.`,
};

/** The profile's panel sentences, captions and chart descriptions (profile/build-profile.ts decides which are said). */
export const profile: Sentences['profile'] = {
  settlement: settlementSentence,
  ukrainians: ukrainianSentence,
  minors: minorsSentence,
  immigrants: immigrantsSentence,
  movedHere: movedHereSentence,
  countryComparison,
  /** "From 2016 to 2026, the population on 1 January rose from …" */
  population: (s: Series) => changeSentence('the population on 1 January', s),
  participants: (s: Series) => changeSentence('the number of participants', s),
  /** «The highest share in work or education in 2014: 5 years after completing the programme (61.5%).» */
  introShare: (year: number, rows: { label: string; value: number | null }[]) =>
    largestShareSentence(year, rows, { what: 'The highest share in work or education' }),
  /** The education level where immigrants and the rest differ most. */
  educationGap: (year: number, rows: { level: string; a: number | null; b: number | null }[]) =>
    groupGapSentence(year, rows, {
      a: 'immigrants',
      b: 'the rest of the population',
      what: 'as their highest completed education',
    }),
  employment: (name: string, year: number, immigrants: number, rest: number) => {
    const gap = rest - immigrants;
    const points = (v: number) =>
      `${formatInt(Math.round(v))} ${Math.round(v) === 1 ? 'percentage point' : 'percentage points'}`;
    return `In ${year}, ${formatPercent(immigrants)} of immigrants aged 15–74 in ${name} were employed, against ${formatPercent(rest)} of the rest of the population – ${gap >= 0 ? `${points(gap)} lower` : `${points(-gap)} higher`}. The sources have no newer figures by municipality.`;
  },
  ratesOnlyForPredecessors: (name: string) =>
    `Shares such as employment, low income and kindergarten attendance were published for the municipalities as they were before the merger, and cannot be added up to today's ${name}. They are shown for each former municipality under «Former municipalities» at the bottom of the page.`,
  grants: (name: string, year: number, total: number, perInhabitant: number | null, gaps: string) =>
    `In ${year}, ${name} received ${formatMillions(total)} in grants from IMDi${perInhabitant === null ? '' : `, ${kroner(perInhabitant)} per inhabitant`}.${gaps ? ` ${gaps}` : ''}`,
  noGrants: (name: string) => `No grant figures for ${name}.`,
  /** «Among the 15 countries with the most people in Norway in 2022, and Ukraine, Syria is the largest in Oslo (…)». */
  countries: (o: CountriesFacts) =>
    `Among the 15 countries with the most people in Norway in ${o.largestIn}, and Ukraine, ${o.top} is the largest in ${o.name} (${formatInt(o.value)} ${o.value === 1 ? 'person' : 'people'} in ${o.year}).${o.hidden ? ` The ${o.hidden.count === 1 ? `figure for ${o.hidden.first} is` : `figures for ${o.hidden.count} countries are`} ${o.hidden.word}.` : ''}`,
  /** «NOK 1,234» — kroner per inhabitant in a table cell. */
  kronerCell: kroner,
  tableCaption: (title: string, name: string, year?: number) =>
    `${title}, ${name}${year === undefined ? '' : `, ${year}`}`,
  settlementCaption: (name: string) => `Request, decision and refugees settled in ${name}`,
  grantsCaption: (name: string) => `Grants from IMDi to ${name}`,
  countriesCaption: (name: string) => `People by country background, ${name}`,
  settlementChart: (name: string, from: number, to: number) =>
    `Bar chart: refugees settled in ${name} per year, ${from}–${to}, with IMDi's request and the municipality's decision as marks. The figures are in the table.`,
  linesChart: (title: string, name: string, span: string) =>
    `Line chart: ${lowerFirst(title)} in ${name}, ${span}. The figures are in the table.`,
  sharesChart: (title: string, name: string, year: number) =>
    `Bar chart: ${lowerFirst(title)} in ${name}, ${year}, as a percentage. The figures are in the table.`,
  /** `gaps`: missingYearsSentence's «The sources have no figures for 2016–2021.» or ''. */
  grantsChart: (name: string, gaps: string) =>
    `Line chart: total grants to ${name} per year.${gaps ? ` ${gaps}` : ''} The figures are in the table.`,
  countriesChart: (name: string, year: number) =>
    `Bar chart: people by country background in ${name}, ${year}. The figures are in the table.`,
};

/** The brief's generated lines (brief/build-brief.ts decides which are said). */
export const brief: Sentences['brief'] = {
  capacity: capacitySentences,
  keyPoints,
  latestRequest: latestRequestSentence,
  minors: minorsSentences,
  /** A numbered source note: «IMDi: …, table bosatt_anmodede, figures for 2012–2021, file of September 2023 (https://…).» */
  sourceNote: (label: string) => `${label}.`,
  /** What ‡ means under the funnel. */
  formerYears: (mark: string, label: string) =>
    `Years marked ${mark} are for ${label}; the figures are not divided up.`,
  funnelChart: (name: string, from: number | '', to: number | '') =>
    `Bar chart: request, decision and settled in ${name}, ${from}–${to}. The figures are in the table.`,
  /** «Largest schemes in 2024: integration grant (NOK 12.3 million), …» and what «divided by the year's settled» means. */
  grants: (year: number, types: { label: string; value: number }[], gaps: string) =>
    `Largest schemes in ${year}: ${types.map((f) => `${lowerFirst(f.label)} (${formatMillions(f.value)})`).join(', ')}. «Divided by the year's settled» is all grants from IMDi that year divided by the refugees settled the same year. The grant follows each settled person for five years, so the figure is neither a cost nor an amount per person.${gaps ? ` ${gaps}` : ''}`,
  noGrants: 'The sources have no grant figures for the municipality.',
  kronerCell: kroner,
  movedHere: (share: number, year: number) =>
    `${formatPercent(share)} of the refugees living in the municipality in ${year} had moved here from another municipality (secondary migration).`,
  noMinors: 'The sources have no figures for unaccompanied minors in the municipality.',
  noCapacity: 'The sources have no figures that say anything about capacity beyond past settlement.',
  /** What the dataset has figures for, with the years read from the data. */
  datasetHas: (o: { workLast: number | null; educationLast: number | null; intro: string; kindergarten: string }) =>
    `The dataset has figures for: past settlement, grants, employment and low income among immigrants (up to ${o.workLast}), education (up to ${o.educationLast}), the introduction programme (${o.intro}) and kindergarten attendance (${o.kindergarten}).`,
  datasetLacks:
    'The dataset has no figures for: housing, capacity in the refugee service and adult education, school, health, child welfare, interpreting services, labour needs in the region, or cooperation with neighbouring municipalities, business and volunteers. The case officer must find these locally.',
};

/** English behind the one interface (sentences/index.ts sentencesFor). */
export const enSentences: Sentences = {
  locale: 'en',
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
