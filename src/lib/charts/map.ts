import * as Plot from '@observablehq/plot';

export interface MapFeature {
  type: 'Feature';
  id: string;
  properties: { navn: string };
  geometry: unknown;
}

/**
 * Choropleth of kommuner in a transverse Mercator projection centred on 15°E
 * (as UTM zone 33, the projection Norwegian maps use), not Web Mercator.
 */
export function mapSpec(features: MapFeature[], fill: Map<string, string>, { width = 460, height = 620 } = {}): Plot.PlotOptions {
  const collection = { type: 'FeatureCollection', features };
  return {
    width, height, margin: 4,
    projection: { type: 'transverse-mercator', rotate: [-15, 0], domain: collection as never },
    marks: [Plot.geo(features, { fill: (d: MapFeature) => fill.get(d.id) ?? '#ccc', stroke: '#fff', strokeWidth: 0.35 })],
  };
}
