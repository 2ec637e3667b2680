import type { Widen } from './widen.ts';

/**
 * The planning view's strings («Planlegg vedtaket», the brief's proposal
 * block), bokmål. Part of the catalogue as `t.planning` (i18n/nb.ts); a module
 * of its own so the browser script that recomputes the scenario ships these
 * strings and not the whole catalogue. A nynorsk or English file exports the
 * same shape.
 */

/** What the browser script says (src/client/planning.ts): in a module of its own, which the script imports. */
export { planningLive } from './nb-planning-live.ts';
import { planningLive } from './nb-planning-live.ts';

/** The browser's planning strings' shape (nynorsk and English match it key for key). */
export type PlanningLive = Widen<typeof planningLive>;

export const planning = {
  ...planningLive,
  title: 'Planlegg vedtaket',
  onPage: 'Planlegg vedtaket',
  intro:
    'Hva betyr et vedtak for neste år? Skriv inn et forslag, så står det ved siden av kommunens egne tall og vedtakene i kommuner det er naturlig å sammenligne med.',
  field: 'Forslag til vedtak (antall flyktninger)',
  emaLegend: 'Med enslige mindreårige?',
  yes: 'ja',
  no: 'nei',
  defaultNote: (n: string, year: number, provisional: boolean) =>
    `Feltet er satt til IMDis nyeste anmodning til kommunen: ${n} for ${year}${provisional ? ' (foreløpig tall)' : ''}.`,
  noRequest: 'Kildene har ingen anmodning fra IMDi til kommunen; skriv inn et forslag.',
  printLink: 'Skriv ut notat med dette forslaget',
  compareLink: 'Vis forslaget i sammenligningen, ved siden av kommunene det er naturlig å sammenligne med',
  largest: 'de 10 største kommunene',
  country: 'hele landet',
  historyTable: (name: string) => `Bosatte per 1000 innbyggere i ${name}, de siste ti årene`,
  historyColumns: ['År', 'Bosatte per 1000'],
  peersHeading: 'Nyeste vedtak per 1000 innbyggere hos andre',
  peersColumns: ['Gruppe', 'År', 'Median', 'Laveste–høyeste', 'Med vedtak'],
  countedOf: (counted: number, members: number) => `${counted} av ${members}`,
  membersSummary: (label: string) => `Kommunene: ${label}`,
  membersColumns: ['Kommune', 'Vedtak per 1000'],
  peersNote:
    'Median og spenn gjelder kommunene med et vedtak det kan regnes per 1000 innbyggere av (folketall 1. januar samme år). Kommuner uten anmodning, uten vedtak ennå eller med skjult tall er ikke med. * foreløpige tall.',
  trackHeading: 'Hvor mye av vedtaket ble bosatt?',
  trackColumns: ['År', 'Vedtatt', 'Bosatt', 'Bosatt/vedtak'],
  noTrack: 'Kildene har ingen fullstendige år med både vedtak og bosatte for kommunen.',
  emaHeading: 'Enslige mindreårige tidligere',
  grantsHeading: 'Tilskudd kommunen har fått (historikk)',
  grantColumns: ['År', 'Tilskudd fra IMDi', 'Bosatte samme år', 'Delt på årets bosatte'],
  grantsNote:
    'Alt tilskudd fra IMDi i året delt på flyktningene bosatt samme år. Tilskuddet følger hver bosatt i flere år, så tallet er verken en kostnad eller et beløp per person.',
  noGrants: 'Kildene har ingen tilskuddstall for kommunen.',
  noProjection:
    'Her regnes det ikke fram hva et vedtak vil gi i tilskudd: datasettet har ingen tabell over dagens satser, og satsene anslås ikke. De største utgiftene kommer de første årene etter bosetting. Satsene står hos IMDi:',
  ratesLink: 'IMDis side om integreringstilskudd',
  ratesHref: 'https://www.imdi.no/tilskudd/integreringstilskudd/',
  questionsHeading: 'Spørsmål tallene ikke svarer på',
  questions: [
    'Boliger: har kommunen nok egnede boliger, og hvor raskt kan flere skaffes?',
    'Skole og barnehage: er det plass, og finnes det kapasitet til opplæring i norsk?',
    'Helse og tolk: kan helsetjenesten, barnevernet og tolketjenesten ta imot flere?',
    'Flyktningtjenesten og voksenopplæringen: har de folk til introduksjonsprogrammet?',
    'Arbeid: hvilke arbeidsgivere i regionen trenger folk, og hvem kan kommunen samarbeide med?',
  ],
  briefHeading: 'Forslag til vedtak',
  briefNone:
    'Notatet har ikke et forslag til vedtak. Legg det til i adressen, f.eks. ?vedtak=40&ema=ja, eller velg det på profilsiden.',
  briefDefault: 'Forslaget er IMDis nyeste anmodning; et annet forslag velges på profilsiden.',
};
