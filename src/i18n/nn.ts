import type { Strings } from './nb.ts';
import { openData } from './nn-data.ts';
import { embed } from './nn-embed.ts';
import { REQUEST_CUT_WHEN_NN } from './measures-nn.ts';
import { planning } from './nn-planning.ts';

/**
 * Every user-facing string of the interface, nynorsk: the same shape as
 * nb.ts (`Strings`), so a missing or extra key fails the type check. Terms
 * as IMDi writes them on its nynorsk pages and as docs/glossary.csv lists
 * them: busetting, busette/busett, oppmoding, vedtak, vedteke, einslege
 * mindreårige, tilskot, integreringstilskot, innbyggjarar, sysselsette. The
 * status words say what the publisher's symbol means (glossary: status_*).
 */

/** SSB's KOSTRA groups as Samarbeidsdesken summarises them (nb.ts KOSTRA), in nynorsk. */
const KOSTRA: Record<number, string> = {
  1: '2 000–9 999 innbyggjarar, låge bundne kostnader og låge frie inntekter per innbyggjar',
  2: '2 000–9 999 innbyggjarar, låge bundne kostnader og middels frie inntekter per innbyggjar',
  3: '2 000–9 999 innbyggjarar, låge bundne kostnader og høge frie inntekter per innbyggjar',
  4: '2 000–9 999 innbyggjarar, høge bundne kostnader og låge frie inntekter per innbyggjar',
  5: '2 000–9 999 innbyggjarar, høge bundne kostnader og middels frie inntekter per innbyggjar',
  6: '2 000–9 999 innbyggjarar, høge bundne kostnader og høge frie inntekter per innbyggjar',
  7: '10 000–19 999 innbyggjarar, låge bundne kostnader og låge frie inntekter per innbyggjar',
  8: '10 000–19 999 innbyggjarar, låge bundne kostnader og middels eller høge frie inntekter per innbyggjar',
  9: '20 000–29 999 innbyggjarar, låge bundne kostnader og låge eller middels frie inntekter per innbyggjar',
  10: '30 000–44 999 innbyggjarar, låge bundne kostnader og låge frie inntekter per innbyggjar',
  11: '45 000–74 999 innbyggjarar, låge bundne kostnader og låge frie inntekter per innbyggjar',
  12: '75 000–300 000 innbyggjarar, låge bundne kostnader og låge eller middels frie inntekter per innbyggjar',
  13: 'Oslo kommune åleine',
  14: '600–1 999 innbyggjarar, middels bundne kostnader og låge eller middels frie inntekter per innbyggjar',
  15: '600–1 999 innbyggjarar, middels bundne kostnader og høge frie inntekter per innbyggjar',
  16: 'under 600 innbyggjarar',
  17: 'dei åtte kommunane med høgast skatteinntekter per innbyggjar',
};

const joiner = new Intl.ListFormat(['nn', 'nb'], { style: 'long', type: 'conjunction' });
/** «a», «a og b», «a, b og c» (Intl.ListFormat('nn')). */
const list = (items: readonly (string | number)[]): string => joiner.format(items.map(String));

/** «1 kommune», «2 kommunar» (Intl.PluralRules('nn')). */
const plural = new Intl.PluralRules('nn');
const kommunar = (n: number) => (plural.select(n) === 'one' ? 'kommune' : 'kommunar');

