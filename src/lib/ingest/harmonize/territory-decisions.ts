import type { TerritoryDecision } from '../../domain/code-changes.ts';

/**
 * Where SSB's change table (KLASS 131) lists a kommune with more than one
 * successor, whether its territory really was divided is decided here, from
 * evidence in the raw files, and written down. A decision says that a former
 * kommune's figures up to `through` belong whole to one current kommune.
 *
 * Not listed (kept as separate series, because the territory was divided):
 * - Ålesund 1507 (2020–2023): divided in 2024 into Ålesund 1508 and Haram 1580.
 * - Snillfjord 5012/1613: divided in 2020 between Heim, Hitra and Orkland.
 * - Tysfjord 1850: divided in 2020 between Narvik and Hamarøy.
 * - Stokke 0720: divided in 2017 between Sandefjord and Tønsberg. SSB's 2024-structure
 *   population series (ssb-via-oystess-valg/befolkning_2024.csv) counts all of Stokke in
 *   Sandefjord up to 2016; from 2016 to 2017 Sandefjord falls by 1 395 and Tønsberg grows
 *   by 2 771 (2 100–2 300 people more than the years around), about a fifth of Stokke's
 *   11 800: a real division, not a border adjustment.
 */
const SSB_2024 = 'ssb-via-oystess-valg/befolkning_2024.csv (SSB 07459 på 2024-kommuner)';

export const TERRITORY_DECISIONS: TerritoryDecision[] = [
  {
    code: '1534',
    name: 'Haram',
    through: 2019,
    successor: '1580',
    evidence: `Haram ble egen kommune igjen i 2024 med grensene fra før 2020. ${SSB_2024} gir Haram (1580) en egen serie 1986–2019 (9 383 innbyggere i 2019, 9 357 i 2024) og 0 i 2020–2023.`,
  },
  ...['1504:Ålesund', '1523:Ørskog', '1529:Skodje', '1546:Sandøy'].map((x) => {
    const [code, name] = x.split(':');
    return {
      code,
      name,
      through: 2019,
      successor: '1508',
      evidence: `${name} ligger i sin helhet i dagens Ålesund (1508). ${SSB_2024} gir Ålesund (1508) 56 250 innbyggere i 2019 og 58 509 i 2024, men 66 258 i 2020 da Haram var med.`,
    };
  }),
];

/**
 * Where one file gives a year under both a former code and the new code of the
 * same territory (the former code out of its period), whether the two are the
 * same money or people counted twice or two parts that add up is decided here
 * from the file's own higher-level totals (its fylke and national rows), and
 * written down with those totals. Without a decision the year's own code wins
 * and the other figure is reported in warnings.csv.
 */
export interface SameYearDecision {
  /** Source id (sources.ts). */
  source: string;
  year: number;
  /** The former code the file still uses in `year`. */
  code: string;
  name: string;
  /** The year's own code for the territory. */
  successor: string;
  /** sum: both figures belong to the territory; duplicate: the former code's figure is the same counted again. */
  decision: 'sum' | 'duplicate';
  evidence: string;
}

export const SAME_YEAR_DECISIONS: SameYearDecision[] = [
  {
    source: 'imdi-tilskudd-2011-2014',
    year: 2012,
    code: '1729',
    name: 'Inderøy (før 2012)',
    successor: '1756',
    decision: 'sum',
    evidence:
      'imdi-imdikator-munch-2015/tilskudd.csv, 2012, «totalt»: Nord-Trøndelag (fylke_nr 17) 192 726 722 kr = summen av kommunene med 1729 (1 536 250) og 1756 (4 053 350); uten 1729 191 190 472. Hele landet (fylke_nr 00) 4 590 850 777 = summen av alle kommuner 4 590 850 776,61; uten 1729 4 589 314 526,61. Det samme for hver tilskuddsart (inttilsk_2_5: 1729 og 1756 har begge 1 336 250, Nord-Trøndelag 116 888 500 = summen med begge, 115 552 250 uten 1729).',
  },
  // IMDi's bosatt_anmodede (Figur1) has no fylke or national rows; its own higher-level figures for a kommune-year are
  // the percent rows (Enhet «Prosent»: decision and settled as % of the request), which divide by the request under
  // the year's own code alone. A request repeated under a code that had ceased years before is the same request twice.
  ...[
    {
      code: '0102',
      name: 'Sarpsborg (før 1992)',
      successor: '0105',
      ceased: 'slått sammen med Skjeberg, Tune og Varteig til Sarpsborg 0105 i 1992',
      own: 'anmodning 20, vedtak 15',
      old: 'anmodning 20, vedtak «.», bosatt «.»',
      pct: 'vedtaket som 75 % av anmodningen (15 / 20)',
      whole: 'anmodningen til Sarpsborg var 20, ikke 40',
    },
    {
      code: '0103',
      name: 'Fredrikstad (før 1994)',
      successor: '0106',
      ceased: 'slått sammen med Borge, Kråkerøy, Onsøy og Rolvsøy til Fredrikstad 0106 i 1994',
      own: 'anmodning 50, vedtak 60',
      old: 'anmodning 50, vedtak «.», bosatt «.»',
      pct: 'vedtaket som 120 % av anmodningen (60 / 50)',
      whole: 'anmodningen til Fredrikstad var 50, ikke 100',
    },
  ].map(
    (d): SameYearDecision => ({
      source: 'imdi-bosatt-anmodede-2023',
      year: 1995,
      code: d.code,
      name: d.name,
      successor: d.successor,
      decision: 'duplicate',
      evidence: `imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv, 1995: ${d.code} (${d.ceased}) står med ${d.old}, ${d.successor} med ${d.own}. Filen har ingen fylkes- eller landsrader; dens egne prosentrader for ${d.successor} regner ${d.pct}, altså ${d.whole}. ${d.code} har ingen andre tall i filen etter at koden ble lagt ned. Samme anmodning to ganger: bare tallet under ${d.successor} brukes.`,
    }),
  ),
  {
    source: 'imdi-bosatt-anmodede-2023',
    year: 2007,
    code: '1154',
    name: 'Vindafjord (før 2006)',
    successor: '1160',
    decision: 'duplicate',
    evidence:
      'imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv, 2007: 1154 (slått sammen med Ølen til Vindafjord 1160 i 2006) står med anmodning 10, vedtak «.», bosatt «.»; 1160 med anmodning 10, vedtak 10. Filen har ingen fylkes- eller landsrader; dens egne prosentrader for 1160 regner vedtaket som 100 % av anmodningen (10 / 10), altså anmodningen til Vindafjord var 10, ikke 20. 1154 har ingen andre tall i filen etter 2002. Samme anmodning to ganger: bare tallet under 1160 brukes.',
  },
];
