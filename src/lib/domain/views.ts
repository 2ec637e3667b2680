import { getMeasure, groupLabel, type Topic } from './measures.ts';

/**
 * The one registry of what the site shows: every view of the published
 * measures (measures.ts) that the map and ranking, the comparison page, the
 * profile and the brief use. A view is a published figure as it stands
 * (count or rate), a ratio of two (numerator / denominator × scale), or a
 * difference of two. How a view is computed is domain/figure.ts; its label
 * and definition are written here once. A view of a whole published measure
 * takes the measure's own label and definition.
 */
export interface MeasurePart {
  measure: string;
  group: string;
}

export type ViewUnit = 'personer' | 'kroner' | 'prosent' | 'per 1000' | 'prosentpoeng';

export interface View {
  id: string;
  label: string;
  /** Short label for axes and table headers. */
  short: string;
  /**
   * count: a published count or amount (can be shown per 1000 inhabitants, and summed over kommuner);
   * ratio: numerator / denominator × scale; rate: a published percentage (never summed);
   * difference: numerator − subtrahend.
   */
  kind: 'count' | 'ratio' | 'rate' | 'difference';
  unit: ViewUnit;
  numerator: MeasurePart;
  denominator?: MeasurePart;
  subtrahend?: MeasurePart;
  scale: number;
  definition: string;
  topic: Topic;
  /** Higher is ranked first unless false. */
  descending: boolean;
  /** On the front page's map and ranking. */
  map: boolean;
  /** On the comparison page. */
  compare: boolean;
}

export const part = (measure: string, group = ''): MeasurePart => ({ measure, group });
export const POPULATION = part('befolkning');
export const partKey = (p: MeasurePart) => `${p.measure}|${p.group}`;

/**
 * The population a count of `year` is divided by (per 1000 inhabitants, per inhabitant, percent
 * of the population), as the publisher computes it. IMDi's «per 1000 innbyggere» of its settlement
 * counts (request, decision, settled: measures with perPopulationYearAfter) divides by the
 * population on 1 January the year after (checked against IMDi's 2015 export, publisher-totals.ts);
 * every other measure by the population on 1 January the same year. Where the year after's
 * population is not published yet (the running year: `year` is at or past `newest`, the newest
 * population year in the data), the newest population is used and `early` says so.
 * Returns undefined when `den` is not the population (the same year as the numerator then).
 */
export function populationYear(
  numerator: MeasurePart,
  den: MeasurePart | undefined,
  year: number,
  newest: number | undefined,
): { year: number; early: boolean } | undefined {
  if (!den || partKey(den) !== partKey(POPULATION)) return undefined;
  if (!getMeasure(numerator.measure).perPopulationYearAfter) return { year, early: false };
  if (newest === undefined || year + 1 <= newest) return { year: year + 1, early: false };
  return { year: newest, early: true };
}

/**
 * The population year a per-1000 figure of `year` is divided by when it is not the publisher's own
 * (1 January the year after does not exist yet, populationYear `early`): the newest one. null otherwise.
 * Wherever such a figure is shown, the note of the catalogue's `rateNote.early` goes with it.
 */
export function earlyPopulationYear(
  numerator: MeasurePart,
  den: MeasurePart | undefined,
  year: number,
  newest: number | undefined,
): number | null {
  const p = populationYear(numerator, den, year, newest);
  return p?.early ? p.year : null;
}

/** The year of the figure a view's part is read at: the numerator's year, or the population's (populationYear). */
export function denominatorYear(
  numerator: MeasurePart,
  den: MeasurePart | undefined,
  year: number,
  newest: number | undefined,
): number {
  return populationYear(numerator, den, year, newest)?.year ?? year;
}

type Where = { map?: boolean; compare?: boolean };
type Own = Where & { label?: string; short: string; definition?: string };

/** A published count as it stands; label and definition from the measure unless the view is of a group. */
function count(id: string, numerator: MeasurePart, o: Own): View {
  const m = getMeasure(numerator.measure);
  const label = o.label ?? (numerator.group ? `${m.label}: ${groupLabel(m.id, numerator.group)}` : m.label);
  const unit = m.unit === 'kroner' ? 'kroner' : 'personer';
  return {
    id,
    label,
    short: o.short,
    kind: 'count',
    unit,
    numerator,
    scale: 1,
    definition: o.definition ?? m.definition,
    topic: m.topic,
    descending: true,
    map: !!o.map,
    compare: !!o.compare,
  };
}

/** A published percentage of a group (cannot be summed over kommuner). */
function rate(id: string, numerator: MeasurePart, o: Own & { label: string; definition: string }): View {
  const m = getMeasure(numerator.measure);
  return {
    id,
    label: o.label,
    short: o.short,
    kind: 'rate',
    unit: 'prosent',
    numerator,
    scale: 1,
    definition: o.definition,
    topic: m.topic,
    descending: true,
    map: !!o.map,
    compare: !!o.compare,
  };
}

