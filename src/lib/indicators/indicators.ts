import { change, divide, single, type Derived, type Figure, type ValueStatus } from '../domain/figure.ts';

/**
 * Indicators for the map, rankings and comparisons: published figures and
 * ratios of them. A ratio is computed only from two plain values of the same
 * kommune and year; a suppressed or missing part gives no value, and a part
 * that is a lower bound makes the ratio a lower bound.
 */
export type IndicatorStatus = ValueStatus;

/** The value, its status, and the published figures it was computed from (for sources and exact numbers). */
export type IndicatorValue = Derived;

export type Lookup = (measure: string, group: string, year: number) => Figure | undefined;

export interface Indicator {
  id: string;
  label: string;
  /** Short label for axes and table headers. */
  short: string;
  unit: 'per 1000' | 'prosent' | 'personer' | 'kroner' | 'prosentpoeng';
  definition: string;
  /** Higher is ranked first unless false. */
  descending: boolean;
  compute: (get: Lookup, year: number) => IndicatorValue;
}

/** a / b × scale (see divide in domain/figure.ts). */
export const ratioOf = divide;

/** a − b (see change in domain/figure.ts). */
const difference = change;

export const INDICATORS: Indicator[] = [
  { id: 'bosatt-per-1000', label: 'Bosatte flyktninger per 1000 innbyggere', short: 'Bosatt per 1000', unit: 'per 1000', descending: true,
    definition: 'Flyktninger bosatt i året delt på folketallet 1. januar samme år, ganger 1000.',
    compute: (get, y) => ratioOf(get('bosatt', '', y), get('befolkning', '', y), 1000) },
  { id: 'bosatt', label: 'Bosatte flyktninger', short: 'Bosatt', unit: 'personer', descending: true,
    definition: 'Flyktninger bosatt i kommunen i året.', compute: (get, y) => single(get('bosatt', '', y)) },
  { id: 'anmodning', label: 'Anmodning om bosetting', short: 'Anmodet', unit: 'personer', descending: true,
    definition: 'Antall IMDi ba kommunen bosette.', compute: (get, y) => single(get('anmodning', '', y)) },
  { id: 'vedtak', label: 'Vedtak om bosetting', short: 'Vedtatt', unit: 'personer', descending: true,
    definition: 'Antall kommunen vedtok å bosette.', compute: (get, y) => single(get('vedtak', '', y)) },
  { id: 'anmodning-per-1000', label: 'Anmodning per 1000 innbyggere', short: 'Anmodet per 1000', unit: 'per 1000', descending: true,
    definition: 'IMDis anmodning delt på folketallet 1. januar samme år, ganger 1000.',
    compute: (get, y) => ratioOf(get('anmodning', '', y), get('befolkning', '', y), 1000) },
  { id: 'vedtak-av-anmodning', label: 'Vedtak i prosent av anmodning', short: 'Vedtak/anmodning', unit: 'prosent', descending: true,
    definition: 'Hvor stor del av IMDis anmodning kommunen vedtok å bosette.',
    compute: (get, y) => ratioOf(get('vedtak', '', y), get('anmodning', '', y), 100) },
  { id: 'bosatt-av-vedtak', label: 'Bosatte i prosent av vedtak', short: 'Bosatt/vedtak', unit: 'prosent', descending: true,
    definition: 'Hvor stor del av vedtaket som faktisk ble bosatt samme år.',
    compute: (get, y) => ratioOf(get('bosatt', '', y), get('vedtak', '', y), 100) },
  { id: 'ema-bosatt', label: 'Bosatte enslige mindreårige', short: 'EMA bosatt', unit: 'personer', descending: true,
    definition: 'Enslige mindreårige flyktninger bosatt i året.', compute: (get, y) => single(get('ema-bosatt', '', y)) },
  { id: 'tilskudd-per-innbygger', label: 'Tilskudd fra IMDi per innbygger', short: 'Tilskudd per innb.', unit: 'kroner', descending: true,
    definition: 'Samlet tilskudd fra IMDi i året delt på folketallet 1. januar samme år.',
    compute: (get, y) => ratioOf(get('tilskudd', 'totalt', y), get('befolkning', '', y), 1) },
  { id: 'innvandrerandel', label: 'Innvandrere i prosent av befolkningen', short: 'Innvandrerandel', unit: 'prosent', descending: true,
    definition: 'Innvandrere (alle innvandringsgrunner) delt på folketallet 1. januar med samme årstall, i prosent.',
    compute: (get, y) => ratioOf(get('innvandrere-grunn', 'alle', y), get('befolkning', '', y), 100) },
  { id: 'flyktningandel', label: 'Flyktninger og familiegjenforente i prosent av befolkningen', short: 'Flyktningandel', unit: 'prosent', descending: true,
    definition: 'Innvandrere med flukt som grunn og deres familieinnvandrede, delt på folketallet 1. januar med samme årstall, i prosent.',
    compute: (get, y) => ratioOf(get('innvandrere-grunn', 'flukt', y), get('befolkning', '', y), 100) },
  { id: 'sysselsetting-gap', label: 'Sysselsettingsgap: befolkningen ellers minus innvandrere', short: 'Sysselsettingsgap', unit: 'prosentpoeng', descending: true,
    definition: 'Andel sysselsatte 15–74 år i befolkningen ellers minus andelen blant innvandrere, i prosentpoeng. Høyt tall = stort gap.',
    compute: (get, y) => difference(get('sysselsatte-andel', 'befolkningen_ellers', y), get('sysselsatte-andel', 'innvandrere', y)) },
];

export function getIndicator(id: string): Indicator | undefined {
  return INDICATORS.find((i) => i.id === id);
}

/** A lookup over one region's figures. */
export function lookupOf(figures: Figure[]): Lookup {
  const m = new Map<string, Figure>();
  for (const f of figures) m.set(`${f.measure}\t${f.group}\t${f.year}`, f);
  return (measure, group, year) => m.get(`${measure}\t${group}\t${year}`);
}
