import { openData } from './nb-data.ts';
import { embed } from './nb-embed.ts';
import { planning } from './nb-planning.ts';
import type { Widen } from './widen.ts';

/**
 * Every user-facing string of the interface, bokmål. A nynorsk or English
 * file exports the same shape.
 *
 * Two kinds of text live elsewhere, on purpose: measure labels and
 * definitions are data (src/lib/domain/measures.ts, written to
 * measures.csv; nn/en in measures-nn.ts, measures-en.ts), and the sentences
 * built from a kommune's figures are grammar, not strings
 * (src/lib/sentences/: nb.ts, nb-findings.ts, nb-planning.ts behind one
 * interface, reached through sentencesFor(locale) by the profile, its
 * summaries and reform notes, the brief and the planning section): a new
 * language adds sibling modules for those.
 */
/** SSB's KOSTRA groups as Samarbeidsdesken summarises them: inhabitants, bound costs and free disposable income per inhabitant. */
const KOSTRA: Record<number, string> = {
  1: '2 000–9 999 innbyggere, lave bundne kostnader og lave frie inntekter per innbygger',
  2: '2 000–9 999 innbyggere, lave bundne kostnader og middels frie inntekter per innbygger',
  3: '2 000–9 999 innbyggere, lave bundne kostnader og høye frie inntekter per innbygger',
  4: '2 000–9 999 innbyggere, høye bundne kostnader og lave frie inntekter per innbygger',
  5: '2 000–9 999 innbyggere, høye bundne kostnader og middels frie inntekter per innbygger',
  6: '2 000–9 999 innbyggere, høye bundne kostnader og høye frie inntekter per innbygger',
  7: '10 000–19 999 innbyggere, lave bundne kostnader og lave frie inntekter per innbygger',
  8: '10 000–19 999 innbyggere, lave bundne kostnader og middels eller høye frie inntekter per innbygger',
  9: '20 000–29 999 innbyggere, lave bundne kostnader og lave eller middels frie inntekter per innbygger',
  10: '30 000–44 999 innbyggere, lave bundne kostnader og lave frie inntekter per innbygger',
  11: '45 000–74 999 innbyggere, lave bundne kostnader og lave frie inntekter per innbygger',
  12: '75 000–300 000 innbyggere, lave bundne kostnader og lave eller middels frie inntekter per innbygger',
  13: 'Oslo kommune alene',
  14: '600–1 999 innbyggere, middels bundne kostnader og lave eller middels frie inntekter per innbygger',
  15: '600–1 999 innbyggere, middels bundne kostnader og høye frie inntekter per innbygger',
  16: 'under 600 innbyggere',
  17: 'de åtte kommunene med høyest skatteinntekter per innbygger',
};

