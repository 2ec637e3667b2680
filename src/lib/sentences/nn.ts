import { nn as t } from '../../i18n/nn.ts';
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
} from './nn-findings.ts';
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

/**
 * Plain-language nynorsk sentences generated from the figures, for the
 * profile and the brief: the same rules and the same choices as sentences/nb.ts
 * (a number only where it is a published value; hidden, missing and pending
 * said to be so; zero is «ingen»; a sum with a hidden part is «minst»), written
 * as nynorsk grammar, not word swaps: plurals by Intl.PluralRules('nn')
 * («1 flyktning / 2 flyktningar»), the participle agreeing with its subject
 * («1 flyktning vart busett / 40 flyktningar vart busette»), IMDi's nynorsk
 * terms (oppmoding, busette, vedteke, einslege mindreårige, tilskot) as
 * docs/glossary.csv lists them.
 */

const plural = new Intl.PluralRules('nn');
const one = (n: number) => plural.select(n) === 'one';

/** «ingen flyktningar», «1 flyktning», «110 flyktningar». */
export function refugees(n: number): string {
  return n === 0 ? 'ingen flyktningar' : `${formatInt(n)} ${one(n) ? 'flyktning' : 'flyktningar'}`;
}
/** «ingen einslege mindreårige», «1 einsleg mindreårig», «8 einslege mindreårige». */
export function minors(n: number): string {
  return n === 0
    ? 'ingen einslege mindreårige'
    : `${formatInt(n)} ${one(n) ? 'einsleg mindreårig' : 'einslege mindreårige'}`;
}
/** The participle after «vart»/«var», agreeing with how many: «1 … vart busett», «40 … vart busette». */
const settled = (n: number) => (one(n) ? 'busett' : 'busette');
/** «talet er skjult» / «tala er skjulte». */
const theFigures = (n: number) => (n > 1 ? 'tala' : 'talet');
const hiddenWord = (n: number) => (n > 1 ? 'skjulte' : 'skjult');

/** a of b in whole percent («59 %»), or null unless both are exact and b > 0. */
export function share(a: Figure | undefined, b: Figure | undefined): string | null {
  const v = sharePercent(a, b);
  return v === null ? null : percentText(v);
}
const percentText = (v: number) => `${formatInt(Math.round(v))}\u00a0%`;
/** «2021», «2021 og 2023», «2019, 2021 og 2023». */
export function yearsList(ys: (number | string)[]): string {
  return t.list(ys);
}

/** The gaps as text: «2016–2021», «2016–2021 og 2023». */
export function gapsText(c: Coverage): string {
  return t.list(c.gaps.map(([a, b]) => yearSpan(a, b)));
}

/** «Kjeldene manglar tal for 2016–2021 og 2024.», '' when the series has no gap (nb.ts missingYearsSentence). */
export function missingYearsSentence(series: Series): string {
  const gaps = missingYears(series);
  return gaps.length ? `Kjeldene manglar tal for ${spans(gaps)}.` : '';
}
/** «2016–2021 og 2024»: years as runs. */
function spans(ys: number[]): string {
  return yearsList(runs(ys).map(([a, b]) => yearSpan(a, b)));
}

/** «november 2024»: the month the figure's file was made (month names are the same in nynorsk). */
export function asOf(f: Figure): string {
  return monthOf(f.vintage, 'nn');
}
/** « (førebels tal per november 2024)» when any of the figures is provisional, else ''. «Førebels» is uninflected in nynorsk (førebels tal). */
function provisionalNote(list: (Figure | undefined)[]): string {
  const p = firstProvisional(list);
  return p ? ` (førebels tal per ${asOf(p)})` : '';
}
/** Why a figure is hidden, by format/status-word.ts's rule: «under 5» only where the publisher's rule says so. */
const because = (rule: HiddenRule) =>
  rule === 'under-5' ? 'fordi det er under 5' : rule === 'anonymised' ? '(anonymisert)' : 'av personvernomsyn';
const hiddenBecause = (f: Figure) => because(ruleOf(f));
/** «2024: skjult, under 5» / «2024 og 2025: skjult av personvernomsyn», grouped by rule. */
function hiddenList(ys: number[], s: Series): string {
  return byHiddenRule(ys, s)
    .map(
      ([rule, yy]) =>
        `${yearsList(yy)}: ${rule === 'under-5' ? 'skjult, under 5' : rule === 'anonymised' ? 'skjult (anonymisert)' : 'skjult av personvernomsyn'}`,
    )
    .join('; ');
}

