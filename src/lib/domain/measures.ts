/**
 * Every measure the dataset publishes. Labels are bokmål user-facing text and
 * live here, beside the definition, because they are part of the data's
 * meaning (they are written to measures.csv); UI chrome lives in src/i18n.
 */
export type Unit = 'personer' | 'kroner' | 'prosent';
export type Topic = 'bosetting' | 'tilskudd' | 'befolkning' | 'arbeid' | 'levekar';

export interface Measure {
  id: string;
  label: string;
  unit: Unit;
  topic: Topic;
  /** Counts and amounts can be summed over merged kommuner; rates cannot. */
  additive: boolean;
  /** Counted up through the year (settled): a later file's count of a year is never smaller, so any file's figure bounds the year from below. */
  growsWithinYear?: boolean;
  definition: string;
  /** Labels for the measure's groups ('' = total). */
  groups?: Record<string, string>;
  /**
   * Divided per 1000 inhabitants as the publisher does: by the population on 1 January the year
   * after (IMDi's «per 1000 innbyggere» of its settlement counts); see populationYear in views.ts.
   */
  perPopulationYearAfter?: boolean;
  /** Where the measure's values depart from its unit's domain (src/lib/ingest/check/check-domain.ts), and why. */
  domain?: { min?: number; max?: number; integer?: boolean; why: string };
}

const INNVKAT: Record<string, string> = {
  alle: 'Hele befolkningen',
  innvandrere: 'Innvandrere',
  befolkningen_ellers: 'Befolkningen ellers',
};

/** How a settlement count is shown per 1000 inhabitants (the rule of populationYear in views.ts). */
export const PER_1000_YEAR_AFTER =
  'Per 1000 innbyggere regnes som IMDi gjør: delt på folketallet 1. januar året etter. For året som pågår, der det folketallet ikke finnes ennå, deles det på det nyeste folketallet (1. januar samme år), og det står ved tallet.';

