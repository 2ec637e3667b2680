import { newestYear } from '../domain/coverage.ts';
import { seriesOf, type Figure, type ShownValue } from '../domain/figure.ts';
import { formatVintage } from '../format/date.ts';
import { formatFigure, formatIndicator, formatInt } from '../format/number.ts';
import type { Strings } from '../../i18n/nb.ts';
import { requestCutOf } from '../domain/request-cut.ts';
import { earlyPopulationYear, part, POPULATION } from '../domain/views.ts';

/** One figure at the top of a profile: what it is, its value as text, and where it comes from. */
export interface KeyCard {
  id: 'anmodning' | 'vedtak' | 'bosatt' | 'siste-vedtak';
  label: string;
  year: number;
  value: string;
  /** false when the value is a status in words («avventer vedtak», «skjult (under 5)»). */
  numeric: boolean;
  detail?: string;
}

/** A per-1000 value as the comparison groups compute it (src/lib/compare): a shown value's number and status. */
export type RatePoint = Pick<ShownValue, 'value' | 'status' | 'partial'>;

export interface KeyFigures {
  year: number;
  /** "foreløpige tall per 13. november 2024" when the year was not over when the file was made. */
  asOf?: string;
  cards: KeyCard[];
  perThousand?: {
    year: number;
    rows: { label: string; value: string; own: boolean }[];
    partial: boolean;
    /** The year's population is the newest, not 1 January the year after (views.ts earlyPopulationYear): said beside the figures. */
    early?: string;
  };
}

/** The value alone, a lower bound «minst» in words; other flags are said in words beside it, a status in its own words. */
const plain = (t: Strings, f: Figure | undefined) =>
  f?.status === 'ok' && f.value !== null
    ? `${f.flags.includes('lower-bound') ? `${t.atLeast} ` : ''}${formatInt(f.value, t.lang)}`
    : formatFigure(t, f, 'personer');
const isNum = (f: Figure | undefined) => f?.status === 'ok' && f.value !== null;
const asOf = (t: Strings, f: Figure | undefined) =>
  f?.flags.includes('provisional') ? t.profile.key.asOf(formatVintage(f.vintage, t.lang)) : undefined;

/**
 * The year a profile leads with: the newest year with a settled figure, by
 * the rule every page uses (domain/coverage.ts newestYear), else the newest
 * year with a request or decision.
 */
export function keyYear(own: Figure[]): number | null {
  return (
    newestYear(seriesOf(own, 'bosatt')) ??
    (Math.max(newestYear(seriesOf(own, 'anmodning')) ?? 0, newestYear(seriesOf(own, 'vedtak')) ?? 0) || null)
  );
}

/**
 * The answer first: request, decision and settled for the key year, the
 * newest decision when it is for a later year, and settled per 1000
 * inhabitants beside the reference groups (computed by the caller, one rule
 * for sums and ratios: src/lib/compare/aggregate.ts).
 */
export function keyFigures(
  t: Strings,
  own: Figure[],
  {
    name,
    perThousand,
  }: { name: string; perThousand?: (year: number) => { label: string; point: RatePoint | undefined; own?: boolean }[] },
): KeyFigures | null {
  const y = keyYear(own);
  if (y === null) return null;
  const req = seriesOf(own, 'anmodning').get(y);
  const dec = seriesOf(own, 'vedtak').get(y);
  const set = seriesOf(own, 'bosatt').get(y);
  const cards: KeyCard[] = [
    { id: 'anmodning', label: t.profile.key.request, year: y, value: plain(t, req), numeric: isNum(req) },
    {
      id: 'vedtak',
      label: t.profile.key.decision,
      year: y,
      value: plain(t, dec),
      numeric: isNum(dec),
      // The request was cut after the kommuner had decided: the panel below says it in full.
      detail: requestCutOf(y) ? t.requestCut.cardDetail : undefined,
    },
    {
      id: 'bosatt',
      label: t.profile.key.settled,
      year: y,
      value: plain(t, set),
      numeric: isNum(set),
      detail: asOf(t, set),
    },
  ];
  const newest = [...seriesOf(own, 'vedtak').values()]
    .filter((f) => f.year > y && f.status === 'ok')
    .sort((a, b) => b.year - a.year)[0];
  if (newest)
    cards.push({
      id: 'siste-vedtak',
      label: t.profile.key.newestDecision(newest.year),
      year: newest.year,
      value: plain(t, newest),
      numeric: true,
      detail: newest.flags.includes('scraped')
        ? t.profile.key.scraped(formatVintage(newest.vintage, t.lang))
        : asOf(t, newest),
    });
  const out: KeyFigures = { year: y, asOf: asOf(t, set) ?? asOf(t, req), cards };
  const refs = perThousand?.(y).filter((r) => r.point);
  if (refs?.some((r) => r.own && r.point!.value !== null)) {
    const early = earlyPopulationYear(
      part('bosatt'),
      POPULATION,
      y,
      newestYear(seriesOf(own, 'befolkning')) ?? undefined,
    );
    out.perThousand = {
      year: y,
      early: early === null ? undefined : t.rateNote.early(y, early),
      // A group figure over some members only, or a lower bound: the note under the table says how they are counted.
      partial: refs.some(
        (r) => !r.own && (r.point!.status === 'partial' || r.point!.status === 'lower-bound' || !!r.point!.partial),
      ),
      rows: refs.map((r) => ({
        label: r.own ? name : r.label,
        own: !!r.own,
        value: formatIndicator(t, r.point!.value, 'per 1000', r.point!.status, { words: true }),
      })),
    };
  }
  return out;
}