/** «For 2024 vedtok kommunen å busette 110 flyktningar, 59 % av dei 185 IMDi bad om.» */
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
    // IMDi's «avventer vedtak» in a file made after the year ended: no decision was registered (Kautokeino 2025).
    const why = c.beforeYearEnd
      ? 'kommunen hadde ikkje gjort vedtak då tala vart henta'
      : 'ikkje noko vedtak registrert (IMDi: ventar på vedtak)';
    return `For ${year} bad IMDi om ${refugees(c.request)}; ${why}.`;
  }
  const p = firstProvisional([request, decision]);
  const said = [p ? `førebels tal per ${asOf(p)}` : '', page ? 'ifølgje nettsida til IMDi' : ''].filter(Boolean);
  const end = said.length ? ` (${said.join(', ')}).` : '.';
  switch (c.kind) {
    case 'at-least':
      return `For ${year} vedtok dei tidlegare kommunane samla å busette minst ${refugees(c.decided)}; talet for éin av dei manglar${end}`;
    case 'not-asked':
      return `IMDi bad ikkje om busetting i ${year}${end}`;
    case 'not-registered':
      return `For ${year} bad IMDi om ${refugees(c.request)}; vedtak er ikkje registrert${end}`;
    case 'none':
      return `For ${year} vedtok ${subject} å ikkje busette flyktningar${c.request !== null ? `, sjølv om IMDi bad om ${refugees(c.request)}` : ''}${end}`;
    case 'cut':
      return `For ${year} vedtok ${subject} å busette ${refugees(c.decided)}; IMDi bad om ${formatInt(c.request)} etter at oppmodinga vart sett ned midt i året, så vedtaket kan svare til den opphavlege oppmodinga${end}`;
    case 'share':
      return `For ${year} vedtok ${subject} å busette ${refugees(c.decided)}, ${percentText(c.percent)} av dei ${formatInt(c.request)} IMDi bad om${end}`;
    case 'decided':
      return `For ${year} vedtok ${subject} å busette ${refugees(c.decided)}${end}`;
  }
}

/** «I 2023 vart 188 flyktningar busette, 111 % av vedtaket.» (provisional figures say so) */
export function settledSentence(
  year: number,
  settledFigure: Figure | undefined,
  decision: Figure | undefined,
): string | null {
  const s = exact(settledFigure);
  if (s === null)
    return settledFigure?.status === 'suppressed'
      ? `Talet på busette i ${year} er skjult ${hiddenBecause(settledFigure)}.`
      : null;
  const of = share(settledFigure, decision);
  const prov = settledFigure!.flags.includes('provisional')
    ? ' (førebels tal, året var ikkje omme då talet vart henta)'
    : '';
  if (s === 0) return `I ${year} vart ingen flyktningar busette${prov}.`;
  return `I ${year} vart ${refugees(s)} ${settled(s)}${of !== null ? `, ${of} av vedtaket` : ''}${prov}.`;
}

/** «Siste oppmoding i datasettet: 600 for 2026 (førebels tal per september 2026).» */
export function latestRequestSentence(req: Series): string | null {
  const y = newestWithValue(req);
  if (y === undefined) return null;
  const f = req.get(y)!;
  return `Siste oppmoding i datasettet: ${exact(f) === null ? 'minst ' : ''}${formatInt(val(f)!)} for ${y}${provisionalNote([f])}.`;
}