export const nn: Strings = {
  list,
  planning,
  openData,
  embed,
  siteName: 'Bosettingstall',
  tagline: 'Busetting av flyktningar, tilskot og integrering i alle norske kommunar',
  lang: 'nn',
  languageName: 'Nynorsk',
  nav: { home: 'Kommunar', compare: 'Samanlikn', about: 'Om dataa', skip: 'Hopp til innhaldet' },
  status: {
    suppressed: 'skjult (under 5)',
    'not-applicable': 'ikkje aktuelt',
    missing: 'manglar',
    pending: 'ventar på vedtak',
    absent: 'ikkje i kjelda',
    /** A rate whose count and population cover different territories (domain/rate-territory.ts). */
    'other-territory': 'ikkje rekna ut: folketalet gjeld eit anna område',
  },
  statusShort: {
    suppressed: 'skjult',
    'not-applicable': 'ikkje akt.',
    missing: 'manglar',
    pending: 'ventar',
    absent: '–',
    'other-territory': 'ikkje rekna ut',
  },
  statusByMeasure: {
    notApplicable: {
      anmodning: 'inga oppmoding',
      'opprinnelig-anmodning': 'inga oppmoding',
      vedtak: 'inga oppmoding',
      'ema-anmodning': 'inga oppmoding',
      'ema-vedtak': 'inga oppmoding',
    },
    notApplicableShort: 'inga oppm.',
    suppressedKroner: 'skjult (anonymisert)',
    suppressedOnPage: 'skjult (personvern)',
    pendingFinished: 'ikkje noko vedtak registrert (IMDi: ventar på vedtak)',
    pendingFinishedShort: 'ikkje registrert',
  },
  flags: {
    provisional: 'førebels',
    'lower-bound': 'minst (ein del er skjult)',
    scraped: 'avskrift av nettsida til IMDi',
  },
  flagMarks: { provisional: '*', 'lower-bound': '≥', scraped: '†' },
  atLeast: 'minst',
  caveats: {
    mark: '§',
    word: 'med atterhald',
    legend: 'tal med atterhald (sjå under)',
    note: (year: number, text: string) => `§ ${year}: ${text}`,
    link: 'Tal med atterhald',
    href: '/om-dataene/#forbehold',
    see: 'Sjå «Tal med atterhald» under Om dataa.',
  },
  requestCut: {
    withheldCell: 'ikkje vist',
    cardDetail: 'kan svare til den opphavlege oppmodinga, som vart sett ned midt i året',
    briefWithheld: (year: number) =>
      `«ikkje vist»: summen av vedtak i gruppene for ${year} blir ikkje vist, fordi vedtaka i kommunane svarar dels på den opphavlege, dels på den nedsette oppmodinga (sjå merknaden over).`,
    note: (c: { year: number; before: string; after: string; when: string; original: string | null }) =>
      `Oppmodinga for ${c.year} vart sett ned midt i året: IMDi sette ${REQUEST_CUT_WHEN_NN[c.year] ?? c.when} ned oppmodinga for heile landet frå ${c.before} til ${c.after} flyktningar. Mange kommunar hadde alt vedteke å busette etter den opphavlege oppmodinga og heldt på vedtaket, så vedtaket for ${c.year} kan svare til den opphavlege oppmodinga; oppmodinga som blir vist, er den nye. ${c.original === null ? 'Den opphavlege oppmodinga til kvar kommune finst ikkje i dataa.' : `Den opphavlege oppmodinga til kommunen var ${c.original}.`}`,
    groupWithheld: (year: number, national: string) =>
      `Summen av vedtaka i kommunane for ${year} blir ikkje vist for heile landet eller andre grupper, og heller ikkje delar rekna av han: han blandar vedtak på den opphavlege og den nye oppmodinga. IMDi oppgir sjølv at kommunane vedtok å busette ${national} flyktningar i ${year}.`,
  },
  rateNote: {
    early: (year: number, popYear: number) =>
      `Per 1000 innbyggjarar for ${year} er rekna av folketalet 1. januar ${popYear}, det nyaste som finst: IMDi deler på folketalet ved utgangen av året (1. januar ${year + 1}), og det er ikkje kjent enno.`,
  },
  national: {
    sum: 'sum av kommunane',
    publisher: 'eige tal frå kjelda for heile landet',
    restIn: (amount: string, year: number) => `${amount} i ${year}`,
    note: (ownYears: string | null, rest: string | null) =>
      `Heile landet er summen av kommunane${ownYears ? ` (for ${ownYears}: eige tal frå kjelda for heile landet)` : ''}.${rest ? ` IMDi fører i tillegg ${rest} på «uoppgitt kommune» (ingen kommune); det er ikkje med i summen, men i IMDi sitt eige tal for heile landet.` : ''}`,
  },
  exportStatus: {
    ok: 'tal',
    'lower-bound': 'minst (ein del er skjult eller sjølv ein minsteverdi)',
    partial: 'delvis (ikkje alle kommunane har tal)',
    'lower-bound-partial': 'minst, og delvis (ikkje alle kommunane har tal)',
  },
  /** The Excel files the pages make (client/xlsx.ts): the sheets' names and the sources sheet's header; the figures sheet's columns are the stable machine names. */
  workbook: {
    figures: 'Tal',
    sources: 'Kjelder',
    sourceColumns: ['kjelde', 'utgjevar, tabell og fil'],
  },
  /** Downloads under each profile panel with a chart, and the comparison's picture (lib/charts/export-svg.ts, profile/panel-export.ts). */
  chartExport: {
    lead: 'Last ned',
    svg: 'Figur (SVG)',
    png: 'Figur (PNG)',
    csv: 'Tal (CSV)',
    xlsx: 'Tal (XLSX)',
    title: (title: string, whose: string) => `${title} – ${whose}`,
    /** The picture's last line: which dataset and how new (made at build time), and the page it is from. */
    dataset: (version: string, date: string) =>
      `Bosettingstall, datasettversjon ${version} (kjelder til og med ${date})`,
    stamp: (dataset: string, address: string) => `${dataset} · ${address}`,
    working: 'Lagar fila …',
    failed: 'Fila kunne ikkje lagast. Prøv igjen, eller last ned alle tala til kommunen under «Siter».',
  },
  yesNo: { yes: 'ja', no: 'nei' },
  unitNames: {
    personer: 'personar',
    kroner: 'kroner',
    prosent: 'prosent',
    'per 1000': 'per 1000',
    prosentpoeng: 'prosentpoeng',
  },
  units: { personer: 'personar', kroner: 'kr', prosent: '%', percentPoints: 'p.p.' },
  search: {
    placeholder: 'T.d. Tromsø, Guovdageaidnu, 1101',
    results: 'Treff',
    hits: (n: number) => `${n} treff`,
    none: 'Ingen treff',
    added: (name: string) => `${name} er lagd til`,
  },
  index: {
    title: 'Finn kommunen',
    intro:
      'Oppmoding, vedtak og faktisk busetting av flyktningar, tilskot frå IMDi og korleis innvandrarar har det i arbeid og levekår – for alle 357 kommunar, med kjelde for kvart tal.',
    searchLabel: 'Søk etter kommune (namn, samisk eller kvensk namn, eller nummer)',
    byFylke: 'Alle kommunar etter fylke',
  },
  front: {
    heading: 'Kart og rangering',
    measure: 'Mål',
    year: 'År',
    fylke: 'Fylke',
    kostra: 'KOSTRA-gruppe',
    centrality: 'Sentralitet',
    all: 'Alle',
    provisional: '(førebels)',
    provisionalFigures: '(førebels tal)',
    inset: 'Oslo og Akershus',
    legend: 'Teiknforklaring',
    legendAll: 'alle',
    legendBelow: (v: string) => `under ${v}`,
    legendAbove: (v: string) => `${v} og meir`,
    legendRange: (a: string, b: string) => `${a} til under ${b}`,
    legendHidden: 'skjult',
    legendHiddenMixed: 'skjult (under 5 eller personvern)',
    legendBounds: (n: number) => `${n} med berre minstetal (≥) er farga etter minstetalet`,
    legendNoData: 'ingen tal / ikkje samanliknbart',
    sort: 'Sorter: ',
    sortRank: 'Rang',
    sortName: 'Namn',
    sortChange: 'Endring',
    download: 'Last ned tabellen (CSV)',
    downloadXlsx: 'Last ned for Excel (XLSX)',
    caption: (label: string, year: number, n: number) =>
      `Rangering: ${label.toLowerCase()}, ${year} (${n} ${kommunar(n)})`,
    captionBounds: (n: number) =>
      `≥ tyder minst: ein del av talet er skjult. ${n === 1 ? 'Kommunen' : `Dei ${n} kommunane`} med berre minstetal står utan rang etter dei rangerte, ordna etter minstetalet.`,
    changeWithheld: (year: number, previous: number) =>
      `Endring frå ${previous} blir ikkje vist: tala for ${year} er førebels (fila vart laga før året var omme) og blir ikkje samanlikna med endelege tal.`,
    captionOtherTerritory: (n: number) =>
      `«Ikkje rekna ut» per 1000: for ${n === 1 ? 'éin kommune' : `${n} kommunar`} gjeld folketalet eit anna område enn tala (ein kommune som vart delt, der tala til den delte kommunen blir haldne for seg), så raten blir ikkje rekna ut.`,
    captionSmall: (min: string) =>
      `Kommunar med under ${min} innbyggjarar står nedst utan rang: tala deira svingar mykje frå år til år.`,
    mapLabel: (label: string, year: number) =>
      `Kart: ${label.toLowerCase()} i ${year}, alle kommunar. Tala står i rangeringstabellen.`,
    insetLabel: (mapLabel: string) => `Utsnitt: Oslo og Akershus. ${mapLabel}`,
    source: (citation: string) => `Kjelde: ${citation}.`,
    classesQuantile:
      'Klassane deler kommunane med tal i fem omtrent like store grupper (kvintilar); like verdiar hamnar i same klasse, så gruppene kan bli ulikt store. Talet på kommunar står i parentes.',
    classesFixed:
      'Faste klassar rundt 100 %: 100 % tyder akkurat det som vart bede om. Talet på kommunar står i parentes.',
    unitLong: { 'per 1000': 'per 1000 innbyggjarar', personer: 'personar' } as Record<string, string>,
    unitShort: {
      'per 1000': 'per 1000 innb.',
      prosent: '%',
      prosentpoeng: 'prosentpoeng',
      kroner: 'kr',
      personer: 'personar',
    } as Record<string, string>,
    columns: {
      select: 'Vel',
      rank: 'Rang',
      kommune: 'Kommune',
      fylke: 'Fylke',
      perCapita: 'Per 1000 innb.',
      population: 'Folketal 1.1.',
      change: (y: number) => `Endring frå ${y}`,
      basis: {
        bosatt: 'Busett',
        anmodning: 'Oppmoda',
        vedtak: 'Vedteke',
        befolkning: 'Folketal 1.1.',
        tilskudd: 'Tilskot',
        'innvandrere-grunn': 'Innvandrarar',
      } as Record<string, string>,
    },
    select: (name: string) => `Vel ${name} for samanlikning`,
    notRanked: 'Ikkje rangert: under minste folketal',
    notRankedBound: 'Ikkje rangert: berre eit minstetal (ein del er skjult)',
    minPopulation: 'Ranger kommunar med minst',
    minPopulationOption: (n: string) => (n === '0' ? 'alle (også dei minste)' : `${n} innbyggjarar`),
    centralityOptions: ['1 – mest sentrale', '2', '3', '4', '5', '6 – minst sentrale'],
    kostraOption: (g: number, n: number) => `Gruppe ${g} (${n} ${kommunar(n)})`,
    fylkeOption: (name: string, n: number) => `${name} (${n})`,
    compareSelected: 'Samanlikn dei valde',
    compareHint: 'Kryss av opptil 10 kommunar i tabellen.',
    selectedCount: (n: number) => `${n} valde`,
    showAll: (n: number) => `Vis alle ${n}`,
    showing: (shown: number, n: number) => `Viser ${shown} av ${n}.`,
    ignored: (items: string[]) => `Lenkja inneheldt noko som ikkje finst, og som er utelate: ${items.join(', ')}.`,
  },
  compare: {
    countedOf: (counted: number, members: number) => `${counted} av ${members}`,
    tip: { 'lower-bound': 'minst', partial: 'delvis' },
    title: 'Samanlikn kommunar',
    description:
      'Samanlikn busetting, tilskot og integrering mellom kommunar og med fylket, KOSTRA-gruppa og heile landet',
    intro:
      'Vel opptil 10 kommunar og legg til referansar – heile landet, fylket, KOSTRA-gruppa eller sentralitetsklassen til den første kommunen. Referansane er summar av tala til kommunane; delar for ei gruppe blir rekna frå summane i gruppa, aldri som snitt av prosentar. Heile visinga ligg i lenkja, så ei kopiert lenkje viser det same.',
    selected: 'Valde kommunar',
    add: 'Legg til kommune (namn, samisk eller kvensk namn, eller nummer)',
    references: 'Referansar',
    peers: 'Framlegg til kommunar det er rimeleg å samanlikne med',
    figures: 'Tal',
    measure: 'Mål',
    perCapita: 'Per 1000 innbyggjarar',
    from: 'Frå',
    to: 'Til',
    firstYear: 'Første år',
    defaultSpan: 'Siste 10 år',
    tableRegion: 'Tabell med tala (kan rullast sidelengs)',
    showMore: (n: number) => `Vis ${n} fleire`,
    exportXlsx: 'Last ned for Excel (XLSX)',
    lastYear: 'Siste år',
    provisionalNote: 'Hol prikk og stipla linje: førebels tal (fila vart laga før året var omme).',
    chartHelp:
      'Bruk piltastane i figuren for å lese kvart tal: venstre/høgre for år, opp/ned for kommune eller referanse.',
    exportSvg: 'Last ned figuren (SVG)',
    exportPng: 'Last ned figuren (PNG)',
    exportCsv: 'Last ned tala (CSV)',
    ranked: (y: number) => `Rangert, ${y}`,
    noFigures: 'Ingen tal i den valde perioden',
    perCapitaSuffix: ', per 1000 innbyggjarar',
    sourceLegend:
      '* førebels. ≥: minst – ein del av tala er skjult eller sjølv ein minsteverdi. «n av m»: gruppetalet gjeld berre n av dei m kommunane i gruppa (dei andre manglar talet å dele på, eller talet gjeld eit anna område enn folketalet).',
    ignored: (items: string[]) => `Lenkja inneheldt noko som ikkje finst, og som er utelate: ${items.join(', ')}.`,
    remove: (name: string) => `Fjern ${name}`,
    addOne: 'Legg til',
    addNamed: (name: string) => `Legg til ${name}`,
    full: (name: string, max: number) =>
      `${name} er ikkje lagd til: du kan samanlikne opptil ${max} kommunar – fjern éin først.`,
    alreadySelected: (name: string) => `${name} er alt vald.`,
    groupTooBig: (group: string, n: number, max: number) =>
      `${group} har ${n} ${kommunar(n)} – fleire enn dei ${max} som kan samanliknast side om side. Heile gruppa kan visast som éi referanselinje (summen av tala til kommunane).`,
    showGroupAsRef: (group: string) => `Vis ${group} som referanselinje`,
    groupShownAsRef: (group: string) => `${group} blir vist som referanselinje i figuren.`,
    showMembers: 'Vis kommunane',
    kommuner: (n: number) => `${n} ${kommunar(n)}`,
    kostraGroup: (g: number | string) => `KOSTRA-gruppe ${g}`,
    centralityClass: (c: number | string) => `Sentralitetsklasse ${c}`,
    refKinds: { land: 'Heile landet', fylke: 'Fylket', kostra: 'KOSTRA-gruppa', sentralitet: 'Sentralitetsklassen' },
    chooseFirst: 'Vel ein kommune for å få framlegg.',
    peersFor: (name: string) => `For ${name}:`,
    peerLists: {
      population: ['Nærast i folketal', 'Dei 15 kommunane med folketal nærast (metoden til IMDi).'],
      profile: [
        'Lik busettingsprofil',
        (years: string) => `Nærast i oppmoding per 1000 innbyggjarar og busette av vedtak, ${years}.`,
      ],
      kostra: ['Same KOSTRA-gruppe', 'Grupperinga til SSB etter folketal og økonomi.'],
      fylke: ['Same fylke', 'Kommunane i same fylke.'],
    },
    unitLabels: { 'per 1000': 'Per 1000 innbyggjarar', prosent: 'Prosent', kroner: 'Kroner', personer: 'Personar' },
    chartLabel: (measure: string, perCapita: boolean, names: string[]) =>
      `Linjediagram: ${measure.toLowerCase()}${perCapita ? ' per 1000 innbyggjarar' : ''}, ${names.join(', ')}. Tala står i tabellen.`,
    barsLabel: (measure: string, year: number | null) => `Stolpediagram: ${measure.toLowerCase()} i ${year}, rangert.`,
    proposal: {
      ignored: (raw: string) => `framlegg til vedtak «${raw}» (må vere eit heilt tal frå 0 til 10 % av innbyggjarane)`,
      mark: (year: number) => `Framlegg ${year}`,
      rowHead: (year: number) => `${year} (framlegg)`,
      cell: (text: string) => `${text} (framlegg)`,
      note: (name: string, n: string, one: boolean, year: number, rate: string | null, popYear: number | null) =>
        `Framlegg til vedtak for ${year}: ${name} buset ${n} ${one ? 'flyktning' : 'flyktningar'}${rate ? ` – ${rate} per 1000 innbyggjarar (folketal 1. januar ${popYear})` : ''}. Framlegget er ikkje eit tal frå kjeldene: det står som «Framlegg ${year}» i figuren og «${year} (framlegg)» i tabellen, og er ikkje med i nedlastingane.`,
      otherMeasure: (n: string, year: number) =>
        `Framlegget til vedtak (${n} for ${year}) blir vist når målet er vedtak eller busette flyktningar.`,
      remove: 'Fjern framlegget',
      chartLabel: (year: number) => ` Framlegget til vedtak for ${year} er merkt som framlegg.`,
    },
  },
  panelNotes: {
    'innvandringsgrunn-arbeid':
      'Tala gjeld innvandrarar 20–66 år (fila til IMDi for 2013), ikkje 15–74 år som sysselsetjinga elles på sida, og kan ikkje samanliknast med dei.',
  },
  panels: {
    'andeler-tidligere': 'Sysselsetjing og andre delar',
    barnehage: 'Barn 1–5 år i barnehage',
    bosetting: 'Oppmoding, vedtak og faktisk busetting',
    botid: 'Sysselsette innvandrarar 15–74 år etter butid',
    avtalt: 'Avtalt med IMDi, ikkje busett enno',
    ema: 'Einslege mindreårige flyktningar',
    'ema-alder': 'Oppmoding om einslege mindreårige etter alder',
    folketall: 'Folketal 1. januar',
    innvandringsgrunn: 'Innvandrarar etter innvandringsgrunn',
    'innvandringsgrunn-arbeid': 'Sysselsette innvandrarar 20–66 år etter innvandringsgrunn',
    'intro-deltakere': 'Deltakarar i introduksjonsprogrammet',
    'intro-status': 'I arbeid eller utdanning etter introduksjonsprogrammet',
    landbakgrunn: 'Største landbakgrunnar',
    lavinntekt: 'Vedvarande låginntekt',
    sekundaerflytting: 'Flyktningar som bur i kommunen: første busettingskommune eller flytta hit',
    sosialhjelp: 'Mottakarar av sosialhjelp',
    sysselsetting: 'Sysselsetjing 15–74 år: innvandrarar og befolkninga elles',
    tilskudd: 'Tilskot etter ordning',
    ukrainere: 'Busette med kollektivt vern (for det meste ukrainarar) og andre flyktningar',
    utdanning: 'Utdanningsnivå: innvandrarar og befolkninga elles',
    'sysselsatte-landbakgrunn': 'Sysselsette etter landbakgrunn (SSB)',
    'lavinntekt-fhi': 'Vedvarande låginntekt etter innvandringskategori (FHI)',
  } as Record<string, string>,
  profile: {
    newest: (year: number) => `Nyaste tal: ${year}`,
    population: 'Folketal',
    kostra: 'KOSTRA-gruppe',
    centrality: 'Sentralitet',
    fylke: 'Fylke',
    number: 'Kommunenummer',
    otherNames: 'Også',
    sections: {
      settlement: 'Busetting av flyktningar',
      grants: 'Tilskot frå IMDi',
      population: 'Befolkning og innvandrarar',
      work: 'Arbeid og levekår',
      predecessors: 'Tidlegare kommunar',
      sources: 'Kjelder',
    },
    showTable: 'Vis tala som tabell',
    source: 'Kjelde',
    year: 'År',
    noData: 'Ingen tal for kommunen i kjeldene.',
    latestYear: (y: number) => `Siste år med tal: ${y}.`,
    compareLink: (name: string) => `Samanlikn ${name} med andre kommunar`,
    briefLink: 'Notat til kommunestyret (utskrift)',
    briefIn: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
    newestLabel: 'Nyaste tal:',
    noNewer: (topics: string[]) => `Kjeldene har ikkje nyare tal per kommune for ${list(topics)}.`,
    reformsLabel: 'Kommunereformer:',
    onPage: 'Innhald på sida',
    topics: {
      bosetting: 'busetting',
      tilskudd: 'tilskot',
      befolkning: 'befolkning',
      arbeid: 'arbeid',
      levekar: 'levekår',
    } as Record<string, string>,
    predecessorsIntro: (name: string) =>
      `Tal som ikkje kan leggjast på dagens ${name} utan å dele eller rekne gjennomsnitt, blir viste her for kvar tidlegare kommune for seg.`,
    splitBetween: (n: number) => ` – delt mellom ${n} av dagens kommunar`,
    footnote:
      '* førebels tal (fila vart laga før året var omme). ≥ summen av tidlegare kommunar der ein del er skjult. † avskrift av nettsida til IMDi. «Skjult (under 5)»: små tal blir ikkje publiserte.',
    sourceItem: (title: string, licence: string) => `. ${title}. ${licence}.`,
    description: (name: string) => `Busetting av flyktningar, tilskot og integrering i ${name} kommune`,
    key: {
      heading: (year: number) => `Busetting av flyktningar ${year}`,
      request: 'IMDi bad om',
      decision: 'Kommunen vedtok',
      settled: 'Busett',
      newestDecision: (year: number) => `Vedtak for ${year}`,
      asOf: (date: string) => `førebels tal per ${date}`,
      scraped: (date: string) => `ifølgje nettsida til IMDi, ${date}`,
      perThousand: (year: number) => `Busette per 1000 innbyggjarar, ${year}`,
      partial:
        'Gruppetal blir rekna av kommunane som har folketal det året; «minst» tyder at nokre av tala til kommunane er skjulte eller sjølv minsteverdiar.',
      none: 'Kjeldene har ingen tal for oppmoding, vedtak eller busetting for kommunen.',
      fylke: (name: string) => `${name} fylke`,
      land: 'Heile landet (sum av kommunane)',
    },
    numberShort: 'Kommunenr.',
    inhabitants: (n: string, year: number) => `${n} innbyggjarar 1.1.${year}`,
    kostraText: (g: number) => `KOSTRA-gruppe ${g}: ${KOSTRA[g] ?? 'utan skildring'}`,
    centralityText: (c: number) =>
      `sentralitet ${c} av 6 (${c === 1 ? 'mest sentral' : c === 6 ? 'minst sentral' : '1 er mest sentral, 6 minst'})`,
    oldBadge: (year: number) => `Eldre tal (${year})`,
    showAllYears: (n: number) => `Vis alle år (${n})`,
    scrollHint: 'Tabellen kan rullast sidelengs',
    chartHint: 'Peik på eller tab til eit punkt for å sjå talet.',
    columns: {
      requested: 'Oppmoda',
      decided: 'Vedteke',
      settled: 'Busett',
      agreedYet: 'Avtalt, ikkje busett enno',
      decisionOfRequest: 'Vedtak av oppmoding',
      settledOfDecision: 'Busett av vedtak',
      agreed: 'Avtalt, ikkje busett',
      agreedCollective: 'Av desse kollektivt vern',
      under15: 'Under 15 år',
      age15to18: '15–18 år',
      population: 'Folketal',
      participants: 'Deltakarar',
      countryImmigrants: 'Heile landet: innvandrarar',
      countryRest: 'Heile landet: befolkninga elles',
      group: 'Gruppe',
      people: 'Personar',
      share: 'Del',
      country: 'Heile landet',
      perInhabitant: 'Totalt per innbyggjar',
      land: 'Land',
    },
    axis: { prosent: 'Prosent', kroner: 'Kroner', personer: 'Personar' } as Record<string, string>,
    series: {
      total: 'Totalt',
      livesHere: 'Bur her',
      movedHere: 'Flytta hit',
      all: 'Alle',
      unknown: 'Uoppgitt',
      alle: 'Alle',
      flukt: 'Flukt',
      arbeid: 'Arbeid',
      familie: 'Familie',
      utdanning: 'Utdanning',
      uoppgitt: 'Uoppgitt',
    },
    introYears: (n: number) => `${n} år etter avslutta program`,
    education: {
      innvandrere: 'Innvandrarar',
      ellers: 'Befolkninga elles',
      grunnskole: 'Grunnskule',
      vgs: 'Vidaregåande',
      uh: 'Universitet/høgskule',
      uoppgitt: 'Uoppgitt',
    },
    panelFootnotes: {
      sharesKnown: 'Delar blir rekna berre når begge tala er kjende og fullstendige',
      agreed:
        '«Avtalt, ikkje busett enno»: personar kommunen hadde sagt ja til, men som enno ikkje var busette då IMDi henta tala (IMDi oppgir det berre for året som går; – der kjelda ikkje har talet)',
      perInhabitant: 'Per innbyggjar: totalt tilskot delt på folketalet 1. januar same år.',
      countries:
        'Fila seier ikkje om norskfødde med innvandrarforeldre er med. Land utanfor dei 16 utvalde er ikkje tekne med.',
    },
    lastChanged: {
      dataset: (version: string, vintage: string) =>
        `Datasettet er versjon ${version}, med kjelder til og med ${vintage}.`,
      changed: (name: string, release: string, vintage: string, counts: string) =>
        `Tala for ${name} vart sist endra i datasettversjon ${release} (kjelder til og med ${vintage}): ${counts}.`,
      changedNow: (name: string, counts: string) => `Tala for ${name} vart sist endra i denne versjonen: ${counts}.`,
      /** The non-zero counts: «8 tal lagde til, 20 fjerna og 8 endra». */
      counts: (added: string | null, removed: string | null, revised: string | null) => {
        const parts = (
          [
            [added, 'lagde til'],
            [removed, 'fjerna'],
            [revised, 'endra'],
          ] as const
        )
          .filter(([n]) => n !== null)
          .map(([n, what], i) => `${n} ${i === 0 ? 'tal ' : ''}${what}`);
        return list(parts);
      },
      allFormer: ', alle i seriane for tidlegare kommunar',
      someFormer: (n: string, total: string) => `; ${n} av dei ${total} tala gjeld seriane for tidlegare kommunar`,
      unchanged: (name: string, since: string, oldest: boolean) =>
        `Ingen av tala for ${name} er endra etter datasettversjon ${since}${oldest ? ', der endringsloggen byrjar' : ''}.`,
      link: 'Sjå endringsloggen',
    },
  },
  charts: {
    formerYears: (label: string) => `Busett i ${label} (år merkte ‡, tala er ikkje delte opp)`,
    formerKommune: 'den tidlegare kommunen',
    missingBand: 'manglar i kjeldene (ikkje 0)',
    settlement: {
      settled: 'Busett',
      settledProvisional: 'Busett, førebels',
      requested: 'Oppmoda (IMDi)',
      decided: 'Vedteke (kommunen)',
    },
    provisionalPoint: 'førebels tal',
    toProvisional: 'fram til førebels tal',
    millionsAxis: 'Mill. kr',
    millionsValue: (v: string) => `${v} mill. kr`,
    millionsTick: (v: string) => `${v} mill.`,
  },
  keyPoints: {
    heading: 'Hovudpunkt',
    link: { bosetting: 'Sjå tabellen over busetting', tilskudd: 'Sjå tabellen over tilskot' },
  },
  brief: {
    measureColumn: 'Mål',
    yearColumn: 'År',
    countryColumn: 'Heile landet',
    peersCaption: 'Samanlikna med KOSTRA-gruppa, fylket og heile landet',
    peerRows: {
      settled: 'Busette per 1000 innbyggjarar',
      requested: 'Oppmoda per 1000 innbyggjarar',
      decisionOfRequest: 'Vedtak i % av oppmoding',
      settledOfDecision: 'Busette i % av vedtak',
      grants: 'Tilskot frå IMDi per innbyggjar',
      refugees: 'Flyktningar og familie\u00adgjenforeinte per 1000 innb.',
      employed: 'Sysselsette innvandrarar, % av 15–74 år',
    },
    outcomeRows: {
      employed: 'Sysselsette innvandrarar',
      employedRest: 'Sysselsette i befolkninga elles',
      employed04: 'Sysselsette innvandrarar, butid 0–4 år',
      employed10: 'Sysselsette innvandrarar, butid 10 år+',
      employedRefugees: 'Sysselsette 20–66 år, innvandra på grunn av flukt',
      lowIncome: 'Vedvarande låginntekt, innvandrarar',
      lowIncomeAll: 'Vedvarande låginntekt, heile befolkninga',
      intro: 'I arbeid/\u200butdanning 1 år etter introduksjons\u00adprogram',
      university: 'Innvandrarar med universitet/\u200bhøgskule',
    },
    grantsColumns: ['År', 'Totalt', 'Per innbyggjar', 'Delt på busette i året'],
    requestHeadings: {
      howMany: 'Kor mange?',
      minors: 'Einslege mindreårige?',
      capacity: 'Kapasitet om behovet aukar',
      keep: 'Kva skal til for å halde oppe høg kapasitet?',
    },
    funnelColumns: ['År', 'Oppmoda', 'Vedteke', 'Busett', 'Vedtak/\u200boppm.', 'Busett/\u200bvedtak'],
    title: (name: string) => `Notat: ${name}`,
    back: (name: string) => `← Tilbake til profilen for ${name}`,
    printHint: 'Notatet får plass på to A4-sider.',
    print: 'Skriv ut',
    address: 'Adresse:',
    printed: 'skrive ut',
    built: 'laga',
    largestLabel: (n: number) => `Dei ${n} største kommunane (${n})`,
    largestInstead: (name: string, group: string, n: number) =>
      `${name} er åleine i KOSTRA-gruppe ${group}, så tabellen samanliknar med dei ${n} største kommunane elles (etter folketal), summerte som ei gruppe.`,
    formerMark: '‡',
    earlierOnProfile: (first: number) =>
      `Tal frå før ${first} finst berre for dei tidlegare kommunane og står på profilsida.`,
    headingBefore: 'Busetting av flyktningar i ',
    headingAfter: ': grunnlag for vedtak',
    meta: (code: string, fylke: string, kostra: string, centrality: string, date: string, version: string) =>
      `Kommunenummer ${code}, ${fylke}, KOSTRA-gruppe ${kostra}, sentralitet ${centrality}. Datasett per ${date}, versjon ${version} (nettstaden viser alltid nyaste versjon).`,
    funnel: 'Oppmoding, vedtak og busetting',
    funnelFigure: 'Figur: oppmoding, vedtak og busetting',
    chartKey:
      '* førebels tal. † avskrift av nettsida til IMDi. ≥ minst. «skjult»: ikkje publisert (under 5; på nettsida til IMDi av personvernomsyn, kan vere fleire). «inga oppm.»: inga oppmoding frå IMDi. «ikkje registrert»: IMDi registrerte aldri vedtak for året. «ikkje akt.»: ikkje aktuelt.',
    peers: 'Samanlikna med andre',
    peersNote:
      'Gruppetal er summar av tala til kommunane; delar er rekna frå summane. «≥»: minst – nokre kommunar har skjulte tal eller minsteverdiar. «(n av m)»: gruppetalet gjeld berre n av m kommunar i gruppa (dei andre manglar talet det blir delt på, eller det gjeld eit anna område). Heile landet: sum av kommunane. Sysselsetjing kan ikkje summerast: berre heile landet (landsrada til IMDi).',
    grants: 'Tilskot frå IMDi',
    outcomes: 'Innvandrarar i kommunen: arbeid og levekår (eldre tal)',
    noOutcomes: 'Kjeldene har ingen tal for kommunen.',
    outcomesNote: (workLast: number, educationLast: number) =>
      `Gjeld alle innvandrarar i kommunen, ikkje berre flyktningar busette etter avtale med IMDi. Tala er gamle: nyare tal per kommune finst ikkje i kjeldene (sysselsetjing og låginntekt til ${workLast}, utdanning til ${educationLast}). Delane i små kommunar byggjer på få personar.`,
    request: 'Spørsmåla frå IMDi til kommunen',
    sources: 'Kjelder',
    tooFew: 'for få personar',
    people: (n: string) => `${n}\u00a0personar`,
    countOf: (part: string, whole: string) => `${part} av ${whole}`,
    smallGroups: (minPeople: number, minImmigrants: number) =>
      `Talet i parentes er talet på personar delen tel (t.d. sysselsette). «for få personar»: delen byggjer på under ${minPeople} personar, eller kommunen har under ${minImmigrants} innvandrarar og kjelda oppgir ikkje talet; som hos IMDi og SSB blir delar av så små grupper ikkje viste.`,
    /** «Last ned som Word» (src/lib/brief/docx.ts): the button, the file name's first word, a failure. */
    downloadWord: 'Last ned som Word',
    wordFile: 'notat',
    wordFailed: 'Word-fila kunne ikkje lagast. Prøv igjen, eller skriv ut notatet.',
    closing: (version: string, date: string) =>
      `Tal frå IMDi og SSB (NLOD/CC BY 4.0). Ingen tal er rekna fram eller anslått; «skjult» tyder ikkje publisert (i filene til IMDi: under 5). Bosettingstall, datasettversjon ${version} (${date}).`,
  },
  source: {
    name: (publisher: string, page: string) => `${publisher}: ${page}`,
    table: (table: string) => `tabell ${table}`,
    file: (date: string) => `fil frå ${date}`,
    years: (span: string) => `tal for ${span}`,
    withUrl: (text: string, url: string) => `${text} (${url})`,
    retrievedFrom: 'henta frå',
  },
  footer: {
    from: 'Tal frå IMDi, SSB og Kartverket.',
    version: 'Datasettversjon',
    versionMeans: 'ein kode for heile datasettet, som skiftar når eit tal ein stad blir endra',
    about: 'Om dataa og kjeldene',
  },
  mainMenu: 'Hovudmeny',
  languageMenu: 'Språk',
  about: {
    title: 'Om dataa',
    /** Før lenkja til «Last ned data». */
    download: 'Heile datasettet som CSV, Excel og Frictionless-datapakke, med lisens og forslag til kjeldetilvising:',
    intro:
      'Alle tal på nettstaden er lesne frå offentlege filer frå IMDi, SSB og Kartverket. Ingen tal er rekna fram, fylte inn eller anslått: det som manglar i kjeldene, blir vist som manglande.',
    version: 'Datasettversjon',
    howHeading: 'Slik er tala handsama',
    how: [
      [
        'Kommunereformer (2018, 2020, 2024):',
        'alle seriar blir viste på dagens 357 kommunar. Kommunenummer som berre er endra, blir følgde. Tal på personar og kroner for samanslåtte kommunar blir summerte; er ein del skjult, blir summen vist som «minst» (≥). Delar kan ikkje summerast og blir viste for kvar tidlegare kommune for seg. Tal for kommunar som seinare vart delte (Tysfjord, Snillfjord, Ålesund 2020–2023), blir aldri delte opp, men viste for den tidlegare kommunen på sidene til alle kommunane han vart delt mellom. Endringstabellen er kontrollert mot dei offisielle kommunelistene til SSB for 2013, 2017, 2018, 2019 og 2020.',
      ],
      [
        'Skjulte og manglande tal:',
        '«skjult (under 5)» (IMDi: «:», «<5», «Anonymisert»), «skjult (personvern)» (tal nettsida til IMDi, SSB eller FHI held tilbake etter eigne reglar; kan vere 5 eller fleire), «skjult (anonymisert)» (kronebeløp IMDi ikkje oppgir), «ikkje aktuelt» («.») og «manglar» (tom celle, eller IMDi skriv at talet ikkje er tilgjengeleg) blir haldne skilde frå 0 heile vegen.',
      ],
      [
        'Fleire kjelder for same tal:',
        'den nyaste fila blir brukt. Tal frå ei fil laga før året var omme, blir merkte som førebels (*).',
      ],
      [
        'Fylke, grupper og heile landet:',
        'summar av tala til kommunane (og av tidlegare kommunar som ligg heilt innanfor gruppa); delar blir rekna frå summane. Er ein del skjult eller manglar, blir summen merkt «minst». Ein del (også per 1000 innbyggjarar) blir rekna over alle kommunane som har talet det blir delt på: eit skjult tal tel som minst 0 og eit «≥»-tal med verdien sin, og då blir delen merkt «≥»; «ikkje aktuelt» (IMDi bad ikkje om busetting) tel som ingen, slik totalane til IMDi sjølv gjer. Kommunar utan talet det blir delt på (t.d. folketal før ei grenseendring) eller utan talet som blir delt, er haldne utanfor, og delen blir merkt «n av m». Delar som ikkje kan summerast (sysselsetjing, låginntekt), blir viste for heile landet berre der IMDi har ei eiga landsrad. Fylkesradene til IMDi er ikkje brukte.',
      ],
    ],
    rowRulesHeading: 'Kva eit tomt felt tyder, ut frå resten av rada:',
    rules: {
      measureWord: { bosatt: 'busette', tilskudd: 'i tilskot' },
      rateTerritory: (names: string) =>
        [
          'Tal og folketal på same område:',
          `ein rate (per 1000 innbyggjarar, per innbyggjar, del av befolkninga) blir berre rekna når talet og folketalet det blir delt på, gjeld same område. Der ein kommune vart delt, blir tala til den delte kommunen haldne for seg fram til delinga, medan folketalet frå SSB kan ha med delen alt. Dette gjeld ${names}; der talet og folketalet gjeld ulike område, står det «ikkje rekna ut: folketalet gjeld eit anna område» (ikkje «manglar» og ikkje «skjult»). For fylke, grupper og heile landet blir ein slik kommune halden utanfor både teljinga og folketalet («n av m»), med mindre heile den delte kommunen ligg i gruppa og tala hennar er med.`,
        ] as [string, string],
      national: (rest: string) =>
        [
          'Heile landet:',
          `der kjelda har eit eige tal for heile landet, er det talet som blir vist. Elles er heile landet summen av kommunane, og det står «sum av kommunane». IMDi sine eigne tal for heile landet har også med det IMDi fører på «uoppgitt kommune» (ingen kommune): ${rest}. Det står ved tala for heile landet, og det er ikkje med i summen.`,
        ] as [string, string],
    },
    rowRules: {
      'request-beside-decision':
        'ei oppmoding IMDi skriv som «.» ved sida av eit vedtak eller busette over 0, blir vist som «manglar»: fila til IMDi har ikkje oppmodinga (t.d. Oslo 1996, vedtak 200).',
      'decision-after-request':
        'eit vedtak IMDi skriv som «.» der IMDi bad kommunen om busetting, blir vist som «manglar», ikkje «inga oppmoding».',
      'settled-after-request':
        'busette skrivne som «.» der kommunen vart bedd om busetting eller vedtok å busette, blir viste som «manglar», ikkje «ikkje aktuelt» (t.d. Sokndal 2014).',
      'no-decision-row':
        'manglar vedtaksrada heilt for ein kommune IMDi bad om busetting, medan fila har vedtak for dei andre kommunane det året, blir vedtaket vist som «manglar» (t.d. Kautokeino 2016).',
      'original-request-years':
        'opphavleg oppmoding finst berre for åra filene til IMDi har ho (2020 og 2022); andre år er ho «ikkje i kjelda», ikkje «manglar».',
      'country-background-dot':
        'i fila om landbakgrunn tyder «.» at talet ikkje finst, og det blir vist som «manglar», ikkje «ikkje aktuelt».',
      'ema-pending':
        'vedtak om einslege mindreårige der IMDi skriv at kommunen ikkje har vedteke kor mange, blir viste som «ventar på vedtak», som for andre vedtak.',
    },
    dotsNotPublished: (title: string, outOfPeriod: string, folded: string) =>
      `«.» i fila «${title}» som ikkje blir viste som eigne tal: ${outOfPeriod} står under eit kommunenummer i år då det nummeret ikkje var i bruk (fila har ein kolonne for kvart nummer kvart år; området har talet sitt under det eigne nummeret for året), og ${folded} høyrer til kommunar som seinare er slått saman, og er med éin gong i summen for den samanslåtte kommunen.`,
    scraped: (years: string, asOf: string) =>
      [
        'Avskrift av nettsida til IMDi (†):',
        `oppmoding, vedtak og busette for ${years} er skrivne av frå tabellane på nettsida til IMDi og kopla på fylke og namn (sida har ikkje kommunenummer). Avskrifta gjeld ${asOf}.`,
      ] as const,
    scrapedAsOf: (year: number, date: string) => `${year} per ${date}`,
    gapsHeading: 'Kjende hol i kjeldene',
    gapsFromData: {
      rates: (last: number, introLast: number, educationLast: number) =>
        `Ingen tal per kommune for sysselsetjing, låginntekt, sosialhjelp og barnehage etter ${last} (introduksjonsprogram til ${introLast}, utdanning til ${educationLast}).`,
      grants: (missing: string, last: number) =>
        `Tilskot manglar for ${missing ? `${missing} og for ` : ''}${last + 1} og seinare.`,
      settled: (last: number, provisionalAsOf?: string) =>
        `Busette per kommune finst til og med ${last}${provisionalAsOf ? `; ${last} er førebels tal per ${provisionalAsOf}` : ''}.`,
    },
    gaps: [
      'Familiegjenforeinte med flyktningar per år finst ikkje; det næraste er bestanden «flyktningar og familieinnvandra til dei».',
      'Landbakgrunn: berre dei 15 landa med flest personar i heile landet i 2022, og Ukraina. Fila har ingen verdsregionar og seier ikkje om norskfødde med innvandrarforeldre er med.',
    ],
    skippedHeading: 'Kommunenummer utan kjend etterfølgjar',
    skippedIntro:
      'Nokre rader i filene til IMDi for 1995–2010 brukar nummer på kommunar som vart slått saman før 2011, og som ingen av referansetabellane følgjer vidare. Dei er utelatne, ikkje gjetta plasserte:',
    skippedCaption: 'Utelatne tal etter kjelde og kommunenummer',
    skippedColumns: ['Kjelde', 'Kommunenummer', 'Tal (med verdi eller skjulte)'],
    warningsHeading: 'Tal med atterhald',
    warningsIntro: 'Tal som blir viste slik kjelda oppgir dei, men som ikkje heng saman med andre tal i same kjelde:',
    warningsCaption: 'Atterhald etter kommune, år og mål',
    warningsColumns: ['Kommune (nr.)', 'År', 'Mål', 'Atterhald', 'Kjelde'],
    sourcesHeading: 'Kjelder',
    provenanceInNorwegian: 'Titlane, opphavet og merknadene til kvar fil står på bokmål.',
    sourcesIntro:
      'Kjelda er den eigne sida eller tabellen til utgjevaren. Filene vi las, er kopiar som andre har lagt ut att (eller avskrifter av sidene til IMDi); kvar kvar kopi er henta frå, og kontrollsummen for fila, står i eiga kolonne.',
    sourcesCaption: 'Filer datasettet er bygt frå',
    sourcesColumns: ['Kjelde (sida til utgjevaren)', 'Tabell', 'Fil frå', 'Henta frå', 'Lisens', 'Tal'],
    measuresHeading: 'Mål',
    derivedHeading: 'Utrekna mål (kart, rangering og samanlikning)',
    predecessors: (n: number) => `${n} tidlegare kommunar har eigne seriar.`,
    changesHeading: 'Endra i siste versjon',
    changesIntro: (release: string, previous: string, added: string, removed: string, revised: string) =>
      `Datasettversjon ${release} samanlikna med ${previous}: ${added} tal lagde til, ${removed} fjerna og ${revised} endra (verdi, status eller merking).`,
    changesGoneMeasure: (id: string) => `${id} (mål som ikkje lenger blir publisert)`,
    changesCaption: 'Endra tal per mål',
    changesColumns: ['Mål', 'År', 'Lagde til', 'Fjerna', 'Endra'],
    releasesHeading: 'Alle datasettversjonar med endringar',
    releaseItem: (
      release: string,
      vintage: string,
      previous: string,
      added: string,
      removed: string,
      revised: string,
    ) =>
      `Datasettversjon ${release} (kjelder til og med ${vintage}), samanlikna med ${previous}: ${added} tal lagde til, ${removed} fjerna og ${revised} endra.`,
    changesLinks: [
      'Alle versjonar med dei største endringane (endringer.md)',
      'Alle endra og fjerna tal, gammal og ny verdi (endringer.csv)',
    ],
  },
  notFound: {
    title: 'Fann ikkje sida',
    text: 'Adressa finst ikkje. Kommunesidene har forma /nn/kommune/0301-oslo/.',
    search: 'Søk etter ein kommune',
  },
};
