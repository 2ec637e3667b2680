import { nb as t } from '../../../src/i18n/nb.ts';
/**
 * The comparison opened from «Planlegg vedtaket» with the proposal marked (issue 20): the address's
 * `vedtak=N` by the planning section's rule, the kommune's coming year, N per 1000 of the newest
 * population, and the proposal's own row and mark — said to be a proposal, never a figure.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compareChart, type ComparePoint } from '../../../src/lib/charts/compare.ts';
import { compareTable } from '../../../src/lib/compare/compare-table.ts';
import { parseCompareState, serializeCompareState } from '../../../src/lib/compare/compare-state.ts';
import { buildView, tableOf } from '../../../src/lib/compare/compare-view.ts';
import { planningCompareBase } from '../../../src/lib/compare/defaults.ts';
import { checkProposal, proposalMark, proposalYear } from '../../../src/lib/compare/proposal.ts';
import { type Cell, decodeSeriesData, type SeriesData } from '../../../src/lib/compare/series-data.ts';
import { proposalCompareHref } from '../../../src/lib/planning/render-scenario.ts';

const c = (v: number | null, status = v === null ? 'suppressed' : 'ok'): Cell => [v, status, '', 'src'];
const data = (code: string, name: string, parts: Record<string, Record<number, Cell>>): SeriesData =>
  decodeSeriesData({ code, name, parts });
// Eigersund's real figures: 2023 settled 188, decision 170, request 185; 2026 request 40; population 1.1.2026 15 512.
const eig = data('1101', 'Eigersund', {
  'bosatt|': { 2023: c(188), 2024: c(120) },
  'vedtak|': { 2023: c(170), 2024: c(130), 2025: c(60) },
  'anmodning|': { 2023: c(185), 2026: c(40) },
  'befolkning|': { 2023: c(15236), 2024: c(15300), 2025: c(15420), 2026: c(15512) },
});
const known = () => true;

describe('the proposal in the comparison’s address (vedtak=N)', () => {
  it('is read by the planning section’s rule and kept in the link', () => {
    const { state, ignored } = parseCompareState('?k=1101,1103&mal=vedtak&per1000=1&vedtak=40', known);
    expect(state.proposal).toBe(40);
    expect(ignored).toEqual([]);
    expect(serializeCompareState(state)).toBe('?k=1101,1103&mal=vedtak&per1000=1&vedtak=40');
    // Spaces between digit groups, as the field takes them.
    expect(parseCompareState('?k=1101&vedtak=1%20000', known).state.proposal).toBe(1000);
  });
  it('anything but a whole number from 0 is named as left out, and no proposal is shown', () => {
    for (const bad of ['abc', '-3', '4.5', '4,5', '', '20000']) {
      const { state, ignored } = parseCompareState(`?k=1101&vedtak=${encodeURIComponent(bad)}`, known);
      expect(state.proposal, bad).toBeNull();
      expect(ignored, bad).toEqual([
        `forslag til vedtak «${bad}» (må være et helt tall fra 0 til 10 % av innbyggerne)`,
      ]);
    }
    // A proposal with no kommune to be for.
    expect(parseCompareState('?vedtak=40', known).ignored).toHaveLength(1);
    expect(parseCompareState('?k=1101', known).state.proposal).toBeNull();
  });
  it('is checked against the first kommune’s inhabitants once its figures are there (at most 10 %)', () => {
    expect(checkProposal(1551, eig)).toEqual({ ok: true, n: 1551 });
    expect(checkProposal(1552, eig)).toMatchObject({ ok: false, error: 'too-large', max: 1551 });
  });
});

describe('the proposal’s mark', () => {
  it('is for the year after the kommune’s newest request, decision or settled figure', () => {
    expect(proposalYear(eig)).toBe(2027);
    expect(proposalYear(data('9999', 'Tom', {}))).toBeNull();
  });
  it('per 1000 inhabitants of the newest population, as the planning section divides; as is otherwise', () => {
    const per = proposalMark(40, eig, 'vedtak', true)!;
    expect(per).toMatchObject({ year: 2027, n: 40, status: 'ok', perCapita: true, populationYear: 2026 });
    expect(per.value).toBeCloseTo((40 / 15512) * 1000, 9);
    expect(proposalMark(40, eig, 'bosatt', false)).toMatchObject({ value: 40, perCapita: false });
    // Not beside a ratio or another count: the page says where it is shown instead.
    expect(proposalMark(40, eig, 'vedtak-av-anmodning', false)).toBeNull();
    expect(proposalMark(40, eig, 'tilskudd', false)).toBeNull();
  });
  it('is a row of its own on top of the table, said to be a proposal; the download has no such row', () => {
    const state = parseCompareState('?k=1101&mal=vedtak&vedtak=40', known).state;
    const view = buildView(t, state, [eig], []);
    const tab = tableOf(t, view, { series: '1101', head: '2027 (forslag)', text: '40 (forslag)' });
    expect(tab.rows[0]).toEqual(['2027 (forslag)', '40 (forslag)']);
    expect(tab.rows[1][0]).toBe('2025');
    expect(tableOf(t, view).rows[0][0]).toBe('2025');
    const csv = compareTable(t, view);
    expect(csv.rows.map((r) => r[4])).not.toContain('2027');
    expect(JSON.stringify(csv.rows)).not.toMatch(/forslag/);
  });
  it('is drawn apart from the line: an open diamond at the coming year with «Forslag 2027» beside it', () => {
    const pt = (series: string, year: number, value: number): ComparePoint => ({
      series,
      year,
      value,
      kind: 'kommune',
      tip: '',
    });
    const points = [2023, 2024, 2025].flatMap((y) => [pt('Eigersund', y, 8 + y - 2023), pt('Bergen', y, 2)]);
    const chart = compareChart(points, {
      t,
      unit: 'per 1000',
      width: 680,
      proposal: { series: 'Eigersund', year: 2027, value: 2.58, label: 'Forslag 2027' },
    });
    const doc = parseHTML(`<!doctype html><html><body>${chart.svg}</body></html>`).document;
    const mark = doc.querySelector('g.proposal')!;
    expect(mark.getAttribute('data-proposal')).toBe('2027');
    expect(mark.querySelector('text')!.textContent).toBe('Forslag 2027');
    expect(mark.querySelector('path')!.getAttribute('fill')).toBe('white');
    // Not a point of the data (hover, keyboard reading), and no line runs into it.
    expect(chart.points.map((p) => p.year)).not.toContain(2027);
    expect([...doc.querySelectorAll('g.lines path')].map((p) => p.getAttribute('d')).join('')).not.toMatch(
      new RegExp(`${mark.querySelector('path')!.getAttribute('d')!.split(',')[0].slice(1)},`),
    );
    // The year axis reaches the proposal's year; the names stand after it, led from their lines.
    const years = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(years).toContain('2027');
    const diamondX = Number(
      mark
        .querySelector('path')!
        .getAttribute('d')!
        .match(/^M([\d.]+)/)![1],
    );
    for (const label of doc.querySelectorAll('g.labels text'))
      expect(Number(label.getAttribute('x'))).toBeGreaterThan(diamondX);
  });
});

describe('the profile’s link to the comparison with the proposal', () => {
  const k = { code: '1101', fylkeCode: '11', kostraGroup: 7, centrality: 4 };
  const members = (id: string) => (id === 'fylke-11' ? ['1101', '1103', '1106'] : undefined);
  it('opens the kommune with its KOSTRA group beside it, decisions per 1000, the fylke and the country', () => {
    const base = planningCompareBase(k, { codes: ['1101', '3401', '4601'], kostra: true }, members);
    expect(base).toBe('/sammenlign/?k=1101,3401,4601&ref=land,fylke&mal=vedtak&per1000=1');
    expect(proposalCompareHref(base, 40)).toBe(
      '/sammenlign/?k=1101,3401,4601&ref=land,fylke&mal=vedtak&per1000=1&vedtak=40',
    );
    expect(parseCompareState(proposalCompareHref(base, 40).split('?')[1], known).state).toMatchObject({
      kommuner: ['1101', '3401', '4601'],
      measure: 'vedtak',
      perCapita: true,
      proposal: 40,
    });
  });
  it('a group too large to put side by side is its reference line; the largest kommuner fill up to ten', () => {
    const many = Array.from({ length: 30 }, (_, i) => String(3000 + i));
    expect(planningCompareBase(k, { codes: many, kostra: true }, members)).toBe(
      '/sammenlign/?k=1101&ref=land,fylke,kostra&mal=vedtak&per1000=1',
    );
    const oslo = { code: '0301', fylkeCode: '03', kostraGroup: 13, centrality: 1 };
    const largest = ['4601', '5001', '1103', '3301', '3907', '4204', '5501', '3205', '3107', '3403'];
    const href = planningCompareBase(oslo, { codes: largest, kostra: false }, () => ['0301']);
    expect(href).toBe(`/sammenlign/?k=0301,${largest.slice(0, 9).join(',')}&ref=land&mal=vedtak&per1000=1`);
  });
});
