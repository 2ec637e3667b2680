/**
 * The published data against every total the publishers print themselves
 * (src/lib/compare/publisher-totals.ts). The real check reads the raw files
 * from RAW_DIR or ../shared/data/raw (relative to the repo root): skipped
 * without them, but in CI a missing raw directory fails.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW, rawSuite } from '../raw-dir.ts';
import { checkPublisherTotals } from '../../../src/data/publisher-totals.ts';
import { dataset } from '../../../src/data/dataset.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import type { Kommune } from '../../../src/lib/domain/kommune.ts';
import {
  compareImdiRates,
  comparePublisherTotals,
  formatTotalsTable,
  type PublishedData,
  type PublisherFiles,
} from '../../../src/lib/compare/publisher-totals.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';
import { UNALLOCATED } from '../../../src/lib/domain/national.ts';
import { figure } from '../figure-fixture.ts';

const have = rawSuite('the sums the site shows against every total IMDi and SSB print (publisher-totals)');

describe('publisher totals on the real raw files', () => {
  it('the raw files are there in CI', () => {
    if (process.env.CI) expect(have, `raw files expected under ${RAW} (set RAW_DIR)`).toBe(true);
  });

  it.skipIf(!have)('every total IMDi and SSB print is met, or differs for a listed reason', WHOLE_DATASET, () => {
    const rows = checkPublisherTotals(RAW);
    console.log(formatTotalsTable(rows));
    expect(
      rows
        .filter((r) => !r.ok)
        .map((r) => `${r.area} ${r.year} ${r.measure}: publisher ${r.value}, published ${r.published}`),
    ).toEqual([]);
    const at = (area: string, year: number, measure: string, printed = '') =>
      rows.find((r) => r.area === area && r.year === year && r.measure === measure && r.printedIn.includes(printed));
    // The totals the issue names.
    expect(at('Norge', 2016, 'anmodning', 'Anmodning og vedtak')).toMatchObject({ published: 18517, difference: 0 });
    expect(at('Norge', 2016, 'vedtak', 'Anmodning og vedtak')).toMatchObject({ published: 16523, difference: 0 });
    expect(at('Norge', 2016, 'bosatt')).toMatchObject({ published: 15221, difference: 0 });
    expect(at('Norge', 2018, 'anmodning')).toMatchObject({ value: 5350, published: 5350 });
    expect(at('Norge', 2019, 'anmodning')).toMatchObject({ value: 5350, published: 5350 });
    expect(at('Norge', 2012, 'bosatt')).toMatchObject({ value: 5757, published: 5757 });
    expect(at('Norge', 2024, 'anmodning')).toMatchObject({ published: 37000 });
    expect(at('Norge', 2025, 'vedtak')).toMatchObject({ value: 12919, published: 15631, ok: true });
    expect(at('Nordland', 2026, 'vedtak')).toMatchObject({ value: 1050, published: 1045, ok: true });
    // IMDi's own national grant rows 2011–2014 against the kommune sum (Inderøy 2012 under both 1729 and 1756 counted).
    expect(rows.filter((r) => r.measure === 'tilskudd' && !r.withUnallocated)).toHaveLength(4);
    expect(at('Norge', 2012, 'tilskudd')).toMatchObject({ value: 4590850777, difference: -0.39, ok: true });
    // Every fylke table cell of the three pages was compared.
    expect(rows.filter((r) => r.printedIn.endsWith('fylke table'))).toHaveLength(15 * 3 * 3);
    // IMDi's national figures including «9999 Uoppgitt kommune» = the site's sum + the remainder it says (issue 17).
    const withRest = rows.filter((r) => r.withUnallocated);
    expect(withRest.map((r) => [r.year, r.measure, r.value, r.difference])).toEqual([
      [2014, 'bosatt', 7784, 0],
      [2015, 'anmodning', 11185, 0],
      [2015, 'bosatt', 11342, 0],
      [2015, 'tilskudd', expect.closeTo(9162918418.83, 2), 0],
    ]);
    // Every declared remainder is met by a 9999 row of its file.
    for (const u of UNALLOCATED.filter((x) => x.group === '' || x.group === 'totalt'))
      expect(
        withRest.some((r) => r.year === u.year && r.measure === u.measure && r.printedIn.includes(`(${u.value})`)),
      ).toBe(true);
  });
});

describe("IMDi's own «bosatte per 1000 innbyggere» (publisher-totals compareImdiRates)", () => {
  it.skipIf(!have)(
    'every checkable cell of IMDi’s 2012–2014 rates equals the published settled / the population at the end of the year',
    WHOLE_DATASET,
    () => {
      const rows = compareImdiRates(
        dataset(),
        readFileSync(join(RAW, 'imdi-imdikator-munch-2015/bosetting.csv'), 'utf8'),
      );
      const checked = rows.filter((r) => r.endOfYear !== null);
      const sameYear = checked.filter((r) => r.sameYear === Number(r.printed)).length;
      console.log(
        `IMDi rates: ${rows.length} kommune cells, ${checked.length} checkable, ${checked.filter((r) => r.ok).length} equal by the end-of-year population; ${sameYear} would be equal by the same year's population; ${rows.filter((r) => !r.region).length} on a territory changed since`,
      );
      expect(checked.length).toBeGreaterThan(800);
      expect(
        rows.filter((r) => !r.ok).map((r) => `${r.code} ${r.year}: IMDi ${r.printed}, published ${r.endOfYear}`),
      ).toEqual([]);
      // Oslo 2012: 459 / 623 966 (1 January 2013) = 0.735617005, as IMDi prints; 459 / 613 285 would be 0.75.
      expect(rows.find((r) => r.code === '0301' && r.year === 2012)).toMatchObject({
        printed: '0.735617005',
        endOfYear: 0.735617005,
        sameYear: 0.748428545,
      });
    },
  );

  it('rounds as IMDi printed and fails on a rate the figures do not give', () => {
    const kommuner = [{ code: '0301', history: ['0301:1995-2023:Oslo'] }] as unknown as Kommune[];
    const f = (measure: string, year: number, value: number) => figure('0301', year, measure, value);
    const byRegion = new Map([
      ['0301', [f('bosatt', 2014, 495), f('befolkning', 2015, 647676), f('befolkning', 2014, 634463)]],
    ]);
    const csv = (v: string) =>
      `"aar","fylke_id","bosetting","enhet","tabellvariabel","tabell_navn","kommune_id","naringsregion_id","bydel_id"\n"2014","NULL","bosatt_per_1000","promille","${v}","bosetting","0301","NULL","NULL"`;
    expect(compareImdiRates({ kommuner, byRegion }, csv('0.76'))[0]).toMatchObject({
      ok: true,
      endOfYear: 0.76,
      sameYear: 0.78,
    });
    expect(compareImdiRates({ kommuner, byRegion }, csv('0.78'))[0]).toMatchObject({ ok: false });
  });
});

describe('«ikke aktuelt» settled is none (the premise of group ratios, domain/figure.ts divideSums)', () => {
  it.skipIf(!have)(
    "IMDi's own 2014 export gives 0 for every kommune whose settled figure is «.» in bosatt_anmodede, and its national total is the kommune sum",
    () => {
      const figur1 = new TextDecoder('latin1').decode(
        readFileSync(join(RAW, 'imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv')),
      );
      const settled = new Map<string, string>();
      for (const [unit, year, code, , what, value] of Papa.parse<string[]>(figur1.trim(), { delimiter: ';' }).data)
        if (unit === 'Personer' && year === '2014' && what === 'Faktisk bosetting') settled.set(code, value);
      const notApplicable = [...settled].filter(([, v]) => v === '.').map(([c]) => c);
      const kommuneSum = [...settled.values()].filter((v) => /^\d+$/.test(v)).reduce((t, v) => t + Number(v), 0);
      const rows = Papa.parse<Record<string, string>>(
        readFileSync(join(RAW, 'imdi-imdikator-munch-2015/bosetting.csv'), 'utf8').trim(),
        { header: true },
      ).data.filter((r) => r.aar === '2014' && r.bosetting === 'bosatt' && r.enhet === 'personer');
      const imdikator = new Map(
        rows.filter((r) => r.kommune_id !== 'NULL').map((r) => [r.kommune_id, Number(r.tabellvariabel)]),
      );
      const fylker = rows.filter(
        (r) =>
          r.kommune_id === 'NULL' && r.naringsregion_id === 'NULL' && r.bydel_id === 'NULL' && r.fylke_id !== 'NULL',
      );
      expect(notApplicable.length).toBe(88);
      expect(notApplicable.filter((c) => imdikator.get(c) !== 0)).toEqual([]);
      // The fylke rows (with 99, kommune not given) add up to IMDi's national 7 784: the «.» kommuner settled no one.
      expect(fylker.reduce((t, r) => t + Number(r.tabellvariabel), 0)).toBe(7784);
      expect(kommuneSum).toBe(7784);
    },
  );
});

describe('comparePublisherTotals on a small fixture', () => {
  const k = (code: string, fylkeName: string) => ({ code, fylkeName, fylkeCode: '', name: code }) as unknown as Kommune;
  const fig = (
    region: string,
    year: number,
    measure: string,
    value: number | null,
    status: Figure['status'] = 'ok',
  ): Figure => figure(region, year, measure, value, { status, source: 's', vintage: 'v' });
  const page = (rows: string[]) => `fylke_tabell\tkommune\tanmodet\tvedtatt\tbosatte\n${rows.join('\n')}\n`;
  const files = (fylke: string, kommuneRows: string[]): PublisherFiles => ({
    fylkeTable: `aar\tfylke\tanmodet\tvedtatt\tbosatte\n2027\tAgder\t${fylke}\n`,
    kommunePages: { 2027: page(kommuneRows) },
    figur1: 'Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\n',
    population: 'kom2024,navn,aar,befolkning\n',
  });
  const data = (figs: Figure[]): PublishedData => ({
    kommuner: [k('4201', 'Agder'), k('4202', 'Agder')],
    predecessors: [],
    byRegion: new Map(figs.map((f) => [f.region, figs.filter((g) => g.region === f.region)])),
  });
  const agder = (rows: ReturnType<typeof comparePublisherTotals>, measure: string) =>
    rows.find((r) => r.area === 'Agder' && r.measure === measure)!;

  it('equal sums pass; a double-counted figure fails', () => {
    const ok = comparePublisherTotals(
      data([fig('4201', 2027, 'anmodning', 10), fig('4202', 2027, 'anmodning', 5)]),
      files('15\t0\t0', []),
      { printedNational: [] },
    );
    expect(agder(ok, 'anmodning')).toMatchObject({ published: 15, difference: 0, ok: true });
    const twice = comparePublisherTotals(
      data([fig('4201', 2027, 'anmodning', 20), fig('4202', 2027, 'anmodning', 5)]),
      files('15\t0\t0', []),
      { printedNational: [] },
    );
    expect(agder(twice, 'anmodning')).toMatchObject({ published: 25, difference: 10, ok: false });
    expect(formatTotalsTable(twice)).toMatch(/Agder +2027 +anmodning +15 +25 +\+10 +DIFFERS/);
  });

  it("IMDi's national figure with «9999 Uoppgitt kommune» is met by the kommune sum plus the declared remainder; an undeclared one fails", () => {
    const figur1 = (rest: number) =>
      `Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\nPersoner;2014;4201;;Faktisk bosetting;10\nPersoner;2014;4202;;Faktisk bosetting;5\nPersoner;2014;9999;Uoppgitt kommune;Faktisk bosetting;${rest}\n`;
    const check = (rest: number) =>
      comparePublisherTotals(
        data([fig('4201', 2014, 'bosatt', 10), fig('4202', 2014, 'bosatt', 5)]),
        { ...files('0\t0\t0', []), figur1: figur1(rest) },
        { printedNational: [] },
      ).find((r) => r.withUnallocated)!;
    // 2014: UNALLOCATED declares IMDi's 112.
    expect(check(112)).toMatchObject({ value: 127, published: 127, difference: 0, ok: true });
    expect(check(113)).toMatchObject({ value: 128, published: 127, ok: false });
  });

  it("IMDi's own national grant row is met by the kommune sum, to the krone; a grant lost or counted twice fails", () => {
    const grant = (region: string, value: number) =>
      figure(region, 2012, 'tilskudd', value, { group: 'totalt', source: 'imdi-tilskudd-2011-2014', vintage: 'v' });
    const national = grant('0000', 5589601);
    const check = (figs: Figure[]) =>
      comparePublisherTotals(data([...figs, national]), files('0\t0\t0', []), { printedNational: [] }).find(
        (r) => r.area === 'Norge' && r.measure === 'tilskudd',
      );
    // Inderøy 2012: both codes' figures, in øre; the national row in whole kroner.
    expect(check([grant('4201', 1536250.25), grant('4202', 4053350.5)])).toMatchObject({
      value: 5589601,
      published: 5589600.75,
      difference: -0.25,
      ok: true,
      printedIn: expect.stringContaining('national row (0000)'),
    });
    expect(check([grant('4202', 4053350.5)])).toMatchObject({ difference: -1536250.5, ok: false });
    expect(check([grant('4201', 4053350.5), grant('4202', 4053350.5)])).toMatchObject({ ok: false });
  });

  it('a settled sum short by hidden cells passes only when the page hides cells there', () => {
    const figs = [fig('4201', 2027, 'bosatt', 10), fig('4202', 2027, 'bosatt', null, 'suppressed')];
    const hidden = comparePublisherTotals(
      data(figs),
      files('0\t0\t13', ['Agder - oversikt\tA\t0\t0\t10', 'Agder - oversikt\tB\t0\t0\t:']),
    );
    expect(agder(hidden, 'bosatt')).toMatchObject({
      published: 10,
      lowerBound: true,
      difference: -3,
      ok: true,
      explained: expect.stringMatching(/1 kommune cell hidden/),
    });
    const notHidden = comparePublisherTotals(
      data([fig('4201', 2027, 'bosatt', 10), fig('4202', 2027, 'bosatt', 0)]),
      files('0\t0\t13', ['Agder - oversikt\tA\t0\t0\t10', 'Agder - oversikt\tB\t0\t0\t0']),
    );
    expect(agder(notHidden, 'bosatt')).toMatchObject({ difference: -3, ok: false });
  });
});
