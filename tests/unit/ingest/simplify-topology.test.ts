import { describe, expect, it } from 'vitest';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import { simplifyTopology } from '../../../src/lib/ingest/read/simplify-topology.ts';

/** A jagged square mainland (many points) and a small jagged island (few, low-weight points). */
function topology() {
  const jagged = (x0: number, y0: number, size: number, n: number, amp: number) => {
    const ring: [number, number][] = [];
    for (let i = 0; i < n; i++) ring.push([x0 + (size * i) / n, y0 + (i % 2 ? amp : 0)]);
    for (let i = 0; i < n; i++) ring.push([x0 + size + (i % 2 ? amp : 0), y0 + (size * i) / n]);
    for (let i = 0; i < n; i++) ring.push([x0 + size - (size * i) / n, y0 + size + (i % 2 ? amp : 0)]);
    for (let i = 0; i < n; i++) ring.push([x0 + (i % 2 ? amp : 0), y0 + size - (size * i) / n]);
    ring.push(ring[0]);
    return ring;
  };
  return {
    type: 'Topology',
    arcs: [jagged(0, 0, 100, 200, 0.5), jagged(200, 0, 0.06, 3, 0.01)],
    objects: {
      K: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'main', arcs: [[0]] },
          { type: 'Polygon', id: 'island', arcs: [[1]] },
        ],
      },
    },
  };
}

const areas = (topo: unknown) =>
  (
    feature(topo as never, (topo as { objects: { K: never } }).objects.K) as unknown as {
      features: { id: string; geometry: { coordinates: number[][][] } }[];
    }
  ).features.map((f) => shoelace(f.geometry.coordinates[0]));
const shoelace = (r: number[][]) =>
  Math.abs(r.reduce((s, [x0, y0], i) => s + x0 * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * y0, 0) / 2);

describe('simplifyTopology', () => {
  it('plain Visvalingam collapses the island; ours keeps it', () => {
    const pre = presimplify(topology() as never);
    const plain = simplify(pre, quantile(pre, 0.5));
    const full = areas(topology());
    expect(areas(plain)[1]).toBeLessThan(full[1] / 2);
    const ours = simplifyTopology(topology(), 'K', { keep: 0.5 });
    expect(areas(ours)[1]).toBeGreaterThan(full[1] * 0.9);
    expect(areas(ours)[0]).toBeCloseTo(full[0], -1);
  });
});
