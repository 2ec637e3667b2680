/**
 * The measures' and views' user text in nynorsk: label, definition and group
 * labels for every measure in src/lib/domain/measures.ts, and label, short
 * label and definition for every view in src/lib/domain/views.ts, keyed by
 * id. The ids and group keys are the data's machine names (the same in every
 * language); tests/unit/i18n/measures-nn.test.ts fails on a missing or extra
 * id or group key and on an empty string. Terms as IMDi writes them in
 * nynorsk (docs/glossary.csv).
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
  alle: 'Heile befolkninga',
  innvandrere: 'Innvandrarar',
  befolkningen_ellers: 'Befolkninga elles',
};

/** How a settlement count is shown per 1000 inhabitants (the rule of populationYear in views.ts). */
export const PER_1000_YEAR_AFTER =
  'Per 1000 innbyggjarar blir rekna slik IMDi gjer: delt på folketalet 1. januar året etter. For året som går, der det folketalet ikkje finst enno, blir det delt på det nyaste folketalet (1. januar same år), og det står ved talet.';

/** When IMDi cut a year's request (measures.ts REQUEST_CUTS `when`), by year. */
export const REQUEST_CUT_WHEN_NN: Record<number, string> = { 2025: 'sommaren 2025' };

/** The countries of background in measures.ts LANDBAKGRUNN (the group keys are IMDi's bokmål names). */
const COUNTRIES: Record<string, string> = {
  Polen: 'Polen',
  Litauen: 'Litauen',
  Sverige: 'Sverige',
  Syria: 'Syria',
  Somalia: 'Somalia',
  Tyskland: 'Tyskland',
  Eritrea: 'Eritrea',
  Irak: 'Irak',
  Filippinene: 'Filippinane',
  Pakistan: 'Pakistan',
  Thailand: 'Thailand',
  Iran: 'Iran',
  Danmark: 'Danmark',
  Russland: 'Russland',
  Afghanistan: 'Afghanistan',
  Ukraina: 'Ukraina',
};
const EDU_BG: Record<string, string> = {
  alle: 'Heile befolkninga',
  innvandrere: 'Innvandrarar',
  ellers: 'Befolkninga utanom innvandrarar',
};
const EDU_LEVEL: Record<string, string> = {
  alle: 'Alle',
  ingen: 'Inga utdanning',
  grunnskole: 'Grunnskule',
  vgs: 'Vidaregåande skule',
  uh: 'Universitet og høgskule',
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
  annet: 'Anna',
};
const FHI_INNVKAT: Record<string, string> = {
  alle: 'Heile befolkninga',
  innvandrere: 'Innvandrarar',
  norskfodte: 'Norskfødde med innvandrarforeldre',
  ovrige: 'Befolkninga elles',
};
const FHI_AGE: Record<string, string> = { alle: '', '0-17': ', 0–17 år' };

/** Every pair of keys «a|b», labelled by `join` (the same combinations as measures.ts builds). */
const combine = (a: Record<string, string>, b: Record<string, string>, join: (x: string, y: string) => string) =>
  Object.fromEntries(
    Object.entries(a).flatMap(([ka, la]) => Object.entries(b).map(([kb, lb]) => [`${ka}|${kb}`, join(la, lb)])),
  );

const COLLECTIVE = 'Kollektivt vern (for det meste ukrainarar)';

