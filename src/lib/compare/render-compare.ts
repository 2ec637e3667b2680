import { yearSpan } from '../domain/coverage.ts';
import type { CompareState, RefKind } from './compare-state.ts';
import { escapeHtml as esc } from '../format/escape-html.ts';
import { nameHtml, type NamedEntry, shownName } from '../format/kommune-name.ts';
import type { Strings } from '../../i18n/nb.ts';
import { MAX_KOMMUNER } from './compare-state.ts';
import { refIdFor } from './defaults.ts';
import type { Peers } from './peers.ts';

/** HTML for the chips, reference choices and peer suggestions: one definition for build time and browser. */

interface Selected {
  code: string;
  name: string;
  fylkeCode: string;
  kostra: number | null;
  centrality: number | null;
  peers: Peers;
}
interface RefMeta {
  id: string;
  label: string;
  members: string[];
}

export function renderCompareParts(
  t: Strings,
  state: CompareState,
  selected: Selected[],
  refs: RefMeta[],
  kommuner: ({ code: string } & NamedEntry)[],
  _ignored: string[],
) {
  // Every kommune by its official name (format/kommune-name.ts): as text, and as HTML with its Sami or Kven part marked.
  const byCode = new Map(kommuner.map((k) => [k.code, k]));
  const nameOf = new Map(kommuner.map((k) => [k.code, shownName(k)]));
  const htmlOf = (code: string, fallback = code) => {
    const k = byCode.get(code);
    return k?.parts ? nameHtml(k.parts) : esc(k?.name ?? fallback);
  };
  const chips = selected
    .map(
      (k) =>
        `<li><span>${htmlOf(k.code, k.name)} <span class="muted">${k.code}</span></span><button type="button" data-remove="${k.code}" aria-label="${esc(t.compare.remove(k.name))}">✕</button></li>`,
    )
    .join('');
  const primary = selected[0];
  const kinds = Object.entries(t.compare.refKinds) as [RefKind, string][];
  const refsHtml =
    `<legend class="sr-only">${t.compare.references}</legend>` +
    kinds
      .map(([kind, text]) => {
        const meta = refs.find((r) => r.id === refIdFor(kind, primary));
        const members = meta ? meta.members.map((c) => htmlOf(c)).join(', ') : '';
        const label = kind === 'land' || !meta ? text : `${text}: ${meta.label}`;
        return `<div><label><input type="checkbox" name="ref" value="${kind}"${state.refs.includes(kind) ? ' checked' : ''}${!primary && kind !== 'land' ? ' disabled' : ''}> ${esc(label)} (${t.compare.kommuner(meta?.members.length ?? 0)})</label>${meta ? `<details><summary>${t.compare.showMembers}</summary>${members}</details>` : ''}</div>`;
      })
      .join('');
  let peers = `<p>${t.compare.chooseFirst}</p>`;
  if (primary) {
    const full = selected.length >= MAX_KOMMUNER;
    // A group with more kommuner than fit side by side (KOSTRA group 12 has 11) is offered as one reference line.
    const groupNote = (kind: RefKind, members: number) => {
      if (members <= MAX_KOMMUNER) return '';
      const group = refs.find((r) => r.id === refIdFor(kind, primary))?.label;
      if (!group) return '';
      const shown = state.refs.includes(kind);
      return `<p class="group-note" data-group-note="${kind}">${esc(t.compare.groupTooBig(group, members, MAX_KOMMUNER))} ${
        shown
          ? esc(t.compare.groupShownAsRef(group))
          : `<button type="button" class="peer-add" data-add-ref="${kind}">${esc(t.compare.showGroupAsRef(group))}</button>`
      }</p>`;
    };
    const list = (title: string, reason: string, codes: string[], limit: number, note = '') => {
      const shown = codes.filter((c) => !state.kommuner.includes(c)).slice(0, limit);
      if (!shown.length) return '';
      return `<div><h3>${esc(title)}</h3><p class="muted">${esc(reason)}</p>${note}<ul>${shown.map((c) => `<li><span>${htmlOf(c)}</span><button type="button" class="peer-add" data-add="${c}"${full ? ' disabled' : ''} aria-label="${esc(t.compare.addNamed(nameOf.get(c) ?? c))}">${t.compare.addOne}</button></li>`).join('')}</ul></div>`;
    };
    const pl = t.compare.peerLists;
    peers = `<p>${esc(t.compare.peersFor(primary.name))}</p><div class="peers">${[
      list(pl.population[0], pl.population[1], primary.peers.population, 15),
      list(
        pl.profile[0],
        pl.profile[1](primary.peers.profileYears ? yearSpan(...primary.peers.profileYears) : ''),
        primary.peers.profile,
        10,
      ),
      list(
        `${pl.kostra[0]} (${primary.kostra ?? '–'})`,
        pl.kostra[1],
        primary.peers.kostra,
        12,
        groupNote('kostra', primary.peers.kostra.length + 1),
      ),
      list(pl.fylke[0], pl.fylke[1], primary.peers.fylke, 12, groupNote('fylke', primary.peers.fylke.length + 1)),
    ].join('')}</div>`;
  }
  return { chips, refs: refsHtml, peers };
}
