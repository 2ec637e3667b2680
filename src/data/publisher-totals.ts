/**
 * Reads the publishers' raw files and the published dataset for the
 * publisher-totals check (src/lib/compare/publisher-totals.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePublisherTotals, type TotalComparison } from '../lib/compare/publisher-totals.ts';
import { dataset } from './dataset.ts';

export const PUBLISHER_TOTAL_FILES = {
  fylkeTable: 'imdi-nokkeltall-via-terchris-atlas/imdi_nokkeltall_bosetting_fylke_2024_2026.tsv',
  kommunePages: {
    2024: 'imdi-nokkeltall-via-terchris-atlas/imdi_nokkeltall_bosetting_2024_kommune.tsv',
    2025: 'imdi-nokkeltall-via-terchris-atlas/imdi_nokkeltall_bosetting_2025_kommune.tsv',
    2026: 'imdi-nokkeltall-via-terchris-atlas/imdi_nokkeltall_bosetting_2026_kommune_oppdatert_2026-09-28.tsv',
  },
  figur1: 'imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv',
  population: 'ssb-via-oystess-valg/befolkning_2024.csv',
  grants2015: 'imdi-imdikator-munch-2016/tilskudd-kommune-2015.csv',
} as const;

export function checkPublisherTotals(rawDir: string): TotalComparison[] {
  const text = (path: string, encoding: 'utf8' | 'latin1' = 'utf8') => readFileSync(join(rawDir, path), encoding);
  const f = PUBLISHER_TOTAL_FILES;
  const { kommuner, predecessors, byRegion } = dataset();
  return comparePublisherTotals(
    { kommuner, predecessors, byRegion },
    {
      fylkeTable: text(f.fylkeTable),
      kommunePages: Object.fromEntries(Object.entries(f.kommunePages).map(([y, p]) => [y, text(p)])),
      figur1: text(f.figur1, 'latin1'),
      population: text(f.population),
      grants2015: text(f.grants2015),
    },
  );
}