export const MEASURES_NN: Record<string, MeasureText> = {
  anmodning: {
    label: 'Oppmoding om busetting',
    definition: `Talet på flyktningar IMDi bad kommunen busette i året (oppmoding). ${PER_1000_YEAR_AFTER}`,
  },
  'opprinnelig-anmodning': {
    label: 'Opphavleg oppmoding',
    definition: `Den første oppmodinga frå IMDi for året, før eventuelle endringar i løpet av året. ${PER_1000_YEAR_AFTER}`,
  },
  vedtak: {
    label: 'Vedtak om busetting',
    definition: `Talet på flyktningar kommunestyret vedtok å busette i året. Tomt vedtak tyder at vedtak ikkje er registrert; 0 tyder at kommunen vedtok å ikkje busette. ${PER_1000_YEAR_AFTER}`,
  },
  bosatt: {
    label: 'Busette flyktningar',
    definition: `Flyktningar og familiegjenforeinte med flyktningar som faktisk vart busette i kommunen i året (IMDi). ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'Alle', ukrainere: COLLECTIVE, ovrige: 'Andre flyktningar' },
  },
  'avtalt-bosatt': {
    label: 'Avtalt busett',
    definition: `Personar kommunen har avtalt å busette i året, men som enno ikkje var busette då IMDi henta tala («Antall personer kommunen har avtalt å bosette» på sida til IMDi; for 2024 oppgir sida det berre for Oslo). Kollektivt vern: den eigne inndelinga til IMDi, for det meste ukrainarar. ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'Alle', kollektiv: COLLECTIVE },
  },
  'ema-anmodning': {
    label: 'Oppmoding, einslege mindreårige',
    definition: `Talet på einslege mindreårige flyktningar IMDi bad kommunen busette. For 2026 også etter alder (under 15 år og 15–18 år), frå IMDi-sida med nøkkeltal for oppmodinga 2026. ${PER_1000_YEAR_AFTER}`,
    groups: { '': 'Alle', 'under-15': 'Under 15 år', '15-18': '15–18 år' },
  },
  'ema-vedtak': {
    label: 'Vedtak, einslege mindreårige',
    definition: `Talet på einslege mindreårige kommunen vedtok å busette. ${PER_1000_YEAR_AFTER}`,
  },
  'ema-bosatt': {
    label: 'Busette einslege mindreårige',
    definition: `Einslege mindreårige flyktningar busette i kommunen i året. ${PER_1000_YEAR_AFTER}`,
  },
  sekundaerflytting: {
    label: 'Flyktningar etter busettingskommune',
    definition:
      'Flyktningar busette i kommunen ved utgangen av året, etter om dei framleis bur i kommunen dei først vart busette i («bur her») eller har flytta hit frå ein annan (sekundærflytting), og butid i Noreg.',
    groups: {
      'alle|alle': 'Alle',
      'bosatt-her|alle': 'Bur i første busettingskommune',
      'flyttet-hit|alle': 'Flytta hit frå ein annan kommune',
      'uoppgitt|alle': 'Uoppgitt',
      'alle|0-4': 'Alle, butid 0–4 år',
      'bosatt-her|0-4': 'Bur i første busettingskommune, butid 0–4 år',
      'flyttet-hit|0-4': 'Flytta hit, butid 0–4 år',
      'uoppgitt|0-4': 'Uoppgitt, butid 0–4 år',
      'alle|5+': 'Alle, butid 5 år+',
      'bosatt-her|5+': 'Bur i første busettingskommune, butid 5 år+',
      'flyttet-hit|5+': 'Flytta hit, butid 5 år+',
      'uoppgitt|5+': 'Uoppgitt, butid 5 år+',
    },
  },
  tilskudd: {
    label: 'Tilskot frå IMDi',
    definition: 'Tilskot utbetalt til kommunen, i kroner, etter tilskotsordning.',
    groups: {
      totalt: 'Totalt',
      inttilsk_1_5: 'Integreringstilskot år 1–5',
      inttilsk_1: 'Integreringstilskot år 1',
      inttilsk_2_5: 'Integreringstilskot år 2–5',
      em_tilsk: 'Tilskot for einslege mindreårige',
      eldre_tilsk: 'Tilskot for eldre',
      funkhem: 'Tilskot for personar med alvorlege funksjonshemmingar/åtferdsvanskar',
      barnehage_tilsk: 'Tilskot til barnehage',
      skole_tilsk: 'Tilskot til skule',
      norsk_samf_tilsk: 'Opplæring i norsk og samfunnskunnskap',
      ekstra_bosetting_tilsk: 'Ekstratilskot for busetting',
      integreringspakke: 'Integreringspakke II og III (covid-19)',
      kompetansekartlegging: 'Kompetansekartlegging i mottak',
      norsk_asyl: 'Opplæring i norsk og samfunnskunnskap for asylsøkjarar i mottak',
      utover_anmodning_2023: 'Busette utover opphavleg oppmoding (2023)',
    },
  },
  befolkning: {
    label: 'Folketal',
    definition: 'Folkemengd 1. januar (SSB tabell 07459, tidsserie på 2024-kommunar).',
  },
  'innvandrere-grunn': {
    label: 'Innvandrarar etter innvandringsgrunn',
    definition: 'Innvandrarar busette i kommunen etter grunn for første innvandring (IMDi/SSB).',
    groups: {
      alle: 'Alle innvandrarar',
      arbeid: 'Arbeid',
      familie: 'Familie',
      flukt: 'Flyktningar og familieinnvandra til dei',
      utdanning: 'Utdanning (inkl. au pair) og anna',
      uoppgitt: 'Uoppgitt',
    },
  },
  landbakgrunn: {
    label: 'Personar etter landbakgrunn',
    definition:
      'Personar busette i kommunen etter landbakgrunn (IMDi befolkning_opprinnelsesland). Fila seier ikkje om norskfødde med innvandrarforeldre er med. Berre dei 15 største landa i heile landet i 2022, og Ukraina.',
    groups: COUNTRIES,
  },
  sysselsatte: {
    label: 'Sysselsette 15–74 år',
    definition: 'Sysselsette 15–74 år busette i kommunen, 4. kvartal (registerbasert sysselsetjing).',
    groups: INNVKAT,
  },
  'sysselsatte-andel': {
    label: 'Sysselsette, del av 15–74 år',
    definition: 'Sysselsette i prosent av befolkninga 15–74 år i gruppa, 4. kvartal.',
    groups: INNVKAT,
  },
  'sysselsatte-botid-andel': {
    label: 'Sysselsette innvandrarar etter butid',
    definition: 'Sysselsette innvandrarar 15–74 år i prosent av innvandrarar i aldersgruppa, etter butid i Noreg.',
    groups: {
      alle: 'Alle innvandrarar',
      '0_4': 'Butid 0–4 år',
      '5_9': 'Butid 5–9 år',
      '10+': 'Butid 10 år eller meir',
    },
  },
  'sysselsatte-grunn-andel': {
    label: 'Sysselsette innvandrarar etter innvandringsgrunn',
    definition:
      'Sysselsette innvandrarar i prosent av innvandrarar i aldersgruppa, etter innvandringsgrunn. Fila (IMDi sysselsatte_innvandringsgrunn, 2013) oppgir ikkje aldersgruppa; totalane stemmer med tala til IMDi for 20–66 år, ikkje 15–74 år.',
    groups: {
      alle: 'Alle innvandrarar',
      arbeid: 'Arbeid',
      familie: 'Familie',
      flukt: 'Flukt',
      annet_uoppgitt: 'Anna/uoppgitt',
    },
  },
  'lavinntekt-andel': {
    label: 'Vedvarande låginntekt',
    definition: 'Del av personar i hushald med vedvarande låginntekt (treårsperiode som sluttar i året).',
    groups: {
      'alle|alle': 'Heile befolkninga',
      'innvandrere|alle': 'Innvandrarar',
      'innvandrere|1': 'Innvandrarar frå EU/EØS, USA, Canada, Australia, New Zealand',
      'innvandrere|2': 'Innvandrarar frå resten av verda',
      'befolkningen_ellers|alle': 'Befolkninga elles',
    },
  },
  sosialhjelp: {
    label: 'Sosialhjelpsmottakarar',
    definition: 'Mottakarar av økonomisk sosialhjelp i året.',
    groups: INNVKAT,
  },
  'sosialhjelp-andel': {
    label: 'Sosialhjelpsmottakarar, del',
    definition: 'Mottakarar av økonomisk sosialhjelp i prosent av befolkninga i gruppa.',
    groups: INNVKAT,
  },
  utdanning: {
    label: 'Høgaste fullførte utdanning',
    definition:
      'Personar etter høgaste fullførte utdanning (IMDi utdanningsniva; aldersgruppa er ikkje oppgitt i fila).',
    groups: combine(EDU_BG, EDU_LEVEL, (b, l) => `${b}: ${l}`),
  },
  'intro-deltakere': {
    label: 'Deltakarar i introduksjonsprogram',
    definition: 'Deltakarar i introduksjonsprogrammet i løpet av året.',
  },
  'intro-status': {
    label: 'Status etter introduksjonsprogram',
    definition:
      'Personar som avslutta introduksjonsprogrammet 1–5 år før, etter status i november året etter: i arbeid eller utdanning, ledige/på tiltak, anna.',
    groups: combine(INTRO_YEARS, INTRO_STATUS, (y, s) => `${y}: ${s}`),
  },
  'barnehage-andel': {
    label: 'Barn i barnehage, del av 1–5 år',
    definition: 'Barn 1–5 år i barnehage i prosent av barn 1–5 år i gruppa.',
    groups: { alle: 'Alle barn', minoritet: 'Minoritetsspråklege barn', ikke_minoritet: 'Andre barn' },
  },
  'innvandrere-landbakgrunn': {
    label: 'Innvandrarar etter landbakgrunn',
    definition:
      'Innvandrarar busette i kommunen 1. januar, etter landbakgrunn (SSB tabell 09817, dagens kommunar). Norskfødde med innvandrarforeldre er ikkje med. Berre dei same landa som i tala til IMDi for personar etter landbakgrunn.',
    groups: COUNTRIES,
  },
  'sysselsatte-landbakgrunn-andel': {
    label: 'Sysselsette 15–74 år etter landbakgrunn, del',
    definition:
      'Sysselsette 15–74 år i prosent av befolkninga 15–74 år i gruppa (SSB tabell 11607, registerbasert sysselsetjing, dagens kommunar). Eigen serie: ikkje slått saman med tala til IMDi etter innvandringskategori til 2014.',
    groups: {
      innvandrere: 'Innvandrarar',
      ellers: 'Befolkninga utanom innvandrarar',
      landgruppe1: 'Innvandrarar frå Norden, EU/EFTA, Storbritannia, USA, Canada, Australia og New Zealand',
      landgruppe2: 'Innvandrarar frå resten av verda',
    },
  },
  'lavinntekt-fhi-andel': {
    label: 'Vedvarande låginntekt (FHI)',
    definition:
      'Del av personar i hushald med inntekt under 60 % av medianinntekta (EU-skala) over ein treårsperiode, vist på det siste året i perioden (FHI, nøkkeltal tabell 403). Eigen serie: gruppene og aldersgruppene til FHI er ikkje dei same som i tala til IMDi til 2014.',
    groups: combine(FHI_INNVKAT, FHI_AGE, (c, a) => `${c}${a}`),
  },
};

