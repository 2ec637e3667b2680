/**
 * Group ratios from the whole published dataset: a group's rate is true and
 * agrees with its members' own rows (domain/figure.ts divideSums). Before,
 * members whose figure is «≥» or «ikke aktuelt» were dropped and the group
 * value was inflated (Hele landet 2023 per 1000: 7,72 over 231 of 357).
 */
import { describe, expect, it } from 'vitest';
import { WHOLE_DATASET } from '../whole-dataset.ts';
import { referenceGroups, referenceSeries } from '../../../src/data/compare.ts';
import { dataset } from '../../../src/data/dataset.ts';
import { COMPARE_MEASURES } from '../../../src/lib/compare/compare-measures.ts';
import { isPartial } from '../../../src/lib/compare/compare-view.ts';

/** The newest population year in the data. */
function newestPopulation() {
  let newest = 0;
  for (const figs of dataset().byRegion.values())
    for (const f of figs) if (f.measure === 'befolkning' && f.value !== null && f.year > newest) newest = f.year;
  return newest;
}

/**
 * Σ numerator / Σ population × 1000 over every region (kommune or former kommune) with both published;
 * the population 1 January the year after, as IMDi divides (the newest for the running year); «≥» figures at their value, a hidden one as 0;
 * a «mangler» (missing) numerator leaves its region out, as divideSums does.
 */
function allPublished(measure: string, year: number) {
  const py = Math.min(year + 1, newestPopulation());
  let num = 0;
  let den = 0;
  let bounds = 0;
  let hidden = 0;
  // Kommuner with no count of their own that year whose former kommuner are counted through their population.
  const through = new Set<string>();
  for (const [region, figs] of dataset().byRegion) {
    const n = figs.find((f) => f.measure === measure && f.group === '' && f.year === year);
    const p = figs.find((f) => f.measure === 'befolkning' && f.group === '' && f.year === py);
    if (n && !p && n.status === 'ok' && n.value !== null && inSuccessors(region, py))
      for (const s of dataset().predecessors.find((x) => x.key === region)!.successors) through.add(s);
  }
  for (const [region, figs] of dataset().byRegion) {
    if (region === '0000') continue;
    if (through.has(region) && !figs.some((f) => f.measure === measure && f.group === '' && f.year === year)) {
      den += figs.find((f) => f.measure === 'befolkning' && f.group === '' && f.year === py)?.value ?? 0;
      continue;
    }
    const n = figs.find((f) => f.measure === measure && f.group === '' && f.year === year);
    const p = figs.find((f) => f.measure === 'befolkning' && f.group === '' && f.year === py);
    if (n && !p && n.status === 'ok' && n.value !== null && inSuccessors(region, py)) {
      num += n.value; // a former kommune whose inhabitants are in its successors' population (Stokke 2012–2016)
      continue;
    }
    if (!n || !p || p.status !== 'ok' || p.value === null || n.status === 'missing') continue;
    den += p.value;
    if (n.status === 'ok' && n.value !== null) num += n.value;
    if (n.flags.includes('lower-bound')) bounds++;
    if (n.status === 'suppressed') hidden++;
  }
  return { value: (num / den) * 1000, bounds, hidden };
}

function inSuccessors(region: string, year: number) {
  const pred = dataset().predecessors.find((p) => p.key === region);
  const pop = (code: string) =>
    dataset()
      .byRegion.get(code)
      ?.find((f) => f.measure === 'befolkning' && f.group === '' && f.year === year);
  return !!pred && pred.successors.every((s) => pop(s)?.status === 'ok');
}