/** numerator / denominator × scale: percent (100), per 1000 inhabitants (1000), or per inhabitant (1, kroner). */
function ratio(
  id: string,
  numerator: MeasurePart,
  denominator: MeasurePart,
  scale: number,
  o: Own & { label: string; definition: string },
): View {
  const unit: ViewUnit = scale === 100 ? 'prosent' : scale === 1000 ? 'per 1000' : 'kroner';
  return {
    id,
    label: o.label,
    short: o.short,
    kind: 'ratio',
    unit,
    numerator,
    denominator,
    scale,
    definition: o.definition,
    topic: getMeasure(numerator.measure).topic,
    descending: true,
    map: !!o.map,
    compare: !!o.compare,
  };
}

const PER_POPULATION = 'delt på folketallet 1. januar samme år';
/** IMDi's rule for its settlement counts (populationYear). */
const PER_POPULATION_AFTER =
  'delt på folketallet 1. januar året etter, slik IMDi regner (for året som pågår: det nyeste folketallet, 1. januar samme år, og det står ved tallet)';
const BOTH = { map: true, compare: true };

export const VIEWS: View[] = [
  ratio('bosatt-per-1000', part('bosatt'), POPULATION, 1000, {
    label: 'Bosatte flyktninger per 1000 innbyggere',
    short: 'Bosatt per 1000',
    definition: `Bosatte flyktninger ${PER_POPULATION_AFTER}, ganger 1000.`,
    map: true,
  }),
  count('bosatt', part('bosatt'), { short: 'Bosatt', ...BOTH }),
  count('anmodning', part('anmodning'), { short: 'Anmodet', ...BOTH }),
  count('vedtak', part('vedtak'), { short: 'Vedtatt', ...BOTH }),
  ratio('anmodning-per-1000', part('anmodning'), POPULATION, 1000, {
    label: 'Anmodning per 1000 innbyggere',
    short: 'Anmodet per 1000',
    definition: `IMDis anmodning ${PER_POPULATION_AFTER}, ganger 1000.`,
    map: true,
  }),
  ratio('vedtak-av-anmodning', part('vedtak'), part('anmodning'), 100, {
    label: 'Vedtak i prosent av anmodning',
    short: 'Vedtak/anmodning',
    definition:
      'Vedtak delt på anmodning samme år: hvor stor del av IMDis anmodning kommunen vedtok å bosette. For grupper av kommuner: summen av vedtak delt på summen av anmodninger.',
    ...BOTH,
  }),
  ratio('bosatt-av-vedtak', part('bosatt'), part('vedtak'), 100, {
    label: 'Bosatte i prosent av vedtak',
    short: 'Bosatt/vedtak',
    definition:
      'Bosatte delt på vedtak samme år: hvor stor del av vedtaket som faktisk ble bosatt. For grupper av kommuner: summen av bosatte delt på summen av vedtak.',
    ...BOTH,
  }),
  ratio('bosatt-av-anmodning', part('bosatt'), part('anmodning'), 100, {
    label: 'Bosatte i prosent av anmodning',
    short: 'Bosatt/anmodning',
    definition:
      'Bosatte delt på IMDis anmodning samme år: hvor mange av dem IMDi ba kommunen bosette, som faktisk ble bosatt. For grupper av kommuner: summen av bosatte delt på summen av anmodninger.',
    ...BOTH,
  }),
  count('ema-bosatt', part('ema-bosatt'), { short: 'EMA bosatt', ...BOTH }),
  count('bosatt-ukrainere', part('bosatt', 'ukrainere'), {
    label: 'Bosatte med kollektiv beskyttelse',
    short: 'Kollektiv beskyttelse',
    definition:
      'Flyktninger med kollektiv beskyttelse bosatt i kommunen i året (IMDis inndeling; for det meste ukrainere). For 2023: kolonnen «ukrainere» i IMDis uttrekk fra november 2024.',
    compare: true,
  }),
  count('tilskudd', part('tilskudd', 'totalt'), {
    label: 'Tilskudd fra IMDi',
    short: 'Tilskudd',
    definition: 'Samlet tilskudd utbetalt fra IMDi til kommunen i året, i kroner.',
    compare: true,
  }),
  ratio('tilskudd-per-innbygger', part('tilskudd', 'totalt'), POPULATION, 1, {
    label: 'Tilskudd fra IMDi per innbygger',
    short: 'Tilskudd per innb.',
    definition: `Samlet tilskudd fra IMDi i året ${PER_POPULATION}.`,
    map: true,
  }),
  count('flyktninger', part('innvandrere-grunn', 'flukt'), {
    label: 'Flyktninger og deres familieinnvandrede (bosatt)',
    short: 'Flyktninger',
    definition: 'Innvandrere med flukt som grunn og deres familieinnvandrede som bor i kommunen.',
    compare: true,
  }),
  count('innvandrere', part('innvandrere-grunn', 'alle'), {
    label: 'Innvandrere (bosatt)',
    short: 'Innvandrere',
    definition: 'Alle innvandrere som bor i kommunen.',
    compare: true,
  }),
  ratio('innvandrerandel', part('innvandrere-grunn', 'alle'), POPULATION, 100, {
    label: 'Innvandrere i prosent av befolkningen',
    short: 'Innvandrerandel',
    definition: `Innvandrere (alle innvandringsgrunner) ${PER_POPULATION}, i prosent.`,
    map: true,
  }),
  ratio('flyktningandel', part('innvandrere-grunn', 'flukt'), POPULATION, 100, {
    label: 'Flyktninger og familiegjenforente i prosent av befolkningen',
    short: 'Flyktningandel',
    definition: `Innvandrere med flukt som grunn og deres familieinnvandrede ${PER_POPULATION}, i prosent.`,
    map: true,
  }),
  rate('sysselsatte-innvandrere', part('sysselsatte-andel', 'innvandrere'), {
    label: 'Sysselsatte innvandrere, andel 15–74 år',
    short: 'Sysselsatte innvandrere',
    definition: 'Sysselsatte innvandrere i prosent av innvandrere 15–74 år, 4. kvartal.',
    compare: true,
  }),
  rate('sysselsatte-ellers', part('sysselsatte-andel', 'befolkningen_ellers'), {
    label: 'Sysselsatte i befolkningen ellers, andel 15–74 år',
    short: 'Sysselsatte ellers',
    definition: 'Sysselsatte i befolkningen ellers i prosent av gruppen 15–74 år, 4. kvartal.',
    compare: true,
  }),
  {
    id: 'sysselsetting-gap',
    label: 'Sysselsettingsgap: befolkningen ellers minus innvandrere',
    short: 'Sysselsettingsgap',
    kind: 'difference',
    unit: 'prosentpoeng',
    numerator: part('sysselsatte-andel', 'befolkningen_ellers'),
    subtrahend: part('sysselsatte-andel', 'innvandrere'),
    scale: 1,
    topic: 'arbeid',
    descending: true,
    map: true,
    compare: false,
    definition:
      'Andel sysselsatte 15–74 år i befolkningen ellers minus andelen blant innvandrere, i prosentpoeng. Høyt tall = stort gap.',
  },
  count('opprinnelig-anmodning', part('opprinnelig-anmodning'), { short: 'Opprinnelig anmodning', compare: true }),
  count('ema-anmodning', part('ema-anmodning'), { short: 'EMA anmodet', compare: true }),
  count('ema-vedtak', part('ema-vedtak'), { short: 'EMA vedtatt', compare: true }),
  count('bosatt-ovrige', part('bosatt', 'ovrige'), {
    label: 'Bosatte flyktninger utenom kollektiv beskyttelse',
    short: 'Øvrige',
    definition: 'Flyktninger uten kollektiv beskyttelse bosatt i kommunen i året (IMDi; bare for 2023 i datasettet).',
    compare: true,
  }),
  count('flyttet-hit', part('sekundaerflytting', 'flyttet-hit|alle'), {
    label: 'Flyktninger som har flyttet hit fra en annen kommune',
    short: 'Flyttet hit',
    definition:
      'Flyktninger bosatt i kommunen ved utgangen av året som først ble bosatt i en annen kommune (sekundærflytting).',
    compare: true,
  }),
  count('intro-deltakere', part('intro-deltakere'), { short: 'Introdeltakere', compare: true }),
  count('sosialhjelp-innvandrere', part('sosialhjelp', 'innvandrere'), {
    label: 'Sosialhjelpsmottakere blant innvandrere',
    short: 'Sosialhjelp, innvandrere',
    definition: 'Innvandrere som mottok økonomisk sosialhjelp i året.',
    compare: true,
  }),
  rate('sysselsatte-botid-0-4', part('sysselsatte-botid-andel', '0_4'), {
    label: 'Sysselsatte innvandrere med botid 0–4 år, andel',
    short: 'Sysselsatte, botid 0–4',
    definition: 'Sysselsatte innvandrere med under fem års botid, i prosent av gruppen 15–74 år.',
    compare: true,
  }),
  rate('lavinntekt-innvandrere', part('lavinntekt-andel', 'innvandrere|alle'), {
    label: 'Vedvarende lavinntekt blant innvandrere, andel',
    short: 'Lavinntekt, innvandrere',
    definition: 'Andel innvandrere i husholdninger med vedvarende lavinntekt (treårsperiode som slutter i året).',
    compare: true,
  }),
  rate('barnehage-minoritet', part('barnehage-andel', 'minoritet'), {
    label: 'Minoritetsspråklige barn i barnehage, andel',
    short: 'Barnehage, minoritet',
    definition: 'Minoritetsspråklige barn 1–5 år i barnehage, i prosent av minoritetsspråklige barn 1–5 år.',
    compare: true,
  }),
  count('befolkning', POPULATION, { short: 'Folketall', compare: true }),
];

const byId = new Map(VIEWS.map((v) => [v.id, v]));

export function getView(id: string): View | undefined {
  return byId.get(id);
}
