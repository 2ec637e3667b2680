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
  { id: 'opprinnelig-anmodning', label: 'Opprinnelig anmodning', kind: 'count', unit: 'personer', numerator: P('opprinnelig-anmodning'), definition: 'IMDis første anmodning for året.' },
  { id: 'ema-anmodning', label: 'Anmodning, enslige mindreårige', kind: 'count', unit: 'personer', numerator: P('ema-anmodning'), definition: 'Antall enslige mindreårige IMDi ba kommunen bosette (2024).' },
  { id: 'ema-vedtak', label: 'Vedtak, enslige mindreårige', kind: 'count', unit: 'personer', numerator: P('ema-vedtak'), definition: 'Antall enslige mindreårige kommunen vedtok å bosette (2024).' },
  { id: 'bosatt-ovrige', label: 'Bosatte flyktninger utenom ukrainere', kind: 'count', unit: 'personer', numerator: P('bosatt', 'ovrige'), definition: 'Flyktninger fra andre land enn Ukraina bosatt i året.' },
  { id: 'flyttet-hit', label: 'Flyktninger som har flyttet hit fra en annen kommune', kind: 'count', unit: 'personer', numerator: P('sekundaerflytting', 'flyttet-hit|alle'), definition: 'Flyktninger bosatt i kommunen som først ble bosatt i en annen kommune (sekundærflytting).' },
  { id: 'intro-deltakere', label: 'Deltakere i introduksjonsprogram', kind: 'count', unit: 'personer', numerator: P('intro-deltakere'), definition: 'Deltakere i introduksjonsprogrammet i året.' },
  { id: 'sosialhjelp-innvandrere', label: 'Sosialhjelpsmottakere blant innvandrere', kind: 'count', unit: 'personer', numerator: P('sosialhjelp', 'innvandrere'), definition: 'Innvandrere som mottok økonomisk sosialhjelp i året.' },
  { id: 'sysselsatte-botid-0-4', label: 'Sysselsatte innvandrere med botid 0–4 år, andel', kind: 'rate', unit: 'prosent', numerator: P('sysselsatte-botid-andel', '0_4'), definition: 'Sysselsatte innvandrere med under fem års botid, i prosent av gruppen 15–74 år.' },
  { id: 'lavinntekt-innvandrere', label: 'Vedvarende lavinntekt blant innvandrere, andel', kind: 'rate', unit: 'prosent', numerator: P('lavinntekt-andel', 'innvandrere|alle'), definition: 'Andel innvandrere i husholdninger med vedvarende lavinntekt.' },
  { id: 'barnehage-minoritet', label: 'Minoritetsspråklige barn i barnehage, andel', kind: 'rate', unit: 'prosent', numerator: P('barnehage-andel', 'minoritet'), definition: 'Minoritetsspråklige barn 1–5 år i barnehage, i prosent av minoritetsspråklige barn 1–5 år.' },
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
