/**
 * Every user-facing string of the interface, bokmål. A nynorsk or English
 * file exports the same shape. (Measure labels and definitions are data:
 * src/lib/domain/measures.ts.)
 */
export const nb = {
  siteName: 'Bosettingstall',
  tagline: 'Bosetting av flyktninger, tilskudd og integrering i alle norske kommuner',
  lang: 'nb',
  nav: { home: 'Kommuner', compare: 'Sammenlign', about: 'Om dataene', skip: 'Hopp til innholdet' },
  status: {
    suppressed: 'skjult (under 5)',
    'not-applicable': 'ikke aktuelt',
    missing: 'mangler',
    pending: 'avventer vedtak',
  },
  /** For narrow print tables; the brief's footnote explains them. */
  statusShort: {
    suppressed: 'skjult',
    'not-applicable': 'ikke akt.',
    missing: 'mangler',
    pending: 'avventer',
  },
  flags: {
    provisional: 'foreløpig',
    'lower-bound': 'minst (en del er skjult)',
    scraped: 'avskrift av IMDis nettside',
  },
  flagMarks: { provisional: '*', 'lower-bound': '≥', scraped: '†' },
  units: { personer: 'personer', kroner: 'kr', prosent: '%' },
  index: {
    title: 'Finn kommunen',
    intro: 'Anmodning, vedtak og faktisk bosetting av flyktninger, tilskudd fra IMDi og hvordan innvandrere har det i arbeid og levekår – for alle 357 kommuner, med kilde for hvert tall.',
    searchLabel: 'Søk etter kommune (navn, samisk eller kvensk navn, eller nummer)',
    byFylke: 'Alle kommuner etter fylke',
  },
  profile: {
    newest: (year: number) => `Nyeste tall: ${year}`,
    population: 'Folketall',
    kostra: 'KOSTRA-gruppe',
    centrality: 'Sentralitet',
    fylke: 'Fylke',
    number: 'Kommunenummer',
    otherNames: 'Også',
    sections: {
      settlement: 'Bosetting av flyktninger',
      grants: 'Tilskudd fra IMDi',
      population: 'Befolkning og innvandrere',
      work: 'Arbeid og levekår',
      predecessors: 'Tidligere kommuner',
      sources: 'Kilder',
    },
    showTable: 'Vis tallene som tabell',
    source: 'Kilde',
    year: 'År',
    noData: 'Ingen tall for kommunen i kildene.',
    latestYear: (y: number) => `Siste år med tall: ${y}.`,
  },
  about: { title: 'Om dataene' },
} as const;

export type Strings = typeof nb;
export const t: Strings = nb;
