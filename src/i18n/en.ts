import { openData } from './en-data.ts';
import { embed } from './en-embed.ts';
import { planning } from './en-planning.ts';
import { REQUEST_CUT_WHEN_EN } from './measures-en.ts';
import type { Strings } from './nb.ts';

/**
 * Every user-facing string of the interface, English (British spelling, the
 * en-GB number and date format: 1,234.5; 13 November 2024). The same keys as
 * bokmål (i18n/nb.ts): a missing or extra key fails the type check.
 *
 * Terms follow the publishers' own English (SSB's table titles, IMDi's and
 * the government's English pages): settlement, request, decision (the
 * municipal council's), settled, unaccompanied minors, integration grant,
 * immigrants, Norwegian-born to immigrant parents, persistent low income,
 * introduction programme. Status words are definitions of the publisher's
 * symbol («:», «.», an empty cell), not word-by-word renderings; see
 * docs/glossary.csv. Place names, the names of Norwegian tables and sources,
 * and «kommunestyre» (explained once) stay Norwegian.
 */
/** SSB's KOSTRA groups as Samarbeidsdesken summarises them: inhabitants, bound costs and free disposable income per inhabitant. */
const KOSTRA: Record<number, string> = {
  1: '2,000–9,999 inhabitants, low bound costs and low free disposable income per inhabitant',
  2: '2,000–9,999 inhabitants, low bound costs and medium free disposable income per inhabitant',
  3: '2,000–9,999 inhabitants, low bound costs and high free disposable income per inhabitant',
  4: '2,000–9,999 inhabitants, high bound costs and low free disposable income per inhabitant',
  5: '2,000–9,999 inhabitants, high bound costs and medium free disposable income per inhabitant',
  6: '2,000–9,999 inhabitants, high bound costs and high free disposable income per inhabitant',
  7: '10,000–19,999 inhabitants, low bound costs and low free disposable income per inhabitant',
  8: '10,000–19,999 inhabitants, low bound costs and medium or high free disposable income per inhabitant',
  9: '20,000–29,999 inhabitants, low bound costs and low or medium free disposable income per inhabitant',
  10: '30,000–44,999 inhabitants, low bound costs and low free disposable income per inhabitant',
  11: '45,000–74,999 inhabitants, low bound costs and low free disposable income per inhabitant',
  12: '75,000–300,000 inhabitants, low bound costs and low or medium free disposable income per inhabitant',
  13: 'Oslo municipality on its own',
  14: '600–1,999 inhabitants, medium bound costs and low or medium free disposable income per inhabitant',
  15: '600–1,999 inhabitants, medium bound costs and high free disposable income per inhabitant',
  16: 'fewer than 600 inhabitants',
  17: 'the eight municipalities with the highest tax income per inhabitant',
};

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
/** «a», «a and b», «a, b and c». */
const list = (items: readonly (string | number)[]): string => listFormat.format(items.map(String));
const plural = new Intl.PluralRules('en-GB');
/** «1 municipality», «2 municipalities». */
const municipalities = (n: number) => `${n} ${plural.select(n) === 'one' ? 'municipality' : 'municipalities'}`;

