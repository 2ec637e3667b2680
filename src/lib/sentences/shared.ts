import { newestYear } from '../domain/coverage.ts';
import { divide, exactValue, single, type Figure } from '../domain/figure.ts';
import { requestCutOf } from '../domain/request-cut.ts';
import { hiddenAtMost, hiddenRule, type HiddenRule } from '../format/status-word.ts';

/**
 * What every language's sentence module reads from the figures the same
 * way: which value is published, which is exact, which is provisional, the
 * record year, years as runs — and which rows, years and figures a sentence
 * picks and which branch a status leads to (decisionCase, minorsRequest,
 * minorsSettled, capacityFacts, …). Words live in the language modules
 * (nb.ts, nn.ts, en.ts and their -findings/-planning modules), which switch
 * on what these return; the rules are written once.
 */
export type Series = Map<number, Figure>;

/** A figure's value when it is a value (a lower bound included). */
export const val = (f: Figure | undefined) => (f && f.status === 'ok' && f.value !== null ? f.value : null);
/** A figure's value only when it is exact (not a lower bound). */
export const exact = (f: Figure | undefined) => exactValue(single(f));
/** A figure from a file made before its year ended. */
export const provisional = (f: Figure | undefined) => !!f?.flags.includes('provisional');

/** Years as runs: [2016, 2017, 2018, 2024] → [[2016, 2018], [2024, 2024]]. */
export function runs(ys: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const y of [...ys].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else out.push([y, y]);
  }
  return out;
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

/** The newest year in which every series has an exact value. */
export function newestCommon(series: Series[]): number | null {
  const ys = [...series[0].keys()].filter((y) => series.every((s) => exact(s.get(y)) !== null));
  return ys.length ? Math.max(...ys) : null;
}

/** Years whose figures belong to a divided former kommune (Ålesund 1507 in 2020–2023), with its settled series. */
export interface Elsewhere {
  years: number[];
  /** «Ålesund (1507, 2020–2023)» (the reform sentences' predecessorLabel). */
  label: string;
  settled: Series;
}

/** Where a Hovedpunkter sentence points: the panel (profile) or section (brief) with the table behind it. */
export type KeyPointTarget = 'bosetting' | 'tilskudd';
export interface KeyPoint {
  text: string;
  target: KeyPointTarget;
}

/** One language's «Hovedpunkter» sentences, one per fact; null where the figures give that fact nothing to say. */
export interface KeyPointWords {
  decision(name: string, year: number, request: Figure | undefined, decision: Figure | undefined): string | null;
  settled(name: string, settled: Series): string | null;
  record(name: string, settled: Series, said: number | undefined, elsewhere?: Elsewhere): string | null;
  grants(name: string, grants: Series): string | null;
  /** When the sources have no request, decision or settled figure at all. */
  none(name: string): string;
}

/** What «Hovedpunkter» reads: the kommune's series of requests, decisions, settled and grants. */
export interface KeyPointSeries {
  req: Series;
  dec: Series;
  set: Series;
  grants: Series;
  elsewhere?: Elsewhere;
}

/**
 * «Hovedpunkter» in one language: which facts are said, in which order, and which table each points to —
 * the same in every language; the sentences are the language's (`words`).
 */
export function keyPointsWith(words: KeyPointWords): (name: string, o: KeyPointSeries) => KeyPoint[] {
  return (name, o) => {
    const newest = newestAsked(o.req, o.dec);
    const points: [string | null, KeyPointTarget][] = [
      [newest === undefined ? null : words.decision(name, newest, o.req.get(newest), o.dec.get(newest)), 'bosetting'],
      [words.settled(name, o.set), 'bosetting'],
      [words.record(name, o.set, settledYears(o.set).final, o.elsewhere), 'bosetting'],
      [words.grants(name, o.grants), 'tilskudd'],
    ];
    const out = points.flatMap(([text, target]) => (text ? [{ text, target }] : []));
    return out.length ? out : [{ text: words.none(name), target: 'bosetting' }];
  };
}

/** The rows whose own and whole-country figures are both exact, at most three: what a comparison with the country says. */
export function exactPairs(rows: { label: string; own: Figure | undefined; country: Figure | undefined }[]) {
  return rows
    .flatMap((r) => {
      const a = exact(r.own);
      const c = exact(r.country);
      return a === null || c === null ? [] : [{ label: r.label, a, c }];
    })
    .slice(0, 3);
}