/** Unaccompanied minors, one rule for the profile and the brief (nb.ts minorsSentences). */
export function minorsSentences(req: Series, dec: Series, set: Series, subject = 'kommunen'): string[] {
  const out: string[] = [];
  const asks = subject === 'kommunen' ? 'bad IMDi om' : `bad IMDi ${subject} busette`;
  const q = minorsRequest(req, dec);
  if (q?.kind === 'decided')
    out.push(
      `For ${q.year} ${asks} ${minors(q.request)}, og kommunen vedtok ${formatInt(q.decided)}${provisionalNote([q.provisional])}.`,
    );
  else if (q?.kind === 'no-decision-in-sources')
    out.push(
      `For ${q.year} ${asks} ${minors(q.request)}${provisionalNote([q.provisional])}; kjeldene har ikkje vedtaket.`,
    );
  else if (q?.kind === 'not-registered') {
    const prov = provisionalNote([q.provisional]);
    out.push(`For ${q.year} ${asks} ${minors(q.request)}; vedtak ${prov ? 'var' : 'er'} ikkje registrert${prov}.`);
  } else if (q?.kind === 'not-asked')
    out.push(
      `IMDi bad ikkje ${subject} busette einslege mindreårige i ${yearsList(q.years)}${provisionalNote([q.provisional])}.`,
    );
  else if (q?.kind === 'empty')
    out.push(
      `Kjeldene har inga oppmoding om einslege mindreårige for ${subject} for ${yearsList(q.years)} (tom celle hos IMDi).`,
    );
  const m = minorsSettled(set);
  if (!m) return out;
  const { years: ys, provisional: prov } = m;
  const span = yearSpan(ys[0], ys.at(-1)!);
  const inline = ys.length === 1 ? provisionalNote([set.get(ys[0])]) : '';
  const after =
    prov.length && ys.length > 1
      ? ` ${prov.length > 1 ? 'Tala' : 'Talet'} for ${yearsList(prov)} er førebels (per ${asOf(set.get(prov[0])!)}).`
      : '';
  const notes = [
    ...(m.hidden.length ? [hiddenList(m.hidden, set)] : []),
    ...(m.lower.length ? [`${yearsList(m.lower)}: minstetal`] : []),
    ...(m.other.length ? [`${yearsList(m.other)}: manglar`] : []),
  ].join('; ');
  switch (m.kind) {
    case 'withheld':
      out.push(`Talet på busette einslege mindreårige i ${span} er skjult ${because(m.rule!)}${inline}.${after}`);
      break;
    case 'unknown':
      out.push(`Kjeldene har ikkje talet på busette einslege mindreårige i ${span} (${notes})${inline}.${after}`);
      break;
    case 'none':
      out.push(`Ingen einslege mindreårige vart busette i ${span}${inline}.${after}`);
      break;
    case 'settled':
      out.push(`I ${span} vart ${minors(m.total)} ${settled(m.total)}${inline}.${after}`);
      break;
    case 'none-where-known':
      out.push(`Ingen einslege mindreårige vart busette i ${yearsList(m.withValue)} (${notes}).${after}`);
      break;
    case 'at-least':
      out.push(`I ${span} vart minst ${minors(m.total)} ${settled(m.total)} (${notes}).${after}`);
  }
  return out;
}

/** The highest number settled in one year, the mean of the last five complete years, and the years settled above the decision (nb.ts capacitySentences). */
export function capacitySentences(set: Series, dec: Series, elsewhere?: Elsewhere): string[] {
  const c = capacityFacts(set, dec);
  if (!c) return [];
  const out: string[] = [];
  const caveats = [
    ...(c.lowerOthers.length ? [`for ${yearsList(c.lowerOthers)} er berre eit minstetal kjent`] : []),
    ...(c.hiddenOver.length
      ? [`${theFigures(c.hiddenOver.length)} for ${yearsList(c.hiddenOver)} er ${hiddenWord(c.hiddenOver.length)}`]
      : []),
    ...(c.missing.length ? [`${theFigures(c.missing.length)} for ${yearsList(c.missing)} manglar`] : []),
    ...c.provisionalOver.map((y) => `${y}: førebels ${formatInt(val(set.get(y))!)} per ${asOf(set.get(y)!)}`),
    ...(elsewhere?.years.length ? [elsewhereNote(elsewhere)] : []),
  ];
  out.push(
    `Flest busette på eitt år: ${c.topExact ? '' : 'minst '}${refugees(c.max)} i ${c.top}${caveats.length ? ` (${caveats.join('; ')})` : ''}.`,
  );
  if (c.mean) out.push(`Snitt for ${c.mean.from}–${c.mean.to}: ${formatInt(Math.round(c.mean.value))} busette i året.`);
  const pd = c.provisionalDecision;
  if (c.over.length)
    out.push(
      `Kommunen busette fleire enn vedteke i ${yearsList(c.over)}${pd.length ? ` (vedtaket for ${yearsList(pd)} er ${pd.length > 1 ? 'førebels tal' : 'eit førebels tal'} per ${asOf(dec.get(pd[0])!)})` : ''}.`,
    );
  return out;
}