describe('group ratios over the whole dataset', WHOLE_DATASET, () => {
  it('Hele landet 2023 settled per 1000 is a lower bound over all 357 kommuner: Σ published figures / national population', () => {
    const p = referenceSeries('land').series.bosatt.per1000['2023'];
    const all = allPublished('bosatt', 2023);
    expect(all.bounds).toBeGreaterThan(100); // Oslo, Bergen, Trondheim … are «≥» that year
    expect(p).toMatchObject({ status: 'lower-bound', counted: 357, members: 357 });
    expect(p.partial).toBeFalsy();
    expect(p.value).toBeCloseTo(all.value, 9);
    // 33 426 settled in 2023 / 5 550 203 inhabitants 1.1.2024 × 1000 = 6,02 (over 1.1.2023's 5 488 984 it was 6,09).
    expect(p.value!.toFixed(2)).toBe('6.02');
  });

  it('Hele landet 2019: «ikke aktuelt» (no request) is none; kommuner without a population that year are left out and said', () => {
    const p = referenceSeries('land').series.bosatt.per1000['2019'];
    // Over the population 1.1.2020 (the 2020 kommuner' borders): 354 of 357 counted (352 over 1.1.2019).
    expect(p).toMatchObject({ status: 'lower-bound', counted: 354, members: 357, partial: true });
    // Over 1.1.2020 (the 2020 borders) the aggregate and this helper count the same regions: Ålesund 1508's 2019 settled
    // (39) and Haram 1580's (hidden) have no population of their own that day (it is 1507:2023's 66 258, Ålesund of
    // 2020–2023 with Haram), and Våler 3120's is «mangler»: those three are left out of both, 4 743 / 5 293 067.
    expect(p.value).toBeCloseTo(allPublished('bosatt', 2019).value, 9);
    expect(p.value!.toFixed(2)).toBe('0.90'); // was 0,97 over 203 of 357
  });

  it('KOSTRA-gruppe 16, 2017: 6 of 8 members, 4 of them with no request (none settled), 2 missing — not 13,3 from 2', () => {
    const p = referenceSeries('kostra-16').series.bosatt.per1000['2017'];
    // By hand from data/observations.csv, 2017 (settled / population): Kvitsøy «.» (request «.») / 534, Utsira «.»
    // (request «.») / 201, Træna «.» (request 0) / 465, Røst «.» (request 0) / 535 are none; Røyrvik 7 / 469, Leka 7 / 584.
    // Vevelstad (request 10, decision 10) and Fedje (1265; request 6, decision 10) have settled «.»: since
    // «Status words from the row» (2174ed7) that is «mangler», not «ikke aktuelt», so they are left out («6 av 8»).
    expect(p).toMatchObject({ status: 'partial', partial: true, counted: 6, members: 8 });
    // Divided by the population 1.1.2018 (as IMDi): Kvitsøy 542, Utsira 208, Træna 454, Røst 517, Røyrvik 474, Leka 582.
    expect(p.value!).toBeCloseTo(((7 + 7) / (542 + 208 + 454 + 517 + 474 + 582)) * 1000, 9);
  });

  it('with nothing hidden and no «≥», the group value is Σ/Σ of every published figure', () => {
    const land = referenceSeries('land').series.bosatt.per1000;
    const checked = Object.entries(land).filter(([y]) => {
      const a = allPublished('bosatt', Number(y));
      return a.bounds === 0 && a.hidden === 0;
    });
    expect(checked.length).toBeGreaterThan(3);
    for (const [y, p] of checked) expect(p.value, y).toBeCloseTo(allPublished('bosatt', Number(y)).value, 9);
  });

  it('every group ratio says what it is: exact only over all members; over fewer, «n av m»', () => {
    const bad: string[] = [];
    for (const g of referenceGroups()) {
      const s = referenceSeries(g.id);
      for (const m of COMPARE_MEASURES) {
        if (m.kind === 'rate') continue;
        const views = m.kind === 'ratio' ? [s.series[m.id]?.abs] : [s.series[m.id]?.per1000];
        for (const view of views)
          for (const [y, p] of Object.entries(view ?? {})) {
            if (p.value === null) continue;
            if (p.status === 'ok' && (p.counted !== p.members || p.partial))
              bad.push(`${g.id} ${m.id} ${y} ok over ${p.counted}`);
            if (isPartial(p) && p.counted === p.members) bad.push(`${g.id} ${m.id} ${y} partial over all ${p.counted}`);
            if (p.counted < p.members && !isPartial(p))
              bad.push(`${g.id} ${m.id} ${y} ${p.status} ${p.counted}/${p.members} not said`);
          }
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
