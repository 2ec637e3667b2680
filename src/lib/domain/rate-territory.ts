import { perCapita, type Derived, type Part } from './figure.ts';

/**
 * A figure is counted once, on the territory that held it: a rate (per 1000
 * inhabitants, per inhabitant) is shown only when its count and the population
 * it is divided by cover the same territory. Where a kommune was divided, the
 * counts before the change stay on the old territory (the divided kommune's
 * own counts are kept apart, ingest/harmonize/territory-decisions.ts), while
 * SSB's population may already be on the new one. Declared here as data: from
 * which year each side covers the kommune's present territory.
 */
export interface RateTerritory {
  /** The current kommune code. */
  code: string;
  name: string;
  /** The first year whose counts cover the present territory (earlier counts cover the old one). */
  countsFrom: number;
  /** The first year whose population covers the present territory (SSB's series in the data). */
  populationFrom: number;
  evidence: string;
}

const SSB_2024 = 'ssb-via-oystess-valg/befolkning_2024.csv (SSB 07459 på 2024-kommuner)';

/** The year of a change after which both sides are on the new territory (Tysfjord and Snillfjord: 2020). */
const divided2020 = (code: string, name: string, from: string): RateTerritory => ({
  code,
  name,
  countsFrom: 2020,
  populationFrom: 2020,
  evidence: `Fikk en del av ${from} i 2020. Tellingene til og med 2019 gjelder kommunen uten den delen (${from} holdes for seg), og folketallet 1. januar 2020 gjelder kommunen med den.`,
});

export const RATE_TERRITORIES: RateTerritory[] = [
  {
    code: '3907',
    name: 'Sandefjord',
    countsFrom: 2017,
    populationFrom: Number.NEGATIVE_INFINITY,
    evidence: `Fikk det meste av Stokke (0720) i 2017. ${SSB_2024} regner hele Stokke med i Sandefjord også før 2017, mens Stokkes tellinger til og med 2016 holdes for seg.`,
  },
  {
    code: '3905',
    name: 'Tønsberg',
    countsFrom: 2017,
    populationFrom: 2017,
    evidence: `Fikk en del av Stokke (0720) i 2017: folketallet øker med 2 771 fra 2016 til 2017 (${SSB_2024}). Tellingene til og med 2016 gjelder Tønsberg uten Stokke, folketallet 1. januar 2017 med.`,
  },
  divided2020('1806', 'Narvik', 'Tysfjord (1850)'),
  divided2020('1875', 'Hamarøy', 'Tysfjord (1850)'),
  divided2020('5055', 'Heim', 'Snillfjord (5012)'),
  divided2020('5056', 'Hitra', 'Snillfjord (5012)'),
  divided2020('5059', 'Orkland', 'Snillfjord (5012)'),
];

const BY_CODE = new Map(RATE_TERRITORIES.map((r) => [r.code, r]));

/**
 * Whether a count of `countYear` for kommune `code` and the population of
 * `populationYear` cover different territories: then no rate is computed
 * (status 'other-territory', said in words by the catalogue's status.other-territory).
 */
export function territoriesDiffer(code: string, countYear: number, populationYear: number): boolean {
  const r = BY_CODE.get(code);
  if (!r) return false;
  return countYear >= r.countsFrom !== populationYear >= r.populationFrom;
}

/**
 * A count of `countYear` over the population of `populationYear` for kommune `code` (per 1000, or
 * `per` as given): no value, status 'other-territory', where the two cover different territories.
 */
export function perCapitaOn<P extends Part>(
  code: string,
  count: P | undefined,
  countYear: number,
  population: P | undefined,
  populationYear: number,
  per = 1000,
): Derived<P> {
  if (territoriesDiffer(code, countYear, populationYear)) return OTHER_TERRITORY;
  return perCapita(count, population, per);
}

/** The value of a rate whose count and population cover different territories. */
export const OTHER_TERRITORY: Derived<never> = { value: null, status: 'other-territory', parts: [] };
