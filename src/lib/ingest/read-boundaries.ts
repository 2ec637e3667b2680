import { geoArea } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { assertUniqueKeys } from './assert-unique-keys.ts';
import { IngestError } from './ingest-error.ts';
import { parseJson } from './parse-json.ts';
import { simplifyTopology } from './simplify-topology.ts';

/**
 * Kommune boundaries (TopoJSON, object «Kommuner») → the published topology:
 * each geometry keyed by its kommune number, wound for d3-geo, simplified and quantized.
 * Every current kommune must have exactly one geometry.
 */
export function readBoundaries(text: string, { file, current }: { file: string; current: Set<string> }): unknown {
  const topo = parseJson(text, file) as ReturnType<typeof JSON.parse>;
  const obj = topo.objects?.Kommuner;
  if (!Array.isArray(obj?.geometries))
    throw new IngestError({ file }, 'expected a TopoJSON object named "Kommuner" with geometries');
  assertUniqueKeys(
    obj.geometries,
    (g: { properties?: { kommunenummer?: unknown } }) => String(g.properties?.kommunenummer ?? ''),
    { file, column: 'properties.kommunenummer' },
  );
  const codes = new Set<string>();
  for (const g of obj.geometries) {
    const code = String(g.properties?.kommunenummer ?? '');
    if (!current.has(code))
      throw new IngestError(
        { file },
        `expected 2024 kommune numbers in properties.kommunenummer, found ${JSON.stringify(code)}`,
      );
    codes.add(code);
    g.id = code;
    g.properties = { navn: g.properties.kommunenavn ?? g.properties.name };
    rewindForD3(topo, g);
  }
  if (codes.size !== current.size)
    throw new IngestError({ file }, `expected ${current.size} kommuner, found ${codes.size}`);
  const simple = simplifyTopology(topo, 'Kommuner', { keep: 0.12 });
  return quantize(simple, 1e4);
}

/**
 * d3-geo (and so Plot) takes a polygon's exterior ring to run clockwise; the
 * file's rings run the other way, so each kommune would cover the whole
 * sphere but itself. Reverse the rings of any geometry larger than a hemisphere.
 */
function rewindForD3(topo: { arcs: unknown }, g: { type: string; arcs: number[][] | number[][][] }) {
  // The file's topology is read untyped (parsed JSON); as a polygon it is a Feature of one geometry.
  const area = geoArea(feature(topo as unknown as Topology, g as Polygon | MultiPolygon));
  if (area <= 2 * Math.PI) return;
  const ring = (r: number[]) => r.reverse().map((i) => ~i);
  if (g.type === 'Polygon') g.arcs = (g.arcs as number[][]).map(ring);
  else if (g.type === 'MultiPolygon') g.arcs = (g.arcs as number[][][]).map((p) => p.map(ring));
}
