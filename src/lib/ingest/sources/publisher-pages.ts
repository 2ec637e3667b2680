/**
 * The publisher's own page for each table the dataset reads: where a reader checks a figure
 * at IMDi, SSB, FHI or Kartverket themselves. The copy actually read (a re-publisher's file,
 * its commit) is provenance, kept in the manifest's `origin` and shown on «Om dataene» under
 * «hentet fra»; this is the source named to the reader, first and as a link.
 *
 * Only addresses that can be justified are written here:
 * - IMDi's «Nøkkeltall bosetting <år>» pages: the address each transcription's MANIFEST.md gives
 *   (../shared/data/raw/imdi-nokkeltall-via-terchris-atlas/MANIFEST.md).
 * - IMDi's statistics («Tall og statistikk»): the page of one table is
 *   `/tall-og-statistikk/steder/<region>/<page>/<card>` — the route of IMDi's own statistics app
 *   (bengler/imdikator, src routes) with the page and card names of its card list
 *   (data/cardPages.json, where each card names the table it queries). Region `F00` is the whole
 *   country, the app's start page.
 * - SSB's statbank table `https://www.ssb.no/statbank/table/<nr>` and KLASS
 *   `https://www.ssb.no/klass/klassifikasjoner/<id>`; Kartverket's dataset page in Geonorge's
 *   catalogue and its Kommuneinfo API; FHI's Kommunehelsa statistikkbank.
 */
export interface PublisherPage {
  /** The page or table in words, as the publisher names it where it has a name. */
  name: string;
  /** https, on the publisher's own host. */
  url: string;
  /**
   * Set when the page is not the table's own: the reason, said to the reader with the link
   * (a table shown on another table's page, a portal because the table has no address of its own).
   */
  notOwn?: string;
}

/** The hosts each publisher publishes from (a source's page must be on one of its publisher's). */
export const PUBLISHER_HOSTS: Record<string, string[]> = {
  IMDi: ['www.imdi.no'],
  SSB: ['www.ssb.no'],
  FHI: ['statistikk.fhi.no'],
  Kartverket: ['kartkatalog.geonorge.no', 'ws.geonorge.no'],
};

const IMDI_STATISTICS = 'https://www.imdi.no/tall-og-statistikk/steder/F00';

/** IMDi's table → [page, card, the card's title] in IMDi's statistics app. */
const IMDI_CARDS: Record<string, [string, string, string]> = {
  bosatt_anmodede: ['befolkning', 'bosatt_anmodede', 'Anmodnings-, vedtaks- og bosettingstall'],
  enslige_mindrearige: ['befolkning', 'bosatt_enslige_mindrearige', 'Bosetting av enslige mindreårige flyktninger'],
  flyktning_botid_flytting: ['befolkning', 'flyktning_botid_flytting', 'Sekundærflytting blant flyktninger'],
  befolkning_innvandringsgrunn: ['befolkning', 'befolkning_innvandringsgrunn', 'Innvandringsgrunn og kjønn'],
  befolkning_opprinnelsesland: ['befolkning', 'befolkning_opprinnelsesland', 'Opprinnelse - land'],
  utdanningsniva: ['utdanning', 'utdanningsniva_samlet', 'Høyeste utdanningsnivå for personer fra 30 til 66 år'],
  intro_deltakere: ['kvalifisering', 'deltagere-introprogram', 'Antall deltagere i introduksjonsprogram'],
  intro_status_arbutd: [
    'kvalifisering',
    'status-etter-intro',
    'Status ett til fem år etter avsluttet introduksjonsprogram',
  ],
  sysselsatte_innvkat: ['arbeid', 'sysselsatte-innvkat', 'Sysselsetting'],
  sysselsatte_botid: ['arbeid', 'sysselsatte-innvandrere-botid', 'Sysselsatte innvandrere etter botid'],
  sysselsatte_botid_land: [
    'arbeid',
    'sysselsatte-innvandrere-botid-landbakgrunn',
    'Sysselsatte innvandrere etter botid og landbakgrunn',
  ],
  sysselsatte_innvandringsgrunn: [
    'arbeid',
    'sysselsetting-etter-innvandringsgrunn',
    'Sysselsetting etter innvandringsgrunn',
  ],
  vedvarende_lavinntekt: [
    'arbeid',
    'vedvarende-lavinntekt',
    'Personer i husholdninger med vedvarende lavinntekt etter landbakgrunn',
  ],
  sosialhjelp: ['arbeid', 'sosialhjelp', 'Personer som mottar sosialhjelp'],
  tilskudd: ['tilskudd', 'tilskudd', 'Tilskudd fra IMDi - per tilskuddsordning'],
  // IMDi's card for kindergarten by language queries its table `barnehagedeltakelse` split by `spraak`.
  barnehagedeltakelse_spraak: ['utdanning', 'barnehage-alder-minoriteter', 'Barnehagedeltakelse etter alder'],
};

/** IMDi's statistics page for one of its tables (throws for a table without a known page: write it here first). */
export function imdiStatistics(table: string, notOwn?: string): PublisherPage {
  const card = IMDI_CARDS[table];
  if (!card) throw new Error(`no IMDi statistics page is known for table ${JSON.stringify(table)}`);
  const [page, name, title] = card;
  return {
    name: `Tall og statistikk: ${title}`,
    url: `${IMDI_STATISTICS}/${page}/${name}`,
    ...(notOwn ? { notOwn } : {}),
  };
}

/** IMDi's «Nøkkeltall bosetting <år>» page. */
export function imdiNokkeltall(year: number): PublisherPage {
  return {
    name: `Nøkkeltall bosetting ${year}`,
    url: `https://www.imdi.no/bosetting/bosettingstall/nokkeltall-bosetting-${year}/`,
  };
}

/** SSB's statbank table, with what it holds in words. */
export function ssbTable(nr: string, words: string): PublisherPage {
  return { name: `Statistikkbanken, tabell ${nr}: ${words}`, url: `https://www.ssb.no/statbank/table/${nr}` };
}

/** SSB's classification in KLASS. */
export function klass(id: number, words: string): PublisherPage {
  return { name: `KLASS ${id}: ${words}`, url: `https://www.ssb.no/klass/klassifikasjoner/${id}` };
}

/** FHI's Kommunehelsa statistikkbank: no address of one table can be justified offline, so the bank itself, said so. */
export function fhiKommunehelsa(table: string, words: string): PublisherPage {
  return {
    name: `Kommunehelsa statistikkbank, nøkkeltallstabell ${table}: ${words}`,
    url: 'https://statistikk.fhi.no/kommunehelsa',
    notOwn: 'FHIs statistikkbank; tabellen har ingen egen adresse vi kan vise til',
  };
}

/** Kartverket's dataset «Administrative enheter» in Geonorge's catalogue. */
export const KARTVERKET_ADMINISTRATIVE_ENHETER: PublisherPage = {
  name: 'Geonorge: Administrative enheter',
  url: 'https://kartkatalog.geonorge.no/metadata/uuid/041f1e6e-bdbc-4091-b48f-8a5990f3cc5b',
};

/** Kartverket's Kommuneinfo API (official names per language). */
export const KARTVERKET_KOMMUNEINFO: PublisherPage = {
  name: 'Kommuneinfo (API)',
  url: 'https://ws.geonorge.no/kommuneinfo/v1/',
};
