import type { GeometryCollection, Topology } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature, merge } from 'topojson-client';
import type { MapFeature } from '../lib/charts/map.ts';
import { kommunePath, officialNameParts } from '../lib/domain/kommune.ts';
import { partsToSend } from '../lib/format/kommune-name.ts';
import { seriesBasis, type SeriesBasis } from '../lib/front/series-basis.ts';
import { SEQUENTIAL } from '../lib/map/palette.ts';
import { insetFeatures, type FrontMapView, type SeriesWithCitations } from '../lib/front/front-view.ts';
import { buildAllSeries, type IndicatorSeries, type KommuneRef } from '../lib/indicators/indicator-series.ts';
import { indexEntries } from '../lib/search/search-kommuner.ts';
import { citationHtml, citationText } from './cite.ts';
import { getFigures, getKommuner } from './dataset.ts';
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales.ts';
import { viewText } from '../i18n/measures.ts';

export const DEFAULT_INDICATOR = 'bosatt-per-1000';

let refs: KommuneRef[] | undefined;
export function kommuneRefs(): KommuneRef[] {
  return (refs ??= getKommuner().map((k) => ({
    code: k.code,
    name: k.name,
    parts: partsToSend(officialNameParts(k), k.name),
    other: k.otherNames,
    fylkeCode: k.fylkeCode,
    fylkeName: k.fylkeName,
    kostra: k.kostraGroup,
    centrality: k.centrality,
    path: kommunePath(k),
  })));
}

let computed: (IndicatorSeries & { basis: SeriesBasis })[] | undefined;
const series = new Map<Locale, SeriesWithCitations[]>();
/**
 * Every indicator for every kommune and year, with source lines per year in
 * the language. The figures are computed once for all languages; only the
 * source lines are written per language.
 */
/** The figures of an indicator without words (label, definition, source lines): /data/indikator/<id>.json, the same in every language; the page adds its words. */
export function neutralSeries(): (IndicatorSeries & { basis: SeriesBasis })[] {
  allSeries();
  return computed!;
}

export function allSeries(locale: Locale = DEFAULT_LOCALE): SeriesWithCitations[] {
  computed ??= buildAllSeries(kommuneRefs(), getFigures).map((s) => ({
    ...s,
    basis: seriesBasis(s, kommuneRefs(), getFigures),
  }));
  let out = series.get(locale);
  if (!out) {
    out = computed.map((s) => ({
      ...s,
      ...viewText(s.id, locale),
      citations: Object.fromEntries(
        s.years.map((y) => [
          y,
          s.sources[y].map((id) => citationText({ source: id, years: [y, y] }, locale)).join('; '),
        ]),
      ),
      citationsHtml: Object.fromEntries(
        s.years.map((y) => [
          y,
          s.sources[y].map((id) => citationHtml({ source: id, years: [y, y] }, locale)).join('; '),
        ]),
      ),
    }));
    series.set(locale, out);
  }
  return out;
}

let topology: Topology<{ Kommuner: GeometryCollection }> | undefined;
const readTopology = () =>
  (topology ??= JSON.parse(readFileSync(join(process.cwd(), 'data', 'kommuner.topo.json'), 'utf8')));

/** Norway's outline: all kommuner merged (for a thin national border on the map). */
export function mapOutline(): unknown {
  const topo = readTopology();
  return merge(topo, topo.objects.Kommuner.geometries);
}

let features: MapFeature[] | undefined;
export function mapFeatures(): MapFeature[] {
  if (!features) {
    const topo = readTopology();
    const fc = feature(topo, topo.objects.Kommuner) as unknown as { features: MapFeature[] };
    const order = new Map(kommuneRefs().map((k, i) => [k.code, i]));
    features = fc.features.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  return features;
}

/** Search index for the browser: names pre-folded, so the client only folds the query. */
export function searchIndex(locale: Locale = DEFAULT_LOCALE) {
  return indexEntries(
    getKommuner().map((k) => ({
      code: k.code,
      name: k.name,
      parts: partsToSend(officialNameParts(k), k.name),
      other: k.otherNames,
      fylke: k.fylkeName,
      path: localePath(locale, kommunePath(k)),
    })),
  );
}

/** The front page's map and ranking in the page's language: the figures, the kommuner with their paths, the map and its inset. */
export function frontMap(locale: Locale = DEFAULT_LOCALE): FrontMapView {
  const kommuner = kommuneRefs().map((k) => ({ ...k, path: localePath(locale, k.path) }));
  const features = mapFeatures();
  return {
    series: allSeries(locale),
    defaultIndicator: DEFAULT_INDICATOR,
    kommuner,
    features,
    outline: mapOutline(),
    inset: insetFeatures(features, kommuner),
    palette: SEQUENTIAL,
  };
}
