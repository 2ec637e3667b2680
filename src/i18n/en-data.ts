import type { openData as nbOpenData } from './nb-data.ts';
import type { Widen } from './widen.ts';

/**
 * «Download data» (/data/), the data package's descriptions and the «Cite»
 * box, English. Part of the catalogue as `t.openData` (i18n/en.ts); the same
 * shape as i18n/nb-data.ts.
 */

/** «7.3 MB», «120 kB» (decimal units, as a browser's download list shows them). */
function size(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(0)} kB`;
  return `${bytes} bytes`;
}

export const openData: Widen<typeof nbOpenData> = {
  title: 'Download data',
  description: 'The whole dataset as open data: CSV, Excel and a Frictionless Data Package describing every column',
  link: 'Download data',
  intro:
    "Every figure the site shows, as files to reuse. Each figure comes with its status (figure, withheld, not applicable, missing, awaiting decision), flags (provisional, at least, copied from IMDi's web page), source and the file it was read from. The addresses below are stable: they always serve the newest version of the dataset.",
  version: (version: string, date: string) =>
    `Dataset version ${version}, with sources up to ${date}. The version changes whenever any figure changes.`,
  size,
  rows: (n: string) => `${n} rows`,
  formats: {
    heading: 'Two kinds of CSV',
    machine:
      'CSV (machine-readable): UTF-8, commas between columns and a decimal point. For R, Python, Stata and spreadsheets with English settings. Norwegian Excel opens it as a single column.',
    excel:
      'CSV for Norwegian Excel: semicolons between columns, decimal commas and UTF-8 with a BOM, so Norwegian Excel shows æ, ø, å and the numbers correctly on a double click. The same columns and rows.',
    xlsx: 'Excel (XLSX): numbers stored as numbers, column names in the first row.',
  },
  whole: {
    heading: 'The whole dataset',
    csv: 'Every figure, one row per figure (CSV)',
    xlsx: 'Every figure, one row per figure (Excel, XLSX)',
    lookups: 'Lookup tables',
    regions: 'Municipalities, former municipalities and the whole country (regioner.csv)',
    measures: 'Measures with unit and definition (maal.csv)',
    groups: 'Groups within each measure (grupper.csv)',
    sources: "Sources with the publisher's page and licence (kilder.csv)",
    package:
      'Description of every file (datapackage.json, Frictionless Data Package; its titles and descriptions are in Norwegian bokmål, as are the labels in the lookup tables — the column names and codes are the same in every language)',
  },
  byMeasure: {
    heading: 'One measure, all municipalities',
    intro: 'One file per measure with the figures of every municipality, former municipality and the whole country.',
    caption: 'Files per measure',
    columns: ['Measure', 'CSV', 'CSV for Norwegian Excel', 'Rows'],
  },
  byKommune: {
    heading: 'One municipality, all measures',
    intro:
      "One file per municipality with every measure, including the series of former municipalities shown on the municipality's page (the region column says which).",
    summary: (n: number) => `Show all ${n} municipalities`,
    caption: 'Files per municipality',
    columns: ['Municipality', 'CSV', 'CSV for Norwegian Excel', 'Rows'],
  },
  csvLink: 'CSV',
  excelLink: 'Norwegian Excel',
  fileLabel: (what: string, format: string, bytes: string) => `${what}, ${format}, ${bytes}`,
  columnsHeading: 'The columns',
  columnsIntro:
    'Every figure file has the same columns, with stable machine names. An empty value is a figure that does not exist; the status says why.',
  columnsCaption: 'Columns of the figure files',
  columnsHeader: ['Column', 'Type', 'Content'],
  statusHeading: 'Status',
  statusCaption: 'The values of the status column',
  statusHeader: ['Status', 'Means'],
  flagsHeading: 'Flags',
  flagsCaption: 'The values of the flags column (several separated by semicolons)',
  flagsHeader: ['Flag', 'Means'],
  addressesHeading: 'Stable addresses',
  addressesIntro:
    "The files live at these addresses, where <kode> is the four-digit municipality number (0301) and <mål> is the measure's id (bosatt). The downloaded file's name includes the municipality or the measure and the dataset's date.",
  licence: {
    heading: 'Licence and credit',
    intro:
      'The figures are official statistics. You may reuse them freely, also commercially, when you name the source:',
    items: [
      [
        'SSB (population, KOSTRA groups, centrality, municipality numbers):',
        'Norwegian Licence for Open Government Data (NLOD 2.0). Write «Source: Statistics Norway (SSB)».',
      ],
      [
        'IMDi (requests, decisions, settled refugees, grants, integration figures):',
        "official statistics, free to reuse when IMDi is credited. Write «Source: IMDi». The figures for 2022 and 2024–2026 are copied from IMDi's web pages; the figures are IMDi's.",
      ],
      ['Kartverket (municipal boundaries):', 'CC BY 4.0. Write «Source: Kartverket».'],
      [
        'The compilation (Bosettingstall):',
        "the time series on today's municipalities, the statuses and these files may be reused on the same terms (NLOD 2.0). Name both the publisher and Bosettingstall, with the dataset version.",
      ],
    ],
    perSource: "Each source file's licence is in kilder.csv and under «Sources» in About the data.",
  },
  cite: {
    heading: 'Cite',
    intro: 'Suggested citation:',
    text: (what: string, version: string, date: string, year: string, url: string) =>
      `Bosettingstall (${year}). ${what}. Dataset version ${version}, sources up to ${date}. Figures from IMDi and SSB. ${url}`,
    dataset: 'Settlement of refugees, grants and integration in every Norwegian municipality [dataset]',
    kommune: (name: string) => `${name}: settlement of refugees, grants and integration [dataset]`,
    compare: 'Comparison of municipalities: settlement of refugees, grants and integration [dataset]',
    credit: 'The figures come from IMDi and SSB: write «Source: IMDi» and «Source: SSB» beside the figures you use.',
    terms: 'Licence and terms',
    download: 'Download the figures',
    kommuneCsv: (name: string, bytes: string) => `${name}, all measures (CSV, ${bytes})`,
    kommuneExcel: (bytes: string) => `CSV for Norwegian Excel (${bytes})`,
    allFiles: 'All files',
  },
  apiHeading: 'For programs',
  apiIntro:
    'datapackage.json describes every file with its columns, types, primary key, sources and licence in the Frictionless Data Package standard, so tools such as frictionless (Python) and frictionless (R) read the whole dataset from one address.',
  example: 'Example in R and Python. Read the municipality number and the group as text, or 0301 becomes 301:',
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
      'Municipality number (4 digits, 2024 structure), 0000 for the whole country, or a former municipality as code:lastYear (e.g. 1850:2019 Tysfjord) where its figures cannot be put on a municipality of today.',
    regionName:
      'The name of the municipality, the former municipality or the whole country (written «Hele landet» in the file).',
    year: 'The year the figure is for.',
    measure: "The measure's id (see maal.csv).",
    group: 'Group within the measure (see grupper.csv); empty for the whole measure.',
    value: 'The figure, in the unit of the unit column. Empty when the status is not ok.',
    unit: 'Unit: personer (persons), kroner or prosent (per cent).',
    status: 'Whether the figure exists, and why not (see the status values).',
    flags: 'Flags, separated by semicolons: provisional, lower-bound, scraped.',
    from: 'The municipality numbers in the source file the figure is built from, separated by +, summed when more than one.',
    source: 'The source file the figure was read from (see kilder.csv).',
    vintage: 'The date of the source file (YYYY, YYYY-MM or YYYY-MM-DD).',
  },
  statusMeaning: {
    ok: 'The figure exists and is in value (0 is a figure).',
    suppressed:
      'Withheld by the publisher: small numbers (fewer than 5) or privacy. The figure exists but is not published; it is not 0.',
    'not-applicable':
      'Not applicable: the publisher writes «.», e.g. IMDi did not ask the municipality to settle refugees that year.',
    missing: 'Missing: the source has no figure (empty cell, «not available»).',
    pending: 'Awaiting decision: the municipality had not decided when the file was made.',
  },
  flagMeaning: {
    provisional: 'Provisional: from a file made before the year ended.',
    'lower-bound': 'At least: a sum over former municipalities where a part is withheld or missing.',
    scraped: "Copied from IMDi's web page, matched by county and name.",
  },
  lookupFields: {
    code: 'The region code as in the region column.',
    name: 'Name.',
    kind: 'kommune (municipality), tidligere-kommune (former municipality) or land (whole country).',
    fylke: 'County name (2024) for municipalities; empty otherwise.',
    successors: "Today's municipalities a former municipality became part of, separated by semicolons.",
    measureId: "The measure's id.",
    label: 'Name of the measure or group (Norwegian).',
    topic: 'Topic: bosetting, tilskudd, befolkning, arbeid or levekar.',
    definition: 'What the figure counts (Norwegian).',
    groupId: "The group's id as in the group column.",
    sourceId: "The source file's id as in the source column.",
    publisher: 'The publisher: IMDi, SSB or Kartverket.',
    publisherPage: "The publisher's page or table.",
    publisherUrl: "The address of the publisher's page.",
    table: "The publisher's table.",
    title: 'What the file holds.',
    licence: 'Licence and credit.',
    vintage: 'The date of the file.',
    sha256: 'SHA-256 of the file read.',
  },
  packageTitle: 'Bosettingstall: settlement of refugees, grants and integration in every Norwegian municipality',
  packageDescription:
    "IMDi's and SSB's figures for all 357 municipalities (2024 structure), put together as time series on today's municipalities. Withheld, not applicable, missing, awaiting decision and 0 are kept apart in the status column.",
  resourceTitles: {
    whole: 'Every figure',
    xlsx: 'Every figure (Excel)',
    measure: (label: string) => `Measure: ${label}`,
    kommune: (name: string) => `Municipality: ${name}`,
    excel: (title: string) => `${title} (CSV for Norwegian Excel)`,
    regions: 'Regions',
    measures: 'Measures',
    groups: 'Groups',
    sources: 'Sources',
  },
  fileName: {
    whole: (date: string) => `bosettingstall-all-figures-${date}`,
    measure: (id: string, date: string) => `bosettingstall-${id}-all-kommuner-${date}`,
    kommune: (code: string, slug: string, date: string) => `bosettingstall-${code}-${slug}-all-measures-${date}`,
    lookup: (name: string, date: string) => `bosettingstall-${name}-${date}`,
    excelSuffix: '-norwegian-excel',
  },
};