function elsewhereNote(e: Elsewhere): string {
  const r = elsewhereRecord(e);
  const most = r ? `: flest der var ${r.exact ? '' : 'minst '}${formatInt(r.value)} i ${r.year}` : '';
  return `for ${spans(e.years)}, merkte ‡, gjeld tala ${e.label}, som seinare vart delt${most}`;
}

/** The profile's settlement summary (nb.ts settlementSentence): the newest decisions back to one with a figure, then the newest final settled figure. */
export function settlementSentence(name: string, req: Series, dec: Series, set: Series): string {
  const parts = settlementYears(req, dec).flatMap((y) => decisionSentence(y, req.get(y), dec.get(y), name) ?? []);
  const y = newestFinalSettled(set);
  const s = y !== null ? settledSentence(y, set.get(y), dec.get(y)) : null;
  if (s) parts.push(s);
  return parts.join(' ') || `Ingen tal for oppmoding, vedtak eller busetting for ${name}.`;
}

/** «I 2023 vart 229 flyktningar busette i Moss, 198 av dei med kollektivt vern (for det meste ukrainarar).» */
export function ukrainianSentence(name: string, all: Series, ukr: Series, ys: number[]): string {
  const y = newestWithBoth(all, ukr, ys);
  if (y !== undefined) {
    const a = exact(all.get(y))!;
    const u = exact(ukr.get(y))!;
    const pre = all.get(y)!.flags.includes('provisional') ? ' (førebels tal)' : '';
    if (a === 0) return `I ${y} vart ingen flyktningar busette i ${name}${pre}.`;
    // The split in words, without a bracket inside a bracket: «…, 345 av dei med kollektivt vern, for det meste ukrainarar (førebels tal).»
    return `I ${y} vart ${refugees(a)} ${settled(a)} i ${name}, ${u === 0 ? 'ingen' : formatInt(u)} av dei med kollektivt vern, for det meste ukrainarar${pre}.`;
  }
  return '';
}

/** The profile's minors summary: the brief's sentences over the panel's years, with the kommune's name. */
export function minorsSentence(name: string, req: Series, dec: Series, set: Series, ys: number[]): string {
  const only = (x: Series) => new Map([...x].filter(([y]) => ys.includes(y)));
  return (
    minorsSentences(only(req), only(dec), only(set), name).join(' ') || `Ingen tal for einslege mindreårige i ${name}.`
  );
}

/** «600 flyktningar», «minst 2 018 flyktningar», «ingen flyktningar». */
const refugeesOf = (f: Figure) => `${exact(f) === null ? 'minst ' : ''}${refugees(val(f)!)}`;
/** Why a lower bound may be higher, in words. */
const mayBeHigher = (f: Figure) =>
  ruleOf(f) === 'under-5'
    ? 'IMDi skjuler nokre små tal, så det rette talet kan vere litt høgare'
    : 'nokre tal er skjulte, så det rette talet kan vere høgare';
