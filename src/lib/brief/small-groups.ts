import { ratio, type Figure } from '../domain/figure.ts';
import { formatFigure, formatInt, formatPercent } from '../format/number.ts';
import type { Strings } from '../../i18n/nb.ts';

/**
 * The fewest people a share in the brief may rest on. IMDi and SSB do not
 * publish percentages of very small groups (IMDi's files hide counts under 5):
 * one person more or less moves such a share by many points, and it can point
 * to individuals. The brief goes by the count the dataset publishes beside the
 * share: the group (the denominator) where the dataset has it, else the people
 * counted (the numerator). Under this many, «for få personer» replaces the share.
 */
export const MIN_PEOPLE = 10;

/**
 * Where the dataset has no count beside a share (employment by length of stay
 * or reason for immigration, low income), the group's size is unknown; such a
 * group is a part of the kommune's immigrants, so a kommune with fewer
 * immigrants than this shows «for få personer» instead. 50 immigrants split by
 * length of stay or reason gives groups of about ten: the same floor as MIN_PEOPLE.
 */
export const MIN_IMMIGRANTS = 50;

const ok = (f: Figure | undefined): f is Figure & { value: number } => !!f && f.status === 'ok' && f.value !== null;

/**
 * A published share with the count of people behind it, «58,0 % (862 personer)»,
 * or «for få personer» when its group is very small. `count` is the published
 * number of people the share counts (the same measure's count, same group and
 * year), undefined where the dataset has none; `base` is the published
 * population the group is part of (the kommune's immigrants), used only when
 * there is no count. A share the publisher hid keeps its own status word.
 */
export function shareCell(t: Strings, share: Figure | undefined, count: Figure | undefined, base?: Figure): string {
  if (!ok(share)) return formatFigure(t, share, 'prosent', { short: true });
  if (count && count.status === 'suppressed') return t.brief.tooFew;
  if (ok(count)) {
    if (count.value < MIN_PEOPLE) return t.brief.tooFew;
    return `${formatFigure(t, share, 'prosent', { short: true })} (${t.brief.people(formatFigure(t, count, 'personer', { short: true }))})`;
  }
  if (ok(base) && base.value < MIN_IMMIGRANTS) return t.brief.tooFew;
  return formatFigure(t, share, 'prosent', { short: true });
}

/**
 * A share computed from two published counts (src/lib/domain/figure.ts's ratio),
 * «30,0 % (12 av 40 personer)», or «for få personer» when the group (`of`) is
 * under MIN_PEOPLE or hidden. No share from a hidden or missing part.
 */
export function countedShareCell(t: Strings, part: Figure | undefined, of: Figure | undefined): string {
  if (of && (of.status === 'suppressed' || (ok(of) && of.value < MIN_PEOPLE))) return t.brief.tooFew;
  const r = ratio(part, of);
  if (r === null || !ok(part) || !ok(of))
    return part && part.status !== 'ok'
      ? formatFigure(t, part, 'personer', { short: true })
      : of && of.status !== 'ok'
        ? formatFigure(t, of, 'personer', { short: true })
        : '–';
  return `${formatPercent(r, t.lang)} (${t.brief.people(t.brief.countOf(formatInt(part.value, t.lang), formatInt(of.value, t.lang)))})`;
}
