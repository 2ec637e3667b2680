import type { Figure } from '../domain/figure.ts';
import { formatInt } from '../format/number.ts';

/**
 * Plain-language bokmål sentences generated from the figures. A sentence is
 * only written when every number in it is a plain published value: nothing
 * about a suppressed, missing or pending figure except saying so.
 */
export type Series = Map<number, Figure>;

const val = (f: Figure | undefined) => (f && f.status === 'ok' && f.value !== null ? f.value : null);
const exact = (f: Figure | undefined) => (val(f) !== null && !f!.flags.includes('lower-bound') ? f!.value : null);

/** "1 flyktning", "110 flyktninger"; "1 enslig mindreårig", "8 enslige mindreårige". */
export function refugees(n: number): string {
  return `${formatInt(n)} ${n === 1 ? 'flyktning' : 'flyktninger'}`;
}
export function minors(n: number): string {
  return `${formatInt(n)} ${n === 1 ? 'enslig mindreårig' : 'enslige mindreårige'}`;
}
/** Whole percent, nb-NO: "59 %". */
export function pct(a: number, b: number): string {
  return `${formatInt(Math.round((a / b) * 100))}\u00a0%`;
}

/** "I 2024 vedtok kommunen å bosette 110 flyktninger, 59 % av de 185 IMDi anmodet om." */
export function decisionSentence(year: number, request: Figure | undefined, decision: Figure | undefined): string | null {
  const d = exact(decision);
  const r = exact(request);
  if (decision?.status === 'pending') {
    return r !== null ? `For ${year} anmodet IMDi om ${refugees(r)}; kommunen hadde ikke fattet vedtak da tallene ble hentet.` : null;
  }
  if (d === null && val(decision) !== null) {
    // A sum over former kommuner with a part missing: say "at least".
    return `For ${year} vedtok de tidligere kommunene samlet å bosette minst ${refugees(val(decision)!)}; tallet for én av dem mangler.`;
  }
  if (d === null) return r !== null ? `For ${year} anmodet IMDi om ${refugees(r)}; vedtak er ikke registrert.` : null;
  if (d === 0) return `For ${year} vedtok kommunen å ikke bosette flyktninger${r !== null && r > 0 ? `, selv om IMDi anmodet om ${refugees(r)}` : ''}.`;
  if (r !== null && r > 0) return `For ${year} vedtok kommunen å bosette ${refugees(d)}, ${pct(d, r)} av de ${formatInt(r)} IMDi anmodet om.`;
  return `For ${year} vedtok kommunen å bosette ${refugees(d)}.`;
}

/** "I 2023 ble 188 flyktninger bosatt, 111 % av vedtaket." (provisional figures say so) */
export function settledSentence(year: number, settled: Figure | undefined, decision: Figure | undefined): string | null {
  const s = exact(settled);
  if (s === null) return settled?.status === 'suppressed' ? `Antallet bosatte i ${year} er skjult fordi det er under 5.` : null;
  const d = exact(decision);
  const share = d !== null && d > 0 ? `, ${pct(s, d)} av vedtaket` : '';
  const prov = settled!.flags.includes('provisional') ? ' (foreløpig tall, året var ikke omme da tallet ble hentet)' : '';
  return `I ${year} ble ${refugees(s)} bosatt${share}${prov}.`;
}

/** Headline: the newest decision, then the newest years with settled figures. */
export function headline(name: string, req: Series, dec: Series, set: Series): string[] {
  const out: string[] = [];
  const decided = [...new Set([...dec.keys(), ...req.keys()])].sort((a, b) => b - a);
  const newest = decided[0];
  if (newest !== undefined) {
    const s = decisionSentence(newest, req.get(newest), dec.get(newest));
    if (s) out.push(`Siste vedtak: ${dec.get(newest)?.flags.includes('scraped') ? `${s.slice(0, -1)} (ifølge IMDis nettside).` : s}`);
  }
  const years = [...set.keys()].filter((y) => set.get(y)!.status !== 'not-applicable').sort((a, b) => b - a).slice(0, 2).reverse();
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
    out.push(d !== null ? `For ${y} anmodet IMDi om ${minors(r)}, og kommunen vedtok ${formatInt(d)}.` : `For ${y} anmodet IMDi om ${minors(r)}; vedtak er ikke registrert.`);
  } else if (req.size) {
    out.push(`Kildene har ingen anmodning om enslige mindreårige for kommunen for ${[...req.keys()].sort().join(', ')} (tom celle hos IMDi).`);
  }
  const known = [...set.keys()].sort((a, b) => a - b).filter((x) => exact(set.get(x)) !== null);
  const hidden = [...set.keys()].filter((x) => set.get(x)!.status === 'suppressed').sort((a, b) => a - b);
  const and = (ys: number[]) => (ys.length === 1 ? String(ys[0]) : `${ys.slice(0, -1).join(', ')} og ${ys.at(-1)}`);
  if (known.length) {
    const total = known.reduce((s, x) => s + exact(set.get(x))!, 0);
    const lo = Math.min(...set.keys());
    const hi = Math.max(...set.keys());
    const span = lo === hi ? String(lo) : `${lo}–${hi}`;
    if (!hidden.length) out.push(total === 0 ? `Ingen enslige mindreårige ble bosatt i ${span}.` : `I ${span} ble ${minors(total)} bosatt.`);
    else if (total === 0) out.push(`Ingen enslige mindreårige ble bosatt i ${and(known)}; tallet for ${and(hidden)} er skjult (under 5).`);
    else out.push(`I ${span} ble minst ${minors(total)} bosatt (${and(hidden)}: skjult, under 5).`);
  } else if (hidden.length) {
    out.push(`Antallet bosatte enslige mindreårige i ${and(hidden)} er skjult fordi det er under 5.`);
  }
  return out;
}

/** The highest number settled in one year so far, and the mean of the last five complete years. */
export function capacitySentences(set: Series, dec: Series): string[] {
  const out: string[] = [];
  const final = [...set.entries()].filter(([, f]) => exact(f) !== null && !f.flags.includes('provisional')).sort((a, b) => a[0] - b[0]);
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
  if (over.length) out.push(`Kommunen bosatte flere enn vedtatt i ${over.length === 1 ? over[0] : `${over.slice(0, -1).join(', ')} og ${over.at(-1)}`}.`);
  return out;
}