/** Among the rows with both groups' figures, the one where they differ most (null when none has both). */
export function widestGap<R extends { a: number | null; b: number | null }>(
  rows: R[],
): (R & { a: number; b: number }) | null {
  const both = rows.filter((r): r is R & { a: number; b: number } => r.a !== null && r.b !== null);
  return both.length ? both.reduce((x, y) => (Math.abs(y.a - y.b) > Math.abs(x.a - x.b) ? y : x)) : null;
}

/** a of b in percent, from exact values only and b > 0 (divide in domain/figure.ts); each language rounds and writes it. */
export const sharePercent = (a: Figure | undefined, b: Figure | undefined) => exactValue(divide(a, b, 100));

/** The first provisional figure among these: the one whose file's month a note names. */
export const firstProvisional = (list: (Figure | undefined)[]) => list.find(provisional);

/** The rule that hid a figure (format/status-word.ts): each language says why in its own words. */
export const ruleOf = (f: Figure): HiddenRule => hiddenRule({ source: f.source, flags: f.flags });

/** Hidden years grouped by the rule that hid them, in the order first met. */
export function byHiddenRule(ys: number[], s: Series): [HiddenRule, number[]][] {
  const byRule = new Map<HiddenRule, number[]>();
  for (const y of ys) {
    const rule = ruleOf(s.get(y)!);
    byRule.set(rule, [...(byRule.get(rule) ?? []), y]);
  }
  return [...byRule];
}

/**
 * The years from a series' first figure to its last (a «missing» row
 * included) that have no figure or a missing one, read from the series
 * itself. A hidden figure is not missing.
 */
export function missingYears(series: Series): number[] {
  const ys = [...series.keys()];
  if (!ys.length) return [];
  const gaps: number[] = [];
  for (let y = Math.min(...ys); y <= Math.max(...ys); y++) {
    const f = series.get(y);
    if (!f || f.status === 'missing') gaps.push(y);
  }
  return gaps;
}

/** The newest year whose figure has a value (a lower bound included). */
export function newestWithValue(s: Series): number | undefined {
  return [...s.keys()].filter((x) => val(s.get(x)) !== null).sort((a, b) => b - a)[0];
}

/**
 * What the decision sentence of a year says, by the statuses of its request
 * and decision, checked in this order: «avventer vedtak» (`beforeYearEnd`
 * when the file was made before the year ended: not yet decided; after it:
 * never registered); a sum over former kommuner with a part missing («at
 * least»); no request (IMDi's «-»/«.» decision means nothing to decide); no
 * decision registered; a decision of none; a request cut after the kommuner
 * decided (domain/request-cut.ts: no share of a request the decision may
 * not answer); the decision as a share of the request; the decision alone.
 * Null: nothing to say (no exact request beside a missing decision).
 */
export type DecisionCase =
  | { kind: 'pending'; request: number; beforeYearEnd: boolean }
  | { kind: 'at-least'; decided: number }
  | { kind: 'not-asked' }
  | { kind: 'not-registered'; request: number }
  | { kind: 'none' /** The request, when IMDi asked for more than none. */; request: number | null }
  | { kind: 'cut'; decided: number; request: number }
  | { kind: 'share'; decided: number; request: number; percent: number }
  | { kind: 'decided'; decided: number };
export function decisionCase(
  year: number,
  request: Figure | undefined,
  decision: Figure | undefined,
): DecisionCase | null {
  const d = exact(decision);
  const r = exact(request);
  if (decision?.status === 'pending')
    return r !== null ? { kind: 'pending', request: r, beforeYearEnd: provisional(decision) } : null;
  if (d === null && val(decision) !== null) return { kind: 'at-least', decided: val(decision)! };
  if (r === 0 && (decision === undefined || decision.status === 'not-applicable')) return { kind: 'not-asked' };
  if (d === null) return r !== null ? { kind: 'not-registered', request: r } : null;
  if (d === 0) return { kind: 'none', request: r !== null && r > 0 ? r : null };
  if (requestCutOf(year) && r !== null) return { kind: 'cut', decided: d, request: r };
  const percent = sharePercent(decision, request);
  if (percent !== null) return { kind: 'share', decided: d, request: r!, percent };
  return { kind: 'decided', decided: d };
}

