/**
 * Hover and keyboard focus on a profile chart show the exact figures of the
 * year (or bar) under the pointer: the panel's own table row, its status in
 * words, and the source covering that year. Progressive enhancement: without
 * this script the chart, the table and the sources are all there.
 */
export function enhanceCharts(): void {
  for (const fig of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    const panel = fig.closest('section')!;
    const words = JSON.parse(fig.dataset.words ?? '{}') as Record<string, string>;
    const tip = document.createElement('p');
    tip.className = 'tip';
    tip.setAttribute('aria-live', 'polite');
    tip.hidden = true;
    fig.append(tip);
    fig.tabIndex = 0;
    fig.classList.add('js');
    let on: Element | null = null;
    const targets = () => [...fig.querySelectorAll('[data-row]')].filter((e) => e.getClientRects().length > 0);
    const hide = () => {
      tip.hidden = true;
      on?.classList.remove('on');
      on = null;
    };
    const show = (el: Element) => {
      on?.classList.remove('on');
      on = el;
      el.classList.add('on');
      tip.textContent = describe(panel, el.getAttribute('data-row')!, words);
      tip.hidden = false;
      const f = fig.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const left = Math.max(
        0,
        Math.min(r.left + r.width / 2 - f.left - tip.offsetWidth / 2, f.width - tip.offsetWidth),
      );
      tip.style.left = `${left}px`;
      tip.style.top = `${Math.max(0, r.top - f.top + 8)}px`;
    };
    fig.addEventListener('pointerover', (e) => {
      const el = (e.target as Element).closest('[data-row]');
      if (el) show(el);
    });
    fig.addEventListener('pointerleave', hide);
    fig.addEventListener('blur', hide);
    fig.addEventListener('focus', () => {
      const all = targets();
      if (all.length) show(all.at(-1)!);
    });
    fig.addEventListener('keydown', (e) => {
      const all = targets();
      const i = on ? all.indexOf(on) : all.length - 1;
      const next = {
        ArrowLeft: i - 1,
        ArrowUp: i - 1,
        ArrowRight: i + 1,
        ArrowDown: i + 1,
        Home: 0,
        End: all.length - 1,
      }[e.key];
      if (e.key === 'Escape') hide();
      if (next === undefined || !all.length) return;
      e.preventDefault();
      show(all[Math.max(0, Math.min(all.length - 1, next))]);
    });
  }
}

/** "2024 – Anmodet: 1 650 · Vedtatt: 1 648 · Bosatt: 1 357 (foreløpig). Kilde: IMDi, tabell …" from the panel's table and source line. */
function describe(panel: Element, key: string, words: Record<string, string>): string {
  const table = panel.querySelector('table');
  const head = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent ?? '');
  const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find(
    (tr) => tr.querySelector('th')?.textContent === key,
  );
  const cells = row
    ? [...row.children]
        .slice(1)
        .flatMap((c, i) =>
          c.textContent === '–'
            ? []
            : [
                `${head[i + 1]}: ${(c.textContent ?? '').replace(/[*†]+/g, (m) => ` (${[...m].map((x) => words[x]).join(', ')})`)}`,
              ],
        )
    : [];
  const y = Number(key);
  const sources = [...panel.querySelectorAll<HTMLElement>('.source [data-y0]')]
    .filter((s) => !y || (Number(s.dataset.y0) <= y && y <= Number(s.dataset.y1)))
    .map((s) => s.textContent);
  return `${key} – ${cells.join(' · ')}. ${words.source}: ${sources.join('; ')}.`;
}
