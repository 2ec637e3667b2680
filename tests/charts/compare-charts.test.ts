/**
 * The comparison page's charts (src/lib/charts/compare.ts, rank-bars.ts, svg.ts):
 * drawn as strings at build time and in the browser, without Plot.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compareChart, nearestPoint, type ComparePoint } from '../../src/lib/charts/compare.ts';
import { rankBars } from '../../src/lib/charts/rank-bars.ts';
import { scaleLinear } from 'd3-scale';
import { nb as t } from '../../src/i18n/nb.ts';
import { linear, niceDomain, tipSvg, wrap } from '../../src/lib/charts/svg.ts';
import { textWidth } from '../../src/lib/charts/theme.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const num = (el: Element, a: string) => Number(el.getAttribute(a));

const pt = (series: string, year: number, value: number | null, o: Partial<ComparePoint> = {}): ComparePoint => ({
  series,
  year,
  value,
  kind: 'kommune',
  tip: `${series}, ${year}: ${value}\nKilde: IMDi`,
  ...o,
});

const series = [
  pt('Oslo', 2020, 1.2),
  pt('Oslo', 2021, null),
  pt('Oslo', 2022, 2.8),
  pt('Oslo', 2023, 2.9, { provisional: true }),
  pt('Bergen', 2020, 0.6),
  pt('Bergen', 2021, 0.5),
  pt('Bergen', 2022, 2.5),
  pt('Bergen', 2023, 2.85),
  pt('Hele landet (357 kommuner)', 2020, 0.6, { kind: 'referanse' }),
  pt('Hele landet (357 kommuner)', 2021, 0.8, { kind: 'referanse' }),
  pt('Hele landet (357 kommuner)', 2022, 5.8, { kind: 'referanse' }),
  pt('Hele landet (357 kommuner)', 2023, 2.88, { kind: 'referanse' }),
];

describe('scales', () => {
  it('the small linear scale (the planning script’s) maps and ticks as d3-scale’s', () => {
    for (const [domain, range] of [
      [
        [0, 4],
        [166, 22],
      ],
      [
        [0, 17.84],
        [300, 10],
      ],
      [
        [-2, 10],
        [0, 680],
      ],
    ] as [[number, number], [number, number]][]) {
      const ours = linear(domain, range);
      const d3 = scaleLinear(domain, range);
      for (const v of [domain[0], domain[1], 0, 1.5, 3.58, 9.93]) expect(ours(v)).toBeCloseTo(d3(v), 9);
      for (const n of [4, 5, 10]) expect(ours.ticks(n)).toEqual(d3.ticks(n));
    }
  });
  it('rounds a value domain out to round numbers through zero', () => {
    expect(niceDomain([3.2, 7.7])).toEqual([0, 8]);
    expect(niceDomain([-4, 12])).toEqual([-4, 12]);
    expect(niceDomain([40, 130], { top: 100 })).toEqual([0, 140]);
    expect(niceDomain([])).toEqual([0, 1]);
  });
});

describe('compareChart', () => {
  const chart = compareChart(series, {
    t,
    unit: 'per 1000',
    label: 'Per 1000 innbyggere',
    ariaLabel: 'Linjediagram: «Oslo» & co',
  });
  const doc = parse(chart.svg);
  const svg = doc.querySelector('svg')!;

  it('is one labelled image', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Linjediagram: «Oslo» & co');
    expect(chart.svg).toContain('aria-label="Linjediagram: «Oslo» &amp; co"');
  });

  it('breaks a line where a year has no figure, and draws the first kommune thick and dark, references dashed grey', () => {
    const paths = [...doc.querySelectorAll('g.lines path')];
    const oslo = paths.find((p) => p.getAttribute('stroke') === '#1a1a1a')!;
    expect(oslo.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    const bergen = paths.find((p) => p.getAttribute('stroke') === '#0072B2')!;
    expect(num(oslo, 'stroke-width')).toBeGreaterThan(num(bergen, 'stroke-width'));
    const ref = paths.find((p) => p.getAttribute('stroke-dasharray') === '6,3')!;
    expect(ref.getAttribute('stroke')).toBe('#767676');
    expect(paths.filter((p) => p.getAttribute('stroke-dasharray') === '6,3')).toHaveLength(1);
  });

  it('tells two references apart by more than colour: each its own dash, shown again beside its name (issue 22)', () => {
    const two = [
      ...series,
      ...[2020, 2021, 2022, 2023].map((y) => pt('Vestland (43 kommuner)', y, 1 + y / 1000, { kind: 'referanse' })),
    ];
    const d = parse(compareChart(two, { t, unit: 'per 1000', width: 680 }).svg);
    const dashOf = (name: string) => {
      const label = [...d.querySelectorAll('g.labels text')].find((t) => t.textContent === name)!;
      const swatch = label.previousElementSibling!;
      expect(swatch.getAttribute('class')).toBe('swatch');
      return swatch.getAttribute('stroke-dasharray');
    };
    const land = dashOf('Hele landet');
    const fylke = dashOf('Vestland');
    expect(land).not.toBe(fylke);
    const lineDashes = [...d.querySelectorAll('g.lines path')].map((p) => p.getAttribute('stroke-dasharray'));
    expect(lineDashes).toContain(land);
    expect(lineDashes).toContain(fylke);
  });

  it('uses the width it is given: the plot area is most of a 680 px column, the names need only their own room (issue 22)', () => {
    const c = compareChart(series, { t, unit: 'per 1000', width: 680 });
    const xs = c.points.map((p) => p.x);
    // Before: 190 px were kept for the names whatever their length, leaving 434 of 680 px to the lines.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(500);
    // And every name still fits inside the chart.
    for (const t of parse(c.svg).querySelectorAll('g.labels text'))
      expect(num(t, 'x') + textWidth(t.textContent!, 12) * 1.1).toBeLessThanOrEqual(680);
  });

  it('draws the segment into a provisional (part-year) figure dashed, not as a solid rise or fall', () => {
    const dashed = [...doc.querySelectorAll('g.lines path')].filter(
      (p) => p.getAttribute('stroke-dasharray') === '2,5',
    );
    expect(dashed).toHaveLength(1);
    expect(dashed[0].getAttribute('stroke')).toBe('#1a1a1a');
    const p22 = chart.points.find((p) => p.series === 'Oslo' && p.year === 2022)!;
    const p23 = chart.points.find((p) => p.series === 'Oslo' && p.year === 2023)!;
    expect(dashed[0].getAttribute('d')).toBe(`M${p22.x},${p22.y}L${p23.x},${p23.y}`);
  });

  it('after a provisional year in the middle, the solid line starts again at the next final year (no line across the gap)', () => {
    const c = compareChart(
      [
        pt('A', 2020, 10),
        pt('A', 2021, 20),
        pt('A', 2022, 15, { provisional: true }),
        pt('A', 2023, 30),
        pt('A', 2024, 40),
      ],
      { t, unit: 'personer' },
    );
    const at = (year: number) => c.points.find((p) => p.year === year)!;
    const paths = [...parse(c.svg).querySelectorAll('g.lines path')];
    const solid = paths.find((p) => !p.getAttribute('stroke-dasharray'))!.getAttribute('d');
    expect(solid).toBe(
      `M${at(2020).x},${at(2020).y}L${at(2021).x},${at(2021).y}M${at(2023).x},${at(2023).y}L${at(2024).x},${at(2024).y}`,
    );
    const dashed = paths.find((p) => p.getAttribute('stroke-dasharray'))!.getAttribute('d');
    expect(dashed).toBe(
      `M${at(2021).x},${at(2021).y}L${at(2022).x},${at(2022).y}M${at(2022).x},${at(2022).y}L${at(2023).x},${at(2023).y}`,
    );
  });

  it('draws a point per figure, provisional ones hollow, none for a missing year', () => {
    const dots = [...doc.querySelectorAll('g.dots circle')];
    expect(dots).toHaveLength(11);
    expect(chart.points).toHaveLength(11);
    const hollow = dots.filter((d) => d.getAttribute('fill') === 'white');
    expect(hollow).toHaveLength(1);
    const p = chart.points.find((q) => q.provisional)!;
    expect([num(hollow[0], 'cx'), num(hollow[0], 'cy')]).toEqual([p.x, p.y]);
  });

  it('names every series at its line end, apart, with a leader where a label moved', () => {
    const labels = [...doc.querySelectorAll('g.labels text')];
    expect(labels.map((l) => l.textContent).sort()).toEqual(['Bergen', 'Hele landet', 'Oslo']);
    const ys = labels.map((l) => num(l, 'y')).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12);
    expect(doc.querySelectorAll('g.labels line').length).toBeGreaterThan(0);
    expect(labels.find((l) => l.textContent === 'Oslo')!.getAttribute('font-weight')).toBe('bold');
  });

  it('on a phone writes an official name in two languages a part to a line, inside the chart, clear of the next label (issue 22)', () => {
    const sami = 'Guovdageaidnu – Kautokeino';
    const pts = [
      ...[2020, 2021, 2022].map((y) => pt(sami, y, 2)),
      ...[2020, 2021, 2022].map((y) => pt('Bergen', y, 1.95)),
    ];
    const phone = compareChart(pts, { t, unit: 'per 1000', width: 360 });
    const d = parse(phone.svg);
    const label = [...d.querySelectorAll('g.labels text')].find((l) => l.textContent!.includes('Kautokeino'))!;
    const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines).toEqual(['Guovdageaidnu –', 'Kautokeino']);
    for (const l of lines) expect(num(label, 'x') + textWidth(l!, 14)).toBeLessThanOrEqual(360);
    const bergen = [...d.querySelectorAll('g.labels text')].find((l) => l.textContent === 'Bergen')!;
    // Two lines of the name above or below: the other label keeps at least two lines' distance.
    expect(Math.abs(num(bergen, 'y') - num(label, 'y'))).toBeGreaterThanOrEqual(2 * 12);
    // A name that fits stays on one line.
    const short = parse(
      compareChart(
        pts.map((p) => ({ ...p, series: p.series.replace(sami, 'Tana') })),
        { t, unit: 'per 1000', width: 360 },
      ).svg,
    );
    expect([...short.querySelectorAll('g.labels text')].map((l) => l.textContent).sort()).toEqual(['Bergen', 'Tana']);
    expect(short.querySelectorAll('g.labels tspan').length).toBe(0);
  });

  it('puts the value axis through zero with round ticks, and the years on whole-year ticks', () => {
    const ticks = [...svg.querySelectorAll('g[text-anchor=end] text')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    expect(ticks.at(-1)).toBe('6');
    const years = [...svg.querySelectorAll('g[font-variant] text')]
      .map((t) => t.textContent)
      .filter((t) => /^20/.test(t!));
    expect(years).toEqual(['2020', '2021', '2022', '2023']);
  });

  it('shows percentages on a scale that reaches 100 % and writes % on the axis', () => {
    const pc = compareChart([pt('A', 2020, 40), pt('A', 2021, 130)], { t, unit: 'prosent' });
    const ticks = [...parse(pc.svg).querySelectorAll('g[text-anchor=end] text')].map((t) => t.textContent);
    expect(ticks.at(-1)).toBe('140\u00a0%');
    expect(pc.points[1].y).toBeGreaterThanOrEqual(20);
  });

  it('finds the point under the pointer, or none when nothing is near', () => {
    const p = chart.points[4];
    expect(nearestPoint(chart.points, p.x + 3, p.y - 2)).toBe(p);
    expect(nearestPoint(chart.points, -500, -500)).toBeUndefined();
  });

  it('matches its snapshot (desk and phone)', () => {
    expectSvgSnapshot(chart.svg, 'compare-lines');
    expectSvgSnapshot(compareChart(series, { t, unit: 'per 1000', width: 360 }).svg, 'compare-lines-narrow');
  });
});

describe('rankBars', () => {
  const items = [
    { label: 'Hele landet (357 kommuner)', value: 2.25 },
    { label: 'Trondheim', value: 1.66 },
    { label: 'Oslo', value: 0.92 },
  ];
  const color = (l: string) => (l.startsWith('Hele') ? '#767676' : '#0072B2');

  it('draws bars in the given order, as long as their values, with the value written at the end', () => {
    const doc = parse(rankBars(items, { t, unit: 'per 1000', color }));
    const rects = [...doc.querySelectorAll('g.bars rect')];
    expect(rects.map((r) => num(r, 'y'))).toEqual([...rects.map((r) => num(r, 'y'))].sort((a, b) => a - b));
    expect(num(rects[0], 'width') / num(rects[2], 'width')).toBeCloseTo(2.25 / 0.92, 1);
    expect(rects[0].getAttribute('fill')).toBe('#767676');
    const texts = [...doc.querySelectorAll('g.bars text')].map((t) => t.textContent);
    expect(texts).toEqual(['Hele landet (357 kommuner)', '2,25', 'Trondheim', '1,66', 'Oslo', '0,92']);
  });

  it('on a phone writes long names above their bars, and a share over 100 % stays inside the chart', () => {
    const svg = rankBars(
      [
        { label: 'Hele landet (357 kommuner)', value: 131.5 },
        { label: 'Oslo', value: 80 },
      ],
      {
        t,
        unit: 'prosent',
        color,
        width: 340,
      },
    );
    const doc = parse(svg);
    const name = doc.querySelector('g.bars text')!;
    expect(name.getAttribute('text-anchor')).toBe('start');
    const rect = doc.querySelector('g.bars rect')!;
    expect(num(rect, 'x') + num(rect, 'width')).toBeLessThanOrEqual(340);
    expect([...doc.querySelectorAll('g.bars text')].map((t) => t.textContent)).toContain('131,5\u00a0%');
  });
});

describe('tip', () => {
  it('wraps a long source line and stays inside the chart', () => {
    const text = `Bergen, 2024: 3,05\nKilde: ${'IMDi, Nøkkeltall bosetting 2024 (nettside) (fil fra 2025-01-15); '.repeat(3)}`;
    for (const [x, y] of [
      [10, 10],
      [350, 300],
    ]) {
      const doc = parse(`<svg>${tipSvg(x, y, text, { width: 360, height: 340 })}</svg>`);
      const rect = doc.querySelector('rect')!;
      expect(num(rect, 'x')).toBeGreaterThanOrEqual(0);
      expect(num(rect, 'x') + num(rect, 'width')).toBeLessThanOrEqual(360);
      expect(num(rect, 'y') + num(rect, 'height')).toBeLessThanOrEqual(340);
      expect(doc.querySelectorAll('tspan').length).toBeGreaterThan(3);
    }
    for (const line of wrap(text, 300, 12)) expect(textWidth(line, 12) <= 300 || !line.includes(' ')).toBe(true);
  });
});

describe('axis ticks in the page’s language', () => {
  it('write numbers and millions as the page’s catalogue does (no bokmål «mill.» or «1 000» on an English page)', async () => {
    const { en } = await import('../../src/i18n/en.ts');
    const { unitTicks } = await import('../../src/lib/charts/svg.ts');
    expect(unitTicks('personer', 5000, en)(2000)).toBe('2,000');
    expect(unitTicks('kroner', 2e8, en)(120e6)).toBe('120m');
    expect(unitTicks('personer', 5000, t)(2000)).toBe('2\u00a0000');
    expect(unitTicks('kroner', 2e8, t)(120e6)).toBe('120 mill.');
    const svg = compareChart([pt('A', 2020, 1500), pt('A', 2021, 2500)], { t: en, unit: 'personer' }).svg;
    expect(svg).toContain('>2,000<');
  });
});
