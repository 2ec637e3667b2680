import * as Plot from '@observablehq/plot';
import { geoPath, geoTransverseMercator } from 'd3-geo';

export interface MapFeature {
  type: 'Feature';
  id: string;
  properties: { navn: string };
  geometry: unknown;
}

export interface MapOptions {
  width?: number;
  height?: number;
  /** Norway's outline (all kommuner merged), drawn as a thin border. */
  outline?: unknown;
  /** Kommuner smaller than this on screen (px²) also get a dot, so they can be seen and hovered. */
  minArea?: number;
}

const MARGIN = 4;

/** Kommuner drawn smaller than minArea px² in this map (the same projection and fit as Plot's). */
export function smallFeatures(
  features: MapFeature[],
  { width = 460, height = 620, minArea = 6 }: MapOptions = {},
): MapFeature[] {
  const collection = { type: 'FeatureCollection', features } as never;
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [width - MARGIN, height - MARGIN],
      ],
      collection,
    );
  const path = geoPath(projection);
  return features.filter((f) => path.area(f as never) < minArea);
}

/**
 * Choropleth of kommuner in a transverse Mercator projection centred on 15°E
 * (as UTM zone 33, the projection Norwegian maps use), not Web Mercator. A
 * thin national outline on top; a dot on each kommune too small to see.
 */
export function mapSpec(features: MapFeature[], fill: Map<string, string>, o: MapOptions = {}): Plot.PlotOptions {
  const { width = 460, height = 620, outline } = o;
  const collection = { type: 'FeatureCollection', features };
  const colour = (d: MapFeature) => fill.get(d.id) ?? '#ccc';
  return {
    width,
    height,
    margin: MARGIN,
    projection: { type: 'transverse-mercator', rotate: [-15, 0], domain: collection as never },
    marks: [
      Plot.geo(features, { fill: colour, stroke: '#fff', strokeWidth: 0.35, className: 'kommuner' } as never),
      ...(outline
        ? [
            Plot.geo(
              [outline] as never,
              { fill: 'none', stroke: '#555', strokeWidth: 0.5, className: 'omriss' } as never,
            ),
          ]
        : []),
      Plot.dot(
        smallFeatures(features, o),
        Plot.centroid({ fill: colour, stroke: '#333', strokeWidth: 0.6, r: 3, className: 'sma' } as never),
      ),
    ],
  };
}
