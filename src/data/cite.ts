import type { Citation } from '../lib/profile/panel.ts';
import { getSource } from './dataset.ts';

/** "IMDi, tabell bosatt_anmodede, fil fra 2023-09, 1995–2023" (no brackets: table names may carry their own). */
export function citationText(c: Citation): string {
  const s = getSource(c.source);
  const span = c.years[0] === c.years[1] ? String(c.years[0]) : `${c.years[0]}–${c.years[1]}`;
  return `${s.publisher}, tabell ${s.table}, fil fra ${s.vintage}, ${span}`;
}