export const MEASURES: Measure[] = [
  {
    id: 'anmodning',
    label: 'Anmodning om bosetting',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    perPopulationYearAfter: true,
    definition: `Antall flyktninger IMDi ba kommunen bosette i året (anmodning). ${PER_1000_YEAR_AFTER}`,
  },
  {
    id: 'opprinnelig-anmodning',
    label: 'Opprinnelig anmodning',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    perPopulationYearAfter: true,
    definition: `IMDis første anmodning for året, før eventuelle endringer i løpet av året. ${PER_1000_YEAR_AFTER}`,
  },
  {
    id: 'vedtak',
    label: 'Vedtak om bosetting',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    perPopulationYearAfter: true,
    definition: `Antall flyktninger kommunestyret vedtok å bosette i året. Tomt vedtak betyr at vedtak ikke er registrert; 0 betyr at kommunen vedtok å ikke bosette. ${PER_1000_YEAR_AFTER}`,
  },
  {
    id: 'bosatt',
    label: 'Bosatte flyktninger',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    growsWithinYear: true,
    perPopulationYearAfter: true,
    definition: `Flyktninger og familiegjenforente med flyktninger faktisk bosatt i kommunen i året (IMDi). ${PER_1000_YEAR_AFTER}`,
    // IMDi's pages say «med kollektiv beskyttelse» (mostly Ukrainians); for 2023 the figure is the «ukrainere» column of IMDi's November 2024 extract.
    groups: {
      '': 'Alle',
      ukrainere: 'Kollektiv beskyttelse (for det meste ukrainere)',
      ovrige: 'Øvrige flyktninger',
    },
  },
  {
    id: 'avtalt-bosatt',
    label: 'Avtalt bosatt',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    perPopulationYearAfter: true,
    definition: `Personer kommunen har avtalt å bosette i året, men som ennå ikke var bosatt da IMDi hentet tallene («Antall personer kommunen har avtalt å bosette» på IMDis side; for 2024 oppgir siden det bare for Oslo). Kollektiv beskyttelse: IMDis egen inndeling, for det meste ukrainere. ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'Alle', kollektiv: 'Kollektiv beskyttelse (for det meste ukrainere)' },
  },
  {
    id: 'ema-anmodning',
    label: 'Anmodning, enslige mindreårige',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    perPopulationYearAfter: true,
    definition: `Antall enslige mindreårige flyktninger IMDi ba kommunen bosette. For 2026 også etter alder (under 15 år og 15–18 år), fra IMDis side «Nøkkeltall anmodning 2026». ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'Alle', 'under-15': 'Under 15 år', '15-18': '15–18 år' },
  },
  {
    id: 'ema-vedtak',
    label: 'Vedtak, enslige mindreårige',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    perPopulationYearAfter: true,
    definition: `Antall enslige mindreårige kommunen vedtok å bosette. ${PER_1000_YEAR_AFTER}`,
  },
  {
    id: 'ema-bosatt',
    label: 'Bosatte enslige mindreårige',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    growsWithinYear: true,
    perPopulationYearAfter: true,
    definition: `Enslige mindreårige flyktninger bosatt i kommunen i året. ${PER_1000_YEAR_AFTER}`,
  },
  {
    id: 'sekundaerflytting',
    label: 'Flyktninger etter bosettingskommune',
    unit: 'personer',
    topic: 'bosetting',
    additive: true,
    definition:
      'Flyktninger bosatt i kommunen ved utgangen av året, etter om de fortsatt bor i kommunen de først ble bosatt i («bor her») eller har flyttet hit fra en annen (sekundærflytting), og botid i Norge.',
    groups: {
      'alle|alle': 'Alle',
      'bosatt-her|alle': 'Bor i første bosettingskommune',
      'flyttet-hit|alle': 'Flyttet hit fra annen kommune',
      'uoppgitt|alle': 'Uoppgitt',
      'alle|0-4': 'Alle, botid 0–4 år',
      'bosatt-her|0-4': 'Bor i første bosettingskommune, botid 0–4 år',
      'flyttet-hit|0-4': 'Flyttet hit, botid 0–4 år',
      'uoppgitt|0-4': 'Uoppgitt, botid 0–4 år',
      'alle|5+': 'Alle, botid 5 år+',
      'bosatt-her|5+': 'Bor i første bosettingskommune, botid 5 år+',
      'flyttet-hit|5+': 'Flyttet hit, botid 5 år+',
      'uoppgitt|5+': 'Uoppgitt, botid 5 år+',
    },
  },
  {
    id: 'tilskudd',
    label: 'Tilskudd fra IMDi',
    unit: 'kroner',
    topic: 'tilskudd',
    additive: true,
    definition: 'Tilskudd utbetalt til kommunen, i kroner, etter tilskuddsordning.',
    domain: { min: -100_000_000, why: 'a repayment to IMDi is a negative amount' },
    groups: {
      totalt: 'Totalt',
      inttilsk_1_5: 'Integreringstilskudd år 1–5',
      inttilsk_1: 'Integreringstilskudd år 1',
      inttilsk_2_5: 'Integreringstilskudd år 2–5',
      em_tilsk: 'Tilskudd for enslige mindreårige',
      eldre_tilsk: 'Tilskudd for eldre',
      funkhem: 'Tilskudd for personer med alvorlige funksjonshemminger/atferdsvansker',
      barnehage_tilsk: 'Tilskudd til barnehage',
      skole_tilsk: 'Tilskudd til skole',
      norsk_samf_tilsk: 'Opplæring i norsk og samfunnskunnskap',
      ekstra_bosetting_tilsk: 'Ekstratilskudd for bosetting',
      integreringspakke: 'Integreringspakke II og III (covid-19)',
      kompetansekartlegging: 'Kompetansekartlegging i mottak',
      norsk_asyl: 'Opplæring i norsk og samfunnskunnskap for asylsøkere i mottak',
      utover_anmodning_2023: 'Bosatte utover opprinnelig anmodning (2023)',
    },
  },
  {
    id: 'befolkning',
    label: 'Folketall',
    unit: 'personer',
    topic: 'befolkning',
    additive: true,
    definition: 'Folkemengde 1. januar (SSB tabell 07459, tidsserie på 2024-kommuner).',
  },
  {
    id: 'innvandrere-grunn',
    label: 'Innvandrere etter innvandringsgrunn',
    unit: 'personer',
    topic: 'befolkning',
    additive: true,
    definition: 'Innvandrere bosatt i kommunen etter grunn for første innvandring (IMDi/SSB).',
    groups: {
      alle: 'Alle innvandrere',
      arbeid: 'Arbeid',
      familie: 'Familie',
      flukt: 'Flyktninger og deres familieinnvandrede',
      utdanning: 'Utdanning (inkl. au pair) og andre',
      uoppgitt: 'Uoppgitt',
    },
  },
  {
    id: 'landbakgrunn',
    label: 'Personer etter landbakgrunn',
    unit: 'personer',
    topic: 'befolkning',
    additive: true,
    definition:
      'Personer bosatt i kommunen etter landbakgrunn (IMDi befolkning_opprinnelsesland). Fila sier ikke om norskfødte med innvandrerforeldre er med. Bare de 15 største landene i hele landet i 2022, og Ukraina.',
    groups: {},
  },
  {
    id: 'sysselsatte',
    label: 'Sysselsatte 15–74 år',
    unit: 'personer',
    topic: 'arbeid',
    additive: true,
    definition: 'Sysselsatte 15–74 år bosatt i kommunen, 4. kvartal (registerbasert sysselsetting).',
    groups: INNVKAT,
  },
  {
    id: 'sysselsatte-andel',
    label: 'Sysselsatte, andel 15–74 år',
    unit: 'prosent',
    topic: 'arbeid',
    additive: false,
    definition: 'Sysselsatte i prosent av befolkningen 15–74 år i gruppen, 4. kvartal.',
    groups: INNVKAT,
  },
  {
    id: 'sysselsatte-botid-andel',
    label: 'Sysselsatte innvandrere etter botid',
    unit: 'prosent',
    topic: 'arbeid',
    additive: false,
    definition: 'Sysselsatte innvandrere 15–74 år i prosent av innvandrere i aldersgruppen, etter botid i Norge.',
    groups: { alle: 'Alle innvandrere', '0_4': 'Botid 0–4 år', '5_9': 'Botid 5–9 år', '10+': 'Botid 10 år eller mer' },
  },
  {
    id: 'sysselsatte-grunn-andel',
    label: 'Sysselsatte innvandrere etter innvandringsgrunn',
    unit: 'prosent',
    topic: 'arbeid',
    additive: false,
    definition:
      'Sysselsatte innvandrere i prosent av innvandrere i aldersgruppen, etter innvandringsgrunn. Fila (IMDi sysselsatte_innvandringsgrunn, 2013) oppgir ikke aldersgruppen; totalene stemmer med IMDis tall for 20–66 år, ikke 15–74 år.',
    groups: {
      alle: 'Alle innvandrere',
      arbeid: 'Arbeid',
      familie: 'Familie',
      flukt: 'Flukt',
      annet_uoppgitt: 'Annet/uoppgitt',
    },
  },
  {
    id: 'lavinntekt-andel',
    label: 'Vedvarende lavinntekt',
    unit: 'prosent',
    topic: 'levekar',
    additive: false,
    definition: 'Andel personer i husholdninger med vedvarende lavinntekt (treårsperiode som slutter i året).',
    groups: {
      'alle|alle': 'Hele befolkningen',
      'innvandrere|alle': 'Innvandrere',
      'innvandrere|1': 'Innvandrere fra EU/EØS, USA, Canada, Australia, New Zealand',
      'innvandrere|2': 'Innvandrere fra resten av verden',
      'befolkningen_ellers|alle': 'Befolkningen ellers',
    },
  },
  {
    id: 'sosialhjelp',
    label: 'Sosialhjelpsmottakere',
    unit: 'personer',
    topic: 'levekar',
    additive: true,
    definition: 'Mottakere av økonomisk sosialhjelp i året.',
    groups: INNVKAT,
  },
  {
    id: 'sosialhjelp-andel',
    label: 'Sosialhjelpsmottakere, andel',
    unit: 'prosent',
    topic: 'levekar',
    additive: false,
    definition: 'Mottakere av økonomisk sosialhjelp i prosent av befolkningen i gruppen.',
    groups: INNVKAT,
  },
  {
    id: 'utdanning',
    label: 'Høyeste fullførte utdanning',
    unit: 'personer',
    topic: 'levekar',
    additive: true,
    definition: 'Personer etter høyeste fullførte utdanning (IMDi utdanningsniva; aldersgruppe ikke oppgitt i fila).',
    groups: {},
  },
  {
    id: 'intro-deltakere',
    label: 'Deltakere i introduksjonsprogram',
    unit: 'personer',
    topic: 'levekar',
    additive: true,
    definition: 'Deltakere i introduksjonsprogrammet i løpet av året.',
  },
  {
    id: 'intro-status',
    label: 'Status etter introduksjonsprogram',
    unit: 'personer',
    topic: 'levekar',
    additive: true,
    definition:
      'Personer som avsluttet introduksjonsprogrammet 1–5 år før, etter status i november året etter: i arbeid eller utdanning, ledig/på tiltak, annet.',
    groups: {},
  },
  {
    id: 'barnehage-andel',
    label: 'Barn i barnehage, andel 1–5 år',
    unit: 'prosent',
    topic: 'levekar',
    additive: false,
    definition: 'Barn 1–5 år i barnehage i prosent av barn 1–5 år i gruppen.',
    domain: {
      max: 300,
      why: 'children are counted where their kindergarten is, so a kommune can exceed 100 (IMDi publishes up to 260)',
    },
    groups: { alle: 'Alle barn', minoritet: 'Minoritetsspråklige barn', ikke_minoritet: 'Andre barn' },
  },
  // ── Measures from the tables `npm run fetch` downloads from SSB and FHI (issue 13). Each is its own series:
  // the groups, ages or periods differ from the IMDi files' measures above, so the figures are not joined with them.
  {
    id: 'innvandrere-landbakgrunn',
    label: 'Innvandrere etter landbakgrunn',
    unit: 'personer',
    topic: 'befolkning',
    additive: true,
    definition:
      'Innvandrere bosatt i kommunen 1. januar, etter landbakgrunn (SSB tabell 09817, dagens kommuner). Norskfødte med innvandrerforeldre er ikke med. Bare de samme landene som i IMDis tall for personer etter landbakgrunn.',
    groups: {},
  },
  {
    id: 'sysselsatte-landbakgrunn-andel',
    label: 'Sysselsatte 15–74 år etter landbakgrunn, andel',
    unit: 'prosent',
    topic: 'arbeid',
    additive: false,
    definition:
      'Sysselsatte 15–74 år i prosent av befolkningen 15–74 år i gruppen (SSB tabell 11607, registerbasert sysselsetting, dagens kommuner). Egen serie: ikke slått sammen med IMDis tall etter innvandringskategori til 2014.',
    groups: {
      innvandrere: 'Innvandrere',
      ellers: 'Befolkningen unntatt innvandrere',
      landgruppe1: 'Innvandrere fra Norden, EU/EFTA, Storbritannia, USA, Canada, Australia og New Zealand',
      landgruppe2: 'Innvandrere fra resten av verden',
    },
  },
  {
    id: 'lavinntekt-fhi-andel',
    label: 'Vedvarende lavinntekt (FHI)',
    unit: 'prosent',
    topic: 'levekar',
    additive: false,
    definition:
      'Andel personer i husholdninger med inntekt under 60 % av medianinntekten (EU-skala) over en treårsperiode, vist på periodens siste år (FHI, nøkkeltall tabell 403). Egen serie: FHIs grupper og aldersgrupper er ikke de samme som i IMDis tall til 2014.',
    groups: {},
  },
];

