import { sourceLabel, type SourceLabel } from '../lib/format/source-label.ts';
import type { Citation } from '../lib/profile/panel.ts';
import { getSource } from './dataset.ts';

/** A panel's citation: the publisher's page (link text and address), then table and file date, and the years it covers. */
export function citationParts(c: Citation): SourceLabel & { span: string } {
  const span = c.years[0] === c.years[1] ? String(c.years[0]) : `${c.years[0]}–${c.years[1]}`;
  return { ...sourceLabel(getSource(c.source)), span };
}

/** "IMDi: Nøkkeltall bosetting 2024, fil fra 15. januar 2025, 2024" as plain text (no brackets: table names may carry their own). */
export function citationText(c: Citation): string {
  const p = citationParts(c);
  return `${p.text}, ${p.span}`;
}
