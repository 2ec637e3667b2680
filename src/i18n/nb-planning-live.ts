/**
 * What the browser script of «Planlegg vedtaket» says (src/client/planning.ts): the messages and the
 * chart's words, bokmål. A module of its own so the script ships these strings only: the rest of
 * `t.planning` (i18n/nb-planning.ts, which spreads this object into it) stays out of the profile's
 * script (issue 20's budget, ≤ 8 KB gzip).
 */
export const planningLive = {
  errors: {
    empty: 'Skriv inn et forslag.',
    negative: 'Forslaget kan ikke være negativt.',
    'not-integer': 'Forslaget må være et helt antall personer.',
    'not-number': 'Skriv forslaget med sifre.',
    'too-large': 'Så mange er ikke et realistisk vedtak her.',
  } as Record<string, string>,
  range: (max: string) => `Skriv et helt tall fra 0 til ${max}.`,
  /** The address held a proposal that is not valid: what it held and why. */
  urlError: (value: string) => `Adressen har vedtak=«${value}»: `,
  proposal: 'Forslag',
  chartSuppressed: 'skjult',
  chartMissing: 'mangler',
  perThousand: 'bosatte per 1000 innbyggere',
  chartLabel: (name: string, from: number, to: number) =>
    `Stolpediagram: bosatte per 1000 innbyggere i ${name}, ${from}–${to}, og forslaget som eget punkt med en stiplet linje. Tallene står i tabellen.`,
  chartAxis: 'Per 1000 innbyggere',
};
