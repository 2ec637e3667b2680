import type { planning as nbPlanning, planningLive as nbPlanningLive } from './nb-planning.ts';
import type { Widen } from './widen.ts';

/**
 * The planning view's strings («Plan the decision», the brief's proposal
 * block), English. Part of the catalogue as `t.planning` (i18n/en.ts); the
 * same shape as i18n/nb-planning.ts, so the browser script ships only these.
 */

/** What the browser script says (src/client/planning.ts): the messages, the chart's words. */
export const planningLive: Widen<typeof nbPlanningLive> = {
  errors: {
    empty: 'Enter a proposal.',
    negative: 'The proposal cannot be negative.',
    'not-integer': 'The proposal must be a whole number of people.',
    'not-number': 'Write the proposal in digits.',
    'too-large': 'That many is not a realistic decision here.',
  } as Record<string, string>,
  range: (max: string) => `Enter a whole number from 0 to ${max}.`,
  /** The address held a proposal that is not valid: what it held and why. */
  urlError: (value: string) => `The address has vedtak=«${value}»: `,
  proposal: 'Proposal',
  chartSuppressed: 'withheld',
  chartMissing: 'missing',
  perThousand: 'settled per 1,000 inhabitants',
  chartLabel: (name: string, from: number, to: number) =>
    `Bar chart: settled per 1,000 inhabitants in ${name}, ${from}–${to}, and the proposal as a point of its own with a dashed line. The figures are in the table.`,
  chartAxis: 'Per 1,000 inhabitants',
};

export const planning: Widen<typeof nbPlanning> = {
  ...planningLive,
  title: 'Plan the decision',
  onPage: 'Plan the decision',
  intro:
    "What does a decision mean for next year? Enter a proposal, and it is shown beside the municipality's own figures and the decisions of municipalities it is natural to compare with.",
  field: 'Proposed decision (number of refugees)',
  emaLegend: 'Including unaccompanied minors?',
  yes: 'yes',
  no: 'no',
  defaultNote: (n: string, year: number, provisional: boolean) =>
    `The field is set to IMDi's newest request to the municipality: ${n} for ${year}${provisional ? ' (provisional figure)' : ''}.`,
  noRequest: 'The sources have no request from IMDi to the municipality; enter a proposal.',
  printLink: 'Print a brief with this proposal',
  compareLink: 'Show the proposal in the comparison, beside the municipalities it is natural to compare with',
  largest: 'the 10 largest municipalities',
  country: 'the whole country',
  historyTable: (name: string) => `Settled per 1,000 inhabitants in ${name}, the last ten years`,
  historyColumns: ['Year', 'Settled per 1,000'],
  peersHeading: 'Newest decisions per 1,000 inhabitants elsewhere',
  peersColumns: ['Group', 'Year', 'Median', 'Lowest–highest', 'With a decision'],
  countedOf: (counted: number, members: number) => `${counted} of ${members}`,
  membersSummary: (label: string) => `The municipalities: ${label}`,
  membersColumns: ['Municipality', 'Decision per 1,000'],
  peersNote:
    'Median and range cover the municipalities with a decision that can be computed per 1,000 inhabitants (population on 1 January the same year). Municipalities without a request, without a decision yet or with a withheld figure are not included. * provisional figures.',
  trackHeading: 'How much of the decision was settled?',
  trackColumns: ['Year', 'Decided', 'Settled', 'Settled/decided'],
  noTrack: 'The sources have no complete years with both a decision and the number settled for the municipality.',
  emaHeading: 'Unaccompanied minors before',
  grantsHeading: 'Grants the municipality has received (history)',
  grantColumns: ['Year', 'Grants from IMDi', 'Settled the same year', "Divided by the year's settled"],
  grantsNote:
    'All grants from IMDi in the year divided by the refugees settled the same year. The grant follows each settled person for several years, so the figure is neither a cost nor an amount per person.',
  noGrants: 'The sources have no grant figures for the municipality.',
  noProjection:
    'What a decision will bring in grants is not computed here: the dataset has no table of the current rates, and the rates are not estimated. The largest expenses come in the first years after settlement. The rates are published by IMDi:',
  ratesLink: "IMDi's page on the integration grant (in Norwegian)",
  ratesHref: 'https://www.imdi.no/tilskudd/integreringstilskudd/',
  questionsHeading: 'Questions the figures do not answer',
  questions: [
    'Housing: does the municipality have enough suitable housing, and how quickly can more be found?',
    'School and kindergarten: are there places, and is there capacity for teaching Norwegian?',
    'Health and interpreters: can the health service, the child welfare service and the interpreting service take on more?',
    'The refugee service and adult education: do they have the staff for the introduction programme?',
    'Work: which employers in the region need people, and whom can the municipality work with?',
  ],
  briefHeading: 'Proposed decision',
  briefNone:
    'The brief has no proposed decision. Add it to the address, e.g. ?vedtak=40&ema=ja, or choose it on the profile page.',
  briefDefault: "The proposal is IMDi's newest request; another proposal is chosen on the profile page.",
};
