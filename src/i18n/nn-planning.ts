import type { planning as nbPlanning, planningLive as nbPlanningLive } from './nb-planning.ts';
import type { Widen } from './widen.ts';

/**
 * The planning view's strings («Planlegg vedtaket», the brief's block with
 * the proposal), nynorsk: the same shape as nb-planning.ts. Terms as in
 * docs/glossary.csv (framlegg til vedtak, busette, einslege mindreårige,
 * integreringstilskot).
 */

/** What the browser script says (src/client/planning.ts): the messages, the chart's words. */
export const planningLive: Widen<typeof nbPlanningLive> = {
  errors: {
    empty: 'Skriv inn eit framlegg.',
    negative: 'Framlegget kan ikkje vere negativt.',
    'not-integer': 'Framlegget må vere eit heilt tal på personar.',
    'not-number': 'Skriv framlegget med siffer.',
    'too-large': 'Så mange er ikkje eit realistisk vedtak her.',
  } as Record<string, string>,
  range: (max: string) => `Skriv eit heilt tal frå 0 til ${max}.`,
  urlError: (value: string) => `Adressa har vedtak=«${value}»: `,
  proposal: 'Framlegg',
  chartSuppressed: 'skjult',
  chartMissing: 'manglar',
  perThousand: 'busette per 1000 innbyggjarar',
  chartLabel: (name: string, from: number, to: number) =>
    `Stolpediagram: busette per 1000 innbyggjarar i ${name}, ${from}–${to}, og framlegget som eige punkt med ei stipla linje. Tala står i tabellen.`,
  chartAxis: 'Per 1000 innbyggjarar',
};

export const planning: Widen<typeof nbPlanning> = {
  ...planningLive,
  title: 'Planlegg vedtaket',
  onPage: 'Planlegg vedtaket',
  intro:
    'Kva tyder eit vedtak for neste år? Skriv inn eit framlegg, så står det ved sida av tala til kommunen og vedtaka i kommunar det er naturleg å samanlikne med.',
  field: 'Framlegg til vedtak (talet på flyktningar)',
  emaLegend: 'Med einslege mindreårige?',
  yes: 'ja',
  no: 'nei',
  defaultNote: (n: string, year: number, provisional: boolean) =>
    `Feltet er sett til den nyaste oppmodinga frå IMDi til kommunen: ${n} for ${year}${provisional ? ' (førebels tal)' : ''}.`,
  noRequest: 'Kjeldene har inga oppmoding frå IMDi til kommunen; skriv inn eit framlegg.',
  printLink: 'Skriv ut notat med dette framlegget',
  compareLink: 'Vis framlegget i samanlikninga, ved sida av kommunane det er naturleg å samanlikne med',
  largest: 'dei 10 største kommunane',
  country: 'heile landet',
  historyTable: (name: string) => `Busette per 1000 innbyggjarar i ${name}, dei siste ti åra`,
  historyColumns: ['År', 'Busette per 1000'],
  peersHeading: 'Nyaste vedtak per 1000 innbyggjarar hos andre',
  peersColumns: ['Gruppe', 'År', 'Median', 'Lågaste–høgaste', 'Med vedtak'],
  countedOf: (counted: number, members: number) => `${counted} av ${members}`,
  membersSummary: (label: string) => `Kommunane: ${label}`,
  membersColumns: ['Kommune', 'Vedtak per 1000'],
  peersNote:
    'Median og spenn gjeld kommunane med eit vedtak det kan reknast per 1000 innbyggjarar av (folketal 1. januar same år). Kommunar utan oppmoding, utan vedtak enno eller med skjult tal er ikkje med. * førebels tal.',
  trackHeading: 'Kor mykje av vedtaket vart busett?',
  trackColumns: ['År', 'Vedteke', 'Busett', 'Busett/vedtak'],
  noTrack: 'Kjeldene har ingen fullstendige år med både vedtak og busette for kommunen.',
  emaHeading: 'Einslege mindreårige tidlegare',
  grantsHeading: 'Tilskot kommunen har fått (historikk)',
  grantColumns: ['År', 'Tilskot frå IMDi', 'Busette same år', 'Delt på busette i året'],
  grantsNote:
    'Alt tilskot frå IMDi i året delt på flyktningane busette same år. Tilskotet følgjer kvar busett i fleire år, så talet er verken ein kostnad eller eit beløp per person.',
  noGrants: 'Kjeldene har ingen tal for tilskot til kommunen.',
  noProjection:
    'Her blir det ikkje rekna fram kva eit vedtak vil gi i tilskot: datasettet har inga tabell over dagens satsar, og satsane blir ikkje anslått. Dei største utgiftene kjem dei første åra etter busettinga. Satsane står hos IMDi:',
  ratesLink: 'Sida til IMDi om integreringstilskot',
  ratesHref: 'https://www.imdi.no/tilskudd/integreringstilskot/',
  questionsHeading: 'Spørsmål tala ikkje svarar på',
  questions: [
    'Bustader: har kommunen nok eigna bustader, og kor raskt kan fleire skaffast?',
    'Skule og barnehage: er det plass, og finst det kapasitet til opplæring i norsk?',
    'Helse og tolk: kan helsetenesta, barnevernet og tolketenesta ta imot fleire?',
    'Flyktningtenesta og vaksenopplæringa: har dei folk til introduksjonsprogrammet?',
    'Arbeid: kva arbeidsgivarar i regionen treng folk, og kven kan kommunen samarbeide med?',
  ],
  briefHeading: 'Framlegg til vedtak',
  briefNone:
    'Notatet har ikkje noko framlegg til vedtak. Legg det til i adressa, t.d. ?vedtak=40&ema=ja, eller vel det på profilsida.',
  briefDefault: 'Framlegget er den nyaste oppmodinga frå IMDi; vel eit anna på profilsida.',
};