// Groups built from combinations.
const EDU_BG: Record<string, string> = {
  alle: 'Hele befolkningen',
  innvandrere: 'Innvandrere',
  ellers: 'Befolkningen unntatt innvandrere',
};
const EDU_LEVEL: Record<string, string> = {
  alle: 'Alle',
  ingen: 'Ingen utdanning',
  grunnskole: 'Grunnskole',
  vgs: 'Videregående skole',
  uh: 'Universitet og høgskole',
  uoppgitt: 'Uoppgitt',
};
const INTRO_YEARS: Record<string, string> = {
  ettaar: '1 år etter',
  toaar: '2 år etter',
  treaar: '3 år etter',
  fireaar: '4 år etter',
  femaar: '5 år etter',
};
const INTRO_STATUS: Record<string, string> = {
  alle: 'Alle',
  arbutd: 'I arbeid eller utdanning',
  ledig_tiltak: 'Ledig eller på tiltak',
  annet: 'Annet',
};
/** FHI's immigrant categories (INNVKAT) and age groups (ALDER) in table 403, as groups of lavinntekt-fhi-andel. */
const FHI_INNVKAT: Record<string, string> = {
  alle: 'Hele befolkningen',
  innvandrere: 'Innvandrere',
  norskfodte: 'Norskfødte med innvandrerforeldre',
  ovrige: 'Øvrig befolkning',
};
const FHI_AGE: Record<string, string> = { alle: '', '0-17': ', 0–17 år' };
/** The year in which the countries below were the 15 largest nationally (from the file itself). */
export const LANDBAKGRUNN_LARGEST_IN = 2022;
/** The countries of background IMDi's file publishes: the 15 largest in Norway in 2022, and Ukraina (ingest keeps exactly these rows). */
export const LANDBAKGRUNN = [
  'Polen',
  'Litauen',
  'Sverige',
  'Syria',
  'Somalia',
  'Tyskland',
  'Eritrea',
  'Irak',
  'Filippinene',
  'Pakistan',
  'Thailand',
  'Iran',
  'Danmark',
  'Russland',
  'Afghanistan',
  'Ukraina',
];
for (const m of MEASURES) {
  if (m.id === 'landbakgrunn' || m.id === 'innvandrere-landbakgrunn') for (const l of LANDBAKGRUNN) m.groups![l] = l;
  if (m.id === 'lavinntekt-fhi-andel')
    for (const [a, al] of Object.entries(FHI_AGE))
      for (const [c, cl] of Object.entries(FHI_INNVKAT)) m.groups![`${c}|${a}`] = `${cl}${al}`;
  if (m.id === 'utdanning')
    for (const [b, bl] of Object.entries(EDU_BG))
      for (const [l, ll] of Object.entries(EDU_LEVEL)) m.groups![`${b}|${l}`] = `${bl}: ${ll}`;
  if (m.id === 'intro-status')
    for (const [y, yl] of Object.entries(INTRO_YEARS))
      for (const [s, sl] of Object.entries(INTRO_STATUS)) m.groups![`${y}|${s}`] = `${yl}: ${sl}`;
}

