import type { NamePart } from '../domain/kommune.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * A kommune's official name (domain/kommune.ts officialNameParts) where pages are
 * built as strings, at build time and in the browser (search results, the
 * comparison's chips, lists and table): the parts joined by an en dash, each
 * Sami or Kven part in its language («<span lang="se">Guovdageaidnu</span> – Kautokeino»).
 */
export function nameHtml(parts: readonly NamePart[]): string {
  return parts
    .map((p) => (p.lang ? `<span lang="${escapeHtml(p.lang)}">${escapeHtml(p.text)}</span>` : escapeHtml(p.text)))
    .join(' – ');
}

/** The official name as text: «Guovdageaidnu – Kautokeino» (the same as domain/kommune.ts officialName). */
export function nameText(parts: readonly NamePart[]): string {
  return parts.map((p) => p.text).join(' – ');
}

/** A name as sent to the browser: its parts only where the official name is more than the Norwegian one. */
export interface NamedEntry {
  name: string;
  parts?: NamePart[];
}

/** The name a reader sees for an entry (search hit, comparison kommune). */
export const shownName = (e: NamedEntry): string => (e.parts ? nameText(e.parts) : e.name);

/** The parts worth sending: none for a kommune whose official name is its Norwegian name alone. */
export function partsToSend(parts: NamePart[], name: string): NamePart[] | undefined {
  return parts.length === 1 && !parts[0].lang && parts[0].text === name ? undefined : parts;
}

/**
 * HTML for a label that may be a kommune's official name (a comparison column, a
 * chip): the name with its language parts marked; any other label escaped.
 */
export function labelHtmlFor(entries: readonly NamedEntry[]): (label: string) => string {
  const html = new Map(entries.filter((e) => e.parts).map((e) => [nameText(e.parts!), nameHtml(e.parts!)]));
  return (label) => html.get(label) ?? escapeHtml(label);
}
