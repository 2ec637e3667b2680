import { escapeHtml as esc } from '../lib/format/escape-html.ts';
import { nameHtml, shownName } from '../lib/format/kommune-name.ts';
import { searchKommuner, type IndexedEntry } from '../lib/search/search-kommuner.ts';

/**
 * Combobox search (WAI-ARIA APG pattern): type, move with the arrow keys,
 * Enter goes to the highlighted kommune (or the best hit), Escape closes.
 * The index is inline in the page, so it works before anything else loads.
 */
/** What the search says, in the page's language (SearchBox.astro writes it into data-words). */
export interface SearchWords {
  none: string;
  /** «{n} treff» for one and for more (Intl.PluralRules picks). */
  hitsOne: string;
  hitsOther: string;
  /** «{name} er lagt til». */
  added: string;
}

export function attachSearch(
  root: HTMLElement,
  {
    onPick,
  }: {
    /** Adds the pick; returns why it was not added (said to screen readers instead of «… er lagt til»). */
    onPick?: (hit: { code: string; name: string; path: string }) => string | undefined;
    // `name`: the official name as text (format/kommune-name.ts shownName).
  } = {},
) {
  const input = root.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const list = root.querySelector<HTMLUListElement>('[role=listbox]')!;
  const status = root.querySelector<HTMLElement>('[aria-live]')!;
  const index: IndexedEntry[] = JSON.parse(document.getElementById('sok-data')!.textContent!);
  const prefix = input.id;
  const words: SearchWords = {
    none: '',
    hitsOne: '{n}',
    hitsOther: '{n}',
    added: '{name}',
    ...JSON.parse(root.dataset.words ?? '{}'),
  };
  const plural = new Intl.PluralRules(document.documentElement.lang || 'nb');
  const hitsText = (n: number) =>
    (plural.select(n) === 'one' ? words.hitsOne : words.hitsOther).replace('{n}', String(n));
  let hits: ReturnType<typeof searchKommuner> = [];
  let active = -1;

  const render = () => {
    list.innerHTML = hits
      .map(
        (h, i) =>
          // The official name (one rule: «Guovdageaidnu – Kautokeino», the Sami part in its language); a name
          // matched outside it (Tromsø's «Romsa») after it in brackets.
          `<li role="option" id="${esc(`${prefix}-${h.code}`)}" aria-selected="${i === active}" data-path="${esc(h.path)}">${h.parts ? nameHtml(h.parts) : esc(h.name)}${h.matched && !h.parts?.some((p) => p.text === h.matched) ? ` <span class="muted">(${esc(h.matched)})</span>` : ''} <span class="muted">– ${esc(h.code)}, ${esc(h.fylke)}</span></li>`,
      )
      .join('');
    const open = hits.length > 0 && input.value.trim() !== '';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    // The highlighted option only while the list shows it: a cleared list leaves no stale reference.
    if (open && hits[active]) input.setAttribute('aria-activedescendant', `${prefix}-${hits[active].code}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const go = (i: number) => {
    const h = hits[i];
    if (!h) return;
    if (!onPick) {
      location.href = h.path;
      return;
    }
    const name = shownName(h);
    const refused = onPick({ ...h, name });
    input.value = '';
    hits = [];
    active = -1;
    render();
    status.textContent = refused ?? words.added.replace('{name}', name);
  };
  input.addEventListener('input', () => {
    hits = searchKommuner(index, input.value, 8);
    active = -1;
    render();
    status.textContent = input.value.trim() ? (hits.length ? hitsText(hits.length) : words.none) : '';
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && hits.length) {
      active = active <= 0 ? hits.length - 1 : active - 1;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      go(Math.max(active, 0));
      e.preventDefault();
    } else if (e.key === 'Escape') {
      hits = [];
      active = -1;
      render();
    }
  });
  list.addEventListener('mousedown', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('[role=option]');
    if (li) go(hits.findIndex((h) => h.path === li.dataset.path));
  });
  input.addEventListener('blur', () =>
    setTimeout(() => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }, 150),
  );
}
