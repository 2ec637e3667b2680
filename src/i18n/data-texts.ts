import type { Locale } from './locales.ts';

/**
 * Our own bokmål texts that ingest writes into data/ (sources.csv's
 * publisherPageNote and licence, warnings.csv's message), in nynorsk and
 * English. Bokmål pages show the data's own text; the other languages read
 * these catalogues, keyed by what identifies the row in data/. A row without
 * a translation here fails tests/unit/i18n/data-texts.test.ts.
 */
type Translated = Record<Exclude<Locale, 'nb'>, string>;

/** sources.csv publisherPageNote, by source id. */
export const PUBLISHER_PAGE_NOTES: Record<string, Translated> = {
  'imdi-anmodning-2026': {
    nn: 'oppmodinga for 2026 om einslege mindreårige står i avsnittet om oppmodinga lenger ned på same side som busetjingstala for 2026',
    en: 'the 2026 request for unaccompanied minors is in the section on the request further down the same page as the settlement figures for 2026',
  },
  'imdi-bosetting-2015': {
    nn: 'IMDi sin gamle tabell bosetting har inga eiga side; oppmoding, vedtak og busette står i tabell bosatt_anmodede',
    en: "IMDi's old table bosetting has no page of its own; requests, decisions and settled refugees are in table bosatt_anmodede",
  },
  'imdi-flyktninger-2024': {
    nn: 'uttrekket har inga eiga side hos IMDi; tala for 2024 står på denne sida, for 2022–2023 i IMDi sin tabell bosatt_anmodede',
    en: "the extract has no page of its own at IMDi; the figures for 2024 are on this page, those for 2022–2023 in IMDi's table bosatt_anmodede",
  },
};

/** sources.csv licence, by the licence text. */
export const LICENCES: Record<string, Translated> = {
  MIT: { nn: 'MIT', en: 'MIT' },
  'CC BY 4.0': { nn: 'CC BY 4.0', en: 'CC BY 4.0' },
  'SSB KLASS (NLOD 2.0 / CC BY 4.0)': {
    nn: 'SSB KLASS (NLOD 2.0 / CC BY 4.0)',
    en: 'SSB KLASS (NLOD 2.0 / CC BY 4.0)',
  },
  'MIT (avledet fra SSB KLASS)': { nn: 'MIT (avleidd frå SSB KLASS)', en: 'MIT (derived from SSB KLASS)' },
  'SSB (NLOD 2.0 / CC BY 4.0), kreditering påkrevd': {
    nn: 'SSB (NLOD 2.0 / CC BY 4.0), kreditering kravd',
    en: 'SSB (NLOD 2.0 / CC BY 4.0), credit required',
  },
  'Offentlig statistikk fra IMDi (NLOD 2.0 / CC BY 4.0), kreditering påkrevd': {
    nn: 'Offentleg statistikk frå IMDi (NLOD 2.0 / CC BY 4.0), kreditering kravd',
    en: 'Official statistics from IMDi (NLOD 2.0 / CC BY 4.0), credit required',
  },
  'Avskrift; tallene er IMDis (kreditering: «Kilde: IMDi»)': {
    nn: 'Avskrift; tala er IMDi sine (kreditering: «Kilde: IMDi»)',
    en: "Transcript; the figures are IMDi's (credit line: «Kilde: IMDi»)",
  },
  'Avskrift uten lisens; tallene er IMDis': {
    nn: 'Avskrift utan lisens; tala er IMDi sine',
    en: "Transcript without a licence; the figures are IMDi's",
  },
};

/** warnings.csv message, by source, region, period and measure (joined with «|»). */
export const WARNINGS: Record<string, Translated> = {
  'imdi-tilskudd-2011-2014|0301|2012|tilskudd': {
    nn: '«Integreringstilskot år 1–5» (452 681 750) er større enn totalen i kjelda (171 372 286); begge blir viste slik kjelda oppgir dei.',
    en: '«Integration grant years 1–5» (452,681,750) is larger than the source’s own total (171,372,286); both are shown as the source gives them.',
  },
  'imdi-nokkeltall-2022|3413|2022|vedtak': {
    nn: 'IMDi-sida med nøkkeltal for busetjing 2022 oppgir at Stange vedtok å busetje 500, med oppmoding 150 og 156 busette; IMDi sin eigen eksport (september 2023) seier 150. Truleg ein skrivefeil på sida: talet 500 er ikkje brukt, og vedtaket som blir vist, er frå eksporten.',
    en: 'IMDi’s page of key settlement figures for 2022 says Stange decided to settle 500, with a request of 150 and 156 settled; IMDi’s own export (September 2023) says 150. Probably a typo on the page: the figure 500 is not used, and the decision shown is the export’s.',
  },
};

export const warningKey = (w: { source: string; region: string; period: string; measure: string }): string =>
  `${w.source}|${w.region}|${w.period}|${w.measure}`;

/** A data text in the page's language: the data's own bokmål on bokmål pages (and where no translation exists). */
function pick(table: Record<string, Translated>, key: string, nbText: string, locale: Locale): string {
  if (locale === 'nb' || !nbText) return nbText;
  return table[key]?.[locale] ?? nbText;
}

export const publisherPageNoteIn = (s: { id: string; publisherPageNote: string }, locale: Locale): string =>
  pick(PUBLISHER_PAGE_NOTES, s.id, s.publisherPageNote, locale);

export const licenceIn = (licence: string, locale: Locale): string => pick(LICENCES, licence, licence, locale);

export const warningIn = (
  w: { source: string; region: string; period: string; measure: string; message: string },
  locale: Locale,
): string => pick(WARNINGS, warningKey(w), w.message, locale);