/**
 * A year whose request IMDi cut after the kommuner had been asked. Documented in
 * ../shared/data/raw/SOURCES.md and imdi-nokkeltall-via-terchris-atlas/MANIFEST.md («Pitfalls»): IMDi's
 * «Nøkkeltall bosetting 2025» page says the 2025 request was cut from 18 900 to 12 640 in summer 2025,
 * and that many kommuner had already decided on the original request and kept that decision (the page's
 * kommune decisions sum to 15 631; its own bullet says 12 919 decided). The requests published for the
 * year are the revised ones (their sum is `after`, checked in compare/publisher-totals.ts); each kommune's
 * original request is not in the raw files (measure `opprinnelig-anmodning` holds it where a source has it).
 */
export interface RequestCut {
  year: number;
  /** IMDi's national request before and after the cut. */
  before: number;
  after: number;
  /** When, in IMDi's words. */
  when: string;
  /** IMDi's own national decision figure for the year (the kommune decisions do not add up to one). */
  nationalDecision: number;
  /** The source whose page documents the cut. */
  source: string;
}
export const REQUEST_CUTS: readonly RequestCut[] = [
  {
    year: 2025,
    before: 18_900,
    after: 12_640,
    when: 'sommeren 2025',
    nationalDecision: 12_919,
    source: 'imdi-nokkeltall-2025',
  },
];
/** The measures a request cut changes the meaning of: the request shown (the revised one), the original request, the decision (on either). */
export const REQUEST_CUT_MEASURES: readonly string[] = ['anmodning', 'opprinnelig-anmodning', 'vedtak'];

const byId = new Map(MEASURES.map((m) => [m.id, m]));

export function getMeasure(id: string): Measure {
  const m = byId.get(id);
  if (!m) throw new Error(`unknown measure ${JSON.stringify(id)}`);
  return m;
}

export function groupLabel(measure: string, group: string): string {
  return getMeasure(measure).groups?.[group] ?? (group || 'Alle');
}

/** Measures whose groups include the publisher's own total: no group may be above it. */
export const TOTAL_GROUPS: Record<string, string> = {
  tilskudd: 'totalt',
  'innvandrere-grunn': 'alle',
  bosatt: '',
  'avtalt-bosatt': '',
};
