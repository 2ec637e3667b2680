/**
 * «Last ned data» (/data/), the data package's descriptions and the «Siter»
 * box, bokmål. Part of the catalogue as `t.openData` (i18n/nb.ts). A nynorsk
 * or English file exports the same shape.
 */

/** «7,3 MB», «120 kB»: a file's size in the page's words (decimal units, as a browser's download list shows them). */
function size(bytes: number): string {
  const nb = (v: number, d: number) => v.toFixed(d).replace('.', ',');
  if (bytes >= 1e6) return `${nb(bytes / 1e6, 1)} MB`;
  if (bytes >= 1e3) return `${nb(bytes / 1e3, 0)} kB`;
  return `${bytes} byte`;
}

export const openData = {
  title: 'Last ned data',
  description: 'Hele datasettet som åpne data: CSV, Excel og en Frictionless-datapakke med beskrivelse av hver kolonne',
  /** Link text in the page footer and on «Om dataene». */
  link: 'Last ned data',
  intro:
    'Her er alle tallene nettstedet viser, som filer du kan bruke videre. Hvert tall står med status (tall, skjult, ikke aktuelt, mangler, avventer vedtak), merking (foreløpig, minst, avskrift), kilde og hvilken fil det er lest fra. Adressene under er faste: de viser alltid nyeste versjon av datasettet.',
  version: (version: string, date: string) =>
    `Datasettversjon ${version}, med kilder til og med ${date}. Versjonen skifter når et tall et sted endres.`,
  size,
  rows: (n: string) => `${n} rader`,
  /** The two kinds of CSV, said where they are offered. */
  formats: {
    heading: 'To slags CSV',
    machine:
      'CSV (maskinlesbar): UTF-8, komma mellom kolonnene og punktum som desimaltegn. For R, Python, Stata og regneark med engelske innstillinger. Norsk Excel åpner den som én kolonne.',
    excel:
      'CSV for norsk Excel: semikolon mellom kolonnene, desimalkomma og UTF-8 med BOM, slik at norsk Excel viser æ, ø, å og tallene riktig ved dobbeltklikk. De samme kolonnene og radene.',
    xlsx: 'Excel (XLSX): tallene som tall (norsk Excel viser desimalkomma), kolonnenavnene i første rad.',
  },
  whole: {
    heading: 'Hele datasettet',
    csv: 'Alle tall, én rad per tall (CSV)',
    xlsx: 'Alle tall, én rad per tall (Excel, XLSX)',
    lookups: 'Oppslagstabeller',
    regions: 'Kommuner, tidligere kommuner og hele landet (regioner.csv)',
    measures: 'Mål med enhet og definisjon (maal.csv)',
    groups: 'Grupper innen hvert mål (grupper.csv)',
    sources: 'Kilder med utgiverens side og lisens (kilder.csv)',
    package: 'Beskrivelse av alle filene (datapackage.json, Frictionless Data Package)',
  },
  byMeasure: {
    heading: 'Ett mål, alle kommuner',
    intro: 'En fil per mål med tallene for alle kommuner, tidligere kommuner og hele landet.',
    caption: 'Filer per mål',
    columns: ['Mål', 'CSV', 'CSV for norsk Excel', 'Rader'],
  },
  byKommune: {
    heading: 'Én kommune, alle mål',
    intro:
      'En fil per kommune med alle mål, også seriene for tidligere kommuner som vises på kommunens side (kolonnen region sier hvilken).',
    summary: (n: number) => `Vis alle ${n} kommuner`,
    caption: 'Filer per kommune',
    columns: ['Kommune', 'CSV', 'CSV for norsk Excel', 'Rader'],
  },
  /** The link text of each file in a table row: its format. */
  csvLink: 'CSV',
  excelLink: 'Norsk Excel',
  /** For screen readers: which file a short link text downloads. */
  fileLabel: (what: string, format: string, bytes: string) => `${what}, ${format}, ${bytes}`,
  columnsHeading: 'Kolonnene',
  columnsIntro:
    'Alle tallfilene har de samme kolonnene, med faste maskinnavn. Et tomt felt er et tall som ikke finnes; hvorfor står i status.',
  columnsCaption: 'Kolonner i tallfilene',
  columnsHeader: ['Kolonne', 'Type', 'Innhold'],
  statusHeading: 'Status',
  statusCaption: 'Verdiene i kolonnen status',
  statusHeader: ['Status', 'Betyr'],
  flagsHeading: 'Merking',
  flagsCaption: 'Verdiene i kolonnen flags (flere skilles med semikolon)',
  flagsHeader: ['Merking', 'Betyr'],
  addressesHeading: 'Faste adresser',
  addressesIntro:
    'Filene ligger på disse adressene, der <kode> er firesifret kommunenummer (0301) og <mål> er målets id (bosatt). Filnavnet når du laster ned, har med kommunen eller målet og datoen for datasettet.',
  licence: {
    heading: 'Lisens og kreditering',
    intro: 'Tallene er offentlig statistikk. Du kan bruke dem fritt, også kommersielt, når du oppgir kilden:',
    items: [
      [
        'SSB (folketall, KOSTRA-grupper, sentralitet, kommunenumre):',
        'Norsk lisens for offentlige data (NLOD 2.0). Skriv «Kilde: SSB».',
      ],
      [
        'IMDi (anmodning, vedtak, bosatte, tilskudd, integreringstall):',
        'offentlig statistikk, fri til bruk når IMDi krediteres. Skriv «Kilde: IMDi». Tallene for 2022 og 2024–2026 er avskrifter av IMDis nettsider; tallene er IMDis.',
      ],
      ['Kartverket (kommunegrenser):', 'CC BY 4.0. Skriv «Kilde: Kartverket».'],
      [
        'Sammenstillingen (Bosettingstall):',
        'tidsseriene på dagens kommuner, statusene og filene her kan brukes på de samme vilkårene (NLOD 2.0). Oppgi både utgiveren og Bosettingstall, med datasettversjonen.',
      ],
    ] as [string, string][],
    perSource: 'Lisensen for hver kildefil står i kilder.csv og under «Kilder» på Om dataene.',
  },
  cite: {
    heading: 'Siter',
    intro: 'Forslag til kildehenvisning:',
    /** The suggested citation: who, year, what, version and date, address. */
    text: (what: string, version: string, date: string, year: string, url: string) =>
      `Bosettingstall (${year}). ${what}. Datasettversjon ${version}, kilder til og med ${date}. Tall fra IMDi og SSB. ${url}`,
    dataset: 'Bosetting av flyktninger, tilskudd og integrering i alle norske kommuner [datasett]',
    kommune: (name: string) => `${name}: bosetting av flyktninger, tilskudd og integrering [datasett]`,
    compare: 'Sammenligning av kommuner: bosetting av flyktninger, tilskudd og integrering [datasett]',
    credit: 'Tallene kommer fra IMDi og SSB: skriv «Kilde: IMDi» og «Kilde: SSB» ved tallene du bruker.',
    terms: 'Lisens og vilkår',
    download: 'Last ned tallene',
    /** Link texts of a profile's own files. */
    kommuneCsv: (name: string, bytes: string) => `${name}, alle mål (CSV, ${bytes})`,
    kommuneExcel: (bytes: string) => `CSV for norsk Excel (${bytes})`,
    allFiles: 'Alle filer',
  },
  apiHeading: 'For programmer',
  apiIntro:
    'datapackage.json beskriver hver fil med kolonner, typer, primærnøkkel, kilder og lisens etter standarden Frictionless Data Package, så verktøy som frictionless (Python) og frictionless (R) kan lese hele datasettet med én adresse.',
  example: 'Eksempel i R og Python. Les kommunenummer og gruppe som tekst, ellers blir 0301 til 301:',
  exampleCode: (base: string) =>
    [
      '# R',
      'library(frictionless)',
      `pakke <- read_package("${base}datapackage.json")`,
      'alle <- read_resource(pakke, "bosettingstall")',
      `oslo <- read.csv("${base}kommune/0301.csv", colClasses = c(region = "character", group = "character"))`,
      '',
      '# Python',
      'import pandas as pd',
      `oslo = pd.read_csv("${base}kommune/0301.csv", dtype={"region": str, "group": str}, keep_default_na=False, na_values={"value": [""]})`,
    ].join('\n'),
  /** Field descriptions in the data package (datapackage.json and the page's column table). */
  fields: {
    region:
      'Kommunenummer (4 sifre, 2024-inndelingen), 0000 for hele landet, eller en tidligere kommune som kode:sisteÅr (f.eks. 1850:2019 Tysfjord) der tallene ikke kan legges på dagens kommune.',
    regionName: 'Navnet på kommunen, den tidligere kommunen eller «Hele landet».',
    year: 'Året tallet gjelder.',
    measure: 'Målets id (se maal.csv).',
    group: 'Gruppe innen målet (se grupper.csv); tom for hele målet.',
    value: 'Tallet, i enheten i kolonnen unit. Tomt når status ikke er ok.',
    unit: 'Enhet: personer, kroner eller prosent.',
    status: 'Om tallet finnes, og hvorfor ikke (se statusverdiene).',
    flags: 'Merking, skilt med semikolon: provisional, lower-bound, scraped.',
    from: 'Kommunenumrene i kildefila tallet er bygd fra, skilt med +, summert når det er flere.',
    source: 'Kildefila tallet er lest fra (se kilder.csv).',
    vintage: 'Datoen for kildefila (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD).',
  },
  statusMeaning: {
    ok: 'Tallet finnes og står i value (0 er et tall).',
    suppressed:
      'Skjult av utgiveren: små tall (under 5) eller personvern. Tallet finnes, men er ikke publisert; det er ikke 0.',
    'not-applicable':
      'Ikke aktuelt: utgiveren skriver «.», f.eks. at IMDi ikke anmodet kommunen om å bosette det året.',
    missing: 'Mangler: kilden har ikke tallet (tom celle, «ikke tilgjengelig»).',
    pending: 'Avventer vedtak: kommunen hadde ikke gjort vedtak da fila ble laget.',
  },
  flagMeaning: {
    provisional: 'Foreløpig: fra en fil laget før året var omme.',
    'lower-bound': 'Minst: summen av tidligere kommuner der en del er skjult eller mangler.',
    scraped: 'Avskrift av IMDis nettside, koblet på fylke og navn.',
  },
  /** The lookup tables' columns in the data package. */
  lookupFields: {
    code: 'Regionkoden slik den står i kolonnen region.',
    name: 'Navn.',
    kind: 'kommune, tidligere-kommune eller land.',
    fylke: 'Fylkesnavn (2024) for kommuner; tomt ellers.',
    successors: 'Dagens kommuner en tidligere kommune gikk opp i, skilt med semikolon.',
    measureId: 'Målets id.',
    label: 'Navn på målet eller gruppen.',
    topic: 'Emne: bosetting, tilskudd, befolkning, arbeid eller levekar.',
    definition: 'Hva tallet teller.',
    groupId: 'Gruppens id slik den står i kolonnen group.',
    sourceId: 'Kildefilens id slik den står i kolonnen source.',
    publisher: 'Utgiveren: IMDi, SSB eller Kartverket.',
    publisherPage: 'Utgiverens side eller tabell.',
    publisherUrl: 'Adressen til utgiverens side.',
    table: 'Utgiverens tabell.',
    title: 'Hva fila inneholder.',
    licence: 'Lisens og kreditering.',
    vintage: 'Datoen for fila.',
    sha256: 'SHA-256 av fila som ble lest.',
  },
  packageTitle: 'Bosettingstall: bosetting av flyktninger, tilskudd og integrering i alle norske kommuner',
  packageDescription:
    'IMDis og SSBs tall for alle 357 kommuner (2024-inndelingen), satt sammen til tidsserier på dagens kommuner. Skjult, ikke aktuelt, mangler, avventer vedtak og 0 holdes adskilt i kolonnen status.',
  resourceTitles: {
    whole: 'Alle tall',
    xlsx: 'Alle tall (Excel)',
    measure: (label: string) => `Mål: ${label}`,
    kommune: (name: string) => `Kommune: ${name}`,
    excel: (title: string) => `${title} (CSV for norsk Excel)`,
    regions: 'Regioner',
    measures: 'Mål',
    groups: 'Grupper',
    sources: 'Kilder',
  },
  /** File names when downloaded (the address stays the stable one): kommune or measure, and the dataset's date. */
  fileName: {
    whole: (date: string) => `bosettingstall-alle-tall-${date}`,
    measure: (id: string, date: string) => `bosettingstall-${id}-alle-kommuner-${date}`,
    kommune: (code: string, slug: string, date: string) => `bosettingstall-${code}-${slug}-alle-mal-${date}`,
    lookup: (name: string, date: string) => `bosettingstall-${name}-${date}`,
    excelSuffix: '-norsk-excel',
  },
} as const;
