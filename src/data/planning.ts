import { getCompareMeasure } from '../lib/compare/compare-measures.ts';
import { pointOf, type Point } from '../lib/compare/series-data.ts';
import { LAST_YEARS, newestYear } from '../lib/domain/coverage.ts';
import { divide, partOf, seriesOf, single, sum, type Figure, type Part } from '../lib/domain/figure.ts';
import { planningCompareBase } from '../lib/compare/defaults.ts';
import { kommunePath, officialName, type Kommune } from '../lib/domain/kommune.ts';
import { median, type PeerGroup, type PlanningBasis, type RateAt } from '../lib/domain/scenario.ts';
import { planningSentencesFor } from '../lib/sentences/index.ts';
import type { PlanningMember, PlanningView } from '../lib/planning/planning-view.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { BRIEFS_BUILT, largestMembers } from './brief.ts';
import { referenceGroups, referenceSeries, regionSeries } from './compare.ts';
import { datasetCoverage, getFigures, getKommuner } from './dataset.ts';
import { perKommune } from './per-kommune.ts';

export type { PlanningMember, PlanningView } from '../lib/planning/planning-view.ts';

const HISTORY_YEARS = LAST_YEARS;
const TRACK_YEARS = 5;

const rateAt = (p: Point): RateAt => ({ year: p.year, value: p.value, status: p.status, provisional: p.provisional });
const partOfFigure = (f: Figure | undefined): Part => {
  const d = single(f);
  return partOf(d.value, d.status);
};

let decisionYearCache: number | undefined;
/** The newest year any kommune has a decision for: the peers' year. */
function decisionYear(): number {
  return (decisionYearCache ??= datasetCoverage('vedtak').last ?? 0);
}

const peerGroups = new Map<string, { group: PeerGroup; members: PlanningMember[] }>();
/**
 * The newest decisions per 1000 inhabitants of a group's members, with their median and range: once per
 * group and language (every kommune of a KOSTRA group or fylke asks for the same, all 357 for the country).
 */
function peerGroup(
  kind: PeerGroup['kind'],
  label: string,
  codes: string[],
): { group: PeerGroup; members: PlanningMember[] } {
  const key = `${kind}|${label}|${codes.join(',')}`;
  let made = peerGroups.get(key);
  if (!made) peerGroups.set(key, (made = peerGroupOf(kind, label, codes)));
  return made;
}
function peerGroupOf(
  kind: PeerGroup['kind'],
  label: string,
  codes: string[],
): { group: PeerGroup; members: PlanningMember[] } {
  const year = decisionYear();
  const byCode = kommuneByCode();
  const members = codes.map((code) => {
    const k = byCode.get(code)!;
    return { name: officialName(k), href: kommunePath(k), point: decisionPoint(code, year) };
  });
  const exact = members.filter((x) => x.point.status === 'ok' && x.point.value !== null);
  const values = exact.map((x) => x.point.value!);
  return {
    group: {
      kind,
      label,
      year,
      counted: exact.length,
      members: members.length,
      median: median(values),
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      provisional: exact.some((x) => x.point.provisional),
    },
    members: members.sort((a, b) => byName.compare(a.name, b.name)),
  };
}

/*
 * Every profile and brief asks for the whole country's peers (357 points) and its fylke's and KOSTRA
 * group's, in every language: the points and the kommuner by code are worked out once per build
 * (they depend on the data only), and one collator sorts (localeCompare with a locale builds one
 * per call).
 */
const byName = new Intl.Collator('nb');
let kommuneMap: Map<string, Kommune> | undefined;
const kommuneByCode = () => (kommuneMap ??= new Map(getKommuner().map((k) => [k.code, k])));
const decisionPoints = new Map<string, Point>();
/** A kommune's decisions per 1000 inhabitants in the peers' year (the comparison's pointOf). */
function decisionPoint(code: string, year: number): Point {
  const key = `${code}|${year}`;
  let point = decisionPoints.get(key);
  if (!point) {
    const d = regionSeries(code);
    point = d
      ? pointOf(d, getCompareMeasure('vedtak')!, year, true)
      : { year, value: null, status: 'missing' as const, provisional: false, sources: [] };
    decisionPoints.set(key, point);
  }
  return point;
}

const countryPopCache = new Map<number, ReturnType<typeof sum<Figure>>>();
/** The whole country's population 1 January of a year: the sum over the kommuner («minst» if one is missing). */
function countryPopulation(year: number) {
  let d = countryPopCache.get(year);
  if (!d)
    countryPopCache.set(
      year,
      (d = sum(getKommuner().map((x) => seriesOf(getFigures(x.code), 'befolkning').get(year)))),
    );
  return d;
}

