import type { Strings } from '../../i18n/nb.ts';
import type { KommuneRef } from '../indicators/indicator-series.ts';

/**
 * A reference group by its id («land», «fylke-46», «kostra-12»,
 * «sentralitet-3»): its members and its label in the page's language. The
 * group files (/data/referanse/<id>.json) are the same in every language; the
 * page names them.
 */
export function referenceMeta(
  t: Strings,
  id: string,
  kommuner: Pick<KommuneRef, 'code' | 'fylkeCode' | 'fylkeName' | 'kostra' | 'centrality'>[],
): { id: string; label: string; members: string[] } {
  const [kind, v] = id.split('-');
  const members = kommuner
    .filter(
      (k) =>
        kind === 'land' ||
        (kind === 'fylke' && k.fylkeCode === v) ||
        (kind === 'kostra' && String(k.kostra) === v) ||
        (kind === 'sentralitet' && String(k.centrality) === v),
    )
    .map((k) => k.code);
  const label =
    kind === 'land'
      ? t.compare.refKinds.land
      : kind === 'fylke'
        ? (kommuner.find((k) => k.fylkeCode === v)?.fylkeName ?? v)
        : kind === 'kostra'
          ? t.compare.kostraGroup(v)
          : t.compare.centralityClass(v);
  return { id, label, members };
}

/** «KOSTRA-gruppe 12 (28 kommuner)»: a group's name in a chart, a table and a download. */
export const referenceName = (t: Strings, meta: { label: string; members: string[] }): string =>
  `${meta.label} (${t.compare.kommuner(meta.members.length)})`;
