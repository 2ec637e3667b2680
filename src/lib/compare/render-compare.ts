import type { CompareState, RefKind } from './compare-state.ts';
import { escapeHtml as esc } from '../format/escape-html.ts';
import { MAX_KOMMUNER } from './compare-state.ts';
import { refIdFor } from './defaults.ts';
import type { Peers } from './peers.ts';

/** HTML for the chips, reference choices and peer suggestions: one definition for build time and browser. */

interface Selected { code: string; name: string; fylkeCode: string; kostra: number | null; centrality: number | null; peers: Peers }
interface RefMeta { id: string; label: string; members: string[] }

export function renderCompareParts(state: CompareState, selected: Selected[], refs: RefMeta[], kommuner: { code: string; name: string }[], _ignored: string[]) {
  const nameOf = new Map(kommuner.map((k) => [k.code, k.name]));
  const chips = selected.map((k) => `<li><span>${esc(k.name)} <span class="muted">${k.code}</span></span><button type="button" data-remove="${k.code}" aria-label="Fjern ${esc(k.name)}">✕</button></li>`).join('');
  const primary = selected[0];
  const kinds: [RefKind, string][] = [['land', 'Hele landet'], ['fylke', 'Fylket'], ['kostra', 'KOSTRA-gruppen'], ['sentralitet', 'Sentralitetsklassen']];
  const refsHtml = `<legend class="sr-only">Referanser</legend>` + kinds.map(([kind, text]) => {
    const meta = refs.find((r) => r.id === refIdFor(kind, primary));
    const members = meta ? meta.members.map((c) => nameOf.get(c) ?? c).join(', ') : '';
    const label = kind === 'land' || !meta ? text : `${text}: ${meta.label}`;
    return `<div><label><input type="checkbox" name="ref" value="${kind}"${state.refs.includes(kind) ? ' checked' : ''}${!primary && kind !== 'land' ? ' disabled' : ''}> ${esc(label)} (${meta?.members.length ?? 0} kommuner)</label>${meta ? `<details><summary>Vis kommunene</summary>${esc(members)}</details>` : ''}</div>`;
  }).join('');
  let peers = '<p>Velg en kommune for å få forslag.</p>';
  if (primary) {
    const full = selected.length >= MAX_KOMMUNER;
    const list = (title: string, reason: string, codes: string[], limit: number) => {
      const shown = codes.filter((c) => !state.kommuner.includes(c)).slice(0, limit);
      if (!shown.length) return '';
      return `<div><h3>${esc(title)}</h3><p class="muted">${esc(reason)}</p><ul>${shown.map((c) => `<li><span>${esc(nameOf.get(c) ?? c)}</span><button type="button" class="peer-add" data-add="${c}"${full ? ' disabled' : ''} aria-label="Legg til ${esc(nameOf.get(c) ?? c)}">Legg til</button></li>`).join('')}</ul></div>`;
    };
    peers = `<p>For ${esc(primary.name)}:</p><div class="peers">${[
      list('Nærmest i folketall', 'De 15 kommunene med folketall nærmest (IMDis metode).', primary.peers.population, 15),
      list('Lik bosettingsprofil', 'Nærmest i anmodning per 1000 innbyggere og bosatt av vedtak, 2019–2023.', primary.peers.profile, 10),
      list(`Samme KOSTRA-gruppe (${primary.kostra ?? '–'})`, 'SSBs gruppering etter folketall og økonomi.', primary.peers.kostra, 12),
      list('Samme fylke', 'Kommunene i samme fylke.', primary.peers.fylke, 12),
    ].join('')}</div>`;
  }
  return { chips, refs: refsHtml, peers };
}
