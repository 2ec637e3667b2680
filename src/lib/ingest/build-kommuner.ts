import { historicName } from '../domain/code-changes.ts';
import { type Kommune, slugify } from '../domain/kommune.ts';
import { historiesOf } from './harmonize/kommune-history.ts';
import type { References } from './read/read-references.ts';

/** Today's kommuner with their names (Norwegian first), groups, predecessors and code history. */
export function buildKommuner(
  { index, current, names, groups, norwegian }: References,
  predecessors: { key: string; successors: string[] }[],
  { currentYear }: { currentYear: number },
): Kommune[] {
  const histories = historiesOf(index, (code, year) => historicName(index, code, year), { currentYear });
  return current.map((c): Kommune => {
    const n = names.get(c.code);
    const g = groups.get(c.code);
    const name = n?.all.map((x) => norwegian.get(x)).find(Boolean) ?? c.name;
    return {
      code: c.code,
      slug: slugify(name),
      name,
      officialName: n?.official ?? c.name,
      otherNames: n ? n.all.filter((x) => x !== name) : [],
      otherNameLanguages: n ? n.all.filter((x) => x !== name).map((x) => norwegian.languageOf.get(x) ?? '') : [],
      fylkeCode: c.fylkeCode,
      fylkeName: c.fylkeName,
      kostraGroup: g?.kostra ?? null,
      centrality: g?.centrality ?? null,
      predecessors: predecessors
        .filter((p) => p.successors.includes(c.code))
        .map((p) => p.key)
        .sort(),
      history: (histories.get(c.code) ?? []).map((h) => (h.endsWith(':') ? `${h}${name}` : h)),
    };
  });
}
