import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { barsSpec } from '../../src/lib/charts/bars.ts';
import { linesSpec } from '../../src/lib/charts/lines.ts';
import { renderSvg } from '../../src/lib/charts/render-svg.ts';
import { settlementSpec } from '../../src/lib/charts/settlement.ts';
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
    const svg = renderSvg(settlementSpec(EIGERSUND), 'Bosatte i Eigersund');
    const { document } = parseHTML(`<div>${svg}</div>`);
    const bars = document.querySelectorAll('rect');
    expect([...bars].filter((r) => r.getAttribute('height') !== null).length).toBeGreaterThanOrEqual(6);
    expect(svg).toContain('2025');
    expectSvgSnapshot(svg, 'settlement');
  });

  it('lines: a missing year breaks the line instead of dropping to zero', () => {
    const svg = renderSvg(linesSpec([{ year: 2011, series: 'Innvandrere', value: 60 }, { year: 2012, series: 'Innvandrere', value: null }, { year: 2013, series: 'Innvandrere', value: 62 }], { percent: true }), 'Sysselsetting');
    const { document } = parseHTML(`<div>${svg}</div>`);
    const path = document.querySelector('path[stroke]')!.getAttribute('d')!;
    expect(path.match(/M/g)!.length).toBe(2); // two segments: 2011 and 2013
    expectSvgSnapshot(svg, 'lines-gap');
  });

  it('settlement in black and white for print: the request tick is dashed', () => {
    const svg = renderSvg(settlementSpec(EIGERSUND, { width: 340, height: 170, mono: true }), 'Bosatte i Eigersund');
    expect(svg).toContain('stroke-dasharray="3,2"');
    expect(svg).not.toMatch(/#E69F00|#0072B2/i);
    expectSvgSnapshot(svg, 'settlement-mono');
  });

  it('lines: a year with no figure at all (grants 2016–2021) is a gap, not a bridge', () => {
    const svg = renderSvg(linesSpec([{ year: 2014, series: 'Totalt', value: 32e6 }, { year: 2015, series: 'Totalt', value: 44e6 }, { year: 2022, series: 'Totalt', value: 47e6 }, { year: 2023, series: 'Totalt', value: 107e6 }], { kroner: true }), 'Tilskudd');
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelector('path[stroke]')!.getAttribute('d')!.match(/M/g)!.length).toBe(2);
    expect(svg).toContain('100 mill.');
  });

  it('bars', () => {
    expectSvgSnapshot(renderSvg(barsSpec([{ label: 'Innvandrere: grunnskole', value: 30.5 }, { label: 'Innvandrere: universitet/høgskole', value: 22.1 }], { percent: true }), 'Utdanning'), 'bars');
  });

  it('leaves no aria-label on inner elements (axe: aria-prohibited-attr); the SVG is one labelled image', () => {
    const svg = renderSvg(settlementSpec(EIGERSUND), 'Bosatte i Eigersund');
    const { document } = parseHTML(`<div>${svg}</div>`);
    const labelled = [...document.querySelectorAll('[aria-label]')];
    expect(labelled.map((e) => e.tagName.toLowerCase())).toEqual(['svg']);
    expect(labelled[0].getAttribute('role')).toBe('img');
    expect(labelled[0].getAttribute('aria-label')).toBe('Bosatte i Eigersund');
  });
});