/**
 * The years the profile's settlement summary speaks of, newest first: the
 * newest year with a request or a decision, then each earlier one back to
 * the newest with a decision, at most three (Kautokeino: 2026 pending, 2025
 * never decided, 2024 decided).
 */
export function settlementYears(req: Series, dec: Series): number[] {
  const asked = [...new Set([...req.keys(), ...dec.keys()])]
    .filter((y) => [req.get(y), dec.get(y)].some((f) => f && f.status !== 'not-applicable'))
    .sort((a, b) => b - a);
  const out: number[] = [];
  for (const y of asked.slice(0, 3)) {
    out.push(y);
    if (val(dec.get(y)) !== null) break;
  }
  return out;
}

/** The newest year with a final (not provisional) settled figure with a value (coverage.ts newestYear). */
export function newestFinalSettled(set: Series): number | null {
  return newestYear(new Map([...set].filter(([, f]) => !f.flags.includes('provisional'))));
}

/**
 * Unaccompanied minors' request: the newest year with an exact request and
 * what became of it (decided; no source has decisions for the year — IMDi's
 * 2026 request page has none —, which is not «not registered»; or not
 * registered); without an exact request, whether IMDi asked for none in every
 * year or the cells are empty. `provisional`: the figure whose month a note
 * names. Null without any request row.
 */
export type MinorsRequest =
  | { kind: 'decided'; year: number; request: number; decided: number; provisional?: Figure }
  | { kind: 'no-decision-in-sources'; year: number; request: number; provisional?: Figure }
  | { kind: 'not-registered'; year: number; request: number; provisional?: Figure }
  | { kind: 'not-asked'; years: number[]; provisional?: Figure }
  | { kind: 'empty'; years: number[] };
export function minorsRequest(req: Series, dec: Series): MinorsRequest | null {
  const y = [...req.keys()].sort((a, b) => b - a).find((x) => exact(req.get(x)) !== null);
  if (y !== undefined) {
    const request = exact(req.get(y))!;
    const d = exact(dec.get(y));
    const both = firstProvisional([req.get(y), dec.get(y)]);
    if (d !== null) return { kind: 'decided', year: y, request, decided: d, provisional: both };
    if (dec.get(y) === undefined)
      return { kind: 'no-decision-in-sources', year: y, request, provisional: firstProvisional([req.get(y)]) };
    return { kind: 'not-registered', year: y, request, provisional: both };
  }
  if (!req.size) return null;
  const years = [...req.keys()].sort((a, b) => a - b);
  return years.every((x) => req.get(x)!.status === 'not-applicable')
    ? { kind: 'not-asked', years, provisional: firstProvisional(years.map((x) => req.get(x))) }
    : { kind: 'empty', years };
}

/**
 * Unaccompanied minors settled over the years with figures: the span is
 * every year with a figure, and each year inside it that is hidden, a lower
 * bound or missing is named (so the total is «at least»). `kind`: all hidden
 * by one rule (`withheld`), no value otherwise (`unknown`), every year exact
 * (`none` / `settled`), none among the years with a value while others are
 * hidden or missing (`none-where-known`), or a total that is a lower bound
 * (`at-least`). Null without any year.
 */
export interface MinorsSettled {
  kind: 'withheld' | 'unknown' | 'none' | 'settled' | 'none-where-known' | 'at-least';
  years: number[];
  withValue: number[];
  hidden: number[];
  lower: number[];
  other: number[];
  provisional: number[];
  total: number;
  /** The rule, when every year is hidden by the same one. */
  rule?: HiddenRule;
}
export function minorsSettled(set: Series): MinorsSettled | null {
  const years = [...set.keys()].sort((a, b) => a - b);
  if (!years.length) return null;
  const withValue = years.filter((x) => val(set.get(x)) !== null);
  const hidden = years.filter((x) => set.get(x)!.status === 'suppressed');
  const lower = withValue.filter((x) => exact(set.get(x)) === null);
  const other = years.filter((x) => val(set.get(x)) === null && set.get(x)!.status !== 'suppressed');
  const prov = years.filter((x) => provisional(set.get(x)));
  const total = withValue.reduce((sum, x) => sum + val(set.get(x))!, 0);
  const facts = { years, withValue, hidden, lower, other, provisional: prov, total };
  if (!withValue.length) {
    const rules = new Set(hidden.map((x) => ruleOf(set.get(x)!)));
    return hidden.length === years.length && rules.size === 1
      ? { kind: 'withheld', ...facts, rule: [...rules][0] }
      : { kind: 'unknown', ...facts };
  }
  if (!hidden.length && !lower.length && !other.length) return { kind: total === 0 ? 'none' : 'settled', ...facts };
  if (total === 0 && !lower.length) return { kind: 'none-where-known', ...facts };
  return { kind: 'at-least', ...facts };
}

