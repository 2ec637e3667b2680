/**
 * Our bokmål texts in data/ (sources.csv publisherPageNote and licence,
 * warnings.csv message) each have a nynorsk and an English version in
 * src/i18n/data-texts.ts: a new note, licence or caveat without one fails here.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  LICENCES,
  PUBLISHER_PAGE_NOTES,
  WARNINGS,
  licenceIn,
  publisherPageNoteIn,
  warningIn,
  warningKey,
} from '../../../src/i18n/data-texts.ts';

const rows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const sources = rows('data/sources.csv');
const warnings = rows('data/warnings.csv');
/** The digits of a text in order, separators dropped: the figures a translation must keep. */
const digits = (s: string) => s.replace(/\D/g, '');

describe('data texts in nynorsk and English', () => {
  it('every non-empty publisherPageNote has nn and en', () => {
    const withNote = sources.filter((s) => s.publisherPageNote);
    expect(withNote.length).toBeGreaterThan(0);
    for (const s of withNote) {
      for (const locale of ['nn', 'en'] as const) {
        expect(PUBLISHER_PAGE_NOTES[s.id]?.[locale], `${s.id} ${locale}`).toBeTruthy();
        expect(publisherPageNoteIn({ id: s.id, publisherPageNote: s.publisherPageNote }, locale)).not.toBe(
          s.publisherPageNote,
        );
      }
      expect(publisherPageNoteIn({ id: s.id, publisherPageNote: s.publisherPageNote }, 'nb')).toBe(s.publisherPageNote);
    }
    // No translation for a note the data no longer has.
    expect(Object.keys(PUBLISHER_PAGE_NOTES).sort()).toEqual(withNote.map((s) => s.id).sort());
  });

  it('every licence in sources.csv has nn and en, and no other licence is listed', () => {
    const licences = [...new Set(sources.map((s) => s.licence))].sort();
    expect(Object.keys(LICENCES).sort()).toEqual(licences);
    for (const l of licences) {
      expect(LICENCES[l].nn, l).toBeTruthy();
      expect(LICENCES[l].en, l).toBeTruthy();
      expect(licenceIn(l, 'nb')).toBe(l);
    }
    expect(licenceIn('Offentlig statistikk fra IMDi (NLOD 2.0 / CC BY 4.0), kreditering påkrevd', 'en')).toBe(
      'Official statistics from IMDi (NLOD 2.0 / CC BY 4.0), credit required',
    );
  });

  it('every warnings.csv row has nn and en with the same figures in the same order', () => {
    expect(warnings.length).toBeGreaterThan(0);
    expect(Object.keys(WARNINGS).sort()).toEqual(warnings.map((w) => warningKey(w as never)).sort());
    for (const w of warnings) {
      const row = w as { source: string; region: string; period: string; measure: string; message: string };
      expect(warningIn(row, 'nb')).toBe(row.message);
      for (const locale of ['nn', 'en'] as const) {
        const text = warningIn(row, locale);
        expect(text, `${warningKey(row)} ${locale}`).not.toBe(row.message);
        expect(digits(text), `${warningKey(row)} ${locale}`).toBe(digits(row.message));
      }
    }
  });
});
