import type { Locale } from '../../i18n/locales.ts';
import type { PlanningLive } from '../../i18n/nb-planning.ts';
import type { Coverage } from '../domain/coverage.ts';
import type { Figure, ValueStatus } from '../domain/figure.ts';
import type { PeerGroup, Position, Scenario } from '../domain/scenario.ts';
import type { Elsewhere, KeyPoint, Series } from './shared.ts';

/**
 * Every sentence the site generates from figures, one module per language
 * (sentences/nb.ts, nn.ts, en.ts) behind this one interface, chosen by
 * `sentencesFor(locale)` (sentences/index.ts). The rules every language
 * keeps: a number is written only when it is a published value; a hidden,
 * missing or pending figure is only ever said to be so; zero is «none»; a sum
 * with a hidden part is «at least»; provisional figures say so with the month
 * of their file. Which sentence is said is decided by the caller
 * (profile/build-profile.ts, brief/build-brief.ts, harmonization-note.ts) or
 * by the language-neutral rules in sentences/shared.ts.
 */
export interface Sentences {
  locale: Locale;
  /** «ingen flyktninger», «1 flyktning», «110 flyktninger». */
  refugees(n: number): string;
  /** «ingen enslige mindreårige», «1 enslig mindreårig», «8 enslige mindreårige». */
  minors(n: number): string;
  /** a of b in whole percent («59 %»), or null unless both are exact and b > 0. */
  share(a: Figure | undefined, b: Figure | undefined): string | null;
  /** «2021», «2021 og 2023», «2019, 2021 og 2023». */
  yearsList(ys: (number | string)[]): string;
  /** A coverage's gaps: «2016–2021 og 2023». */
  gapsText(c: Coverage): string;
  /** «Kildene mangler tall for 2016–2021 og 2024.», '' when the series has no gap. */
  missingYearsSentence(series: Series): string;
  /** «november 2024»: the month of a figure's file. */
  asOf(f: Figure): string;
  decisionSentence(
    year: number,
    request: Figure | undefined,
    decision: Figure | undefined,
    subject?: string,
    o?: { page?: boolean },
  ): string | null;
  settledSentence(year: number, settled: Figure | undefined, decision: Figure | undefined): string | null;

  /** Who was merged or divided, and earlier kommune numbers (profile/harmonization-note.ts). */
  reform: {
    predecessorLabel(p: FormerKommune): string;
    mergedWith(name: string, others: string[], year: number): string;
    formerElsewhere(names: string[], year: number): string;
    backAgain(name: string, p: FormerKommune): string;
    dividedInto(p: FormerKommune, into: string[]): string;
    keptApart(p: FormerKommune): string;
    summed(joined: { name: string; codes: string[] }[]): string;
    earlierNumbers(name: string, earlier: { code: string; first: number; last: number }[], code: string): string;
  };

  /** The profile's panel summaries, captions and chart descriptions (profile/build-profile.ts). */
  profile: {
    settlement(name: string, req: Series, dec: Series, set: Series): string;
    ukrainians(name: string, all: Series, ukr: Series, ys: number[]): string;
    minors(name: string, req: Series, dec: Series, set: Series, ys: number[]): string;
    immigrants(all: Series, refugees: Series): string | null;
    movedHere(name: string, all: Series, movedHere: Series): string | null;
    countryComparison(
      name: string,
      year: number,
      rows: { label: string; own: Figure | undefined; country: Figure | undefined }[],
    ): string | null;
    population(s: Series): string | null;
    participants(s: Series): string | null;
    introShare(year: number, rows: { label: string; value: number | null }[]): string | null;
    educationGap(year: number, rows: { level: string; a: number | null; b: number | null }[]): string | null;
    employment(name: string, year: number, immigrants: number, rest: number): string;
    ratesOnlyForPredecessors(name: string): string;
    grants(name: string, year: number, total: number, perInhabitant: number | null, gaps: string): string;
    noGrants(name: string): string;
    countries(o: CountriesFacts): string;
    kronerCell(v: number): string;
    tableCaption(title: string, name: string, year?: number): string;
    settlementCaption(name: string): string;
    grantsCaption(name: string): string;
    countriesCaption(name: string): string;
    settlementChart(name: string, from: number, to: number): string;
    linesChart(title: string, name: string, span: string): string;
    sharesChart(title: string, name: string, year: number): string;
    grantsChart(name: string, gaps: string): string;
    countriesChart(name: string, year: number): string;
  };

  /** The printed brief's generated lines (brief/build-brief.ts). */
  brief: {
    capacity(set: Series, dec: Series, elsewhere?: Elsewhere): string[];
    keyPoints(
      name: string,
      o: { req: Series; dec: Series; set: Series; grants: Series; elsewhere?: Elsewhere },
    ): KeyPoint[];
    latestRequest(req: Series): string | null;
    minors(req: Series, dec: Series, set: Series, subject?: string): string[];
    /** A numbered source note from the source's label (which already says the years cited). */
    sourceNote(label: string): string;
    formerYears(mark: string, label: string): string;
    funnelChart(name: string, from: number | '', to: number | ''): string;
    grants(year: number, types: { label: string; value: number }[], gaps: string): string;
    noGrants: string;
    kronerCell(v: number): string;
    movedHere(share: number, year: number): string;
    noMinors: string;
    noCapacity: string;
    datasetHas(o: {
      workLast: number | null;
      educationLast: number | null;
      intro: string;
      kindergarten: string;
    }): string;
    datasetLacks: string;
  };
}

/** A former kommune with its number and years, as the reform sentences name it. */
export interface FormerKommune {
  code: string;
  name: string;
  firstYear: number;
  lastYear: number;
}

/**
 * The planning view's sentences (sentences/nb-planning.ts): a module of its
 * own per language, because the profile's browser script recomputes them.
 */
export interface PlanningSentences {
  shareText(v: number): string;
  scenarioSentences(s: Scenario, o: { populationYear: number | null; emaLine?: string }): string[];
  countWord(value: number | null, status: ValueStatus, flags?: readonly string[]): string;
  emaSentence(
    decided: { year: number; value: number | null; status: ValueStatus }[],
    settled: { year: number; value: number | null; status: ValueStatus }[],
  ): string;
  retentionSentence(r: {
    name: string;
    year: number;
    stayed: { value: number | null; status: ValueStatus };
    settled: { value: number | null; status: ValueStatus; from: number; to: number };
  }): string;
  requestShareSentence(r: {
    year: number;
    request: { own: number; all: number; share: number | null } | null;
    populationYear: number;
    population: { own: number; all: number; share: number | null } | null;
  }): string;
}
export type { PeerGroup, Position };

/** What the planning view says, in the page's language: its strings (t.planning) and its sentences. */
export interface PlanningWords {
  locale: Locale;
  live: PlanningLive;
  sentences: PlanningSentences;
}

/** What the country-background sentence says: the largest country in the kommune among the 15 largest in Norway (and Ukraine), and the hidden ones. */
export interface CountriesFacts {
  name: string;
  largestIn: number;
  top: string;
  value: number;
  year: number;
  hidden: { count: number; first: string; word: string } | null;
}
