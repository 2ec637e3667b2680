import type { MapFeature } from '../charts/map.ts';
import type { Palette } from '../map/class-breaks.ts';
import type { IndicatorSeries, KommuneRef } from '../indicators/indicator-series.ts';
import type { SeriesBasis } from './series-basis.ts';

/**
 * The front map's inset: the fylker whose kommuner are too small to see or hover on the national
 * map, drawn again larger beside it — Oslo (03) and Akershus (32). Kommuner are picked by the fylke
 * data/kommuner.csv gives them, not by their number. The catalogues' captions (t.front.inset,
 * t.front.insetLabel: «Oslo og Akershus») name these fylker; a unit test holds them together.
 */
export const MAP_INSET_FYLKER: readonly string[] = ['03', '32'];

/** The map features of the inset's kommuner, in the order given. */
export function insetFeatures(
  features: readonly MapFeature[],
  kommuner: readonly Pick<KommuneRef, 'code' | 'fylkeCode'>[],
  fylker: readonly string[] = MAP_INSET_FYLKER,
): MapFeature[] {
  const inInset = new Set(kommuner.filter((k) => fylker.includes(k.fylkeCode)).map((k) => k.code));
  return features.filter((f) => inInset.has(f.id));
}

/** An indicator with its words and, per year, its source lines: plain text (tips) and with each publisher's page linked. */
export type SeriesWithCitations = IndicatorSeries & {
  citations: Record<string, string>;
  citationsHtml: Record<string, string>;
  basis: SeriesBasis;
};

/** What the front page's map and ranking are drawn from at build time, in the page's language (data/front.ts frontMap). */
export interface FrontMapView {
  /** Every indicator, in the page's language. */
  series: SeriesWithCitations[];
  /** The indicator shown first. */
  defaultIndicator: string;
  /** Every kommune, its profile's path in the page's language. */
  kommuner: KommuneRef[];
  /** The national map: every kommune's shape, and Norway's outline. */
  features: MapFeature[];
  outline: unknown;
  /** The inset's kommuner (MAP_INSET_FYLKER). */
  inset: MapFeature[];
  /** The classes' colours (map/palette.ts SEQUENTIAL), also handed to the page's script. */
  palette: Palette;
}
