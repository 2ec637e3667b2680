import { presimplify, quantile, simplify } from 'topojson-simplify';

type Point = [number, number, number];
interface PreTopology {
  type: 'Topology';
  arcs: Point[][];
  objects: Record<string, { geometries: Geometry[] }>;
}
interface Geometry {
  type: string;
  arcs?: number[][] | number[][][];
  id?: string;
}

export interface SimplifyOptions {
  /** Share of the points (by Visvalingam weight) that may be dropped: the quantile passed to topojson-simplify. */
  keep?: number;
  /** A geometry whose simplified area falls below this share of its full area keeps all its points. */
  minAreaShare?: number;
}

/**
 * Visvalingam simplification (topojson-simplify) that no geometry vanishes
 * from: small islands (Utsira, Kvitsøy, Fedje) lose all but their arc ends
 * under a global weight threshold and collapse to zero area. Any geometry of
 * `object` whose simplified area is under `minAreaShare` of its full area
 * keeps every point of its arcs (shared arcs stay shared, so neighbours
 * still meet). Returns the simplified topology (coordinates absolute).
 */
export function simplifyTopology<T>(
  topology: T,
  object: string,
  { keep = 0.12, minAreaShare = 0.5 }: SimplifyOptions = {},
): T {
  const pre = presimplify(topology as never) as unknown as PreTopology;
  const minWeight = quantile(pre as never, keep);
  for (const g of pre.objects[object]?.geometries ?? []) {
    const full = geometryArea(pre.arcs, g, -Infinity);
    if (full > 0 && geometryArea(pre.arcs, g, minWeight) < full * minAreaShare) {
      for (const i of arcIndices(g)) for (const p of pre.arcs[i]) p[2] = Math.max(p[2], minWeight);
    }
  }
  return simplify(pre as never, minWeight) as unknown as T;
}

function polygons(g: Geometry): number[][][] {
  if (g.type === 'Polygon') return [g.arcs as number[][]];
  if (g.type === 'MultiPolygon') return g.arcs as number[][][];
  return [];
}

function arcIndices(g: Geometry): Set<number> {
  const out = new Set<number>();
  for (const poly of polygons(g)) for (const ring of poly) for (const a of ring) out.add(a < 0 ? ~a : a);
  return out;
}

/** Planar area of a geometry using only the points whose weight reaches minWeight (arc ends always). */
function geometryArea(arcs: Point[][], g: Geometry, minWeight: number): number {
  let total = 0;
  for (const poly of polygons(g)) {
    poly.forEach((ring, i) => {
      const a = Math.abs(ringArea(arcs, ring, minWeight));
      total += i === 0 ? a : -a;
    });
  }
  return Math.max(0, total);
}

function ringArea(arcs: Point[][], ring: number[], minWeight: number): number {
  const pts: Point[] = [];
  for (const a of ring) {
    const arc = a < 0 ? [...arcs[~a]].reverse() : arcs[a];
    for (const p of arc) if (p[2] >= minWeight) pts.push(p);
  }
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x0, y0] = pts[i];
    const [x1, y1] = pts[(i + 1) % pts.length];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}
