/**
 * What the comparison page can show. A count can be shown as is or per 1000
 * inhabitants (same year's population); a ratio is computed from two counts
 * (for a group, from the group's summed counts); a rate is published as a
 * percentage and cannot be summed, so groups have no value for it (the whole
 * country uses the publisher's own national row where there is one).
 */
export interface Part {
  measure: string;
  group: string;
}

export interface CompareMeasure {
  id: string;
  label: string;
  kind: 'count' | 'ratio' | 'rate';
  unit: 'personer' | 'kroner' | 'prosent';
  numerator: Part;
  denominator?: Part;
  definition: string;
}

const P = (measure: string, group = ''): Part => ({ measure, group });
export const POPULATION = P('befolkning');

export const COMPARE_MEASURES: CompareMeasure[] = [
  { id: 'bosatt', label: 'Bosatte flyktninger', kind: 'count', unit: 'personer', numerator: P('bosatt'), definition: 'Flyktninger bosatt i året.' },
  { id: 'anmodning', label: 'Anmodning om bosetting', kind: 'count', unit: 'personer', numerator: P('anmodning'), definition: 'Antall IMDi ba kommunen bosette.' },
  { id: 'vedtak', label: 'Vedtak om bosetting', kind: 'count', unit: 'personer', numerator: P('vedtak'), definition: 'Antall kommunen vedtok å bosette.' },
  { id: 'vedtak-av-anmodning', label: 'Vedtak i prosent av anmodning', kind: 'ratio', unit: 'prosent', numerator: P('vedtak'), denominator: P('anmodning'), definition: 'Vedtak delt på anmodning. For grupper: summen av vedtak delt på summen av anmodninger.' },
  { id: 'bosatt-av-vedtak', label: 'Bosatte i prosent av vedtak', kind: 'ratio', unit: 'prosent', numerator: P('bosatt'), denominator: P('vedtak'), definition: 'Bosatte delt på vedtak samme år. For grupper: summen av bosatte delt på summen av vedtak.' },
  { id: 'ema-bosatt', label: 'Bosatte enslige mindreårige', kind: 'count', unit: 'personer', numerator: P('ema-bosatt'), definition: 'Enslige mindreårige flyktninger bosatt i året.' },
  { id: 'bosatt-ukrainere', label: 'Bosatte ukrainere', kind: 'count', unit: 'personer', numerator: P('bosatt', 'ukrainere'), definition: 'Flyktninger fra Ukraina bosatt i året.' },
  { id: 'tilskudd', label: 'Tilskudd fra IMDi', kind: 'count', unit: 'kroner', numerator: P('tilskudd', 'totalt'), definition: 'Samlet tilskudd fra IMDi i året, kroner.' },
  { id: 'flyktninger', label: 'Flyktninger og deres familieinnvandrede (bosatt)', kind: 'count', unit: 'personer', numerator: P('innvandrere-grunn', 'flukt'), definition: 'Innvandrere med flukt som grunn og deres familieinnvandrede som bor i kommunen.' },
  { id: 'innvandrere', label: 'Innvandrere (bosatt)', kind: 'count', unit: 'personer', numerator: P('innvandrere-grunn', 'alle'), definition: 'Alle innvandrere som bor i kommunen.' },
  { id: 'sysselsatte-innvandrere', label: 'Sysselsatte innvandrere, andel 15–74 år', kind: 'rate', unit: 'prosent', numerator: P('sysselsatte-andel', 'innvandrere'), definition: 'Sysselsatte innvandrere i prosent av innvandrere 15–74 år.' },
  { id: 'sysselsatte-ellers', label: 'Sysselsatte i befolkningen ellers, andel 15–74 år', kind: 'rate', unit: 'prosent', numerator: P('sysselsatte-andel', 'befolkningen_ellers'), definition: 'Sysselsatte i befolkningen ellers i prosent av gruppen 15–74 år.' },
  { id: 'befolkning', label: 'Folketall', kind: 'count', unit: 'personer', numerator: P('befolkning'), definition: 'Folkemengde 1. januar.' },
];

export function getCompareMeasure(id: string): CompareMeasure | undefined {
  return COMPARE_MEASURES.find((m) => m.id === id);
}

/** Every measure/group the comparison reads (what the per-kommune files must hold). */
export function partsNeeded(): Part[] {
  const seen = new Map<string, Part>();
  for (const m of COMPARE_MEASURES) for (const p of [m.numerator, m.denominator, POPULATION]) if (p) seen.set(`${p.measure}|${p.group}`, p);
  return [...seen.values()];
}

export const partKey = (p: Part) => `${p.measure}|${p.group}`;