/**
 * The capacity lines' facts: the record (a lower bound counts: «at least N»
 * when it exceeds every exact figure) and the years that could still hold
 * more — other lower bounds, hidden cells that may hide more than the
 * record, missing years, provisional figures above it; the mean of the last
 * five calendar years when all five have a final, exact figure; the years
 * the settled figure (a lower bound included) exceeds an exact decision, and
 * which of those decisions are provisional. Nothing is ever said to be fewer
 * from a lower bound. Null without a final figure with a value.
 */
export interface CapacityFacts {
  top: number;
  max: number;
  topExact: boolean;
  lowerOthers: number[];
  hiddenOver: number[];
  missing: number[];
  provisionalOver: number[];
  mean: { from: number; to: number; value: number } | null;
  over: number[];
  provisionalDecision: number[];
}
export function capacityFacts(set: Series, dec: Series): CapacityFacts | null {
  const ys = [...set.keys()].sort((a, b) => a - b);
  const done = ys.filter((y) => !provisional(set.get(y)));
  const rec = record(set);
  if (!rec) return null;
  const known = done.filter((y) => val(set.get(y)) !== null);
  const v = (y: number) => val(set.get(y))!;
  const isExact = (y: number) => exact(set.get(y)) !== null;
  const { year: top, value: max } = rec;
  const hiddenOver = done.filter((y) => {
    const f = set.get(y)!;
    return f.status === 'suppressed' && (hiddenAtMost({ source: f.source, flags: f.flags }) ?? Infinity) > max;
  });
  const final = known.filter(isExact);
  const lastYear = final.at(-1)!;
  const five = [4, 3, 2, 1, 0].map((k) => lastYear - k);
  const over = known.filter((y) => {
    const d = exact(dec.get(y));
    return d !== null && v(y) > d;
  });
  return {
    top,
    max,
    topExact: isExact(top),
    lowerOthers: known.filter((y) => y !== top && !isExact(y)),
    hiddenOver,
    missing: done.filter((y) => set.get(y)!.status === 'missing'),
    provisionalOver: ys.filter((y) => provisional(set.get(y)) && (val(set.get(y)) ?? -1) > max),
    mean: five.every((y) => final.includes(y))
      ? { from: lastYear - 4, to: lastYear, value: five.reduce((sum, y) => sum + v(y), 0) / 5 }
      : null,
    over,
    provisionalDecision: over.filter((y) => provisional(dec.get(y))),
  };
}

/** A divided former kommune's own record in the years its figures stand for (the ‡ rows), or null. */
export function elsewhereRecord(e: Elsewhere | undefined) {
  return e?.years.length ? record(new Map([...e.settled].filter(([y]) => e.years.includes(y)))) : null;
}

/**
 * What the key point on the newest year's request and decision says:
 * IMDi asked for none (and nothing was decided); «avventer vedtak» with a
 * request (`beforeYearEnd`: not yet decided, else never registered); a
 * decision (exact or a lower bound, `asked` when there was a request above
 * none); a request whose decision is hidden, or which the sources lack.
 * Null: nothing to say.
 */
export type DecisionPointCase =
  | { kind: 'not-asked' }
  | { kind: 'pending'; beforeYearEnd: boolean }
  | { kind: 'decided'; asked: boolean; decided: number; exact: boolean }
  | { kind: 'withheld'; decision: Figure }
  | { kind: 'no-decision' };
