import { newestYear } from '../domain/coverage.ts';
import { divide, exactValue, single, type Figure } from '../domain/figure.ts';
import { formatInt } from '../format/number.ts';

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
export function yearsList(ys: number[]): string {
  return ys.length === 1 ? String(ys[0]) : `${ys.slice(0, -1).join(', ')} og ${ys.at(-1)}`;
}

/** "I 2024 vedtok kommunen å bosette 110 flyktninger, 59 % av de 185 IMDi anmodet om." */
export function decisionSentence(
  year: number,
  request: Figure | undefined,
  decision: Figure | undefined,
  subject = 'kommunen',
): string | null {
  const d = exact(decision);
  const r = exact(request);
  if (decision?.status === 'pending') {
    return r !== null
      ? `For ${year} anmodet IMDi om ${refugees(r)}; kommunen hadde ikke fattet vedtak da tallene ble hentet.`
      : null;
  }
  if (d === null && val(decision) !== null) {
    // A sum over former kommuner with a part missing: say "at least".
    return `For ${year} vedtok de tidligere kommunene samlet å bosette minst ${refugees(val(decision)!)}; tallet for én av dem mangler.`;
  }
  // No request: IMDi's «-»/«.» decision means there was nothing to decide, not a missing decision.
  if (r === 0 && (decision === undefined || decision.status === 'not-applicable'))
    return `IMDi ba ikke om bosetting i ${year}.`;
  if (d === null) return r !== null ? `For ${year} anmodet IMDi om ${refugees(r)}; vedtak er ikke registrert.` : null;
  if (d === 0)
    return `For ${year} vedtok ${subject} å ikke bosette flyktninger${r !== null && r > 0 ? `, selv om IMDi anmodet om ${refugees(r)}` : ''}.`;
  const of = share(decision, request);
  if (of !== null)
    return `For ${year} vedtok ${subject} å bosette ${refugees(d)}, ${of} av de ${formatInt(r!)} IMDi anmodet om.`;
  return `For ${year} vedtok ${subject} å bosette ${refugees(d)}.`;
}

/** "I 2023 ble 188 flyktninger bosatt, 111 % av vedtaket." (provisional figures say so) */
export function settledSentence(
  year: number,
  settled: Figure | undefined,
  decision: Figure | undefined,
): string | null {
  const s = exact(settled);
  if (s === null)
    return settled?.status === 'suppressed' ? `Antallet bosatte i ${year} er skjult fordi det er under 5.` : null;
  const of = share(settled, decision);
  const prov = settled!.flags.includes('provisional')
    ? ' (foreløpig tall, året var ikke omme da tallet ble hentet)'
    : '';
  if (s === 0) return `I ${year} ble ingen flyktninger bosatt${prov}.`;
  return `I ${year} ble ${refugees(s)} bosatt${of !== null ? `, ${of} av vedtaket` : ''}${prov}.`;
}