/** The planning view of one kommune (once per kommune and language: the profile, and the brief and its Word JSON where built, ask). */
export const getPlanning = perKommune(planningOf, () => (BRIEFS_BUILT ? 3 : 1));
function planningOf(k: Kommune, locale: Locale): PlanningView {
  const t = messages(locale);
  const { emaSentence, requestShareSentence, retentionSentence } = planningSentencesFor(locale);
  const own = getFigures(k.code);
  const data = regionSeries(k.code) ?? { code: k.code, name: k.name, parts: {} };
  const pop = seriesOf(own, 'befolkning');
  const req = seriesOf(own, 'anmodning');
  const dec = seriesOf(own, 'vedtak');
  const set = seriesOf(own, 'bosatt');
  const popYear = newestYear(pop);
  const reqYear = newestYear(req);
  const request = reqYear === null ? null : req.get(reqYear)!;

  // The last ten years with a settled figure (or a decision), per 1000 by the site's rule.
  const settledPer1000 = getCompareMeasure('bosatt')!;
  const historyYears = [...new Set([...set.keys()])].sort((a, b) => a - b).slice(-HISTORY_YEARS);
  const history = historyYears.map((y) => rateAt(pointOf(data, settledPer1000, y, true)));

  // Peers: the KOSTRA group (the ten largest kommuner for a group of one, as the brief), the fylke (not a fylke of one), the country.
  const groups = referenceGroups(locale);
  const peers: { group: PeerGroup; members: PlanningMember[] }[] = [];
  const kostra = k.kostraGroup === null ? undefined : groups.find((r) => r.id === `kostra-${k.kostraGroup}`);
  if (kostra && kostra.members.length > 1)
    peers.push(peerGroup('kostra', t.compare.kostraGroup(k.kostraGroup!), kostra.members));
  else if (kostra) peers.push(peerGroup('largest', t.planning.largest, largestMembers(k.code)));
  // The comparison, opened from the section with the proposal marked: the kommune and its group as shown here.
  const compareBase = planningCompareBase(
    k,
    kostra && kostra.members.length > 1
      ? {
          codes: [...kostra.members].sort((a, b) =>
            byName.compare(kommuneByCode().get(a)!.name, kommuneByCode().get(b)!.name),
          ),
          kostra: true,
        }
      : { codes: kostra ? largestMembers(k.code) : [], kostra: false },
    (id) => groups.find((r) => r.id === id)?.members,
  );
  const fylke = groups.find((r) => r.id === `fylke-${k.fylkeCode}`)!;
  if (fylke.members.length > 1) peers.push(peerGroup('fylke', k.fylkeName, fylke.members));
  const land = groups.find((r) => r.id === 'land')!;
  peers.push(peerGroup('land', t.planning.country, land.members));

  // The whole country's request (a sum over kommuner, «minst» where some are hidden) and population.
  const landSeries = referenceSeries('land', locale);
  const landRequest = reqYear === null ? undefined : landSeries.series.anmodning?.abs?.[reqYear];
  const nationalRequest =
    reqYear === null || !landRequest ? null : { year: reqYear, part: partOf(landRequest.value, landRequest.status) };
  const landPop = popYear === null ? undefined : countryPopulation(popYear);
  const reqShare = nationalRequest ? divide(partOfFigure(request ?? undefined), nationalRequest.part, 100) : null;
  const popShare =
    landPop && popYear !== null
      ? divide(partOfFigure(pop.get(popYear)), partOf(landPop.value, landPop.status), 100)
      : null;
  const exactOf = (d: { value: number | null; status: string } | null | undefined) =>
    d && d.status === 'ok' ? d.value : null;
  const ownReq = exactOf(request ? single(request) : null);
  const allReq = exactOf(landRequest);
  const ownPop = popYear === null ? null : exactOf(single(pop.get(popYear)));
  const allPop = exactOf(landPop);
  const requestShare =
    reqYear === null || popYear === null
      ? ''
      : requestShareSentence({
          year: reqYear,
          request: ownReq !== null && allReq !== null ? { own: ownReq, all: allReq, share: exactOf(reqShare) } : null,
          populationYear: popYear,
          population:
            ownPop !== null && allPop !== null ? { own: ownPop, all: allPop, share: exactOf(popShare) } : null,
        });

  // Track record: the last five years whose decision and settled figures are final.
  const final = (f: Figure | undefined) => !!f && !f.flags.includes('provisional');
  const trackYears = [...dec.keys()]
    .filter((y) => final(dec.get(y)) && final(set.get(y)))
    .sort((a, b) => a - b)
    .slice(-TRACK_YEARS);
  const ofDecision = getCompareMeasure('bosatt-av-vedtak')!;
  const track = trackYears.map((y) => ({
    year: y,
    decision: dec.get(y),
    settled: set.get(y),
    share: pointOf(data, ofDecision, y, false),
  }));

  // Still living in the kommune: the secondary-migration figures' newest year, beside those settled in the five years to it.
  const stayed = seriesOf(own, 'sekundaerflytting', 'bosatt-her|0-4');
  const fy = newestYear(stayed);
  const retention =
    fy === null
      ? ''
      : retentionSentence({
          name: k.name,
          year: fy,
          stayed: single(stayed.get(fy)),
          settled: { ...sum([0, 1, 2, 3, 4].map((i) => set.get(fy - i))), from: fy - 4, to: fy },
        });

  const emaDec = [...seriesOf(own, 'ema-vedtak').values()].sort((a, b) => a.year - b.year);
  const emaSet = [...seriesOf(own, 'ema-bosatt').values()].sort((a, b) => a.year - b.year);
  const emaLine = emaSentence(
    emaDec.map((f) => ({ year: f.year, ...single(f) })),
    emaSet.map((f) => ({ year: f.year, ...single(f) })),
  );

  const grants = own
    .filter((f) => f.measure === 'tilskudd' && f.group === 'totalt')
    .sort((a, b) => a.year - b.year)
    .map((f) => {
      const d = divide(f, set.get(f.year), 1);
      return { year: f.year, total: f, settled: set.get(f.year), perSettled: d.status === 'ok' ? d.value : null };
    });

  const basis: PlanningBasis = {
    name: k.name,
    population: popYear === null ? null : { year: popYear, part: partOfFigure(pop.get(popYear)) },
    request:
      request && request.status === 'ok' && request.value !== null
        ? { year: reqYear!, value: request.value, provisional: request.flags.includes('provisional') }
        : null,
    history: history,
    peers: peers.map((p) => p.group),
    nationalRequest,
    emaLine,
  };
  return {
    basis,
    defaultProposal: basis.request?.value ?? null,
    compareBase,
    members: peers.map((p) => p.members),
    requestShare,
    track,
    retention,
    ema: { decided: emaDec, settled: emaSet },
    grants,
  };
}
