import { t } from '../../i18n/nb.ts';
import { newestYear, yearSpan, type Coverage } from '../domain/coverage.ts';
import { divide, exactValue, single, type Figure } from '../domain/figure.ts';
import { formatInt } from '../format/number.ts';
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
    return r !== null
      ? `For ${year} anmodet IMDi om ${refugees(r)}; kommunen hadde ikke fattet vedtak da tallene ble hentet.`
      : null;
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

/** Headline: the newest decision, then the newest years with settled figures. */
export function headline(name: string, req: Series, dec: Series, set: Series): string[] {
  const out: string[] = [];
  const decided = [...new Set([...dec.keys(), ...req.keys()])].sort((a, b) => b - a);
  const newest = decided[0];
  if (newest !== undefined) {
    const s = decisionSentence(newest, req.get(newest), dec.get(newest), 'kommunen', {
      page: !!dec.get(newest)?.flags.includes('scraped'),
    });
    if (s) out.push(`Siste vedtak: ${s}`);
  }
  const years = [...set.keys()]
    .filter((y) => set.get(y)!.status !== 'not-applicable')
    .sort((a, b) => b - a)
    .slice(0, 2)
    .reverse();
  for (const y of years) {
    const d = y !== newest ? decisionSentence(y, req.get(y), dec.get(y)) : null;
    if (d) out.push(d);
    const s = settledSentence(y, set.get(y), dec.get(y));
    if (s) out.push(s);
  }
  if (!out.length) out.push(`Kildene har ingen tall for anmodning, vedtak eller bosetting i ${name}.`);
  return out;
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
export function capacitySentences(set: Series, dec: Series, elsewhere: number[] = []): string[] {
  const out: string[] = [];
  const ys = [...set.keys()].sort((a, b) => a - b);
  const done = ys.filter((y) => !provisional(set.get(y)));
  const known = done.filter((y) => val(set.get(y)) !== null);
  if (!known.length) return out;
  const v = (y: number) => val(set.get(y))!;
  const isExact = (y: number) => exact(set.get(y)) !== null;
  // The highest value; on a tie the exact figure, else the earlier year.
  const top = known.reduce((b, y) => (v(y) > v(b) || (v(y) === v(b) && isExact(y) && !isExact(b)) ? y : b));
  const max = v(top);
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
    // Years with figures only for a divided former kommune (the brief's ‡ rows).
    ...(elsewhere.length
      ? [`for ${spans(elsewhere)}, merket ‡, finnes bare tall for den delte tidligere kommunen`]
      : []),
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

/**
 * The profile's settlement summary: the newest decision (the brief's rule,
 * with the kommune's name), then the newest year with a final settled figure.
 */
export function settlementSentence(name: string, req: Series, dec: Series, set: Series): string {
  const parts: string[] = [];
  const decided = [...dec.keys()].filter((y) => val(dec.get(y)) !== null);
  const last = decided.length ? Math.max(...decided) : undefined;
  const d = last !== undefined ? decisionSentence(last, req.get(last), dec.get(last), name) : null;
  if (d) parts.push(d);
  const finalSettled = new Map([...set].filter(([, f]) => !f.flags.includes('provisional')));
  const y = newestYear(finalSettled);
  const s = y !== null ? settledSentence(y, set.get(y), dec.get(y)) : null;
  if (s) parts.push(s);
  return parts.join(' ') || `Ingen tall for anmodning, vedtak eller bosetting for ${name}.`;
}

/** "I 2023 ble 229 flyktninger bosatt i Moss, 198 av dem fra Ukraina." Only from plain values. */
export function ukrainianSentence(name: string, all: Series, ukr: Series, ys: number[]): string {
  for (const y of [...ys].reverse()) {
    const a = exact(all.get(y));
    const u = exact(ukr.get(y));
    if (a === null || u === null) continue;
    const pre = all.get(y)!.flags.includes('provisional') ? ' (foreløpige tall)' : '';
    return `I ${y} ble ${refugees(a)} bosatt i ${name}, ${u === 0 ? 'ingen' : formatInt(u)} av dem fra Ukraina${pre}.`;
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
