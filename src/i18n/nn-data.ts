import type { openData as nbOpenData } from './nb-data.ts';
import type { Widen } from './widen.ts';

/**
 * «Last ned data» (/data/), skildringane i datapakka og «Siter»-boksen,
 * nynorsk. Del av katalogen som `t.openData` (i18n/nn.ts); same form som
 * i18n/nb-data.ts.
 */

/** «7,3 MB», «120 kB» (desimale einingar, slik ei nettlesar si nedlastingsliste viser dei). */
function size(bytes: number): string {
  const nb = (v: number, d: number) => v.toFixed(d).replace('.', ',');
  if (bytes >= 1e6) return `${nb(bytes / 1e6, 1)} MB`;
  if (bytes >= 1e3) return `${nb(bytes / 1e3, 0)} kB`;
  return `${bytes} byte`;
}

export const openData: Widen<typeof nbOpenData> = {
  title: 'Last ned data',
  description: 'Heile datasettet som opne data: CSV, Excel og ei Frictionless-datapakke som skildrar kvar kolonne',
  link: 'Last ned data',
  intro:
    'Her er alle tala nettstaden viser, som filer du kan bruke vidare. Kvart tal står med status (tal, skjult, ikkje aktuelt, manglar, ventar på vedtak), merking (førebels, minst, avskrift), kjelde og kva fil det er lese frå. Adressene under er faste: dei viser alltid nyaste versjon av datasettet.',
  version: (version: string, date: string) =>
    `Datasettversjon ${version}, med kjelder til og med ${date}. Versjonen skiftar når eit tal ein stad blir endra.`,
  size,
  rows: (n: string) => `${n} rader`,
  formats: {
    heading: 'To slags CSV',
    machine:
      'CSV (maskinlesbar): UTF-8, komma mellom kolonnane og punktum som desimalteikn. For R, Python, Stata og rekneark med engelske innstillingar. Norsk Excel opnar han som éin kolonne.',
    excel:
      'CSV for norsk Excel: semikolon mellom kolonnane, desimalkomma og UTF-8 med BOM, slik at norsk Excel viser æ, ø, å og tala rett ved dobbeltklikk. Dei same kolonnane og radene.',
    xlsx: 'Excel (XLSX): tala som tal (norsk Excel viser desimalkomma), kolonnenamna i første rad.',
  },
  whole: {
    heading: 'Heile datasettet',
    csv: 'Alle tal, éi rad per tal (CSV)',
    xlsx: 'Alle tal, éi rad per tal (Excel, XLSX)',
    lookups: 'Oppslagstabellar',
    regions: 'Kommunar, tidlegare kommunar og heile landet (regioner.csv)',
    measures: 'Mål med eining og definisjon (maal.csv)',
    groups: 'Grupper innan kvart mål (grupper.csv)',
    sources: 'Kjelder med sida til utgjevaren og lisens (kilder.csv)',
    package:
      'Skildring av alle filene (datapackage.json, Frictionless Data Package; titlane og skildringane der står på bokmål, som namna i oppslagstabellane – kolonnenamna og kodane er dei same på alle språk)',
  },
  byMeasure: {
    heading: 'Eitt mål, alle kommunar',
    intro: 'Éi fil per mål med tala for alle kommunar, tidlegare kommunar og heile landet.',
    caption: 'Filer per mål',
    columns: ['Mål', 'CSV', 'CSV for norsk Excel', 'Rader'],
  },
  byKommune: {
    heading: 'Éin kommune, alle mål',
    intro:
      'Éi fil per kommune med alle mål, også seriane for tidlegare kommunar som blir viste på sida til kommunen (kolonnen region seier kva for ein).',
    summary: (n: number) => `Vis alle ${n} kommunane`,
    caption: 'Filer per kommune',
    columns: ['Kommune', 'CSV', 'CSV for norsk Excel', 'Rader'],
  },
  csvLink: 'CSV',
  excelLink: 'Norsk Excel',
  fileLabel: (what: string, format: string, bytes: string) => `${what}, ${format}, ${bytes}`,
  columnsHeading: 'Kolonnane',
  columnsIntro:
    'Alle talfilene har dei same kolonnane, med faste maskinnamn. Eit tomt felt er eit tal som ikkje finst; kvifor står i status.',
  columnsCaption: 'Kolonnar i talfilene',
  columnsHeader: ['Kolonne', 'Type', 'Innhald'],
  statusHeading: 'Status',
  statusCaption: 'Verdiane i kolonnen status',
  statusHeader: ['Status', 'Tyder'],
  flagsHeading: 'Merking',
  flagsCaption: 'Verdiane i kolonnen flags (fleire blir skilde med semikolon)',
  flagsHeader: ['Merking', 'Tyder'],
  addressesHeading: 'Faste adresser',
  addressesIntro:
    'Filene ligg på desse adressene, der <kode> er firesifra kommunenummer (0301) og <mål> er id-en til målet («bosatt»). Filnamnet når du lastar ned, har med kommunen eller målet og datoen for datasettet.',
  licence: {
    heading: 'Lisens og kreditering',
    intro: 'Tala er offentleg statistikk. Du kan bruke dei fritt, også kommersielt, når du oppgir kjelda:',
    items: [
      [
        'SSB (folketal, KOSTRA-grupper, sentralitet, kommunenummer):',
        'Norsk lisens for offentlege data (NLOD 2.0). Skriv «Kjelde: SSB».',
      ],
      [
        'IMDi (oppmoding, vedtak, busette, tilskot, integreringstal):',
        'offentleg statistikk, fri til bruk når IMDi blir kreditert. Skriv «Kjelde: IMDi». Tala for 2022 og 2024–2026 er avskrifter av nettsidene til IMDi; tala er IMDi sine.',
      ],
      ['Kartverket (kommunegrenser):', 'CC BY 4.0. Skriv «Kjelde: Kartverket».'],
      [
        'Samanstillinga (Bosettingstall):',
        'tidsseriane på dagens kommunar, statusane og filene her kan brukast på dei same vilkåra (NLOD 2.0). Oppgi både utgjevaren og Bosettingstall, med datasettversjonen.',
      ],
    ],
    perSource: 'Lisensen for kvar kjeldefil står i kilder.csv og under «Kjelder» på Om dataa.',
  },
  cite: {
    heading: 'Siter',
    intro: 'Forslag til kjeldetilvising:',
    text: (what: string, version: string, date: string, year: string, url: string) =>
      `Bosettingstall (${year}). ${what}. Datasettversjon ${version}, kjelder til og med ${date}. Tal frå IMDi og SSB. ${url}`,
    dataset: 'Busetjing av flyktningar, tilskot og integrering i alle norske kommunar [datasett]',
    kommune: (name: string) => `${name}: busetting av flyktningar, tilskot og integrering [datasett]`,
    compare: 'Samanlikning av kommunar: busetting av flyktningar, tilskot og integrering [datasett]',
    credit: 'Tala kjem frå IMDi og SSB: skriv «Kjelde: IMDi» og «Kjelde: SSB» ved tala du bruker.',
    terms: 'Lisens og vilkår',
    download: 'Last ned tala',
    kommuneCsv: (name: string, bytes: string) => `${name}, alle mål (CSV, ${bytes})`,
    kommuneExcel: (bytes: string) => `CSV for norsk Excel (${bytes})`,
    allFiles: 'Alle filer',
  },
  apiHeading: 'For program',
  apiIntro:
    'datapackage.json skildrar kvar fil med kolonnar, typar, primærnøkkel, kjelder og lisens etter standarden Frictionless Data Package, så verktøy som frictionless (Python) og frictionless (R) kan lese heile datasettet frå éi adresse.',
  example: 'Døme i R og Python. Les kommunenummer og gruppe som tekst, elles blir 0301 til 301:',
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
  fields: {
    region:
      'Kommunenummer (4 siffer, 2024-inndelinga), 0000 for heile landet, eller ein tidlegare kommune som kode:sisteÅr (t.d. 1850:2019 Tysfjord) der tala ikkje kan leggjast på dagens kommune.',
    regionName: 'Namnet på kommunen, den tidlegare kommunen eller «Hele landet».',
    year: 'Året talet gjeld.',
    measure: 'Id-en til målet (sjå maal.csv).',
    group: 'Gruppe innan målet (sjå grupper.csv); tom for heile målet.',
    value: 'Talet, i eininga i kolonnen unit. Tomt når status ikkje er ok.',
    unit: 'Eining: personer, kroner eller prosent.',
    status: 'Om talet finst, og kvifor ikkje (sjå statusverdiane).',
    flags: 'Merking, skild med semikolon: provisional, lower-bound, scraped.',
    from: 'Kommunenummera i kjeldefila talet er bygt frå, skilde med +, summerte når det er fleire.',
    source: 'Kjeldefila talet er lese frå (sjå kilder.csv).',
    vintage: 'Datoen for kjeldefila (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD).',
  },
  statusMeaning: {
    ok: 'Talet finst og står i value (0 er eit tal).',
    suppressed:
      'Skjult av utgjevaren: små tal (under 5) eller personvern. Talet finst, men er ikkje publisert; det er ikkje 0.',
    'not-applicable': 'Ikkje aktuelt: utgjevaren skriv «.», t.d. at IMDi ikkje bad kommunen om busetting det året.',
    missing: 'Manglar: kjelda har ikkje talet (tom celle, «ikkje tilgjengeleg»).',
    pending: 'Ventar på vedtak: kommunen hadde ikkje gjort vedtak då fila vart laga.',
  },
  flagMeaning: {
    provisional: 'Førebels: frå ei fil laga før året var omme.',
    'lower-bound': 'Minst: summen av tidlegare kommunar der ein del er skjult eller manglar.',
    scraped: 'Avskrift av nettsida til IMDi, kopla på fylke og namn.',
  },
  lookupFields: {
    code: 'Regionkoden slik han står i kolonnen region.',
    name: 'Namn.',
    kind: 'kommune, tidligere-kommune eller land.',
    fylke: 'Fylkesnamn (2024) for kommunar; tomt elles.',
    successors: 'Dagens kommunar ein tidlegare kommune gjekk opp i, skilde med semikolon.',
    measureId: 'Id-en til målet.',
    label: 'Namn på målet eller gruppa.',
    topic: 'Emne: «bosetting», «tilskudd», «befolkning», «arbeid» eller «levekar».',
    definition: 'Kva talet tel.',
    groupId: 'Id-en til gruppa slik han står i kolonnen group.',
    sourceId: 'Id-en til kjeldefila slik han står i kolonnen source.',
    publisher: 'Utgjevaren: IMDi, SSB eller Kartverket.',
    publisherPage: 'Sida eller tabellen til utgjevaren.',
    publisherUrl: 'Adressa til sida til utgjevaren.',
    table: 'Tabellen til utgjevaren.',
    title: 'Kva fila inneheld.',
    licence: 'Lisens og kreditering.',
    vintage: 'Datoen for fila.',
    sha256: 'SHA-256 av fila som vart lesen.',
  },
  packageTitle: 'Bosettingstall: busetting av flyktningar, tilskot og integrering i alle norske kommunar',
  packageDescription:
    'Tala til IMDi og SSB for alle 357 kommunane (2024-inndelinga), sette saman til tidsseriar på dagens kommunar. Skjult, ikkje aktuelt, manglar, ventar på vedtak og 0 blir haldne frå kvarandre i kolonnen status.',
  resourceTitles: {
    whole: 'Alle tal',
    xlsx: 'Alle tal (Excel)',
    measure: (label: string) => `Mål: ${label}`,
    kommune: (name: string) => `Kommune: ${name}`,
    excel: (title: string) => `${title} (CSV for norsk Excel)`,
    regions: 'Regionar',
    measures: 'Mål',
    groups: 'Grupper',
    sources: 'Kjelder',
  },
  fileName: {
    whole: (date: string) => `bosettingstall-alle-tal-${date}`,
    measure: (id: string, date: string) => `bosettingstall-${id}-alle-kommunar-${date}`,
    kommune: (code: string, slug: string, date: string) => `bosettingstall-${code}-${slug}-alle-mal-${date}`,
    lookup: (name: string, date: string) => `bosettingstall-${name}-${date}`,
    excelSuffix: '-norsk-excel',
  },
};