/** «a», «a og b», «a, b og c». */
const list = (items: readonly (string | number)[]): string =>
  items.length < 2 ? String(items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;

export const nb = {
  list,
  planning,
  openData,
  embed,
  siteName: 'Bosettingstall',
  tagline: 'Bosetting av flyktninger, tilskudd og integrering i alle norske kommuner',
  lang: 'nb',
  /** This language's own name, as the language switch on the other languages' pages writes it. */
  languageName: 'Bokmål',
  nav: { home: 'Kommuner', compare: 'Sammenlign', about: 'Om dataene', skip: 'Hopp til innholdet' },
  status: {
    suppressed: 'skjult (under 5)',
    'not-applicable': 'ikke aktuelt',
    missing: 'mangler',
    pending: 'avventer vedtak',
    /** No source has a figure for the year (e.g. IMDi's settled series before 2012). */
    absent: 'ikke i kilden',
    /** A rate whose count and population cover different territories (domain/rate-territory.ts). */
    'other-territory': 'ikke beregnet: folketallet gjelder et annet område',
  },
  /** For narrow print tables; the brief's footnote explains them. */
  statusShort: {
    suppressed: 'skjult',
    'not-applicable': 'ikke akt.',
    missing: 'mangler',
    pending: 'avventer',
    absent: '–',
    'other-territory': 'ikke beregnet',
  },
  /** Where a status means something particular for a measure or a source (format/status-word.ts). */
  statusByMeasure: {
    notApplicable: {
      anmodning: 'ingen anmodning',
      'opprinnelig-anmodning': 'ingen anmodning',
      vedtak: 'ingen anmodning',
      'ema-anmodning': 'ingen anmodning',
      'ema-vedtak': 'ingen anmodning',
    },
    /** For narrow print tables. */
    notApplicableShort: 'ingen anm.',
    suppressedKroner: 'skjult (anonymisert)',
    suppressedOnPage: 'skjult (personvern)',
    /** IMDi's «avventer vedtak» in a file made after the year ended: no decision was ever registered for it. */
    pendingFinished: 'ingen vedtak registrert (IMDi: avventer vedtak)',
    pendingFinishedShort: 'ikke registrert',
  },
  flags: {
    provisional: 'foreløpig',
    'lower-bound': 'minst (en del er skjult)',
    scraped: 'avskrift av IMDis nettside',
  },
  flagMarks: { provisional: '*', 'lower-bound': '≥', scraped: '†' },
  /** A lower bound in words, where there is room (key figures, Hovedpunkter). */
  atLeast: 'minst',
  /** A figure ingest published with a caveat (data/warnings.csv): marked where it is shown, explained once beside it. */
  caveats: {
    mark: '§',
    word: 'med forbehold',
    legend: 'tall med forbehold (se under)',
    /** «§ 2012: …» under a chart or table. */
    note: (year: number, text: string) => `§ ${year}: ${text}`,
    link: 'Tall vist med forbehold',
    href: '/om-dataene/#forbehold',
    /** In the printed brief, where a link cannot be followed. */
    see: 'Se «Tall vist med forbehold» under Om dataene.',
  },
  /** A year whose request IMDi cut after the kommuner had been asked (src/lib/domain/request-cut.ts). */
  requestCut: {
    /** A group's decision sum for the year, not shown (table cell, download status). */
    withheldCell: 'ikke vist',
    /** Beside a key figure's decision for the year. */
    cardDetail: 'kan svare til den opprinnelige anmodningen, som ble satt ned midt i året',
    /** Under the brief's comparison table (the funnel's note above says why). */
    briefWithheld: (year: number) =>
      `«ikke vist»: gruppenes sum av vedtak for ${year} vises ikke, fordi kommunenes vedtak svarer dels på den opprinnelige, dels på den nedsatte anmodningen (se merknaden over).`,
    note: (c: { year: number; before: string; after: string; when: string; original: string | null }) =>
      `Anmodningen for ${c.year} ble satt ned midt i året: IMDi satte ${c.when} ned anmodningen for hele landet fra ${c.before} til ${c.after} flyktninger. Mange kommuner hadde allerede vedtatt å bosette etter den opprinnelige anmodningen og beholdt vedtaket, så vedtaket for ${c.year} kan svare til den opprinnelige anmodningen; anmodningen som vises, er den nye. ${c.original === null ? 'Den opprinnelige anmodningen til hver kommune finnes ikke i dataene.' : `Kommunens opprinnelige anmodning var ${c.original}.`}`,
    groupWithheld: (year: number, national: string) =>
      `Summen av kommunenes vedtak for ${year} vises ikke for hele landet eller andre grupper, og heller ikke andeler regnet av den: den blander vedtak på den opprinnelige og den nye anmodningen. IMDi oppgir selv at kommunene vedtok å bosette ${national} flyktninger i ${year}.`,
  },
  rateNote: {
    /** Beside a per-1000 figure of IMDi's settlement counts whose population is the newest, not 1 January the year after (views.ts earlyPopulationYear). */
    early: (year: number, popYear: number) =>
      `Per 1000 innbyggere for ${year} er regnet av folketallet 1. januar ${popYear}, det nyeste som finnes: IMDi deler på folketallet ved utgangen av året (1. januar ${year + 1}), og det er ikke kjent ennå.`,
  },
  /** «Hele landet» (domain/national.ts): the sum of the kommuner, the source's own national figure, what IMDi places in no kommune. */
  national: {
    sum: 'sum av kommunene',
    publisher: 'kildens eget tall for hele landet',
    restIn: (amount: string, year: number) => `${amount} i ${year}`,
    note: (ownYears: string | null, rest: string | null) =>
      `Hele landet er summen av kommunene${ownYears ? ` (for ${ownYears}: kildens eget tall for hele landet)` : ''}.${rest ? ` IMDi fører i tillegg ${rest} på «uoppgitt kommune» (ingen kommune); det er ikke med i summen, men i IMDis eget tall for hele landet.` : ''}`,
  },
  /** The downloads' status column for values that are not one figure's own status (format/status-word.ts exportStatusWord). */
  exportStatus: {
    ok: 'tall',
    'lower-bound': 'minst (en del er skjult eller selv en minsteverdi)',
    partial: 'delvis (ikke alle kommunene har tall)',
    'lower-bound-partial': 'minst, og delvis (ikke alle kommunene har tall)',
  },
  /** The Excel files the pages make (client/xlsx.ts): the sheets' names and the sources sheet's header; the figures sheet's columns are the stable machine names. */
  workbook: {
    figures: 'Tall',
    sources: 'Kilder',
    sourceColumns: ['kilde', 'utgiver, tabell og fil'],
  },
  /** Downloads under each profile panel with a chart, and the comparison's picture (lib/charts/export-svg.ts, profile/panel-export.ts). */
  chartExport: {
    /** Before the buttons under a panel. */
    lead: 'Last ned',
    svg: 'Figur (SVG)',
    png: 'Figur (PNG)',
    csv: 'Tall (CSV)',
    xlsx: 'Tall (XLSX)',
    /** The picture's title: the panel's title and whose figures. */
    title: (title: string, whose: string) => `${title} – ${whose}`,
    /** The picture's last line: which dataset and how new (made at build time), and the page it is from. */
    dataset: (version: string, date: string) =>
      `Bosettingstall, datasettversjon ${version} (kilder til og med ${date})`,
    stamp: (dataset: string, address: string) => `${dataset} · ${address}`,
    /** Said in the panel while the file is made, and if it cannot be. */
    working: 'Lager fila …',
    failed: 'Fila kunne ikke lages. Prøv igjen, eller last ned alle kommunens tall under «Siter».',
  },
  yesNo: { yes: 'ja', no: 'nei' },
  /** A unit named in words («Om dataene»: «Bosatte flyktninger (personer)»). */
  unitNames: {
    personer: 'personer',
    kroner: 'kroner',
    prosent: 'prosent',
    'per 1000': 'per 1000',
    prosentpoeng: 'prosentpoeng',
  },
  units: { personer: 'personer', kroner: 'kr', prosent: '%', percentPoints: 'p.p.' },
  search: {
    placeholder: 'F.eks. Tromsø, Guovdageaidnu, 1101',
    results: 'Treff',
    hits: (n: number) => `${n} treff`,
    none: 'Ingen treff',
    added: (name: string) => `${name} er lagt til`,
  },
  index: {
    title: 'Finn kommunen',
    intro:
      'Anmodning, vedtak og faktisk bosetting av flyktninger, tilskudd fra IMDi og hvordan innvandrere har det i arbeid og levekår – for alle 357 kommuner, med kilde for hvert tall.',
    searchLabel: 'Søk etter kommune (navn, samisk eller kvensk navn, eller nummer)',
    byFylke: 'Alle kommuner etter fylke',
  },
  front: {
    heading: 'Kart og rangering',
    measure: 'Mål',
    year: 'År',
    fylke: 'Fylke',
    kostra: 'KOSTRA-gruppe',
    centrality: 'Sentralitet',
    all: 'Alle',
    provisional: '(foreløpig)',
    provisionalFigures: '(foreløpige tall)',
    inset: 'Oslo og Akershus',
    legend: 'Tegnforklaring',
    legendAll: 'alle',
    legendBelow: (v: string) => `under ${v}`,
    legendAbove: (v: string) => `${v} og mer`,
    legendRange: (a: string, b: string) => `${a} til under ${b}`,
    /** The hidden cells' own words when they share one (format/status-word.ts); these when there are none or several. */
    legendHidden: 'skjult',
    legendHiddenMixed: 'skjult (under 5 eller personvern)',
    legendBounds: (n: number) => `${n} med bare minstetall (≥) er farget etter minstetallet`,
    legendNoData: 'ingen tall / ikke sammenlignbart',
    sort: 'Sorter: ',
    sortRank: 'Rang',
    sortName: 'Navn',
    sortChange: 'Endring',
    download: 'Last ned tabellen (CSV)',
    downloadXlsx: 'Last ned for Excel (XLSX)',
    caption: (label: string, year: number, n: number) => `Rangering: ${label.toLowerCase()}, ${year} (${n} kommuner)`,
    captionBounds: (n: number) =>
      `≥ betyr minst: en del av tallet er skjult. ${n === 1 ? 'Kommunen' : `De ${n} kommunene`} med bare minstetall står uten rang etter de rangerte, ordnet etter minstetallet.`,
    changeWithheld: (year: number, previous: number) =>
      `Endring fra ${previous} vises ikke: tallene for ${year} er foreløpige (fila ble laget før året var omme) og sammenlignes ikke med endelige tall.`,
    captionOtherTerritory: (n: number) =>
      `«Ikke beregnet» per 1000: for ${n === 1 ? 'én kommune' : `${n} kommuner`} gjelder folketallet et annet område enn tallene (en kommune som ble delt, der den delte kommunens tall holdes for seg), så raten regnes ikke ut.`,
    captionSmall: (min: string) =>
      `Kommuner med under ${min} innbyggere står nederst uten rang: tallene deres svinger mye fra år til år.`,
    mapLabel: (label: string, year: number) =>
      `Kart: ${label.toLowerCase()} i ${year}, alle kommuner. Tallene står i rangeringstabellen.`,
    insetLabel: (mapLabel: string) => `Utsnitt: Oslo og Akershus. ${mapLabel}`,
    source: (citation: string) => `Kilde: ${citation}.`,
    classesQuantile:
      'Klassene deler kommunene med tall i fem omtrent like store grupper (kvintiler); like verdier havner i samme klasse, så gruppene kan bli ulike store. Antall kommuner står i parentes.',
    classesFixed:
      'Faste klasser rundt 100 %: 100 % betyr akkurat det som ble bedt om. Antall kommuner står i parentes.',
    unitLong: { 'per 1000': 'per 1000 innbyggere', personer: 'personer' } as Record<string, string>,
    unitShort: {
      'per 1000': 'per 1000 innb.',
      prosent: '%',
      prosentpoeng: 'prosentpoeng',
      kroner: 'kr',
      personer: 'personer',
    } as Record<string, string>,
    columns: {
      select: 'Velg',
      rank: 'Rang',
      kommune: 'Kommune',
      fylke: 'Fylke',
      perCapita: 'Per 1000 innb.',
      population: 'Folketall 1.1.',
      change: (y: number) => `Endring fra ${y}`,
      basis: {
        bosatt: 'Bosatt',
        anmodning: 'Anmodet',
        vedtak: 'Vedtatt',
        befolkning: 'Folketall 1.1.',
        tilskudd: 'Tilskudd',
        'innvandrere-grunn': 'Innvandrere',
      } as Record<string, string>,
    },
    select: (name: string) => `Velg ${name} for sammenligning`,
    notRanked: 'Ikke rangert: under minste folketall',
    notRankedBound: 'Ikke rangert: bare et minstetall (en del er skjult)',
    minPopulation: 'Ranger kommuner med minst',
    minPopulationOption: (n: string) => (n === '0' ? 'alle (også de minste)' : `${n} innbyggere`),
    centralityOptions: ['1 – mest sentrale', '2', '3', '4', '5', '6 – minst sentrale'],
    kostraOption: (g: number, n: number) => `Gruppe ${g} (${n} ${n === 1 ? 'kommune' : 'kommuner'})`,
    fylkeOption: (name: string, n: number) => `${name} (${n})`,
    compareSelected: 'Sammenlign valgte',
    compareHint: 'Kryss av opptil 10 kommuner i tabellen.',
    selectedCount: (n: number) => `${n} valgt`,
    showAll: (n: number) => `Vis alle ${n}`,
    showing: (shown: number, n: number) => `Viser ${shown} av ${n}.`,
    ignored: (items: string[]) => `Lenken inneholdt noe som ikke finnes og som er utelatt: ${items.join(', ')}.`,
  },
  compare: {
    /** «231 av 357»: how many of a group's members a value is built on. */
    countedOf: (counted: number, members: number) => `${counted} av ${members}`,
    /** In a chart tip, after the value: what a group value's status means. */
    tip: { 'lower-bound': 'minst', partial: 'delvis' },
    title: 'Sammenlign kommuner',
    description:
      'Sammenlign bosetting, tilskudd og integrering mellom kommuner og med fylket, KOSTRA-gruppen og hele landet',
    intro:
      'Velg opptil 10 kommuner og legg til referanser – hele landet, fylket, KOSTRA-gruppen eller sentralitetsklassen til den første kommunen. Referansene er summer av kommunenes tall; andeler for en gruppe regnes fra gruppens summer, aldri som snitt av prosenter. Hele visningen ligger i lenken, så en kopiert lenke viser det samme.',
    selected: 'Valgte kommuner',
    add: 'Legg til kommune (navn, samisk eller kvensk navn, eller nummer)',
    references: 'Referanser',
    peers: 'Forslag til sammenlignbare kommuner',
    figures: 'Tall',
    measure: 'Mål',
    perCapita: 'Per 1000 innbyggere',
    from: 'Fra',
    to: 'Til',
    firstYear: 'Første år',
    defaultSpan: 'Siste 10 år',
    tableRegion: 'Tabell med tallene (kan rulles sideveis)',
    showMore: (n: number) => `Vis ${n} flere`,
    exportXlsx: 'Last ned for Excel (XLSX)',
    lastYear: 'Siste år',
    provisionalNote: 'Hul prikk og stiplet linje: foreløpig tall (fila ble laget før året var omme).',
    chartHelp:
      'Bruk piltastene i figuren for å lese hvert tall: venstre/høyre for år, opp/ned for kommune eller referanse.',
    exportSvg: 'Last ned figuren (SVG)',
    exportPng: 'Last ned figuren (PNG)',
    exportCsv: 'Last ned tallene (CSV)',
    ranked: (y: number) => `Rangert, ${y}`,
    noFigures: 'Ingen tall i valgt periode',
    perCapitaSuffix: ', per 1000 innbyggere',
    sourceLegend:
      '* foreløpig. ≥: minst – en del av tallene er skjult eller selv en minsteverdi. «n av m»: gruppetallet gjelder bare n av gruppens m kommuner (de andre mangler tallet å dele på, eller det gjelder et annet område enn folketallet).',
    ignored: (items: string[]) => `Lenken inneholdt noe som ikke finnes og som er utelatt: ${items.join(', ')}.`,
    remove: (name: string) => `Fjern ${name}`,
    addOne: 'Legg til',
    addNamed: (name: string) => `Legg til ${name}`,
    /** Said visibly and to screen readers when a pick would make more than the page can compare. */
    full: (name: string, max: number) =>
      `${name} er ikke lagt til: du kan sammenligne opptil ${max} kommuner – fjern én først.`,
    alreadySelected: (name: string) => `${name} er allerede valgt.`,
    /** A group with more kommuner than fit side by side (KOSTRA group 12 has 11): offered as one reference line. */
    groupTooBig: (group: string, n: number, max: number) =>
      `${group} har ${n} kommuner – flere enn de ${max} som kan sammenlignes side om side. Hele gruppen kan vises som én referanselinje (summen av kommunenes tall).`,
    showGroupAsRef: (group: string) => `Vis ${group} som referanselinje`,
    groupShownAsRef: (group: string) => `${group} vises som referanselinje i figuren.`,
    showMembers: 'Vis kommunene',
    kommuner: (n: number) => `${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
    kostraGroup: (g: number | string) => `KOSTRA-gruppe ${g}`,
    centralityClass: (c: number | string) => `Sentralitetsklasse ${c}`,
    refKinds: { land: 'Hele landet', fylke: 'Fylket', kostra: 'KOSTRA-gruppen', sentralitet: 'Sentralitetsklassen' },
    chooseFirst: 'Velg en kommune for å få forslag.',
    peersFor: (name: string) => `For ${name}:`,
    peerLists: {
      population: ['Nærmest i folketall', 'De 15 kommunene med folketall nærmest (IMDis metode).'],
      /** The years the settlement profile is averaged over come from the data (data/compare.ts profileYears). */
      profile: [
        'Lik bosettingsprofil',
        (years: string) => `Nærmest i anmodning per 1000 innbyggere og bosatt av vedtak, ${years}.`,
      ],
      kostra: ['Samme KOSTRA-gruppe', 'SSBs gruppering etter folketall og økonomi.'],
      fylke: ['Samme fylke', 'Kommunene i samme fylke.'],
    },
    unitLabels: { 'per 1000': 'Per 1000 innbyggere', prosent: 'Prosent', kroner: 'Kroner', personer: 'Personer' },
    chartLabel: (measure: string, perCapita: boolean, names: string[]) =>
      `Linjediagram: ${measure.toLowerCase()}${perCapita ? ' per 1000 innbyggere' : ''}, ${names.join(', ')}. Tallene står i tabellen.`,
    barsLabel: (measure: string, year: number | null) => `Stolpediagram: ${measure.toLowerCase()} i ${year}, rangert.`,
    /** A proposed decision carried from the profile's «Planlegg vedtaket» (`?vedtak=40`): marked as a proposal, never as a figure. */
    proposal: {
      ignored: (raw: string) => `forslag til vedtak «${raw}» (må være et helt tall fra 0 til 10 % av innbyggerne)`,
      mark: (year: number) => `Forslag ${year}`,
      rowHead: (year: number) => `${year} (forslag)`,
      cell: (text: string) => `${text} (forslag)`,
      note: (name: string, n: string, one: boolean, year: number, rate: string | null, popYear: number | null) =>
        `Forslag til vedtak for ${year}: ${name} bosetter ${n} ${one ? 'flyktning' : 'flyktninger'}${rate ? ` – ${rate} per 1000 innbyggere (folketall 1. januar ${popYear})` : ''}. Forslaget er ikke et tall fra kildene: det står som «Forslag ${year}» i figuren og «${year} (forslag)» i tabellen, og er ikke med i nedlastingene.`,
      otherMeasure: (n: string, year: number) =>
        `Forslaget til vedtak (${n} for ${year}) vises når målet er vedtak eller bosatte flyktninger.`,
      remove: 'Fjern forslaget',
      chartLabel: (year: number) => ` Forslaget til vedtak for ${year} er merket som forslag.`,
    },
  },
  /** A sentence after a panel's summary, by panel id: what its figures count when it differs from the panels beside it. */
  panelNotes: {
    'innvandringsgrunn-arbeid':
      'Tallene gjelder innvandrere 20–66 år (IMDis fil for 2013), ikke 15–74 år som sysselsettingen ellers på siden, og kan ikke sammenlignes med dem.',
  },
  /** Titles of the profile page's panels, by panel id. */
  panels: {
    'andeler-tidligere': 'Sysselsetting og andre andeler',
    barnehage: 'Barn 1–5 år i barnehage',
    bosetting: 'Anmodning, vedtak og faktisk bosetting',
    botid: 'Sysselsatte innvandrere 15–74 år etter botid',
    avtalt: 'Avtalt med IMDi, ikke bosatt ennå',
    ema: 'Enslige mindreårige flyktninger',
    'ema-alder': 'Anmodning om enslige mindreårige etter alder',
    folketall: 'Folketall 1. januar',
    innvandringsgrunn: 'Innvandrere etter innvandringsgrunn',
    'innvandringsgrunn-arbeid': 'Sysselsatte innvandrere 20–66 år etter innvandringsgrunn',
    'intro-deltakere': 'Deltakere i introduksjonsprogrammet',
    'intro-status': 'I arbeid eller utdanning etter introduksjonsprogrammet',
    landbakgrunn: 'Største landbakgrunner',
    lavinntekt: 'Vedvarende lavinntekt',
    sekundaerflytting: 'Flyktninger som bor i kommunen: første bosettingskommune eller flyttet hit',
    sosialhjelp: 'Mottakere av sosialhjelp',
    sysselsetting: 'Sysselsetting 15–74 år: innvandrere og befolkningen ellers',
    tilskudd: 'Tilskudd etter ordning',
    ukrainere: 'Bosatte med kollektiv beskyttelse (for det meste ukrainere) og øvrige flyktninger',
    utdanning: 'Utdanningsnivå: innvandrere og befolkningen ellers',
    // Panels of the tables npm run fetch gets from SSB and FHI (issue 13).
    'sysselsatte-landbakgrunn': 'Sysselsatte etter landbakgrunn (SSB)',
    'lavinntekt-fhi': 'Vedvarende lavinntekt etter innvandringskategori (FHI)',
  } as Record<string, string>,
  profile: {
    newest: (year: number) => `Nyeste tall: ${year}`,
    population: 'Folketall',
    kostra: 'KOSTRA-gruppe',
    centrality: 'Sentralitet',
    fylke: 'Fylke',
    number: 'Kommunenummer',
    otherNames: 'Også',
    sections: {
      settlement: 'Bosetting av flyktninger',
      grants: 'Tilskudd fra IMDi',
      population: 'Befolkning og innvandrere',
      work: 'Arbeid og levekår',
      predecessors: 'Tidligere kommuner',
      sources: 'Kilder',
    },
    showTable: 'Vis tallene som tabell',
    source: 'Kilde',
    year: 'År',
    noData: 'Ingen tall for kommunen i kildene.',
    latestYear: (y: number) => `Siste år med tall: ${y}.`,
    compareLink: (name: string) => `Sammenlign ${name} med andre kommuner`,
    briefLink: 'Notat til kommunestyret (utskrift)',
    /** «Notat … : bokmål / nynorsk / engelsk»: the brief in each language, side by side. */
    briefIn: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
    newestLabel: 'Nyeste tall:',
    noNewer: (topics: string[]) => `Kildene har ikke nyere tall per kommune for ${topics.join(' og ')}.`,
    reformsLabel: 'Kommunereformer:',
    onPage: 'Innhold på siden',
    /** The panels' table columns and chart series (profile/build-profile.ts). */
    columns: {
      requested: 'Anmodet',
      decided: 'Vedtatt',
      settled: 'Bosatt',
      agreedYet: 'Avtalt, ikke bosatt ennå',
      decisionOfRequest: 'Vedtak av anmodning',
      settledOfDecision: 'Bosatt av vedtak',
      agreed: 'Avtalt, ikke bosatt',
      agreedCollective: 'Herav kollektiv beskyttelse',
      under15: 'Under 15 år',
      age15to18: '15–18 år',
      population: 'Folketall',
      participants: 'Deltakere',
      countryImmigrants: 'Hele landet: innvandrere',
      countryRest: 'Hele landet: befolkningen ellers',
      group: 'Gruppe',
      people: 'Personer',
      share: 'Andel',
      country: 'Hele landet',
      perInhabitant: 'Totalt per innbygger',
      land: 'Land',
    },
    /** The y axis of a line chart, by unit. */
    axis: { prosent: 'Prosent', kroner: 'Kroner', personer: 'Personer' } as Record<string, string>,
    /** Short names at the lines' ends. */
    series: {
      total: 'Totalt',
      livesHere: 'Bor her',
      movedHere: 'Flyttet hit',
      all: 'Alle',
      unknown: 'Uoppgitt',
      alle: 'Alle',
      flukt: 'Flukt',
      arbeid: 'Arbeid',
      familie: 'Familie',
      utdanning: 'Utdanning',
      uoppgitt: 'Uoppgitt',
    },
    introYears: (n: number) => `${n} år etter avsluttet program`,
    education: {
      innvandrere: 'Innvandrere',
      ellers: 'Befolkningen ellers',
      grunnskole: 'Grunnskole',
      vgs: 'Videregående',
      uh: 'Universitet/høgskole',
      uoppgitt: 'Uoppgitt',
    },
    panelFootnotes: {
      sharesKnown: 'Andeler regnes bare når begge tallene er kjente og fullstendige',
      agreed:
        '«Avtalt, ikke bosatt ennå»: personer kommunen hadde sagt ja til, men som ennå ikke var bosatt da IMDi hentet tallene (IMDi oppgir det bare for året som pågår; – der kilden ikke har tallet)',
      perInhabitant: 'Per innbygger: totalt tilskudd delt på folketallet 1. januar samme år.',
      countries:
        'Fila sier ikke om norskfødte med innvandrerforeldre er med. Land utenfor de 16 utvalgte er ikke tatt inn.',
    },
    topics: {
      bosetting: 'bosetting',
      tilskudd: 'tilskudd',
      befolkning: 'befolkning',
      arbeid: 'arbeid',
      levekar: 'levekår',
    } as Record<string, string>,
    predecessorsIntro: (name: string) =>
      `Tall som ikke kan legges på dagens ${name} uten å dele eller gjennomsnittsberegne, vises her for hver tidligere kommune for seg.`,
    splitBetween: (n: number) => ` – delt mellom ${n} av dagens kommuner`,
    footnote:
      '* foreløpig tall (fila ble laget før året var omme). ≥ summen av tidligere kommuner der en del er skjult. † avskrift av IMDis nettside. «Skjult (under 5)»: små tall publiseres ikke.',
    /** After the publisher's linked page, table and file date: what the file holds and its licence. */
    sourceItem: (title: string, licence: string) => `. ${title}. ${licence}.`,
    description: (name: string) => `Bosetting av flyktninger, tilskudd og integrering i ${name} kommune`,
    /** The answer first: the figures at the top of a profile. */
    key: {
      heading: (year: number) => `Bosetting av flyktninger ${year}`,
      request: 'IMDi ba om',
      decision: 'Kommunen vedtok',
      settled: 'Bosatt',
      newestDecision: (year: number) => `Vedtak for ${year}`,
      asOf: (date: string) => `foreløpige tall per ${date}`,
      scraped: (date: string) => `ifølge IMDis nettside, ${date}`,
      perThousand: (year: number) => `Bosatte per 1000 innbyggere, ${year}`,
      partial:
        'Gruppetall regnes av kommunene som har folketall det året; «minst» betyr at noen av kommunenes tall er skjult eller selv minsteverdier.',
      none: 'Kildene har ingen tall for anmodning, vedtak eller bosetting for kommunen.',
      fylke: (name: string) => `${name} fylke`,
      land: 'Hele landet (sum av kommunene)',
    },
    numberShort: 'Kommunenr.',
    inhabitants: (n: string, year: number) => `${n} innbyggere 1.1.${year}`,
    /** SSB's KOSTRA groups (Samarbeidsdesken's summary of SSB's definitions): inhabitants, bound costs, free income per inhabitant. */
    kostraText: (g: number) => `KOSTRA-gruppe ${g}: ${KOSTRA[g] ?? 'uten beskrivelse'}`,
    centralityText: (c: number) =>
      `sentralitet ${c} av 6 (${c === 1 ? 'mest sentral' : c === 6 ? 'minst sentral' : '1 er mest sentral, 6 minst'})`,
    oldBadge: (year: number) => `Eldre tall (${year})`,
    showAllYears: (n: number) => `Vis alle år (${n})`,
    scrollHint: 'Tabellen kan rulles sideveis',
    chartHint: 'Pek på eller tab til et punkt for å se tallet.',
    /** When the kommune's figures last changed (src/lib/profile/last-changed.ts), beside «Nyeste tall». */
    lastChanged: {
      /** What the dataset as a whole is, before what changed for this kommune (two versions, each said in words). */
      dataset: (version: string, vintage: string) =>
        `Datasettet er versjon ${version}, med kilder til og med ${vintage}.`,
      changed: (name: string, release: string, vintage: string, counts: string) =>
        `Tallene for ${name} ble sist endret i datasettversjon ${release} (kilder til og med ${vintage}): ${counts}.`,
      changedNow: (name: string, counts: string) => `Tallene for ${name} ble sist endret i denne versjonen: ${counts}.`,
      /** The non-zero counts, in Om dataene's order: «8 tall lagt til, 20 fjernet og 8 endret». */
      counts: (added: string | null, removed: string | null, revised: string | null) => {
        const parts = (
          [
            [added, 'lagt til'],
            [removed, 'fjernet'],
            [revised, 'endret'],
          ] as const
        )
          .filter(([n]) => n !== null)
          .map(([n, what], i) => `${n} ${i === 0 ? 'tall ' : ''}${what}`);
        return list(parts);
      },
      allFormer: ', alle i seriene for tidligere kommuner',
      someFormer: (n: string, total: string) => `; ${n} av de ${total} tallene gjelder seriene for tidligere kommuner`,
      unchanged: (name: string, since: string, oldest: boolean) =>
        `Ingen av tallene for ${name} er endret etter datasettversjon ${since}${oldest ? ', der endringsloggen begynner' : ''}.`,
      link: 'Se endringsloggen',
    },
  },
  charts: {
    /** The legend entry for the years a divided former kommune's figures stand in (charts/settlement.ts). */
    formerYears: (label: string) => `Bosatt i ${label} (år merket ‡, tallene er ikke delt opp)`,
    formerKommune: 'den tidligere kommunen',
    /** The grey band over years without a figure in a line chart (charts/lines.ts). */
    missingBand: 'mangler i kildene (ikke 0)',
    /** The settlement chart's legend (charts/settlement.ts). */
    settlement: {
      settled: 'Bosatt',
      settledProvisional: 'Bosatt, foreløpig',
      requested: 'Anmodet (IMDi)',
      decided: 'Vedtatt (kommunen)',
    },
    /** A line chart's legend for a provisional point and the dashed segment to it (charts/lines.ts). */
    provisionalPoint: 'foreløpig tall',
    toProvisional: 'fram til foreløpig tall',
    /** Kroner in millions: the axis title, a value at a line's end («107,0 mill. kr») and an axis tick («120 mill.»). */
    millionsAxis: 'Mill. kr',
    millionsValue: (v: string) => `${v} mill. kr`,
    millionsTick: (v: string) => `${v} mill.`,
  },
  /** «Hovedpunkter» on the profile and the brief: the sentences are src/lib/sentences/nb.ts keyPoints. */
  keyPoints: {
    heading: 'Hovedpunkter',
    link: { bosetting: 'Se tabellen over bosetting', tilskudd: 'Se tabellen over tilskudd' },
  },
  brief: {
    /** Header of the tables' first column (a header cell is never empty: axe empty-table-header). */
    measureColumn: 'Mål',
    yearColumn: 'År',
    countryColumn: 'Hele landet',
    peersCaption: 'Sammenlignet med KOSTRA-gruppen, fylket og hele landet',
    peerRows: {
      settled: 'Bosatte per 1000 innbyggere',
      requested: 'Anmodet per 1000 innbyggere',
      decisionOfRequest: 'Vedtak i % av anmodning',
      settledOfDecision: 'Bosatte i % av vedtak',
      grants: 'Tilskudd fra IMDi per innbygger',
      refugees: 'Flyktninger og familie\u00adgjenforente per 1000 innb.',
      employed: 'Sysselsatte innvandrere, % av 15–74 år',
    },
    // Long labels carry a soft hyphen or a break after «/», so a phone breaks them there, never inside a word at random.
    outcomeRows: {
      employed: 'Sysselsatte innvandrere',
      employedRest: 'Sysselsatte i befolkningen ellers',
      employed04: 'Sysselsatte innvandrere, botid 0–4 år',
      employed10: 'Sysselsatte innvandrere, botid 10 år+',
      employedRefugees: 'Sysselsatte 20–66 år, innvandret på grunn av flukt',
      lowIncome: 'Vedvarende lavinntekt, innvandrere',
      lowIncomeAll: 'Vedvarende lavinntekt, hele befolkningen',
      intro: 'I arbeid/\u200butdanning 1 år etter introduksjons\u00adprogram',
      university: 'Innvandrere med universitet/\u200bhøgskole',
    },
    grantsColumns: ['År', 'Totalt', 'Per innbygger', 'Delt på årets bosatte'],
    requestHeadings: {
      howMany: 'Hvor mange?',
      minors: 'Enslige mindreårige?',
      capacity: 'Kapasitet hvis behovet øker',
      keep: 'Hva skal til for å opprettholde høy kapasitet?',
    },
    // A zero-width space after «/» lets a phone break the column name there, not inside a word.
    funnelColumns: ['År', 'Anmodet', 'Vedtatt', 'Bosatt', 'Vedtak/\u200banm.', 'Bosatt/\u200bvedtak'],
    title: (name: string) => `Notat: ${name}`,
    back: (name: string) => `← Tilbake til profilen for ${name}`,
    printHint: 'Notatet passer på to A4-sider.',
    print: 'Skriv ut',
    address: 'Adresse:',
    printed: 'skrevet ut',
    built: 'laget',
    largestLabel: (n: number) => `De ${n} største kommunene (${n})`,
    largestInstead: (name: string, group: string, n: number) =>
      `${name} er alene i KOSTRA-gruppe ${group}, så tabellen sammenligner med de ${n} største kommunene ellers (etter folketall), summert som en gruppe.`,
    formerMark: '‡',
    earlierOnProfile: (first: number) =>
      `Tall fra før ${first} finnes bare for de tidligere kommunene og står på profilsiden.`,
    /** Around the kommune's official name (components/KommuneName.astro). */
    headingBefore: 'Bosetting av flyktninger i ',
    headingAfter: ': grunnlag for vedtak',
    meta: (code: string, fylke: string, kostra: string, centrality: string, date: string, version: string) =>
      `Kommunenummer ${code}, ${fylke}, KOSTRA-gruppe ${kostra}, sentralitet ${centrality}. Datasett per ${date}, versjon ${version} (nettstedet viser alltid nyeste versjon).`,
    funnel: 'Anmodning, vedtak og bosetting',
    funnelFigure: 'Figur: anmodning, vedtak og bosetting',
    chartKey:
      '* foreløpig tall. † avskrift av IMDis nettside. ≥ minst. «skjult»: ikke publisert (under 5; på IMDis nettside av personvernhensyn, kan være flere). «ingen anm.»: IMDi anmodet ikke. «ikke registrert»: IMDi registrerte aldri vedtak for året. «ikke akt.»: ikke aktuelt.',
    peers: 'Sammenlignet med andre',
    peersNote:
      'Gruppetall er summer av kommunenes tall; andeler regnes fra summene. «≥»: minst – noen kommuners tall er skjult eller selv minsteverdier. «(n av m)»: gruppetallet gjelder bare n av gruppens m kommuner (de andre mangler tallet det deles på, eller det gjelder et annet område). Hele landet: sum av kommunene. Sysselsetting kan ikke summeres: bare hele landet (IMDis egen landsrad).',
    grants: 'Tilskudd fra IMDi',
    outcomes: 'Innvandrere i kommunen: arbeid og levekår (eldre tall)',
    noOutcomes: 'Kildene har ingen tall for kommunen.',
    /** Years read from the dataset (src/data/brief.ts). */
    outcomesNote: (workLast: number, educationLast: number) =>
      `Gjelder alle innvandrere i kommunen, ikke bare flyktninger bosatt etter avtale med IMDi. Tallene er gamle: nyere tall per kommune finnes ikke i kildene (sysselsetting og lavinntekt til ${workLast}, utdanning til ${educationLast}). Andelene i små kommuner bygger på få personer.`,
    request: 'IMDis spørsmål til kommunen',
    sources: 'Kilder',
    /** A share of a very small group, not shown (src/lib/brief/small-groups.ts). */
    tooFew: 'for få personer',
    people: (n: string) => `${n}\u00a0personer`,
    /** «140 av 251»: a share's count of its whole. */
    countOf: (part: string, whole: string) => `${part} av ${whole}`,
    smallGroups: (minPeople: number, minImmigrants: number) =>
      `Tallet i parentes er antall personer andelen teller (f.eks. sysselsatte). «for få personer»: andelen bygger på under ${minPeople} personer, eller kommunen har under ${minImmigrants} innvandrere og kilden oppgir ikke antallet; som hos IMDi og SSB vises ikke andeler av så små grupper.`,
    /** «Last ned som Word» (src/lib/brief/docx.ts): the button, the file name's first word, a failure. */
    downloadWord: 'Last ned som Word',
    wordFile: 'notat',
    wordFailed: 'Word-filen kunne ikke lages. Prøv igjen, eller skriv ut notatet.',
    closing: (version: string, date: string) =>
      `Tall fra IMDi og SSB (NLOD/CC BY 4.0). Ingen tall er beregnet fram eller anslått; «skjult» betyr ikke publisert (i IMDis filer: under 5). Bosettingstall, datasettversjon ${version} (${date}).`,
  },
  /** How a source is named to a reader: the publisher's page first (a link where the page can link), then the file used. */
  source: {
    name: (publisher: string, page: string) => `${publisher}: ${page}`,
    table: (table: string) => `tabell ${table}`,
    file: (date: string) => `fil fra ${date}`,
    /** The years a citation's figures are for, before the file's date. */
    years: (span: string) => `tall for ${span}`,
    /** Plain text (downloads, chart tips): the address after the words. */
    withUrl: (text: string, url: string) => `${text} (${url})`,
    /** The copy actually read: a re-publisher's file, shown on «Om dataene». */
    retrievedFrom: 'hentet fra',
  },
  footer: {
    from: 'Tall fra IMDi, SSB og Kartverket.',
    version: 'Datasettversjon',
    /** What the code is, in words: one version for the whole dataset, not for the page's kommune. */
    versionMeans: 'en kode for hele datasettet, som skifter når et tall et sted endres',
    about: 'Om dataene og kildene',
  },
  mainMenu: 'Hovedmeny',
  /** The language switch in the page chrome (its links are each language's own name, in that language). */
  languageMenu: 'Språk',
  about: {
    title: 'Om dataene',
    /** Before the link to «Last ned data». */
    download: 'Hele datasettet som CSV, Excel og Frictionless-datapakke, med lisens og forslag til kildehenvisning:',
    intro:
      'Alle tall på nettstedet er lest fra offentlige filer fra IMDi, SSB og Kartverket. Ingen tall er beregnet fram, fylt inn eller anslått: det som mangler i kildene, vises som manglende.',
    version: 'Datasettversjon',
    howHeading: 'Slik er tallene behandlet',
    how: [
      [
        'Kommunereformer (2018, 2020, 2024):',
        'alle serier vises på dagens 357 kommuner. Kommunenumre som bare er endret, følges. Antall og kroner for sammenslåtte kommuner summeres; er en del skjult, vises summen som «minst» (≥). Andeler kan ikke summeres og vises for hver tidligere kommune for seg. Tall for kommuner som senere ble delt (Tysfjord, Snillfjord, Ålesund 2020–2023) deles aldri opp, men vises for den tidligere kommunen på sidene til alle kommunene den ble delt mellom. Endringstabellen kontrolleres mot SSBs offisielle kommunelister for 2013, 2017, 2018, 2019 og 2020.',
      ],
      [
        'Skjulte og manglende tall:',
        '«skjult (under 5)» (IMDi: «:», «<5», «Anonymisert»), «skjult (personvern)» (tall IMDis nettside, SSB eller FHI holder tilbake etter egne regler; kan være 5 eller flere), «skjult (anonymisert)» (kronebeløp IMDi ikke oppgir), «ikke aktuelt» («.») og «mangler» (tom celle, «Ikke tilgjengelig») holdes adskilt fra 0 hele veien.',
      ],
      [
        'Flere kilder for samme tall:',
        'nyeste fil brukes. Tall fra en fil laget før året var omme, merkes foreløpige (*).',
      ],
      [
        'Fylker, grupper og hele landet:',
        'summer av kommunenes tall (og av tidligere kommuner som ligger helt innenfor gruppen); andeler regnes fra summene. Er en del skjult eller mangler, merkes summen «minst». En andel (også per 1000 innbyggere) regnes over alle kommunene som har tallet det deles på: et skjult tall teller som minst 0 og et «≥»-tall med sin verdi, og da merkes andelen «≥»; «ikke aktuelt» (IMDi anmodet ikke) teller som ingen, slik IMDis egne totaler gjør. Kommuner uten tallet det deles på (f.eks. folketall før en grenseendring) eller uten tallet som deles, holdes utenfor, og andelen merkes «n av m». Andeler som ikke kan summeres (sysselsetting, lavinntekt) vises for hele landet bare der IMDi har en egen landsrad. IMDis egne fylkesrader er ikke brukt.',
      ],
    ],
    /** The status rules that read a cell's neighbours (src/lib/ingest/harmonize/row-status.ts ROW_STATUS_RULES), one sentence per rule id. */
    rowRulesHeading: 'Hva et tomt felt betyr, ut fra resten av raden:',
    /** Rules written from their own data (lib/about/data-rules.ts). */
    rules: {
      measureWord: { bosatt: 'bosatte', tilskudd: 'i tilskudd' },
      rateTerritory: (names: string) =>
        [
          'Tall og folketall på samme område:',
          `en rate (per 1000 innbyggere, per innbygger, andel av befolkningen) regnes bare når tallet og folketallet det deles på gjelder samme område. Der en kommune ble delt, holdes den delte kommunens tall for seg fram til delingen, mens SSBs folketall kan ha med delen allerede. Dette gjelder ${names}; der tallet og folketallet gjelder ulike områder, står det «ikke beregnet: folketallet gjelder et annet område» (ikke «mangler» og ikke «skjult»). For fylker, grupper og hele landet holdes en slik kommune utenfor både tellingen og folketallet («n av m»), med mindre hele den delte kommunen ligger i gruppen og tallene dens er med.`,
        ] as [string, string],
      national: (rest: string) =>
        [
          'Hele landet:',
          `der kilden har et eget tall for hele landet, er det tallet som vises. Ellers er hele landet summen av kommunene, og det står «sum av kommunene». IMDis egne tall for hele landet har også med det IMDi fører på «uoppgitt kommune» (ingen kommune): ${rest}. Det står ved tallene for hele landet, og det er ikke med i summen.`,
        ] as [string, string],
    },
    rowRules: {
      'request-beside-decision':
        'en anmodning IMDi skriver som «.» ved siden av et vedtak eller bosatte over 0, vises som «mangler»: IMDis fil har ikke anmodningen (f.eks. Oslo 1996, vedtak 200).',
      'decision-after-request':
        'et vedtak IMDi skriver som «.» der IMDi anmodet kommunen, vises som «mangler», ikke «ingen anmodning».',
      'settled-after-request':
        'bosatte skrevet som «.» der kommunen ble anmodet eller vedtok å bosette, vises som «mangler», ikke «ikke aktuelt» (f.eks. Sokndal 2014).',
      'no-decision-row':
        'mangler vedtaksraden helt for en kommune som ble anmodet, mens fila har vedtak for de andre kommunene det året, vises vedtaket som «mangler» (f.eks. Kautokeino 2016).',
      'original-request-years':
        'opprinnelig anmodning finnes bare for årene IMDis filer har den (2020 og 2022); andre år er den «ikke i kilden», ikke «mangler».',
      'country-background-dot':
        'i fila om landbakgrunn betyr «.» at tallet ikke finnes, og vises som «mangler», ikke «ikke aktuelt».',
      'ema-pending':
        'vedtak om enslige mindreårige der IMDi skriver at kommunen «har ikke vedtatt hvor mange», vises som «avventer vedtak», som for andre vedtak.',
    },
    /** A file's «.» cells not published as rows of their own (sources.ts dotsNotPublished, counted at ingest). */
    dotsNotPublished: (title: string, outOfPeriod: string, folded: string) =>
      `«.» i fila «${title}» som ikke vises som egne tall: ${outOfPeriod} står under et kommunenummer i år da det nummeret ikke var i bruk (fila har en kolonne for hvert nummer hvert år; området har tallet sitt under årets eget nummer), og ${folded} hører til kommuner som senere er slått sammen, og er med én gang i summen for den sammenslåtte kommunen.`,
    /** Which years are copies of IMDi's web page, and as of when: read from the figures (src/lib/about/scraped-copies.ts). */
    scraped: (years: string, asOf: string) =>
      [
        'Avskrift av IMDis nettside (†):',
        `anmodning, vedtak og bosatte for ${years} er skrevet av fra tabellene på IMDis nettside og koblet på fylke og navn (siden har ikke kommunenummer). Avskriften gjelder ${asOf}.`,
      ] as const,
    scrapedAsOf: (year: number, date: string) => `${year} per ${date}`,
    gapsHeading: 'Kjente hull i kildene',
    /** Years in these sentences are read from the dataset (src/data/dataset.ts datasetCoverage). */
    gapsFromData: {
      rates: (last: number, introLast: number, educationLast: number) =>
        `Ingen tall per kommune for sysselsetting, lavinntekt, sosialhjelp og barnehage etter ${last} (introduksjonsprogram til ${introLast}, utdanning til ${educationLast}).`,
      grants: (missing: string, last: number) =>
        `Tilskudd mangler for ${missing ? `${missing} og for ` : ''}${last + 1} og senere.`,
      settled: (last: number, provisionalAsOf?: string) =>
        `Bosatte per kommune finnes til og med ${last}${provisionalAsOf ? `; ${last} er foreløpige tall per ${provisionalAsOf}` : ''}.`,
    },
    gaps: [
      'Familiegjenforente med flyktninger per år finnes ikke; nærmeste er bestanden «flyktninger og deres familieinnvandrede».',
      'Landbakgrunn: bare de 15 landene med flest personer i hele landet i 2022, og Ukraina. Fila har ingen verdensregioner, og sier ikke om norskfødte med innvandrerforeldre er med.',
    ],
    skippedHeading: 'Kommunenumre uten kjent etterfølger',
    skippedIntro:
      'Noen rader i IMDis filer for 1995–2010 bruker numre på kommuner som ble slått sammen før 2011, og som ingen av referansetabellene følger videre. De er utelatt, ikke gjettet plassert:',
    skippedCaption: 'Utelatte tall etter kilde og kommunenummer',
    skippedColumns: ['Kilde', 'Kommunenummer', 'Tall (med verdi eller skjult)'],
    warningsHeading: 'Tall vist med forbehold',
    warningsIntro: 'Tall som vises slik kilden oppgir dem, men som ikke henger sammen med andre tall i samme kilde:',
    warningsCaption: 'Forbehold etter kommune, år og mål',
    warningsColumns: ['Kommune (nr.)', 'År', 'Mål', 'Forbehold', 'Kilde'],
    sourcesHeading: 'Kilder',
    /** Shown on nynorsk and English pages: the provenance cells are the data's own bokmål. */
    provenanceInNorwegian: 'Titlene, opphavet og merknadene til hver fil står på bokmål.',
    sourcesIntro:
      'Kilden er utgiverens egen side eller tabell. Filene vi leste, er kopier som andre har lagt ut igjen (eller avskrifter av IMDis sider); hvor hver kopi er hentet fra, og kontrollsummen for fila, står i egen kolonne.',
    sourcesCaption: 'Filer datasettet er bygd fra',
    sourcesColumns: ['Kilde (utgiverens side)', 'Tabell', 'Fil fra', 'Hentet fra', 'Lisens', 'Tall'],
    measuresHeading: 'Mål',
    derivedHeading: 'Beregnede mål (kart, rangering og sammenligning)',
    predecessors: (n: number) => `${n} tidligere kommuner har egne serier.`,
    /** The newest release's changes (src/data/releases.ts). */
    changesHeading: 'Endret i siste versjon',
    changesIntro: (release: string, previous: string, added: string, removed: string, revised: string) =>
      `Datasettversjon ${release} sammenlignet med ${previous}: ${added} tall lagt til, ${removed} fjernet og ${revised} endret (verdi, status eller merking).`,
    changesGoneMeasure: (id: string) => `${id} (mål som ikke lenger publiseres)`,
    changesCaption: 'Endrede tall per mål',
    changesColumns: ['Mål', 'År', 'Lagt til', 'Fjernet', 'Endret'],
    /** Every logged release, each with its anchor (domain/data-version.ts releaseAnchorId): the profiles' «sist endret» links here. */
    releasesHeading: 'Alle datasettversjoner med endringer',
    releaseItem: (
      release: string,
      vintage: string,
      previous: string,
      added: string,
      removed: string,
      revised: string,
    ) =>
      `Datasettversjon ${release} (kilder til og med ${vintage}), sammenlignet med ${previous}: ${added} tall lagt til, ${removed} fjernet og ${revised} endret.`,
    changesLinks: [
      'Alle versjoner med de største endringene (endringer.md)',
      'Alle endrede og fjernede tall, gammel og ny verdi (endringer.csv)',
    ],
  },
  notFound: {
    title: 'Fant ikke siden',
    text: 'Adressen finnes ikke. Kommunesidene har formen /kommune/0301-oslo/.',
    search: 'Søk etter en kommune',
  },
} as const;

/** The catalogue's shape: nynorsk and English are `export const nn: Strings = {…}`, so a missing or extra key fails the type check. */
export type Strings = Widen<typeof nb>;
export const t: Strings = nb;
