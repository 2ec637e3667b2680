import { geoArea } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { assertUniqueKeys } from '../../raw/assert-unique-keys.ts';
import { IngestError } from '../../raw/ingest-error.ts';
import { parseJson } from '../../raw/parse-json.ts';
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
  const arcCount = Array.isArray(topo.arcs) ? topo.arcs.length : 0;
  for (const g of obj.geometries) {
    const code = String(g.properties?.kommunenummer ?? '');
    if (!current.has(code))
      throw new IngestError(
        { file },
        `expected 2024 kommune numbers in properties.kommunenummer, found ${JSON.stringify(code)}`,
      );
    checkArcs(g, arcCount, { file, code });
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
 * A polygon's rings are lists of arc indices into the file's `arcs` (~i for an arc walked
 * backwards): every index must name an arc the file has, or the drawing reads past its end.
 */
function checkArcs(
  g: { type?: unknown; arcs?: unknown },
  count: number,
  { file, code }: { file: string; code: string },
) {
  const column = 'objects.Kommuner.geometries[].arcs';
  const rings =
    g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' && Array.isArray(g.arcs) ? g.arcs.flat() : undefined;
  if (!Array.isArray(rings) || !rings.every((r) => Array.isArray(r)))
    throw new IngestError(
      { file, column },
      `expected kommune ${code} to be a Polygon or MultiPolygon with rings of arc indices, found type ${JSON.stringify(g.type)}`,
    );
  for (const ring of rings as unknown[][])
    for (const i of ring) {
      const arc = typeof i === 'number' && Number.isInteger(i) ? (i < 0 ? ~i : i) : -1;
      if (arc < 0 || arc >= count)
        throw new IngestError(
          { file, column },
          `expected arc indices of kommune ${code} from 0 to ${count - 1} (the file has ${count} arcs; ~i for reversed), found ${JSON.stringify(i)} (rule: every ring names arcs the file has)`,
        );
    }
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
