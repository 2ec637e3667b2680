import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { barsChart } from '../../src/lib/charts/bars.ts';
import { linesChart, linesLegend } from '../../src/lib/charts/lines.ts';
import { SIZES } from '../../src/lib/charts/theme.ts';
import { settlementChart, settlementLegend } from '../../src/lib/charts/settlement.ts';
import { nb as t } from '../../src/i18n/nb.ts';
import { expectSvgSnapshot } from './snapshot.ts';

// Eigersund 2019–2024 from the published dataset (2025 has no figures: a gap, not 0).
const EIGERSUND = [
  { year: 2019, request: 15, decision: 15, settled: 11 },
  { year: 2020, request: 18, decision: 18, settled: 12 },
  { year: 2021, request: 28, decision: 28, settled: 27 },
  { year: 2022, request: null, decision: 165, settled: 163 },
  { year: 2023, request: 185, decision: 170, settled: 188 },
  { year: 2024, request: 185, decision: 110, settled: 78 },
  { year: 2026, request: null, decision: 15, settled: null },
];

describe('chart specs rendered to SVG at build time', () => {
  it('settlement: bars for settled, ticks for request and decision, 2025 left as a gap', () => {
    const svg = settlementChart(EIGERSUND, { t, label: 'Bosatte i Eigersund' });
    const { document } = parseHTML(`<div>${svg}</div>`);
    const bars = document.querySelectorAll('rect');
    expect([...bars].filter((r) => r.getAttribute('height') !== null).length).toBeGreaterThanOrEqual(6);
    expect(svg).toContain('2025');
    expectSvgSnapshot(svg, 'settlement');
  });

  it('lines: a missing year breaks the line instead of dropping to zero', () => {
    const svg = linesChart(
      [
        { year: 2011, series: 'Innvandrere', value: 60 },
        { year: 2012, series: 'Innvandrere', value: null },
        { year: 2013, series: 'Innvandrere', value: 62 },
      ],
      { percent: true, t, label: 'Sysselsetting' },
    );
    const { document } = parseHTML(`<div>${svg}</div>`);
    const path = document.querySelector('path[stroke]')!.getAttribute('d')!;
    expect(path.match(/M/g)!.length).toBe(2); // two segments: 2011 and 2013
    expectSvgSnapshot(svg, 'lines-gap');
  });

  it('settlement in black and white for print: the request a hollow ring over the decision tick, apart also where equal', () => {
    const svg = settlementChart(EIGERSUND, { width: 340, height: 170, mono: true, t, label: 'Bosatte i Eigersund' });
    const { document } = parseHTML(`<div>${svg}</div>`);
    // One ring per year with a request (2019–2021 equal the decision, 2023–2024 differ), drawn after the ticks so it stays visible.
    const rings = [...document.querySelectorAll('circle')];
    expect(rings.length).toBe(EIGERSUND.filter((p) => p.request !== null).length);
    const ringGroup = rings[0].parentElement!;
    expect(ringGroup.getAttribute('fill')).toBe('#ffffff');
    expect(ringGroup.getAttribute('stroke')).toBe('#000000');
    expect(svg.indexOf('<circle')).toBeGreaterThan(svg.indexOf('stroke-width="2.5"'));
    expect(settlementLegend(EIGERSUND, { mono: true, t }).map((i) => i.glyph)).toEqual(['bar', 'dot-hollow', 'tick']);
    expect(svg).not.toMatch(/#E69F00|#0072B2/i);
    expectSvgSnapshot(svg, 'settlement-mono');
  });

  it("settlement: a divided former kommune's years carry the table's ‡ on the axis, over the bar and in the legend (Ålesund 2020–2023, issue 22)", () => {
    // Ålesund's brief: 2019 and 2024 today's Ålesund, 2020–2023 Ålesund 1507 (which held Haram).
    const pts = [
      { year: 2019, request: 45, decision: 45, settled: 39 },
      { year: 2020, request: 41, decision: 62, settled: 32, former: true },
      { year: 2021, request: 68, decision: 68, settled: 50, former: true },
      { year: 2022, request: 410, decision: 410, settled: 173, former: true },
      { year: 2023, request: 470, decision: 300, settled: 294, former: true },
      { year: 2024, request: 410, decision: 250, settled: 217 },
    ];
    const svg = settlementChart(pts, { width: 340, height: 170, mono: true, t, label: 'Ålesund' });
    const { document } = parseHTML(`<div>${svg}</div>`);
    const marks = [...document.querySelectorAll('text')].map((x) => x.textContent);
    // ‡ over each former year's marks; the axis labels that are drawn carry it too.
    expect(marks.filter((x) => x === '‡').length).toBe(4);
    expect(marks.filter((x) => /^20(19|24)‡$/.test(x ?? ''))).toEqual([]);
    expect(marks.some((x) => /^202[0-3]‡$/.test(x ?? ''))).toBe(true);
    // The former years' bars are dashed, today's are not.
    const dashed = [...document.querySelectorAll('g[stroke-dasharray="3,2"] rect')];
    expect(dashed.length).toBe(4);
    const legend = settlementLegend(pts, { mono: true, former: 'Ålesund (1507, 2020–2023)', t });
    expect(legend.find((i) => i.glyph === 'bar-dashed')!.label).toBe(
      'Bosatt i Ålesund (1507, 2020–2023) (år merket ‡, tallene er ikke delt opp)',
    );
    expectSvgSnapshot(svg, 'settlement-former');
  });

  it('lines: a year with no figure at all (grants 2016–2021) is a gap, not a bridge', () => {
    const svg = linesChart(
      [
        { year: 2014, series: 'Totalt', value: 32e6 },
        { year: 2015, series: 'Totalt', value: 44e6 },
        { year: 2022, series: 'Totalt', value: 47e6 },
        { year: 2023, series: 'Totalt', value: 107e6 },
      ],
      { kroner: true, t, label: 'Tilskudd' },
    );
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelector('path[stroke]')!.getAttribute('d')!.match(/M/g)!.length).toBe(2);
    expect(svg).toContain('Mill. kr');
    expect(svg).toContain('107,0 mill. kr'); // the line's end is labelled in the same unit
  });

  it('lines: missing years are a labelled grey band, never a mark on the zero line (Oslo grants 2016–2021 and 2024, issue 22)', () => {
    const pts = [
      { year: 2014, series: 'Totalt', value: 650e6, status: 'ok' as const },
      { year: 2015, series: 'Totalt', value: 684e6, status: 'ok' as const },
      ...[2016, 2017, 2018, 2019, 2020, 2021].map((year) => ({
        year,
        series: 'Totalt',
        value: null,
        status: 'missing' as const,
      })),
      { year: 2022, series: 'Totalt', value: 846e6, status: 'ok' as const },
      { year: 2023, series: 'Totalt', value: 1396e6, status: 'ok' as const },
      { year: 2024, series: 'Totalt', value: null, status: 'missing' as const },
    ];
    const svg = linesChart(pts, { kroner: true, t, label: 'Tilskudd' });
    const { document } = parseHTML(`<div>${svg}</div>`);
    // No circle drawn at the baseline for a missing year: only the four figures' dots.
    expect(document.querySelectorAll('circle').length).toBe(4);
    const bands = [...document.querySelectorAll(`rect[fill="#ececec"], g[fill="#ececec"] rect`)];
    expect(bands.length).toBe(2); // 2016–2021 and 2024
    expect([...document.querySelectorAll('text')].filter((x) => x.textContent === 'mangler').length).toBe(2);
    expect(linesLegend(pts, t).map((i) => i.label)).toContain('mangler i kildene (ikke 0)');
    expectSvgSnapshot(svg, 'lines-missing-band');
  });

  it('lines: labels at close line ends keep a clear gap (Oslo 2022: «Bor her 25 434», «Flyttet hit 25 171», issue 22)', () => {
    const pts = [2021, 2022].flatMap((year) => [
      { year, series: 'Bor her', value: 25434 },
      { year, series: 'Flyttet hit', value: 25171 },
      { year, series: 'Alle', value: 51087 },
    ]);
    const { fontSize } = SIZES.narrow;
    const svg = linesChart(pts, { ...SIZES.narrow, t, label: 'Sekundærflytting' });
    const { document } = parseHTML(`<div>${svg}</div>`);
    const labels = [...document.querySelectorAll('g.ends > text')]
      .map((x) => ({
        y: Number(x.getAttribute('y')),
        lines: Math.max(1, x.querySelectorAll('tspan').length),
      }))
      .sort((a, b) => a.y - b.y);
    expect(labels.length).toBe(3);
    // Each label's top at least its predecessor's height plus a third of a line below the predecessor's top.
    for (let i = 1; i < labels.length; i++)
      expect(labels[i].y - labels[i - 1].y).toBeGreaterThanOrEqual(labels[i - 1].lines * (fontSize + 2) + fontSize / 3);
  });

  it('bars', () => {
    expectSvgSnapshot(
      barsChart(
        [
          { label: 'Innvandrere: grunnskole', value: 30.5 },
          { label: 'Innvandrere: universitet/høgskole', value: 22.1 },
        ],
        { percent: true, label: 'Utdanning' },
      ),
      'bars',
    );
  });

  it('leaves no aria-label on inner elements (axe: aria-prohibited-attr); the SVG is one labelled image', () => {
    const svg = settlementChart(EIGERSUND, { t, label: 'Bosatte i Eigersund' });
    const { document } = parseHTML(`<div>${svg}</div>`);
    const labelled = [...document.querySelectorAll('[aria-label]')];
    expect(labelled.map((e) => e.tagName.toLowerCase())).toEqual(['svg']);
    expect(labelled[0].getAttribute('role')).toBe('img');
    expect(labelled[0].getAttribute('aria-label')).toBe('Bosatte i Eigersund');
  });

  it('status in the mark: a provisional bar is hollow, a hidden year is labelled at the baseline, every year is a target', () => {
    const pts = [
      { year: 2020, request: 5, decision: 5, settled: null, settledStatus: 'suppressed' as const },
      { year: 2021, request: 10, decision: 8, settled: 9, settledStatus: 'ok' as const },
      { year: 2022, request: 10, decision: 10, settled: 4, settledStatus: 'provisional' as const },
    ];
    const svg = settlementChart(pts, { ...SIZES.narrow, t, label: 'Utsira' });
    expect(svg).toContain('>skjult</text>');
    expect(svg).toMatch(/fill="#ffffff"[^>]*stroke="#E69F00"|stroke="#E69F00"[^>]*fill="#ffffff"/);
    expect(svg.match(/data-row="20\d\d"/g)).toHaveLength(3);
    expect(svg).not.toContain('<title>');
    expectSvgSnapshot(svg, 'settlement-status');
  });

  it('lines: labelled at their ends with name and value, integer year ticks, nothing under 12 px at phone width', () => {
    const pts = [2019, 2020, 2021, 2022, 2023].flatMap((y, i) => [
      {
        year: y,
        series: 'Innvandrere',
        value: 60 + i,
        status: (y === 2023 ? 'provisional' : 'ok') as 'provisional' | 'ok',
      },
      { year: y, series: 'Befolkningen ellers', value: 70 + i / 2 },
    ]);
    const svg = linesChart(pts, { percent: true, ...SIZES.narrow, t, label: 'Sysselsetting' });
    expect(svg).toMatch(/>Innvandrere<\/tspan><tspan[^>]*>64,0/); // name and last value, on two lines at phone width
    expect(svg).toContain('stroke-dasharray="4,3"');
    const ticks = [...svg.matchAll(/>(\d{4})<\/text>/g)].map((m) => m[1]);
    expect(new Set(ticks).size).toBe(ticks.length);
    const sizes = [...svg.matchAll(/font-size[=:]"?(\d+)/g)].map((m) => Number(m[1])).filter((n) => n !== 10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expectSvgSnapshot(svg, 'lines-narrow');
  });

  it('grouped bars: one bar per group within each level, values at the bar ends', () => {
    const svg = barsChart(
      [
        { label: 'Grunnskole', group: 'Innvandrere', value: 27.7, row: 'Innvandrere: grunnskole' },
        { label: 'Grunnskole', group: 'Befolkningen ellers', value: 10.5, row: 'Befolkningen ellers: grunnskole' },
      ],
      { percent: true, values: true, hits: true, ...SIZES.narrow, label: 'Utdanning' },
    );
    expect(svg).toContain('27,7');
    expect(svg).toContain('data-row="Befolkningen ellers: grunnskole"');
    expectSvgSnapshot(svg, 'bars-grouped');
  });
});