export function decisionPointCase(r: Figure | undefined, d: Figure | undefined): DecisionPointCase | null {
  const asked = !!r && val(r) !== null && val(r)! > 0;
  if (!asked && (r?.status === 'not-applicable' || val(r) === 0) && (!d || val(d) === null))
    return { kind: 'not-asked' };
  if (d?.status === 'pending') return asked ? { kind: 'pending', beforeYearEnd: provisional(d) } : null;
  if (d && val(d) !== null) return { kind: 'decided', asked, decided: val(d)!, exact: exact(d) !== null };
  if (!asked) return null;
  if (d?.status === 'suppressed') return { kind: 'withheld', decision: d };
  return { kind: 'no-decision' };
}

/** The newest year with a request or a decision row: the key points' first sentence. */
export function newestAsked(req: Series, dec: Series): number | undefined {
  return [...new Set([...req.keys(), ...dec.keys()])].sort((a, b) => b - a)[0];
}

/** The key points' settled years: the newest final figure (not «not applicable»), and a running year after it. */
export function settledYears(set: Series): { final?: number; running?: number } {
  const ys = [...set.keys()].filter((y) => set.get(y)!.status !== 'not-applicable').sort((a, b) => b - a);
  const final = ys.find((y) => !provisional(set.get(y)));
  const running = ys.find((y) => provisional(set.get(y)) && (final === undefined || y > final));
  return { final, running };
}

/** The newest grant total with a value, and the later years that are hidden or missing. Null without one. */
export function grantsFacts(
  grants: Series,
): { year: number; figure: Figure; hidden: number[]; missing: number[] } | null {
  const ys = [...grants.keys()].sort((a, b) => b - a);
  const y = ys.find((x) => val(grants.get(x)) !== null);
  if (y === undefined) return null;
  const later = (status: string) => ys.filter((x) => x > y && grants.get(x)!.status === status);
  return { year: y, figure: grants.get(y)!, hidden: later('suppressed'), missing: later('missing') };
}

/** The newest of these years in which both series have an exact figure. */
export function newestWithBoth(a: Series, b: Series, ys: number[]): number | undefined {
  return [...ys].reverse().find((y) => exact(a.get(y)) !== null && exact(b.get(y)) !== null);
}

/**
 * What a change-over-time finding says: the newest year with an exact value,
 * the year `back` years before it (or the earliest exact year after that;
 * `from` is null when that is the newest year itself), and the highest year
 * between them when it lies above both ends. Null without an exact value.
 */
export interface ChangeFacts {
  year: number;
  value: number;
  provisional: boolean;
  from: { year: number; value: number } | null;
  peak: { year: number; value: number } | null;
}
export function changeFacts(s: Series, back: number): ChangeFacts | null {
  const ys = [...s.keys()].filter((y) => exact(s.get(y)) !== null).sort((a, b) => a - b);
  if (!ys.length) return null;
  const at = (y: number) => exact(s.get(y))!;
  const y = ys.at(-1)!;
  const v = at(y);
  const provisional = s.get(y)!.flags.includes('provisional');
  const y0 = ys.find((x) => x >= y - back)!;
  if (y0 === y) return { year: y, value: v, provisional, from: null, peak: null };
  const v0 = at(y0);
  const top = ys
    .filter((x) => x > y0 && x < y)
    .reduce<number | null>((best, x) => (best === null || at(x) > at(best) ? x : best), null);
  const peak = top !== null && at(top) > Math.max(v, v0) ? { year: top, value: at(top) } : null;
  return { year: y, value: v, provisional, from: { year: y0, value: v0 }, peak };
}

/** The largest of a one-year breakdown, when at least two rows have a value (one alone would restate the heading). */
export function largestOf<R extends { value: number | null }>(rows: R[]): (R & { value: number }) | null {
  const ok = rows.filter((r): r is R & { value: number } => r.value !== null);
  return ok.length < 2 ? null : ok.reduce((x, y) => (y.value > x.value ? y : x));
}

/** Refugees as whole percent of all immigrants, only when both are above zero. */
export const refugeePercent = (all: number, refugees: number) =>
  all > 0 && refugees > 0 ? Math.round((refugees / all) * 100) : null;

/** The change table of kommune numbers starts in 1995: a span that starts there is said «until <last year>». */
export const fromChangeTableStart = (first: number) => first <= 1995;
/** A former kommune's first year is said only where the change table knows it (codes created 2012 or later). */
export const firstYearKnown = (p: { firstYear: number }) => p.firstYear > 2011;
