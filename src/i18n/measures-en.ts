/**
 * The measures' and views' user text in English: label, definition and group
 * labels for every measure in src/lib/domain/measures.ts, and label, short
 * label and definition for every view in src/lib/domain/views.ts, keyed by
 * id. The ids and group keys are the data's (machine names, the same in every
 * language); tests/unit/i18n/measures-en.test.ts fails on a missing or extra
 * id or group key and on an empty string. Terms as SSB and IMDi write them in
 * English (docs/glossary.csv).
 */
export interface MeasureText {
  label: string;
  definition: string;
  /** Labels for the measure's groups ('' = total), the same keys as measures.ts. */
  groups?: Record<string, string>;
}
export interface ViewText {
  label: string;
  /** Short label for axes and table headers. */
  short: string;
  definition: string;
}

const INNVKAT: Record<string, string> = {
  alle: 'Whole population',
  innvandrere: 'Immigrants',
  befolkningen_ellers: 'Rest of the population',
};

/** How a settlement count is shown per 1,000 inhabitants (the rule of populationYear in views.ts). */
export const PER_1000_YEAR_AFTER =
  'Per 1,000 inhabitants is computed as IMDi does: divided by the population on 1 January the year after. For the running year, when that population is not yet published, it is divided by the newest population (1 January the same year), and this is said beside the figure.';

/** When IMDi cut a year's request (measures.ts REQUEST_CUTS `when`), by year. */
export const REQUEST_CUT_WHEN_EN: Record<number, string> = { 2025: 'summer 2025' };

/** The countries of background in measures.ts LANDBAKGRUNN (the group keys are IMDi's Norwegian names). */
const COUNTRIES: Record<string, string> = {
  Polen: 'Poland',
  Litauen: 'Lithuania',
  Sverige: 'Sweden',
  Syria: 'Syria',
  Somalia: 'Somalia',
  Tyskland: 'Germany',
  Eritrea: 'Eritrea',
  Irak: 'Iraq',
  Filippinene: 'Philippines',
  Pakistan: 'Pakistan',
  Thailand: 'Thailand',
  Iran: 'Iran',
  Danmark: 'Denmark',
  Russland: 'Russia',
  Afghanistan: 'Afghanistan',
  Ukraina: 'Ukraine',
};
const EDU_BG: Record<string, string> = {
  alle: 'Whole population',
  innvandrere: 'Immigrants',
  ellers: 'Population excluding immigrants',
};
const EDU_LEVEL: Record<string, string> = {
  alle: 'All',
  ingen: 'No education',
  grunnskole: 'Primary and lower secondary school',
  vgs: 'Upper secondary school',
  uh: 'University and college',
  uoppgitt: 'Not stated',
};
const INTRO_YEARS: Record<string, string> = {
  ettaar: '1 year after',
  toaar: '2 years after',
  treaar: '3 years after',
  fireaar: '4 years after',
  femaar: '5 years after',
};
const INTRO_STATUS: Record<string, string> = {
  alle: 'All',
  arbutd: 'In work or education',
  ledig_tiltak: 'Unemployed or on a labour market scheme',
  annet: 'Other',
};
const FHI_INNVKAT: Record<string, string> = {
  alle: 'Whole population',
  innvandrere: 'Immigrants',
  norskfodte: 'Norwegian-born to immigrant parents',
  ovrige: 'Rest of the population',
};
const FHI_AGE: Record<string, string> = { alle: '', '0-17': ', aged 0–17' };

const combine = (a: Record<string, string>, b: Record<string, string>, join: (x: string, y: string) => string) =>
  Object.fromEntries(
    Object.entries(a).flatMap(([ka, la]) => Object.entries(b).map(([kb, lb]) => [`${ka}|${kb}`, join(la, lb)])),
  );

const COLLECTIVE = 'Collective protection (mostly Ukrainians)';