/** Headline: the newest decision, then the newest years with settled figures. */
export function headline(name: string, req: Series, dec: Series, set: Series): string[] {
  const out: string[] = [];
  const decided = [...new Set([...dec.keys(), ...req.keys()])].sort((a, b) => b - a);
  const newest = decided[0];
  if (newest !== undefined) {
    const s = decisionSentence(newest, req.get(newest), dec.get(newest));
    if (s)
      out.push(
        `Siste vedtak: ${dec.get(newest)?.flags.includes('scraped') ? `${s.slice(0, -1)} (ifølge IMDis nettside).` : s}`,
      );
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

/** Unaccompanied minors: the request and decision of the newest year, and how many were settled. */
export function minorsSentences(req: Series, dec: Series, set: Series): string[] {
  const out: string[] = [];
  const y = [...req.keys()].sort((a, b) => b - a).find((x) => exact(req.get(x)) !== null);
  if (y !== undefined) {
    const r = exact(req.get(y))!;
    const d = exact(dec.get(y));
    out.push(
      d !== null
        ? `For ${y} anmodet IMDi om ${minors(r)}, og kommunen vedtok ${formatInt(d)}.`
        : `For ${y} anmodet IMDi om ${minors(r)}; vedtak er ikke registrert.`,
    );
  } else if (req.size) {
    out.push(
      `Kildene har ingen anmodning om enslige mindreårige for kommunen for ${[...req.keys()].sort().join(', ')} (tom celle hos IMDi).`,
    );
  }
  const known = [...set.keys()].sort((a, b) => a - b).filter((x) => exact(set.get(x)) !== null);
  const hidden = [...set.keys()].filter((x) => set.get(x)!.status === 'suppressed').sort((a, b) => a - b);
  const and = yearsList;
  if (known.length) {
    const total = known.reduce((s, x) => s + exact(set.get(x))!, 0);
    const lo = Math.min(...set.keys());
    const hi = Math.max(...set.keys());
    const span = lo === hi ? String(lo) : `${lo}–${hi}`;
    if (!hidden.length)
      out.push(
        total === 0 ? `Ingen enslige mindreårige ble bosatt i ${span}.` : `I ${span} ble ${minors(total)} bosatt.`,
      );
    else if (total === 0)
      out.push(`Ingen enslige mindreårige ble bosatt i ${and(known)}; tallet for ${and(hidden)} er skjult (under 5).`);
    else out.push(`I ${span} ble minst ${minors(total)} bosatt (${and(hidden)}: skjult, under 5).`);
  } else if (hidden.length) {
    out.push(`Antallet bosatte enslige mindreårige i ${and(hidden)} er skjult fordi det er under 5.`);
  }
  return out;
}

/** The highest number settled in one year so far, and the mean of the last five complete years. */
export function capacitySentences(set: Series, dec: Series): string[] {
  const out: string[] = [];
  const final = [...set.entries()]
    .filter(([, f]) => exact(f) !== null && !f.flags.includes('provisional'))
    .sort((a, b) => a[0] - b[0]);
  if (!final.length) return out;
  const [maxYear, maxF] = final.reduce((best, cur) => (exact(cur[1])! > exact(best[1])! ? cur : best));
  out.push(`Flest bosatte på ett år: ${refugees(exact(maxF)!)} i ${maxYear}.`);
  // Mean of the last five calendar years, only when all five have a final figure.
  const lastYear = final.at(-1)![0];
  const five = [4, 3, 2, 1, 0].map((k) => final.find(([yy]) => yy === lastYear - k));
  if (five.every(Boolean)) {
    const mean = five.reduce((s, e) => s + exact(e![1])!, 0) / 5;
    out.push(`Snitt for ${lastYear - 4}–${lastYear}: ${formatInt(Math.round(mean))} bosatte i året.`);
  }
  const over = final.filter(([y, f]) => exact(dec.get(y)) !== null && exact(f)! > exact(dec.get(y))!).map(([y]) => y);
  if (over.length) out.push(`Kommunen bosatte flere enn vedtatt i ${yearsList(over)}.`);
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

/** The profile's minors summary: request and decision in the newest year with a request, and how many were settled. */
export function minorsSentence(name: string, req: Series, dec: Series, set: Series, ys: number[]): string {
  const parts: string[] = [];
  const y = [...ys].reverse().find((x) => exact(req.get(x)) !== null);
  if (y !== undefined) {
    const d = exact(dec.get(y));
    parts.push(
      `For ${y} ba IMDi ${name} bosette ${minors(exact(req.get(y))!)}${d !== null ? `; kommunen vedtok ${formatInt(d)}` : '; vedtak er ikke registrert'}.`,
    );
  }
  const settled = ys.filter((x) => val(set.get(x)) !== null);
  if (settled.length) {
    const total = settled.reduce((sum, x) => sum + val(set.get(x))!, 0);
    const partial =
      ys.some((x) => set.get(x)?.status === 'suppressed') || settled.some((x) => exact(set.get(x)) === null);
    const span = settled.length > 1 ? `${settled[0]}–${settled.at(-1)}` : String(settled[0]);
    parts.push(
      `${partial ? 'Minst ' : ''}${total === 0 && !partial ? 'Ingen' : formatInt(total)} ble bosatt i ${span}${partial ? ' (noen år er skjult fordi tallet er under 5)' : ''}.`,
    );
  }
  return parts.join(' ') || `Ingen tall for enslige mindreårige i ${name}.`;
}