/** «1 396,1 millionar kroner»; two decimals under 10 million. */
function millionsInWords(v: number): string {
  const m = v / 1e6;
  const digits = Math.abs(m) < 10 ? 2 : 1;
  const n = new Intl.NumberFormat(['nn-NO', 'nb-NO'], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(m);
  return `${n} millionar kroner`;
}
/** « (førebels tal per september 2026, frå nettsida til IMDi)» or ''. */
function sourceNote(list: (Figure | undefined)[]): string {
  const p = firstProvisional(list);
  const said = [
    p ? `førebels tal per ${asOf(p)}` : '',
    list.some((f) => f?.flags.includes('scraped')) ? 'frå nettsida til IMDi' : '',
  ].filter(Boolean);
  return said.length ? ` (${said.join(', ')})` : '';
}

/** The newest year's request and decision, in words. */
function decisionPoint(name: string, y: number, r: Figure | undefined, d: Figure | undefined): string | null {
  const c = decisionPointCase(r, d);
  if (!c) return null;
  const note = sourceNote([r, d]);
  const asked = `bad IMDi ${name} busette ${r && val(r) !== null ? refugeesOf(r) : ''}`;
  switch (c.kind) {
    case 'not-asked':
      return `IMDi bad ikkje ${name} busette flyktningar i ${y}${note}.`;
    case 'pending': {
      const why = c.beforeYearEnd
        ? 'kommunen hadde ikkje gjort vedtak då tala vart henta'
        : 'IMDi har ikkje registrert noko vedtak for året';
      return `For ${y} ${asked}; ${why}${note}.`;
    }
    case 'decided': {
      const v = c.decided;
      const atLeast = c.exact ? '' : 'minst ';
      if (c.asked)
        return `For ${y} ${asked}, og kommunen vedtok ${v === 0 ? 'å ikkje busette nokon' : `å busette ${atLeast}${formatInt(v)}`}${note}.`;
      return `For ${y} vedtok ${name} ${v === 0 ? 'å ikkje busette flyktningar' : `å busette ${atLeast}${refugees(v)}`}${note}.`;
    }
    case 'withheld':
      return `For ${y} ${asked}; vedtaket er skjult ${hiddenBecause(c.decision)}${note}.`;
    case 'no-decision':
      return `For ${y} ${asked}; kjeldene har ikkje vedtaket til kommunen${note}.`;
  }
}

/** The newest final settled figure, and the running year's so far. */
function settledPoint(name: string, set: Series): string | null {
  const { final: fin, running: run } = settledYears(set);
  const parts: string[] = [];
  if (fin !== undefined) {
    const f = set.get(fin)!;
    const v = val(f);
    if (v === 0) parts.push(`I ${fin} vart ingen flyktningar busette i ${name}`);
    else if (v !== null && exact(f) === null)
      parts.push(`Minst ${refugees(v)} vart ${settled(v)} i ${name} i ${fin} – ${mayBeHigher(f)}`);
    else if (v !== null) parts.push(`I ${fin} vart ${refugees(v)} ${settled(v)} i ${name}`);
    else if (f.status === 'suppressed') parts.push(`Talet på busette i ${name} i ${fin} er skjult ${hiddenBecause(f)}`);
    else parts.push(`Kjeldene har ikkje talet på busette i ${name} i ${fin}`);
  }
  if (run !== undefined) {
    const f = set.get(run)!;
    const v = val(f);
    const so = `per ${asOf(f)} (førebels tal)`;
    const text =
      v !== null
        ? `i ${run} var ${v === 0 ? 'ingen' : `${exact(f) === null ? 'minst ' : ''}${formatInt(v)}`} ${v === 0 ? 'busette' : settled(v)} ${so}`
        : f.status === 'suppressed'
          ? `talet for ${run} ${so} er skjult ${hiddenBecause(f)}`
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
        ? `Flest busette på eitt år i ${name} var ${refugees(r.value)}, i ${r.year}`
        : `Flest busette på eitt år i ${name} var minst ${refugees(r.value)}, i ${r.year} – ${mayBeHigher(f)}`;
  const other = elsewhereRecord(elsewhere);
  const former = other
    ? `Tala for ${spans(elsewhere!.years)} gjeld ${elsewhere!.label}, som seinare vart delt, og er ikkje rekna med her; der vart flest busette i ${other.year}: ${other.exact ? '' : 'minst '}${formatInt(other.value)}`
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
      ? `${theFigures(hidden.length)} for ${spans(hidden)} er ${hiddenWord(hidden.length)} (anonymisert)`
      : '',
    missing.length ? `for ${spans(missing)} manglar talet i kjeldene` : '',
  ].filter(Boolean);
  return `I ${y} fekk ${name} ${exact(f) === null ? 'minst ' : ''}${millionsInWords(val(f)!)} i tilskot frå IMDi${after.map((a) => `; ${a}`).join('')}.`;
}

/** «Hovudpunkt» (nb.ts keyPoints): three or four plain sentences with the newest figures in words, no marks. */
export const keyPoints = keyPointsWith({
  decision: decisionPoint,
  settled: settledPoint,
  record: recordPoint,
  grants: grantsPoint,
  none: (name) => `Kjeldene har ingen tal for oppmoding, vedtak eller busetting i ${name}.`,
});

/** Spans as the page writes them: «til 2019» (the change table starts 1995), «2020–2023». */
const reformSpan = (first: number, last: number) =>
  fromChangeTableStart(first) ? `til ${last}` : yearSpan(first, last);
const during = (first: number, last: number) =>
  fromChangeTableStart(first) ? `til ${last}` : `i ${reformSpan(first, last)}`;

/** The reform note's sentences (profile/harmonization-note.ts decides which are said). */
export const reform: Sentences['reform'] = {
  predecessorLabel: (p: FormerKommune): string =>
    firstYearKnown(p)
      ? `${p.name} (${p.code}, ${yearSpan(p.firstYear, p.lastYear)})`
      : `${p.name} (${p.code}, til ${p.lastYear})`,
  mergedWith: (name: string, others: string[], year: number) =>
    `${name} vart slått saman med ${t.list(others)} i ${year}.`,
  formerElsewhere: (names: string[], year: number) =>
    `Tala for ${t.list(names)} før ${year} står på ${names.length > 1 ? 'dei eigne sidene deira' : `sida til ${t.list(names)}`}.`,
  backAgain: (name: string, p: FormerKommune) =>
    `${name} var ein del av ${p.name} (kommunenr. ${p.code}) ${reformSpan(p.firstYear, p.lastYear)} og vart eigen kommune att i ${p.lastYear + 1}.`,
  dividedInto: (p: FormerKommune, into: string[]) =>
    `I ${p.lastYear + 1} vart ${p.name} (kommunenr. ${p.code}, ${reformSpan(p.firstYear, p.lastYear)}) delt i ${t.list(into)}.`,
  keptApart: (p: FormerKommune) =>
    `Tala for ${p.name} ${reformSpan(p.firstYear, p.lastYear)} blir ikkje delte opp, men står for seg under «Tidlegare kommunar».`,
  summed: (joined: { name: string; codes: string[] }[]) =>
    `Tala for dei samanslåtte kommunane (${t.list(joined.map((j) => `${j.name}: kommunenr. ${t.list(j.codes)}`))}) er lagde saman når dei gjeld tal på personar og kroner; delar kan ikkje leggjast saman og står for kvar tidlegare kommune for seg.`,
  earlierNumbers: (name: string, earlier: { code: string; first: number; last: number }[], code: string) =>
    `${name} hadde ${t.list(earlier.map((h) => `kommunenr. ${h.code} ${during(h.first, h.last)}`))}; tala frå dei åra står på dagens kommunenr. ${code}.`,
};

/** The profile's panel sentences, captions and chart descriptions. */
export const profile: Sentences['profile'] = {
  settlement: settlementSentence,
  ukrainians: ukrainianSentence,
  minors: minorsSentence,
  immigrants: immigrantsSentence,
  movedHere: movedHereSentence,
  countryComparison,
  population: (s: Series) => changeSentence('folketalet 1. januar', s, { peak: 'Høgast var det' }),
  participants: (s: Series) => changeSentence('talet på deltakarar', s),
  introShare: (year: number, rows: { label: string; value: number | null }[]) =>
    largestShareSentence(year, rows, { what: 'Høgast del i arbeid eller utdanning' }),
  educationGap: (year: number, rows: { level: string; a: number | null; b: number | null }[]) =>
    groupGapSentence(year, rows, {
      a: 'innvandrarane',
      b: 'befolkninga elles',
      what: 'som høgaste fullførte utdanning',
    }),
  employment: (name: string, year: number, immigrants: number, rest: number) => {
    const gap = rest - immigrants;
    return `I ${year} var ${formatPercent(immigrants)} av innvandrarane 15–74 år i ${name} sysselsette, mot ${formatPercent(rest)} i befolkninga elles – ${gap >= 0 ? `${formatInt(Math.round(gap))} prosentpoeng lågare` : `${formatInt(Math.round(-gap))} prosentpoeng høgare`}. Nyare tal per kommune finst ikkje i kjeldene.`;
  },
  ratesOnlyForPredecessors: (name: string) =>
    `Delar som sysselsetjing, låginntekt og barnehagedeltaking vart publiserte for kommunane slik dei var før samanslåinga, og kan ikkje leggjast saman til dagens ${name}. Dei står for kvar tidlegare kommune under «Tidlegare kommunar» nedst på sida.`,
  grants: (name: string, year: number, total: number, perInhabitant: number | null, gaps: string) =>
    `I ${year} fekk ${name} ${formatMillions(t, total)} i tilskot frå IMDi${perInhabitant === null ? '' : `, ${formatInt(Math.round(perInhabitant))} kr per innbyggjar`}.${gaps ? ` ${gaps}` : ''}`,
  noGrants: (name: string) => `Ingen tal for tilskot til ${name}.`,
  countries: (o: CountriesFacts) =>
    `Blant dei 15 landa med flest personar i Noreg i ${o.largestIn}, og Ukraina, er ${o.top} størst i ${o.name} (${formatInt(o.value)} personar i ${o.year}).${o.hidden ? ` ${o.hidden.count === 1 ? `Talet for ${o.hidden.first}` : `Tala for ${o.hidden.count} land`} er ${o.hidden.word}.` : ''}`,
  kronerCell: (v: number) => `${formatInt(Math.round(v))} kr`,
  tableCaption: (title: string, name: string, year?: number) =>
    `${title}, ${name}${year === undefined ? '' : `, ${year}`}`,
  settlementCaption: (name: string) => `Oppmoding, vedtak og busette flyktningar i ${name}`,
  grantsCaption: (name: string) => `Tilskot frå IMDi til ${name}`,
  countriesCaption: (name: string) => `Personar etter landbakgrunn, ${name}`,
  settlementChart: (name: string, from: number, to: number) =>
    `Stolpediagram: busette flyktningar i ${name} per år ${from}–${to}, med oppmodinga frå IMDi og vedtaket til kommunen som strekar. Tala står i tabellen.`,
  linesChart: (title: string, name: string, span: string) =>
    `Linjediagram: ${title.toLowerCase()} i ${name}, ${span}. Tala står i tabellen.`,
  sharesChart: (title: string, name: string, year: number) =>
    `Stolpediagram: ${title.toLowerCase()} i ${name}, ${year}, i prosent. Tala står i tabellen.`,
  grantsChart: (name: string, gaps: string) =>
    `Linjediagram: samla tilskot til ${name} per år.${gaps ? ` ${gaps}` : ''} Tala står i tabellen.`,
  countriesChart: (name: string, year: number) =>
    `Stolpediagram: personar etter landbakgrunn i ${name}, ${year}. Tala står i tabellen.`,
};

/** The brief's generated lines. */
export const brief: Sentences['brief'] = {
  capacity: capacitySentences,
  keyPoints,
  latestRequest: latestRequestSentence,
  minors: minorsSentences,
  sourceNote: (label: string) => `${label}.`,
  formerYears: (mark: string, label: string) => `År merkte ${mark} gjeld ${label}; tala er ikkje delte opp.`,
  funnelChart: (name: string, from: number | '', to: number | '') =>
    `Stolpediagram: oppmoding, vedtak og busette i ${name}, ${from}–${to}. Tala står i tabellen.`,
  grants: (year: number, types: { label: string; value: number }[], gaps: string) =>
    `Største ordningar i ${year}: ${types.map((f) => `${f.label.toLowerCase()} (${formatMillions(t, f.value)})`).join(', ')}. «Delt på busette i året» er alt tilskot frå IMDi det året delt på flyktningane som vart busette same år. Tilskotet følgjer kvar busett i fem år, så talet er verken ein kostnad eller eit beløp per person.${gaps ? ` ${gaps}` : ''}`,
  noGrants: 'Kjeldene har ingen tal for tilskot til kommunen.',
  kronerCell: (v: number) => `${formatInt(Math.round(v))} kr`,
  movedHere: (share: number, year: number) =>
    `${formatPercent(share)} av flyktningane som budde i kommunen i ${year}, hadde flytta hit frå ein annan kommune (sekundærflytting).`,
  noMinors: 'Kjeldene har ingen tal for einslege mindreårige i kommunen.',
  noCapacity: 'Kjeldene har ingen tal som seier noko om kapasitet utover tidlegare busetting.',
  datasetHas: (o: { workLast: number | null; educationLast: number | null; intro: string; kindergarten: string }) =>
    `Datasettet har tal for: tidlegare busetting, tilskot, sysselsetjing og låginntekt blant innvandrarar (til ${o.workLast}), utdanning (til ${o.educationLast}), introduksjonsprogram (${o.intro}) og barnehagedeltaking (${o.kindergarten}).`,
  datasetLacks:
    'Datasettet har ingen tal for: bustader, kapasitet i flyktningtenesta og vaksenopplæringa, skule, helse, barnevern, tolketenester, behov for arbeidskraft i regionen eller samarbeid med nabokommunar, næringsliv og frivillige. Dette må sakshandsamaren hente lokalt.',
};

/** Nynorsk behind the one interface (sentences/index.ts sentencesFor). */
export const nnSentences: Sentences = {
  locale: 'nn',
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