const PER_POPULATION = 'delt på folketalet 1. januar same år';
const PER_POPULATION_AFTER =
  'delt på folketalet 1. januar året etter, slik IMDi reknar (for året som går: det nyaste folketalet, 1. januar same år, og det står ved talet)';

/** A view of a published count without a label of its own takes the measure's (views.ts count). */
const countOf = (measure: string, short: string, group?: string): ViewText => {
  const m = MEASURES_NN[measure];
  return {
    label: group ? `${m.label}: ${m.groups?.[group] ?? group}` : m.label,
    short,
    definition: m.definition,
  };
};

export const VIEWS_NN: Record<string, ViewText> = {
  'bosatt-per-1000': {
    label: 'Busette flyktningar per 1000 innbyggjarar',
    short: 'Busett per 1000',
    definition: `Busette flyktningar ${PER_POPULATION_AFTER}, gonger 1000.`,
  },
  bosatt: countOf('bosatt', 'Busett'),
  anmodning: countOf('anmodning', 'Oppmoda'),
  vedtak: countOf('vedtak', 'Vedteke'),
  'anmodning-per-1000': {
    label: 'Oppmoding per 1000 innbyggjarar',
    short: 'Oppmoda per 1000',
    definition: `Oppmodinga frå IMDi ${PER_POPULATION_AFTER}, gonger 1000.`,
  },
  'vedtak-av-anmodning': {
    label: 'Vedtak i prosent av oppmoding',
    short: 'Vedtak/oppmoding',
    definition:
      'Vedtak delt på oppmoding same år: kor stor del av oppmodinga frå IMDi kommunen vedtok å busette. For grupper av kommunar: summen av vedtak delt på summen av oppmodingar.',
  },
  'bosatt-av-vedtak': {
    label: 'Busette i prosent av vedtak',
    short: 'Busett/vedtak',
    definition:
      'Busette delt på vedtak same år: kor stor del av vedtaket som faktisk vart busett. For grupper av kommunar: summen av busette delt på summen av vedtak.',
  },
  'bosatt-av-anmodning': {
    label: 'Busette i prosent av oppmoding',
    short: 'Busett/oppmoding',
    definition:
      'Busette delt på oppmodinga frå IMDi same år: kor mange av dei IMDi bad kommunen busette, som faktisk vart busette. For grupper av kommunar: summen av busette delt på summen av oppmodingar.',
  },
  'ema-bosatt': countOf('ema-bosatt', 'EMA busette'),
  'bosatt-ukrainere': {
    label: 'Busette med kollektivt vern',
    short: 'Kollektivt vern',
    definition:
      'Flyktningar med kollektivt vern busette i kommunen i året (inndelinga til IMDi; for det meste ukrainarar). For 2023: kolonnen «ukrainere» i uttrekket til IMDi frå november 2024.',
  },
  tilskudd: {
    label: 'Tilskot frå IMDi',
    short: 'Tilskot',
    definition: 'Samla tilskot utbetalt frå IMDi til kommunen i året, i kroner.',
  },
  'tilskudd-per-innbygger': {
    label: 'Tilskot frå IMDi per innbyggjar',
    short: 'Tilskot per innb.',
    definition: `Samla tilskot frå IMDi i året ${PER_POPULATION}.`,
  },
  flyktninger: {
    label: 'Flyktningar og familieinnvandra til dei (busette)',
    short: 'Flyktningar',
    definition: 'Innvandrarar med flukt som grunn og familieinnvandra til dei som bur i kommunen.',
  },
  innvandrere: {
    label: 'Innvandrarar (busette)',
    short: 'Innvandrarar',
    definition: 'Alle innvandrarar som bur i kommunen.',
  },
  innvandrerandel: {
    label: 'Innvandrarar i prosent av befolkninga',
    short: 'Innvandrardel',
    definition: `Innvandrarar (alle innvandringsgrunnar) ${PER_POPULATION}, i prosent.`,
  },
  flyktningandel: {
    label: 'Flyktningar og familiegjenforeinte i prosent av befolkninga',
    short: 'Flyktningdel',
    definition: `Innvandrarar med flukt som grunn og familieinnvandra til dei ${PER_POPULATION}, i prosent.`,
  },
  'sysselsatte-innvandrere': {
    label: 'Sysselsette innvandrarar, del av 15–74 år',
    short: 'Sysselsette innvandrarar',
    definition: 'Sysselsette innvandrarar i prosent av innvandrarar 15–74 år, 4. kvartal.',
  },
  'sysselsatte-ellers': {
    label: 'Sysselsette i befolkninga elles, del av 15–74 år',
    short: 'Sysselsette elles',
    definition: 'Sysselsette i befolkninga elles i prosent av gruppa 15–74 år, 4. kvartal.',
  },
  'sysselsetting-gap': {
    label: 'Sysselsetjingsgap: befolkninga elles minus innvandrarar',
    short: 'Sysselsetjingsgap',
    definition:
      'Del sysselsette 15–74 år i befolkninga elles minus delen blant innvandrarar, i prosentpoeng. Høgt tal = stort gap.',
  },
  'opprinnelig-anmodning': countOf('opprinnelig-anmodning', 'Opphavleg oppmoding'),
  'ema-anmodning': countOf('ema-anmodning', 'EMA oppmoda'),
  'ema-vedtak': countOf('ema-vedtak', 'EMA vedteke'),
  'bosatt-ovrige': {
    label: 'Busette flyktningar utanom kollektivt vern',
    short: 'Andre',
    definition: 'Flyktningar utan kollektivt vern busette i kommunen i året (IMDi; berre for 2023 i datasettet).',
  },
  'flyttet-hit': {
    label: 'Flyktningar som har flytta hit frå ein annan kommune',
    short: 'Flytta hit',
    definition:
      'Flyktningar busette i kommunen ved utgangen av året som først vart busette i ein annan kommune (sekundærflytting).',
  },
  'intro-deltakere': countOf('intro-deltakere', 'Introdeltakarar'),
  'sosialhjelp-innvandrere': {
    label: 'Sosialhjelpsmottakarar blant innvandrarar',
    short: 'Sosialhjelp, innvandrarar',
    definition: 'Innvandrarar som fekk økonomisk sosialhjelp i året.',
  },
  'sysselsatte-botid-0-4': {
    label: 'Sysselsette innvandrarar med butid 0–4 år, del',
    short: 'Sysselsette, butid 0–4',
    definition: 'Sysselsette innvandrarar med under fem års butid, i prosent av gruppa 15–74 år.',
  },
  'lavinntekt-innvandrere': {
    label: 'Vedvarande låginntekt blant innvandrarar, del',
    short: 'Låginntekt, innvandrarar',
    definition: 'Del innvandrarar i hushald med vedvarande låginntekt (treårsperiode som sluttar i året).',
  },
  'barnehage-minoritet': {
    label: 'Minoritetsspråklege barn i barnehage, del',
    short: 'Barnehage, minoritet',
    definition: 'Minoritetsspråklege barn 1–5 år i barnehage, i prosent av minoritetsspråklege barn 1–5 år.',
  },
  befolkning: countOf('befolkning', 'Folketal'),
};