export const MEASURES_EN: Record<string, MeasureText> = {
  anmodning: {
    label: 'Request for settlement',
    definition: `Number of refugees IMDi asked the municipality to settle in the year (the request). ${PER_1000_YEAR_AFTER}`,
  },
  'opprinnelig-anmodning': {
    label: 'Original request',
    definition: `IMDi's first request for the year, before any changes during the year. ${PER_1000_YEAR_AFTER}`,
  },
  vedtak: {
    label: 'Decision on settlement',
    definition: `Number of refugees the municipal council (kommunestyre) decided to settle in the year. An empty decision means that no decision is registered; 0 means that the municipality decided not to settle anyone. ${PER_1000_YEAR_AFTER}`,
  },
  bosatt: {
    label: 'Refugees settled',
    definition: `Refugees and family members reunited with refugees actually settled in the municipality in the year (IMDi). ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'All', ukrainere: COLLECTIVE, ovrige: 'Other refugees' },
  },
  'avtalt-bosatt': {
    label: 'Agreed, not yet settled',
    definition: `People the municipality has agreed to settle in the year, but who had not yet been settled when IMDi took the figures (the column «number of people the municipality has agreed to settle» on IMDi's page; for 2024 the page gives it only for Oslo). Collective protection: IMDi's own split, mostly Ukrainians. ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'All', kollektiv: COLLECTIVE },
  },
  'ema-anmodning': {
    label: 'Request, unaccompanied minors',
    definition: `Number of unaccompanied minor refugees IMDi asked the municipality to settle. For 2026 also by age (under 15 and 15–18), from IMDi's page of key figures for the 2026 request. ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'All', 'under-15': 'Under 15', '15-18': 'Aged 15–18' },
  },
  'ema-vedtak': {
    label: 'Decision, unaccompanied minors',
    definition: `Number of unaccompanied minors the municipality decided to settle. ${PER_1000_YEAR_AFTER}`,
  },
  'ema-bosatt': {
    label: 'Unaccompanied minors settled',
    definition: `Unaccompanied minor refugees settled in the municipality in the year. ${PER_1000_YEAR_AFTER}`,
  },
  sekundaerflytting: {
    label: 'Refugees by municipality of settlement',
    definition:
      'Refugees living in the municipality at the end of the year, by whether they still live in the municipality where they were first settled («live here») or have moved here from another one (secondary migration), and by years of residence in Norway.',
    groups: {
      'alle|alle': 'All',
      'bosatt-her|alle': 'Live in their first municipality of settlement',
      'flyttet-hit|alle': 'Moved here from another municipality',
      'uoppgitt|alle': 'Not stated',
      'alle|0-4': 'All, 0–4 years of residence',
      'bosatt-her|0-4': 'Live in their first municipality of settlement, 0–4 years of residence',
      'flyttet-hit|0-4': 'Moved here, 0–4 years of residence',
      'uoppgitt|0-4': 'Not stated, 0–4 years of residence',
      'alle|5+': 'All, 5 or more years of residence',
      'bosatt-her|5+': 'Live in their first municipality of settlement, 5 or more years of residence',
      'flyttet-hit|5+': 'Moved here, 5 or more years of residence',
      'uoppgitt|5+': 'Not stated, 5 or more years of residence',
    },
  },
  tilskudd: {
    label: 'Grants from IMDi',
    definition: 'Grants paid to the municipality, in NOK, by grant scheme.',
    groups: {
      totalt: 'Total',
      inttilsk_1_5: 'Integration grant, years 1–5',
      inttilsk_1: 'Integration grant, year 1',
      inttilsk_2_5: 'Integration grant, years 2–5',
      em_tilsk: 'Grant for unaccompanied minors',
      eldre_tilsk: 'Grant for the elderly',
      funkhem: 'Grant for people with severe disabilities or behavioural difficulties',
      barnehage_tilsk: 'Grant for kindergarten',
      skole_tilsk: 'Grant for school',
      norsk_samf_tilsk: 'Training in Norwegian and social studies',
      ekstra_bosetting_tilsk: 'Additional grant for settlement',
      integreringspakke: 'Integration package II and III (COVID-19)',
      kompetansekartlegging: 'Skills mapping in reception centres',
      norsk_asyl: 'Training in Norwegian and social studies for asylum seekers in reception centres',
      utover_anmodning_2023: 'Settled beyond the original request (2023)',
    },
  },
  befolkning: {
    label: 'Population',
    definition: 'Population on 1 January (SSB table 07459, time series on the 2024 municipalities).',
  },
  'innvandrere-grunn': {
    label: 'Immigrants by reason for immigration',
    definition: 'Immigrants living in the municipality by reason for first immigration (IMDi/SSB).',
    groups: {
      alle: 'All immigrants',
      arbeid: 'Work',
      familie: 'Family',
      flukt: 'Refugees and their family immigrants',
      utdanning: 'Education (incl. au pair) and other',
      uoppgitt: 'Not stated',
    },
  },
  landbakgrunn: {
    label: 'People by country background',
    definition:
      'People living in the municipality by country background (IMDi befolkning_opprinnelsesland). The file does not say whether the Norwegian-born to immigrant parents are included. Only the 15 largest countries in the whole country in 2022, and Ukraine.',
    groups: { ...COUNTRIES },
  },
  sysselsatte: {
    label: 'Employed aged 15–74',
    definition: 'Employed people aged 15–74 living in the municipality, 4th quarter (register-based employment).',
    groups: INNVKAT,
  },
  'sysselsatte-andel': {
    label: 'Employed, share aged 15–74',
    definition: 'Employed as a percentage of the population aged 15–74 in the group, 4th quarter.',
    groups: INNVKAT,
  },
  'sysselsatte-botid-andel': {
    label: 'Employed immigrants by years of residence',
    definition:
      'Employed immigrants aged 15–74 as a percentage of immigrants in the age group, by years of residence in Norway.',
    groups: {
      alle: 'All immigrants',
      '0_4': '0–4 years of residence',
      '5_9': '5–9 years of residence',
      '10+': '10 or more years of residence',
    },
  },
  'sysselsatte-grunn-andel': {
    label: 'Employed immigrants by reason for immigration',
    definition:
      "Employed immigrants as a percentage of immigrants in the age group, by reason for immigration. The file (IMDi sysselsatte_innvandringsgrunn, 2013) does not give the age group; the totals agree with IMDi's figures for ages 20–66, not 15–74.",
    groups: {
      alle: 'All immigrants',
      arbeid: 'Work',
      familie: 'Family',
      flukt: 'Refugee',
      annet_uoppgitt: 'Other/not stated',
    },
  },
  'lavinntekt-andel': {
    label: 'Persistent low income',
    definition: 'Share of people in households with persistent low income (three-year period ending in the year).',
    groups: {
      'alle|alle': 'Whole population',
      'innvandrere|alle': 'Immigrants',
      'innvandrere|1': 'Immigrants from the EU/EEA, USA, Canada, Australia, New Zealand',
      'innvandrere|2': 'Immigrants from the rest of the world',
      'befolkningen_ellers|alle': 'Rest of the population',
    },
  },
  sosialhjelp: {
    label: 'Social assistance recipients',
    definition: 'Recipients of financial social assistance in the year.',
    groups: INNVKAT,
  },
  'sosialhjelp-andel': {
    label: 'Social assistance recipients, share',
    definition: 'Recipients of financial social assistance as a percentage of the population in the group.',
    groups: INNVKAT,
  },
  utdanning: {
    label: 'Highest completed education',
    definition: 'People by highest completed education (IMDi utdanningsniva; the file does not give the age group).',
    groups: combine(EDU_BG, EDU_LEVEL, (b, l) => `${b}: ${l}`),
  },
  'intro-deltakere': {
    label: 'Participants in the introduction programme',
    definition: 'Participants in the introduction programme during the year.',
  },
  'intro-status': {
    label: 'Status after the introduction programme',
    definition:
      'People who completed the introduction programme 1–5 years earlier, by status in November the year after: in work or education, unemployed/on a labour market scheme, other.',
    groups: combine(INTRO_YEARS, INTRO_STATUS, (y, s) => `${y}: ${s}`),
  },
  'barnehage-andel': {
    label: 'Children in kindergarten, share aged 1–5',
    definition: 'Children aged 1–5 in kindergarten as a percentage of children aged 1–5 in the group.',
    groups: { alle: 'All children', minoritet: 'Minority-language children', ikke_minoritet: 'Other children' },
  },
  'innvandrere-landbakgrunn': {
    label: 'Immigrants by country background',
    definition:
      "Immigrants living in the municipality on 1 January, by country background (SSB table 09817, today's municipalities). The Norwegian-born to immigrant parents are not included. Only the same countries as in IMDi's figures for people by country background.",
    groups: { ...COUNTRIES },
  },
  'sysselsatte-landbakgrunn-andel': {
    label: 'Employed aged 15–74 by country background, share',
    definition:
      "Employed aged 15–74 as a percentage of the population aged 15–74 in the group (SSB table 11607, register-based employment, today's municipalities). A series of its own: not joined with IMDi's figures by immigrant category up to 2014.",
    groups: {
      innvandrere: 'Immigrants',
      ellers: 'Population excluding immigrants',
      landgruppe1: 'Immigrants from the Nordic countries, EU/EFTA, the UK, USA, Canada, Australia and New Zealand',
      landgruppe2: 'Immigrants from the rest of the world',
    },
  },
  'lavinntekt-fhi-andel': {
    label: 'Persistent low income (FHI)',
    definition:
      "Share of people in households with an income below 60% of the median income (EU scale) over a three-year period, shown at the period's last year (FHI, key figures table 403). A series of its own: FHI's groups and age groups are not the same as in IMDi's figures up to 2014.",
    groups: combine(FHI_INNVKAT, FHI_AGE, (c, a) => `${c}${a}`),
  },
};

const PER_POPULATION = 'divided by the population on 1 January the same year';
/** IMDi's rule for its settlement counts (populationYear in views.ts). */
const PER_POPULATION_AFTER =
  'divided by the population on 1 January the year after, as IMDi computes it (for the running year: the newest population, 1 January the same year, and this is said beside the figure)';

/** Label and definition of a view that shows a whole measure (views.ts count without its own label). */
const ofMeasure = (id: string, short: string): ViewText => ({
  label: MEASURES_EN[id].label,
  short,
  definition: MEASURES_EN[id].definition,
});

export const VIEWS_EN: Record<string, ViewText> = {
  'bosatt-per-1000': {
    label: 'Refugees settled per 1,000 inhabitants',
    short: 'Settled per 1,000',
    definition: `Refugees settled ${PER_POPULATION_AFTER}, times 1,000.`,
  },
  bosatt: ofMeasure('bosatt', 'Settled'),
  anmodning: ofMeasure('anmodning', 'Requested'),
  vedtak: ofMeasure('vedtak', 'Decided'),
  'anmodning-per-1000': {
    label: 'Request per 1,000 inhabitants',
    short: 'Requested per 1,000',
    definition: `IMDi's request ${PER_POPULATION_AFTER}, times 1,000.`,
  },
  'vedtak-av-anmodning': {
    label: 'Decision as a percentage of the request',
    short: 'Decided/requested',
    definition:
      "The decision divided by the request the same year: how much of IMDi's request the municipality decided to settle. For groups of municipalities: the sum of decisions divided by the sum of requests.",
  },
  'bosatt-av-vedtak': {
    label: 'Settled as a percentage of the decision',
    short: 'Settled/decided',
    definition:
      'Settled divided by the decision the same year: how much of the decision was actually settled. For groups of municipalities: the sum settled divided by the sum of decisions.',
  },
  'bosatt-av-anmodning': {
    label: 'Settled as a percentage of the request',
    short: 'Settled/requested',
    definition:
      "Settled divided by IMDi's request the same year: how many of those IMDi asked the municipality to settle were actually settled. For groups of municipalities: the sum settled divided by the sum of requests.",
  },
  'ema-bosatt': ofMeasure('ema-bosatt', 'Minors settled'),
  'bosatt-ukrainere': {
    label: 'Settled with collective protection',
    short: 'Collective protection',
    definition:
      "Refugees with collective protection settled in the municipality in the year (IMDi's split; mostly Ukrainians). For 2023: the column for Ukrainians in IMDi's extract of November 2024.",
  },
  tilskudd: {
    label: 'Grants from IMDi',
    short: 'Grants',
    definition: 'Total grants paid by IMDi to the municipality in the year, in NOK.',
  },
  'tilskudd-per-innbygger': {
    label: 'Grants from IMDi per inhabitant',
    short: 'Grants per inh.',
    definition: `Total grants from IMDi in the year ${PER_POPULATION}.`,
  },
  flyktninger: {
    label: 'Refugees and their family immigrants (resident)',
    short: 'Refugees',
    definition: 'Immigrants who came as refugees, and their family immigrants, living in the municipality.',
  },
  innvandrere: {
    label: 'Immigrants (resident)',
    short: 'Immigrants',
    definition: 'All immigrants living in the municipality.',
  },
  innvandrerandel: {
    label: 'Immigrants as a percentage of the population',
    short: 'Immigrant share',
    definition: `Immigrants (all reasons for immigration) ${PER_POPULATION}, as a percentage.`,
  },
  flyktningandel: {
    label: 'Refugees and reunited family as a percentage of the population',
    short: 'Refugee share',
    definition: `Immigrants who came as refugees, and their family immigrants, ${PER_POPULATION}, as a percentage.`,
  },
  'sysselsatte-innvandrere': {
    label: 'Employed immigrants, share aged 15–74',
    short: 'Employed immigrants',
    definition: 'Employed immigrants as a percentage of immigrants aged 15–74, 4th quarter.',
  },
  'sysselsatte-ellers': {
    label: 'Employed in the rest of the population, share aged 15–74',
    short: 'Employed, rest',
    definition: 'Employed in the rest of the population as a percentage of the group aged 15–74, 4th quarter.',
  },
  'sysselsetting-gap': {
    label: 'Employment gap: rest of the population minus immigrants',
    short: 'Employment gap',
    definition:
      'The share employed aged 15–74 in the rest of the population minus the share among immigrants, in percentage points. A high figure = a large gap.',
  },
  'opprinnelig-anmodning': ofMeasure('opprinnelig-anmodning', 'Original request'),
  'ema-anmodning': ofMeasure('ema-anmodning', 'Minors requested'),
  'ema-vedtak': ofMeasure('ema-vedtak', 'Minors decided'),
  'bosatt-ovrige': {
    label: 'Refugees settled, excluding collective protection',
    short: 'Other refugees',
    definition:
      'Refugees without collective protection settled in the municipality in the year (IMDi; only for 2023 in the dataset).',
  },
  'flyttet-hit': {
    label: 'Refugees who have moved here from another municipality',
    short: 'Moved here',
    definition:
      'Refugees living in the municipality at the end of the year who were first settled in another municipality (secondary migration).',
  },
  'intro-deltakere': ofMeasure('intro-deltakere', 'Introduction participants'),
  'sosialhjelp-innvandrere': {
    label: 'Social assistance recipients among immigrants',
    short: 'Social assistance, immigrants',
    definition: 'Immigrants who received financial social assistance in the year.',
  },
  'sysselsatte-botid-0-4': {
    label: 'Employed immigrants with 0–4 years of residence, share',
    short: 'Employed, 0–4 yrs residence',
    definition: 'Employed immigrants with less than five years of residence, as a percentage of the group aged 15–74.',
  },
  'lavinntekt-innvandrere': {
    label: 'Persistent low income among immigrants, share',
    short: 'Low income, immigrants',
    definition: 'Share of immigrants in households with persistent low income (three-year period ending in the year).',
  },
  'barnehage-minoritet': {
    label: 'Minority-language children in kindergarten, share',
    short: 'Kindergarten, minority',
    definition:
      'Minority-language children aged 1–5 in kindergarten, as a percentage of minority-language children aged 1–5.',
  },
  befolkning: ofMeasure('befolkning', 'Population'),
};
