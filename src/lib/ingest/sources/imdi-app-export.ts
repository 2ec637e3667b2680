/**
 * The vocabulary of IMDi's statistics app CSV export (`GET /download_csv/k/<table>`, written by
 * `npm run fetch`): latin-1, `;`, long format `Enhet;År;Kommunenummer;Kommune;<dimensions>;Antall`,
 * one row per kommune, year and category, `:` hidden (too few), `.` not applicable.
 *
 * What is known and what is assumed, table by table, is written beside each label list below.
 * Two exports from the app exist in the raw directory (bosatt_anmodede, flyktning_botid_flytting);
 * for the other tables the column names and labels are ASSUMED FROM IMDI'S DOCUMENTED EXPORT LAYOUT,
 * NOT VERIFIED AGAINST THE LIVE ENDPOINT (NO NETWORK). The assumptions come from three places:
 * - «wide»: IMDi's older wide exports of the same table from the same app (imdi-via-evensrii-telemark),
 *   whose headers name the dimension and its labels (`Innvandringsgrunn: Arbeidsinnvandrere`);
 * - «seen»: labels and column names that public scripts reading the live export filter on
 *   (evensrii/Telemark, `Data/09_Innvandrere og inkludering/…`: `df["Kjønn"] == "Alle"`);
 * - «guess»: the same wording pattern, for labels no copy shows.
 * Numbers are read with a decimal point, as in the real exports; public scripts replace a comma in the
 * percentages of vedvarende_lavinntekt and sysselsatte_botid_land, so a comma may come: it stops ingest
 * naming the cell, rather than being guessed at.
 * Each map is the app's label → the group code the site already publishes for IMDikator's code
 * (e.g. innvkat_3 `befolkningen_ellers`), so a fetched year extends the same series.
 * A live export that differs stops ingest at the schema check (expected-schemas.ts) saying what changed.
 */

/** The columns of a long export with these dimension columns (between `Kommune` and `Antall`). */
export function imdiAppColumns(dimensions: readonly string[]): string[] {
  return ['Enhet', 'År', 'Kommunenummer', 'Kommune', ...dimensions, 'Antall'];
}

/** `Kjønn`: seen «Alle» (befolkning_innvandringsgrunn, intro_deltakere, intro_status_arbutd_avslutta); wide: Kvinner, Menn. */
export const KJONN = ['Alle', 'Kvinner', 'Menn'];

/** `Bakgrunn` (IMDikator innvkat_3): wide (utdanningsniva); seen «Hele befolkningen», «Innvandrere» (vedvarende_lavinntekt). */
export const BAKGRUNN: Record<string, string> = {
  'Hele befolkningen': 'alle',
  Innvandrere: 'innvandrere',
  'Befolkningen unntatt innvandrere': 'befolkningen_ellers',
};

/** `Verdensregion` (IMDikator vreg_3: 1 = EU/EØS etc., 2 = the rest of the world): all three seen (vedvarende_lavinntekt, sysselsatte_botid_land). */
export const VERDENSREGION: Record<string, string> = {
  Alle: 'alle',
  'EU/EFTA-land, Nord-Amerika, Australia og New Zealand': '1',
  'Øst-Europa utenom EU, Asia (inkl.Tyrkia), Afrika, Sør- og Mellom-Amerika og Oseania utenom Australia og New Zealand':
    '2',
};

/** `Botid i Norge`: as in the real flyktning_botid_flytting export (column seen in sysselsatte_botid_land; «Alle» seen). */
export const BOTID = ['Alle', '0-4 år', '5+ år'];

/** `Innvandringsgrunn`: wide (befolkning_innvandringsgrunn alle kommuner.csv); seen «Arbeidsinnvandrere», «Flyktninger og deres familieinnvandrede». */
export const INNVANDRINGSGRUNN: Record<string, string> = {
  Alle: 'alle',
  Arbeidsinnvandrere: 'arbeid',
  Familieinnvandrede: 'familie',
  'Flyktninger og deres familieinnvandrede': 'flukt',
  'Utdanning (inkl. au pair) eller andre grunner': 'utdanning',
  Uoppgitt: 'uoppgitt',
};

/** `Anmodning, vedtak og faktisk bosetting` in enslige_mindrearige: column and all four labels seen. */
export const EMA_BOSETTING = 'Anmodning, vedtak og faktisk bosetting';

/** `Språk` in barnehagedeltakelse_spraak: all three seen. */
export const SPRAAK: Record<string, string> = {
  Alle: 'alle',
  'Minoritetsspråklige (utenom norsk, samisk, svensk, dansk og engelsk)': 'minoritet',
  'Ikke-minoritetsspråklige (inkl. norsk, samisk, svensk, dansk og engelsk)': 'ikke_minoritet',
};
/** `Alder` in barnehagedeltakelse_spraak: «5 år» seen; the other single years and the 1–5 total guessed. */
export const BARNEHAGE_ALDER_ALLE = '1-5 år';
export const BARNEHAGE_ALDER_ETT = ['1 år', '2 år', '3 år', '4 år', '5 år'];

/** intro_status_arbutd: both columns seen (in intro_status_arbutd_avslutta), with «… for ett år siden» and «I arbeid eller utdanning»; the rest guessed. */
export const INTRO_AVSLUTTET = 'Avslutningsår for introduksjonsprogrammet';
export const INTRO_SITUASJON = 'Arbeidssituasjon etter avsluttet/avbrutt introduksjonsprogram';
export const INTRO_AVSLUTTET_GROUPS: Record<string, string> = {
  'Avsluttet eller avbrutt intro for ett år siden': 'ettaar',
  'Avsluttet eller avbrutt intro for to år siden': 'toaar',
  'Avsluttet eller avbrutt intro for tre år siden': 'treaar',
  'Avsluttet eller avbrutt intro for fire år siden': 'fireaar',
  'Avsluttet eller avbrutt intro for fem år siden': 'femaar',
};
export const INTRO_SITUASJON_GROUPS: Record<string, string> = {
  Alle: 'alle',
  'I arbeid eller utdanning': 'arbutd',
  'Ledig eller på tiltak': 'ledig_tiltak',
  Annet: 'annet',
};

/**
 * `Tilskuddstype` in tilskudd: the labels of IMDi's 2022–2024 grant table (imdi-via-samarbeidsdesken/tilskudd.xlsx,
 * same columns `Enhet, År, Tilskuddstype, Kommune, Antall, Kommunenummer` plus `Kommentar`). Older schemes
 * (2011–2015: inttilsk_1_5, eldre_tilsk, barnehage_tilsk, skole_tilsk, ekstra_bosetting_tilsk) have no known label.
 */
export const TILSKUDDSTYPE: Record<string, string> = {
  'Integreringstilskudd for år 1': 'inttilsk_1',
  'Integreringstilskudd for år 2-5': 'inttilsk_2_5',
  'Tilskudd til bosetting av enslige mindreårige flyktninger': 'em_tilsk',
  'Tilskudd til bosetting av personer med alvorlige funksjonshemminger og adferdsvansker': 'funkhem',
  'Tilskudd til integreringspakke II og III (covid-19)': 'integreringspakke',
  'Tilskudd til kompetansekartlegging i mottak': 'kompetansekartlegging',
  'Tilskudd til opplæring i norsk og samfunnskunnskap for voksne innvandrere': 'norsk_samf_tilsk',
  'Tilskudd til opplæring i norsk og samfunnskunnskap for asylsøkere i mottak': 'norsk_asyl',
  'Tilskuddsordningen for bosatte utover opprinnelig anmodning for 2023': 'utover_anmodning_2023',
  Totalt: 'totalt',
};
