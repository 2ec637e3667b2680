import type { TerritoryDecision } from '../domain/code-changes.ts';

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