export const en: Strings = {
  list,
  planning,
  openData,
  embed,
  siteName: 'Bosettingstall',
  tagline: 'Settlement of refugees, grants and integration in every Norwegian municipality',
  lang: 'en',
  languageName: 'English',
  nav: { home: 'Municipalities', compare: 'Compare', about: 'About the data', skip: 'Skip to content' },
  status: {
    suppressed: 'withheld (fewer than 5)',
    'not-applicable': 'not applicable',
    missing: 'missing',
    pending: 'awaiting decision',
    /** No source has a figure for the year (e.g. IMDi's settled series before 2012). */
    absent: 'not in the source',
    /** A rate whose count and population cover different territories (domain/rate-territory.ts). */
    'other-territory': 'not computed: the population covers a different area',
  },
  /** For narrow print tables; the brief's footnote explains them. */
  statusShort: {
    suppressed: 'withheld',
    'not-applicable': 'n/a',
    missing: 'missing',
    pending: 'awaiting',
    absent: '–',
    'other-territory': 'not computed',
  },
  /** Where a status means something particular for a measure or a source (format/status-word.ts). */
  statusByMeasure: {
    notApplicable: {
      anmodning: 'no request',
      'opprinnelig-anmodning': 'no request',
      vedtak: 'no request',
      'ema-anmodning': 'no request',
      'ema-vedtak': 'no request',
    },
    /** For narrow print tables. */
    notApplicableShort: 'no req.',
    suppressedKroner: 'withheld (anonymised)',
    suppressedOnPage: 'withheld (privacy)',
    /** IMDi's «avventer vedtak» in a file made after the year ended: no decision was ever registered for it. */
    pendingFinished: 'no decision registered (IMDi: awaiting decision)',
    pendingFinishedShort: 'not registered',
  },
  flags: {
    provisional: 'provisional',
    'lower-bound': 'at least (part is withheld)',
    scraped: "copied from IMDi's web page",
  },
  flagMarks: { provisional: '*', 'lower-bound': '≥', scraped: '†' },
  /** A lower bound in words, where there is room (key figures, key points). */
  atLeast: 'at least',
  /** A figure ingest published with a caveat (data/warnings.csv): marked where it is shown, explained once beside it. */
  caveats: {
    mark: '§',
    word: 'with a caveat',
    legend: 'figure with a caveat (see below)',
    /** «§ 2012: …» under a chart or table. */
    note: (year: number, text: string) => `§ ${year}: ${text}`,
    link: 'Figures shown with a caveat',
    href: '/en/om-dataene/#forbehold',
    /** In the printed brief, where a link cannot be followed. */
    see: 'See «Figures shown with a caveat» under About the data.',
  },
  /** A year whose request IMDi cut after the municipalities had been asked (src/lib/domain/request-cut.ts). */
  requestCut: {
    /** A group's decision sum for the year, not shown (table cell, download status). */
    withheldCell: 'not shown',
    /** Beside a key figure's decision for the year. */
    cardDetail: 'may answer the original request, which was cut in the middle of the year',
    /** Under the brief's comparison table (the funnel's note above says why). */
    briefWithheld: (year: number) =>
      `«not shown»: the groups' sum of decisions for ${year} is not shown, because the municipalities' decisions answer partly the original and partly the reduced request (see the note above).`,
    note: (c: { year: number; before: string; after: string; when: string; original: string | null }) =>
      `The request for ${c.year} was cut in the middle of the year: in ${REQUEST_CUT_WHEN_EN[c.year] ?? c.when}, IMDi reduced the national request from ${c.before} to ${c.after} refugees. Many municipalities had already decided to settle the number originally requested and kept that decision, so the decision for ${c.year} may answer the original request; the request shown is the new one. ${c.original === null ? "Each municipality's original request is not in the data." : `The municipality's original request was ${c.original}.`}`,
    groupWithheld: (year: number, national: string) =>
      `The sum of the municipalities' decisions for ${year} is not shown for the whole country or any other group, nor are shares computed from it: it mixes decisions on the original and on the new request. IMDi itself states that the municipalities decided to settle ${national} refugees in ${year}.`,
  },
  rateNote: {
    early: (year: number, popYear: number) =>
      `Per 1,000 inhabitants for ${year} is calculated from the population on 1 January ${popYear}, the most recent available: IMDi divides by the population at the end of the year (1 January ${year + 1}), which is not yet known.`,
  },
  national: {
    sum: 'sum of the municipalities',
    publisher: "the source's own figure for the whole country",
    restIn: (amount: string, year: number) => `${amount} in ${year}`,
    note: (ownYears: string | null, rest: string | null) =>
      `The whole country is the sum of the municipalities${ownYears ? ` (for ${ownYears}: the source's own figure for the whole country)` : ''}.${rest ? ` IMDi also counts ${rest} under «uoppgitt kommune» (municipality not stated); that is not in the sum, but is in IMDi's own figure for the whole country.` : ''}`,
  },
  exportStatus: {
    ok: 'figure',
    'lower-bound': 'at least (part is hidden or itself a minimum)',
    partial: 'partial (not every kommune has a figure)',
    'lower-bound-partial': 'at least, and partial (not every kommune has a figure)',
  },
  /** The Excel files the pages make (client/xlsx.ts): the sheets' names and the sources sheet's header; the figures sheet's columns are the stable machine names. */
  workbook: {
    figures: 'Figures',
    sources: 'Sources',
    sourceColumns: ['source', 'publisher, table and file'],
  },
  /** Downloads under each profile panel with a chart, and the comparison's picture (lib/charts/export-svg.ts, profile/panel-export.ts). */
  chartExport: {
    lead: 'Download',
    svg: 'Chart (SVG)',
    png: 'Chart (PNG)',
    csv: 'Figures (CSV)',
    xlsx: 'Figures (XLSX)',
    title: (title: string, whose: string) => `${title} – ${whose}`,
    /** The picture's last line: which dataset and how new (made at build time), and the page it is from. */
    dataset: (version: string, date: string) => `Bosettingstall, dataset version ${version} (sources up to ${date})`,
    stamp: (dataset: string, address: string) => `${dataset} · ${address}`,
    working: 'Making the file …',
    failed: 'The file could not be made. Try again, or download all the kommune’s figures under «Cite».',
  },
  yesNo: { yes: 'yes', no: 'no' },
  unitNames: {
    personer: 'people',
    kroner: 'NOK',
    prosent: 'per cent',
    'per 1000': 'per 1,000',
    prosentpoeng: 'percentage points',
  },
  units: { personer: 'people', kroner: 'NOK', prosent: '%', percentPoints: 'pp' },
  search: {
    placeholder: 'E.g. Tromsø, Guovdageaidnu, 1101',
    results: 'Results',
    hits: (n: number) => `${n} ${plural.select(n) === 'one' ? 'result' : 'results'}`,
    none: 'No results',
    added: (name: string) => `${name} has been added`,
  },
  index: {
    title: 'Find a municipality',
    intro:
      "Refugee settlement – IMDi's request, the municipal council's decision and the number actually settled – IMDi's grants, and how immigrants fare in work and living conditions: for all 357 Norwegian municipalities, with the source of every figure.",
    searchLabel: 'Search for a municipality (name, Sami or Kven name, or number)',
    byFylke: 'All municipalities by county',
  },
  front: {
    heading: 'Map and ranking',
    measure: 'Measure',
    year: 'Year',
    fylke: 'County',
    kostra: 'KOSTRA group',
    centrality: 'Centrality',
    all: 'All',
    provisional: '(provisional)',
    provisionalFigures: '(provisional figures)',
    inset: 'Oslo and Akershus',
    legend: 'Key',
    legendAll: 'all',
    legendBelow: (v: string) => `below ${v}`,
    legendAbove: (v: string) => `${v} and above`,
    legendRange: (a: string, b: string) => `${a} to below ${b}`,
    /** The hidden cells' own words when they share one (format/status-word.ts); these when there are none or several. */
    legendHidden: 'withheld',
    legendHiddenMixed: 'withheld (fewer than 5, or privacy)',
    legendBounds: (n: number) =>
      `${n} with only a lower bound (≥) ${n === 1 ? 'is' : 'are'} coloured by that lower bound`,
    legendNoData: 'no figure / not comparable',
    sort: 'Sort: ',
    sortRank: 'Rank',
    sortName: 'Name',
    sortChange: 'Change',
    download: 'Download the table (CSV)',
    downloadXlsx: 'Download for Excel (XLSX)',
    caption: (label: string, year: number, n: number) =>
      `Ranking: ${lowerFirst(label)}, ${year} (${municipalities(n)})`,
    captionBounds: (n: number) =>
      `≥ means at least: part of the figure is withheld. ${n === 1 ? 'The municipality' : `The ${n} municipalities`} with only a lower bound ${n === 1 ? 'is' : 'are'} listed without a rank after the ranked ones, ordered by the lower bound.`,
    changeWithheld: (year: number, previous: number) =>
      `The change from ${previous} is not shown: the figures for ${year} are provisional (the file was made before the year ended) and are not compared with final figures.`,
    captionOtherTerritory: (n: number) =>
      `«Not computed» per 1,000: for ${n === 1 ? 'one municipality' : `${n} municipalities`} the population covers a different area than the figures (a municipality that was divided, whose figures are kept apart), so the rate is not computed.`,
    captionSmall: (min: string) =>
      `Municipalities with fewer than ${min} inhabitants are listed at the bottom without a rank: their figures vary a lot from year to year.`,
    mapLabel: (label: string, year: number) =>
      `Map: ${lowerFirst(label)} in ${year}, all municipalities. The figures are in the ranking table.`,
    insetLabel: (mapLabel: string) => `Inset: Oslo and Akershus. ${mapLabel}`,
    source: (citation: string) => `Source: ${citation}.`,
    classesQuantile:
      'The classes divide the municipalities with a figure into five groups of about the same size (quintiles); equal values fall in the same class, so the groups can differ in size. The number of municipalities is in brackets.',
    classesFixed:
      'Fixed classes around 100%: 100% means exactly what was requested. The number of municipalities is in brackets.',
    unitLong: { 'per 1000': 'per 1,000 inhabitants', personer: 'people' } as Record<string, string>,
    unitShort: {
      'per 1000': 'per 1,000 inh.',
      prosent: '%',
      prosentpoeng: 'percentage points',
      kroner: 'NOK',
      personer: 'people',
    } as Record<string, string>,
    columns: {
      select: 'Select',
      rank: 'Rank',
      kommune: 'Municipality',
      fylke: 'County',
      perCapita: 'Per 1,000 inh.',
      population: 'Population 1 Jan.',
      change: (y: number) => `Change from ${y}`,
      basis: {
        bosatt: 'Settled',
        anmodning: 'Requested',
        vedtak: 'Decided',
        befolkning: 'Population 1 Jan.',
        tilskudd: 'Grants',
        'innvandrere-grunn': 'Immigrants',
      } as Record<string, string>,
    },
    select: (name: string) => `Select ${name} for comparison`,
    notRanked: 'Not ranked: below the minimum population',
    notRankedBound: 'Not ranked: only a lower bound (part is withheld)',
    minPopulation: 'Rank municipalities with at least',
    minPopulationOption: (n: string) => (n === '0' ? 'all (including the smallest)' : `${n} inhabitants`),
    centralityOptions: ['1 – most central', '2', '3', '4', '5', '6 – least central'],
    kostraOption: (g: number, n: number) => `Group ${g} (${municipalities(n)})`,
    fylkeOption: (name: string, n: number) => `${name} (${n})`,
    compareSelected: 'Compare selected',
    compareHint: 'Tick up to 10 municipalities in the table.',
    selectedCount: (n: number) => `${n} selected`,
    showAll: (n: number) => `Show all ${n}`,
    showing: (shown: number, n: number) => `Showing ${shown} of ${n}.`,
    ignored: (items: string[]) =>
      `The link contained something that does not exist and has been left out: ${items.join(', ')}.`,
  },
  compare: {
    countedOf: (counted: number, members: number) => `${counted} of ${members}`,
    tip: { 'lower-bound': 'at least', partial: 'partial' },
    title: 'Compare municipalities',
    description:
      'Compare settlement, grants and integration between municipalities and with the county, the KOSTRA group and the whole country',
    intro:
      "Choose up to 10 municipalities and add references – the whole country, the county, the KOSTRA group or the centrality class of the first municipality. References are sums of the municipalities' figures; shares for a group are computed from the group's sums, never as an average of percentages. The whole view is kept in the link, so a copied link shows the same.",
    selected: 'Selected municipalities',
    add: 'Add a municipality (name, Sami or Kven name, or number)',
    references: 'References',
    peers: 'Suggested comparable municipalities',
    figures: 'Figures',
    measure: 'Measure',
    perCapita: 'Per 1,000 inhabitants',
    from: 'From',
    to: 'To',
    firstYear: 'First year',
    defaultSpan: 'Last 10 years',
    tableRegion: 'Table of the figures (scrolls sideways)',
    showMore: (n: number) => `Show ${n} more`,
    exportXlsx: 'Download for Excel (XLSX)',
    lastYear: 'Last year',
    provisionalNote: 'Hollow dot and dashed line: provisional figure (the file was made before the year ended).',
    chartHelp:
      'Use the arrow keys in the chart to read each figure: left/right for the year, up/down for the municipality or reference.',
    exportSvg: 'Download the chart (SVG)',
    exportPng: 'Download the chart (PNG)',
    exportCsv: 'Download the figures (CSV)',
    ranked: (y: number) => `Ranked, ${y}`,
    noFigures: 'No figures in the chosen period',
    perCapitaSuffix: ', per 1,000 inhabitants',
    sourceLegend:
      "* provisional. ≥: at least – some of the figures are withheld or are themselves lower bounds. «n of m»: the group figure covers only n of the group's m municipalities (the others lack the figure divided by, or their figure covers another area than the population).",
    ignored: (items: string[]) =>
      `The link contained something that does not exist and has been left out: ${items.join(', ')}.`,
    remove: (name: string) => `Remove ${name}`,
    addOne: 'Add',
    addNamed: (name: string) => `Add ${name}`,
    /** Said visibly and to screen readers when a pick would make more than the page can compare. */
    full: (name: string, max: number) =>
      `${name} has not been added: you can compare up to ${max} municipalities – remove one first.`,
    alreadySelected: (name: string) => `${name} is already selected.`,
    /** A group with more municipalities than fit side by side (KOSTRA group 12 has 11): offered as one reference line. */
    groupTooBig: (group: string, n: number, max: number) =>
      `${group} has ${n} municipalities – more than the ${max} that can be compared side by side. The whole group can be shown as one reference line (the sum of the municipalities' figures).`,
    showGroupAsRef: (group: string) => `Show ${group} as a reference line`,
    groupShownAsRef: (group: string) => `${group} is shown as a reference line in the chart.`,
    showMembers: 'Show the municipalities',
    kommuner: (n: number) => municipalities(n),
    kostraGroup: (g: number | string) => `KOSTRA group ${g}`,
    centralityClass: (c: number | string) => `Centrality class ${c}`,
    refKinds: {
      land: 'Whole country',
      fylke: 'The county',
      kostra: 'The KOSTRA group',
      sentralitet: 'The centrality class',
    },
    chooseFirst: 'Choose a municipality to get suggestions.',
    peersFor: (name: string) => `For ${name}:`,
    peerLists: {
      population: ['Closest in population', "The 15 municipalities closest in population (IMDi's method)."],
      profile: [
        'Similar settlement profile',
        (years: string) => `Closest in request per 1,000 inhabitants and settled of decided, ${years}.`,
      ],
      kostra: ['Same KOSTRA group', "SSB's grouping by population and finances."],
      fylke: ['Same county', 'The municipalities in the same county.'],
    },
    unitLabels: { 'per 1000': 'Per 1,000 inhabitants', prosent: 'Percent', kroner: 'NOK', personer: 'People' },
    chartLabel: (measure: string, perCapita: boolean, names: string[]) =>
      `Line chart: ${lowerFirst(measure)}${perCapita ? ' per 1,000 inhabitants' : ''}, ${names.join(', ')}. The figures are in the table.`,
    barsLabel: (measure: string, year: number | null) => `Bar chart: ${lowerFirst(measure)} in ${year}, ranked.`,
    proposal: {
      ignored: (raw: string) =>
        `proposed decision «${raw}» (must be a whole number from 0 up to 10% of the inhabitants)`,
      mark: (year: number) => `Proposal ${year}`,
      rowHead: (year: number) => `${year} (proposal)`,
      cell: (text: string) => `${text} (proposal)`,
      note: (name: string, n: string, one: boolean, year: number, rate: string | null, popYear: number | null) =>
        `Proposed decision for ${year}: ${name} would settle ${n} ${one ? 'refugee' : 'refugees'}${rate ? ` – ${rate} per 1,000 inhabitants (population 1 January ${popYear})` : ''}. The proposal is not a figure from the sources: it reads «Proposal ${year}» in the chart and «${year} (proposal)» in the table, and is not in the downloads.`,
      otherMeasure: (n: string, year: number) =>
        `The proposed decision (${n} for ${year}) is shown when the measure is decisions or settled refugees.`,
      remove: 'Remove the proposal',
      chartLabel: (year: number) => ` The proposed decision for ${year} is marked as a proposal.`,
    },
  },
  /** A sentence after a panel's summary, by panel id: what its figures count when it differs from the panels beside it. */
  panelNotes: {
    'innvandringsgrunn-arbeid':
      "The figures are for immigrants aged 20–66 (IMDi's file for 2013), not 15–74 as the employment figures elsewhere on the page, and cannot be compared with them.",
  },
  /** Titles of the profile page's panels, by panel id. */
  panels: {
    'andeler-tidligere': 'Employment and other shares',
    barnehage: 'Children aged 1–5 in kindergarten',
    bosetting: 'Request, decision and actual settlement',
    botid: 'Employed immigrants aged 15–74 by years of residence',
    avtalt: 'Agreed with IMDi, not yet settled',
    ema: 'Unaccompanied minor refugees',
    'ema-alder': 'Request for unaccompanied minors by age',
    folketall: 'Population 1 January',
    innvandringsgrunn: 'Immigrants by reason for immigration',
    'innvandringsgrunn-arbeid': 'Employed immigrants aged 20–66 by reason for immigration',
    'intro-deltakere': 'Participants in the introduction programme',
    'intro-status': 'In work or education after the introduction programme',
    landbakgrunn: 'Largest countries of background',
    lavinntekt: 'Persistent low income',
    sekundaerflytting: 'Refugees living in the municipality: first municipality of settlement or moved here',
    sosialhjelp: 'Recipients of social assistance',
    sysselsetting: 'Employment aged 15–74: immigrants and the rest of the population',
    tilskudd: 'Grants by scheme',
    ukrainere: 'Settled with collective protection (mostly Ukrainians) and other refugees',
    utdanning: 'Educational attainment: immigrants and the rest of the population',
    // Panels of the tables npm run fetch gets from SSB and FHI (issue 13).
    'sysselsatte-landbakgrunn': 'Employed by country background (SSB)',
    'lavinntekt-fhi': 'Persistent low income by immigrant category (FHI)',
  } as Record<string, string>,
  profile: {
    newest: (year: number) => `Newest figures: ${year}`,
    population: 'Population',
    kostra: 'KOSTRA group',
    centrality: 'Centrality',
    fylke: 'County',
    number: 'Municipality number',
    otherNames: 'Also',
    sections: {
      settlement: 'Settlement of refugees',
      grants: 'Grants from IMDi',
      population: 'Population and immigrants',
      work: 'Work and living conditions',
      predecessors: 'Former municipalities',
      sources: 'Sources',
    },
    showTable: 'Show the figures as a table',
    source: 'Source',
    year: 'Year',
    noData: 'The sources have no figures for the municipality.',
    latestYear: (y: number) => `Last year with figures: ${y}.`,
    compareLink: (name: string) => `Compare ${name} with other municipalities`,
    briefLink: 'Brief for the municipal council (print)',
    briefIn: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
    newestLabel: 'Newest figures:',
    noNewer: (topics: string[]) => `The sources have no newer figures by municipality for ${list(topics)}.`,
    reformsLabel: 'Municipal reforms:',
    onPage: 'On this page',
    /** The panels' table columns and chart series (profile/build-profile.ts). */
    columns: {
      requested: 'Requested',
      decided: 'Decided',
      settled: 'Settled',
      agreedYet: 'Agreed, not yet settled',
      decisionOfRequest: 'Decided/requested',
      settledOfDecision: 'Settled/decided',
      agreed: 'Agreed, not settled',
      agreedCollective: 'Of whom collective protection',
      under15: 'Under 15',
      age15to18: 'Aged 15–18',
      population: 'Population',
      participants: 'Participants',
      countryImmigrants: 'Whole country: immigrants',
      countryRest: 'Whole country: rest of the population',
      group: 'Group',
      people: 'People',
      share: 'Share',
      country: 'Whole country',
      perInhabitant: 'Total per inhabitant',
      land: 'Country',
    },
    /** The y axis of a line chart, by unit. */
    axis: { prosent: 'Percent', kroner: 'NOK', personer: 'People' } as Record<string, string>,
    /** Short names at the lines' ends. */
    series: {
      total: 'Total',
      livesHere: 'Live here',
      movedHere: 'Moved here',
      all: 'All',
      unknown: 'Not stated',
      alle: 'All',
      flukt: 'Refugee',
      arbeid: 'Work',
      familie: 'Family',
      utdanning: 'Education',
      uoppgitt: 'Not stated',
    },
    introYears: (n: number) => `${n} ${n === 1 ? 'year' : 'years'} after completing the programme`,
    education: {
      innvandrere: 'Immigrants',
      ellers: 'Rest of the population',
      grunnskole: 'Primary and lower secondary',
      vgs: 'Upper secondary',
      uh: 'University/college',
      uoppgitt: 'Not stated',
    },
    panelFootnotes: {
      sharesKnown: 'Shares are computed only when both figures are known and complete',
      agreed:
        '«Agreed, not yet settled»: people the municipality had said yes to, but who had not yet been settled when IMDi took the figures (IMDi gives it only for the running year; – where the source has no figure)',
      perInhabitant: 'Per inhabitant: total grants divided by the population on 1 January the same year.',
      countries:
        'The file does not say whether the Norwegian-born to immigrant parents are included. Countries outside the 16 selected are not included.',
    },
    topics: {
      bosetting: 'settlement',
      tilskudd: 'grants',
      befolkning: 'population',
      arbeid: 'work',
      levekar: 'living conditions',
    } as Record<string, string>,
    predecessorsIntro: (name: string) =>
      `Figures that cannot be put on today's ${name} without dividing or averaging them are shown here for each former municipality separately.`,
    splitBetween: (n: number) => ` – divided between ${n} of today's municipalities`,
    footnote:
      "* provisional figure (the file was made before the year ended). ≥ the sum of former municipalities where part is withheld. † copied from IMDi's web page. «Withheld (fewer than 5)»: small numbers are not published.",
    /** After the publisher's linked page, table and file date: what the file holds and its licence. */
    sourceItem: (title: string, licence: string) => `. ${title}. ${licence}.`,
    description: (name: string) => `Settlement of refugees, grants and integration in ${name} municipality, Norway`,
    /** The answer first: the figures at the top of a profile. */
    key: {
      heading: (year: number) => `Settlement of refugees ${year}`,
      request: 'IMDi requested',
      decision: 'The municipality decided',
      settled: 'Settled',
      newestDecision: (year: number) => `Decision for ${year}`,
      asOf: (date: string) => `provisional figures as of ${date}`,
      scraped: (date: string) => `according to IMDi's web page, ${date}`,
      perThousand: (year: number) => `Settled per 1,000 inhabitants, ${year}`,
      partial:
        "Group figures are computed from the municipalities with a population figure that year; «at least» means that some of the municipalities' figures are withheld or are themselves lower bounds.",
      none: 'The sources have no figures for request, decision or settlement for the municipality.',
      fylke: (name: string) => `${name} county`,
      land: 'Whole country (sum of the municipalities)',
    },
    numberShort: 'Municipality no.',
    inhabitants: (n: string, year: number) => `${n} inhabitants on 1 Jan. ${year}`,
    /** SSB's KOSTRA groups (Samarbeidsdesken's summary of SSB's definitions): inhabitants, bound costs, free income per inhabitant. */
    kostraText: (g: number) => `KOSTRA group ${g}: ${KOSTRA[g] ?? 'no description'}`,
    centralityText: (c: number) =>
      `centrality ${c} of 6 (${c === 1 ? 'most central' : c === 6 ? 'least central' : '1 is the most central, 6 the least'})`,
    oldBadge: (year: number) => `Older figures (${year})`,
    showAllYears: (n: number) => `Show all years (${n})`,
    scrollHint: 'The table scrolls sideways',
    chartHint: 'Point at or tab to a point to see the figure.',
    /** When the municipality's figures last changed (src/lib/profile/last-changed.ts), beside «Newest figures». */
    lastChanged: {
      /** What the dataset as a whole is, before what changed for this municipality (two versions, each said in words). */
      dataset: (version: string, vintage: string) =>
        `The dataset is version ${version}, with sources up to and including ${vintage}.`,
      changed: (name: string, release: string, vintage: string, counts: string) =>
        `The figures for ${name} last changed in dataset version ${release} (sources up to and including ${vintage}): ${counts}.`,
      changedNow: (name: string, counts: string) => `The figures for ${name} last changed in this version: ${counts}.`,
      /** The non-zero counts, in About the data's order: «8 figures added, 20 removed and 8 changed». */
      counts: (added: string | null, removed: string | null, revised: string | null) => {
        const parts = (
          [
            [added, 'added'],
            [removed, 'removed'],
            [revised, 'changed'],
          ] as const
        )
          .filter(([n]) => n !== null)
          .map(([n, what], i) => `${n} ${i === 0 ? (n === '1' ? 'figure ' : 'figures ') : ''}${what}`);
        return list(parts);
      },
      allFormer: ', all in the series for former municipalities',
      someFormer: (n: string, total: string) =>
        `; ${n} of the ${total} figures are in the series for former municipalities`,
      unchanged: (name: string, since: string, oldest: boolean) =>
        `None of the figures for ${name} has changed since dataset version ${since}${oldest ? ', where the change log begins' : ''}.`,
      link: 'See the change log',
    },
  },
  charts: {
    /** The legend entry for the years a divided former municipality's figures stand in (charts/settlement.ts). */
    formerYears: (label: string) => `Settled in ${label} (years marked ‡, the figures are not divided)`,
    formerKommune: 'the former municipality',
    /** The grey band over years without a figure in a line chart (charts/lines.ts). */
    missingBand: 'missing in the sources (not 0)',
    /** The settlement chart's legend (charts/settlement.ts). */
    settlement: {
      settled: 'Settled',
      settledProvisional: 'Settled, provisional',
      requested: 'Requested (IMDi)',
      decided: 'Decided (municipality)',
    },
    provisionalPoint: 'provisional figure',
    toProvisional: 'up to a provisional figure',
    /** NOK in millions: axis title, a value at a line's end («NOK 107.0m»), an axis tick («120m»). */
    millionsAxis: 'NOK million',
    millionsValue: (v: string) => `NOK ${v}m`,
    millionsTick: (v: string) => `${v}m`,
  },
  /** «Key points» on the profile and the brief: the sentences are src/lib/sentences/en.ts keyPoints. */
  keyPoints: {
    heading: 'Key points',
    link: { bosetting: 'See the settlement table', tilskudd: 'See the grants table' },
  },
  brief: {
    /** Header of the tables' first column (a header cell is never empty: axe empty-table-header). */
    measureColumn: 'Measure',
    yearColumn: 'Year',
    countryColumn: 'Whole country',
    peersCaption: 'Compared with the KOSTRA group, the county and the whole country',
    peerRows: {
      settled: 'Settled per 1,000 inhabitants',
      requested: 'Requested per 1,000 inhabitants',
      decisionOfRequest: 'Decision as % of request',
      settledOfDecision: 'Settled as % of decision',
      grants: 'Grants from IMDi per inhabitant',
      refugees: 'Refugees and reunited family per 1,000 inh.',
      employed: 'Employed immigrants aged 15–74, %',
    },
    // Long labels carry a break after «/», so a phone breaks them there, never inside a word at random.
    outcomeRows: {
      employed: 'Employed immigrants',
      employedRest: 'Employed in the rest of the population',
      employed04: 'Employed immigrants, 0–4 years of residence',
      employed10: 'Employed immigrants, 10+ years of residence',
      employedRefugees: 'Employed aged 20–66 who came as refugees',
      lowIncome: 'Persistent low income, immigrants',
      lowIncomeAll: 'Persistent low income, whole population',
      intro: 'In work/\u200beducation 1 year after the introduction programme',
      university: 'Immigrants with university/\u200bcollege education',
    },
    grantsColumns: ['Year', 'Total', 'Per inhabitant', "Divided by the year's settled"],
    requestHeadings: {
      howMany: 'How many?',
      minors: 'Unaccompanied minors?',
      capacity: 'Capacity if the need grows',
      keep: 'What does it take to keep capacity high?',
    },
    // A zero-width space after «/» lets a phone break the column name there, not inside a word.
    funnelColumns: ['Year', 'Requested', 'Decided', 'Settled', 'Decided/\u200breq.', 'Settled/\u200bdecided'],
    title: (name: string) => `Brief: ${name}`,
    back: (name: string) => `← Back to the profile of ${name}`,
    printHint: 'The brief fits on two A4 pages.',
    print: 'Print',
    address: 'Address:',
    printed: 'printed',
    built: 'built',
    largestLabel: (n: number) => `The ${n} largest municipalities (${n})`,
    largestInstead: (name: string, group: string, n: number) =>
      `${name} is alone in KOSTRA group ${group}, so the table compares it with the ${n} largest other municipalities (by population), summed as one group.`,
    formerMark: '‡',
    earlierOnProfile: (first: number) =>
      `Figures from before ${first} exist only for the former municipalities and are shown on the profile page.`,
    /** Around the municipality's official name (components/KommuneName.astro). */
    headingBefore: 'Settlement of refugees in ',
    headingAfter: ': background for a decision',
    meta: (code: string, fylke: string, kostra: string, centrality: string, date: string, version: string) =>
      `Municipality number ${code}, ${fylke}, KOSTRA group ${kostra}, centrality ${centrality}. Dataset as of ${date}, version ${version} (the website always shows the newest version). Figures are Norwegian official statistics, written in the English number format (1,234.5).`,
    funnel: 'Request, decision and settlement',
    funnelFigure: 'Chart: request, decision and settlement',
    chartKey:
      "* provisional figure. † copied from IMDi's web page. ≥ at least. «withheld»: not published (fewer than 5; on IMDi's web page for privacy reasons, may be more). «no req.»: IMDi made no request. «not registered»: IMDi never registered a decision for the year. «n/a»: not applicable.",
    peers: 'Compared with others',
    peersNote:
      "Group figures are sums of the municipalities' figures; shares are computed from the sums. «≥»: at least – some municipalities' figures are withheld or are themselves lower bounds. «(n of m)»: the group figure covers only n of the group's m municipalities (the others lack the figure divided by, or it covers another area). Whole country: the sum of the municipalities. Employment cannot be summed: only the whole country (IMDi's own national row).",
    grants: 'Grants from IMDi',
    outcomes: 'Immigrants in the municipality: work and living conditions (older figures)',
    noOutcomes: 'The sources have no figures for the municipality.',
    /** Years read from the dataset (src/data/brief.ts). */
    outcomesNote: (workLast: number, educationLast: number) =>
      `Covers all immigrants in the municipality, not only refugees settled by agreement with IMDi. The figures are old: the sources have no newer figures by municipality (employment and low income up to ${workLast}, education up to ${educationLast}). Shares in small municipalities rest on few people.`,
    request: "IMDi's request to the municipality",
    sources: 'Sources',
    /** A share of a very small group, not shown (src/lib/brief/small-groups.ts). */
    tooFew: 'too few people',
    people: (n: string) => `${n}\u00a0${n === '1' ? 'person' : 'people'}`,
    countOf: (part: string, whole: string) => `${part} of ${whole}`,
    smallGroups: (minPeople: number, minImmigrants: number) =>
      `The figure in brackets is the number of people the share counts (e.g. the employed). «too few people»: the share rests on fewer than ${minPeople} people, or the municipality has fewer than ${minImmigrants} immigrants and the source does not give the number; as at IMDi and SSB, shares of such small groups are not shown.`,
    /** «Last ned som Word» (src/lib/brief/docx.ts): the button, the file name's first word, a failure. */
    downloadWord: 'Download as Word',
    wordFile: 'brief',
    wordFailed: 'The Word file could not be made. Try again, or print the brief.',
    closing: (version: string, date: string) =>
      `Figures from IMDi and SSB (NLOD/CC BY 4.0). No figure has been computed forward or estimated; «withheld» means not published (in IMDi's files: fewer than 5). Bosettingstall, dataset version ${version} (${date}).`,
  },
  /** How a source is named to a reader: the publisher's page first (a link where the page can link), then the file used. */
  source: {
    name: (publisher: string, page: string) => `${publisher}: ${page}`,
    table: (table: string) => `table ${table}`,
    file: (date: string) => `file from ${date}`,
    /** The years a citation's figures are for, before the file's date. */
    years: (span: string) => `figures for ${span}`,
    /** Plain text (downloads, chart tips): the address after the words. */
    withUrl: (text: string, url: string) => `${text} (${url})`,
    /** The copy actually read: a re-publisher's file, shown on «About the data». */
    retrievedFrom: 'retrieved from',
  },
  footer: {
    from: 'Figures from IMDi, SSB and Kartverket (Norwegian official statistics). This English edition writes numbers the English way (1,234.5); the sources write them the Norwegian way (1 234,5). Names of places, tables and sources are kept in Norwegian.',
    version: 'Dataset version',
    /** What the code is, in words: one version for the whole dataset, not for the page's municipality. */
    versionMeans: 'a code for the whole dataset, which changes when any figure anywhere changes',
    about: 'About the data and the sources',
  },
  mainMenu: 'Main menu',
  languageMenu: 'Language',
  about: {
    title: 'About the data',
    /** Before the link to «Download data». */
    download:
      'The whole dataset as CSV, Excel and a Frictionless Data Package, with the licence and a suggested citation:',
    intro:
      'Every figure on the site is read from public files from IMDi (the Norwegian Directorate of Integration and Diversity), SSB (Statistics Norway) and Kartverket (the Norwegian Mapping Authority). No figure has been computed forward, filled in or estimated: what the sources lack is shown as missing. The figures are Norwegian official statistics; this English edition writes numbers the English way (1,234.5).',
    version: 'Dataset version',
    howHeading: 'How the figures are handled',
    how: [
      [
        'Municipal reforms (2018, 2020, 2024):',
        "every series is shown for today's 357 municipalities. Municipality numbers that only changed are followed. Counts and amounts (NOK) for merged municipalities are summed; if part is withheld, the sum is shown as «at least» (≥). Shares cannot be summed and are shown for each former municipality separately. Figures for municipalities that were later divided (Tysfjord, Snillfjord, Ålesund 2020–2023) are never divided up, but are shown for the former municipality on the pages of all the municipalities it was divided between. The table of changes is checked against SSB's official lists of municipalities for 2013, 2017, 2018, 2019 and 2020.",
      ],
      [
        'Withheld and missing figures:',
        "«withheld (fewer than 5)» (IMDi: «:», «<5», or «anonymised»), «withheld (privacy)» (figures IMDi's web page, SSB or FHI hold back under their own rules; may be 5 or more), «withheld (anonymised)» (amounts in NOK IMDi does not give), «not applicable» («.») and «missing» (an empty cell, or «not available» in IMDi's words) are kept apart from 0 throughout.",
      ],
      [
        'Several sources for the same figure:',
        'the newest file is used. Figures from a file made before the year ended are marked provisional (*).',
      ],
      [
        'Counties, groups and the whole country:',
        "sums of the municipalities' figures (and of former municipalities lying wholly inside the group); shares are computed from the sums. If part is withheld or missing, the sum is marked «at least». A share (also per 1,000 inhabitants) is computed over all the municipalities that have the figure divided by: a withheld figure counts as at least 0 and a «≥» figure at its value, and the share is then marked «≥»; «not applicable» (IMDi made no request) counts as none, as IMDi's own totals do. Municipalities without the figure divided by (e.g. population before a boundary change) or without the figure divided are left out, and the share is marked «n of m». Shares that cannot be summed (employment, low income) are shown for the whole country only where IMDi has a national row of its own. IMDi's own county rows are not used.",
      ],
    ],
    /** The status rules that read a cell's neighbours (src/lib/ingest/harmonize/row-status.ts ROW_STATUS_RULES), one sentence per rule id. */
    rowRulesHeading: 'What an empty field means, from the rest of the row:',
    rules: {
      measureWord: { bosatt: 'settled', tilskudd: 'in grants' },
      rateTerritory: (names: string) =>
        [
          'Figure and population on the same area:',
          `a rate (per 1,000 inhabitants, per inhabitant, share of the population) is computed only when the figure and the population it is divided by cover the same area. Where a municipality was divided, the divided municipality's figures are kept apart up to the division, while SSB's population may already include the part. This applies to ${names}; where the figure and the population cover different areas, the page says «not computed: the population covers a different area» (not «missing», not «withheld»). For counties, groups and the whole country such a municipality is left out of both the count and the population («n of m»), unless the whole divided municipality lies in the group with its figures counted.`,
        ] as [string, string],
      national: (rest: string) =>
        [
          'The whole country:',
          `where the source has a figure of its own for the whole country, that figure is shown. Otherwise the whole country is the sum of the municipalities, and it says «sum of the municipalities». IMDi's own figures for the whole country also include what IMDi counts under «uoppgitt kommune» (municipality not stated): ${rest}. This is said beside the whole country's figures, and it is not in the sum.`,
        ] as [string, string],
    },
    rowRules: {
      'request-beside-decision':
        "a request IMDi writes as «.» beside a decision or more than 0 settled is shown as «missing»: IMDi's file lacks the request (e.g. Oslo 1996, decision 200).",
      'decision-after-request':
        'a decision IMDi writes as «.» where IMDi made a request to the municipality is shown as «missing», not «no request».',
      'settled-after-request':
        'settled written as «.» where the municipality was requested or decided to settle is shown as «missing», not «not applicable» (e.g. Sokndal 2014).',
      'no-decision-row':
        'if the decision row is missing altogether for a municipality that was requested, while the file has decisions for the other municipalities that year, the decision is shown as «missing» (e.g. Kautokeino 2016).',
      'original-request-years':
        "the original request exists only for the years IMDi's files have it (2020 and 2022); other years are «not in the source», not «missing».",
      'country-background-dot':
        'in the file on country background, «.» means the figure does not exist, and is shown as «missing», not «not applicable».',
      'ema-pending':
        'a decision on unaccompanied minors where IMDi writes that the municipality «has not decided how many» is shown as «awaiting decision», as for other decisions.',
    },
    dotsNotPublished: (title: string, outOfPeriod: string, folded: string) =>
      `«.» cells in the file «${title}» not shown as figures of their own: ${outOfPeriod} are under a municipality number in years that number was not in use (the file has a column for every number every year; the area's figure is under that year's own number), and ${folded} belong to municipalities merged later, and count once in the merged municipality's sum.`,
    /** Which years are copies of IMDi's web page, and as of when: read from the figures (src/lib/about/scraped-copies.ts). */
    scraped: (years: string, asOf: string) =>
      [
        "Copied from IMDi's web page (†):",
        `request, decision and settled for ${years} are copied from the tables on IMDi's web page and matched to county and name (the page has no municipality numbers). The copy is of ${asOf}.`,
      ] as const,
    scrapedAsOf: (year: number, date: string) => `${year} as of ${date}`,
    gapsHeading: 'Known gaps in the sources',
    /** Years in these sentences are read from the dataset (src/data/dataset.ts datasetCoverage). */
    gapsFromData: {
      rates: (last: number, introLast: number, educationLast: number) =>
        `No figures by municipality for employment, low income, social assistance and kindergarten after ${last} (introduction programme up to ${introLast}, education up to ${educationLast}).`,
      grants: (missing: string, last: number) =>
        `Grants are missing for ${missing ? `${missing} and for ` : ''}${last + 1} and later.`,
      settled: (last: number, provisionalAsOf?: string) =>
        `Settled by municipality are available up to and including ${last}${provisionalAsOf ? `; ${last} are provisional figures as of ${provisionalAsOf}` : ''}.`,
    },
    gaps: [
      'Family members reunited with refugees per year are not available; the closest is the stock «refugees and their family immigrants».',
      'Country background: only the 15 countries with the most people in the whole country in 2022, and Ukraine. The file has no world regions, and does not say whether the Norwegian-born to immigrant parents are included.',
    ],
    skippedHeading: 'Municipality numbers without a known successor',
    skippedIntro:
      "Some rows in IMDi's files for 1995–2010 use the numbers of municipalities that were merged before 2011 and that none of the reference tables follows further. They are left out, not placed by guesswork:",
    skippedCaption: 'Figures left out, by source and municipality number',
    skippedColumns: ['Source', 'Municipality number', 'Figures (with a value or withheld)'],
    warningsHeading: 'Figures shown with a caveat',
    warningsIntro:
      'Figures shown as the source gives them, but which do not agree with other figures in the same source:',
    warningsCaption: 'Caveats by municipality, year and measure',
    warningsColumns: ['Municipality (no.)', 'Year', 'Measure', 'Caveat', 'Source'],
    sourcesHeading: 'Sources',
    provenanceInNorwegian: 'The titles, origins and notes of each file are in Norwegian.',
    sourcesIntro:
      "The source is the publisher's own page or table. The files we read are copies that others have republished (or copies of IMDi's pages); where each copy was retrieved from, and the file's checksum, are in a column of their own.",
    sourcesCaption: 'Files the dataset is built from',
    sourcesColumns: ["Source (the publisher's page)", 'Table', 'File from', 'Retrieved from', 'Licence', 'Figures'],
    measuresHeading: 'Measures',
    derivedHeading: 'Computed measures (map, ranking and comparison)',
    predecessors: (n: number) => `${n} former municipalities have series of their own.`,
    /** The newest release's changes (src/data/releases.ts). */
    changesHeading: 'Changed in the latest version',
    changesIntro: (release: string, previous: string, added: string, removed: string, revised: string) =>
      `Dataset version ${release} compared with ${previous}: ${added} figures added, ${removed} removed and ${revised} changed (value, status or marking).`,
    changesGoneMeasure: (id: string) => `${id} (measure no longer published)`,
    changesCaption: 'Changed figures by measure',
    changesColumns: ['Measure', 'Year', 'Added', 'Removed', 'Changed'],
    /** Every logged release, each with its anchor (domain/data-version.ts releaseAnchorId): the profiles' «last changed» links here. */
    releasesHeading: 'All dataset versions with changes',
    releaseItem: (
      release: string,
      vintage: string,
      previous: string,
      added: string,
      removed: string,
      revised: string,
    ) =>
      `Dataset version ${release} (sources up to and including ${vintage}), compared with ${previous}: ${added} figures added, ${removed} removed and ${revised} changed.`,
    changesLinks: [
      'All versions with the largest changes (endringer.md, in Norwegian)',
      'All changed and removed figures, old and new value (endringer.csv)',
    ],
  },
  notFound: {
    title: 'Page not found',
    text: 'The address does not exist. Municipality pages have the form /en/kommune/0301-oslo/.',
    search: 'Search for a municipality',
  },
};

/** «Bosatte flyktninger» → «bosatte flyktninger» inside a sentence, keeping a proper name or an acronym (IMDi, EMA) capitalised. */
function lowerFirst(s: string): string {
  return /^[A-ZÆØÅ]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
