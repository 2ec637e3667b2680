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
      place(fig, tip, el);
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

/**
 * Where the tip goes, so it never covers the mark it describes: beside the
 * year's column on whichever side has room (a tip may narrow to 14rem for it)
 * while it takes at most 60 % of the chart's width; else under or over a bar's
 * row; where nothing fits (a phone's column chart), under the chart in the
 * page's flow, where it covers nothing.
 */
function place(fig: HTMLElement, tip: HTMLElement, el: Element): void {
  tip.classList.remove('below');
  Object.assign(tip.style, { left: '0px', top: '0px', maxWidth: '' });
  const f = fig.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const gap = 8;
  const at = (x: number, y: number): void => {
    Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
  };
  const roomRight = f.right - r.right - gap;
  const roomLeft = r.left - f.left - gap;
  const w = tip.offsetWidth;
  const room = Math.max(roomRight, roomLeft);
  // Beside the mark only where the tip leaves most of the chart in view (a desk), not over the whole of a phone's chart.
  if (room >= Math.min(w, 224) && Math.min(w, room) <= f.width * 0.6) {
    if (w > room) tip.style.maxWidth = `${Math.floor(room)}px`;
    const w2 = tip.offsetWidth;
    at(roomRight >= w2 ? r.right - f.left + gap : r.left - f.left - gap - w2, Math.max(0, r.top - f.top));
    return;
  }
  const h = tip.offsetHeight;
  const x = Math.max(0, Math.min(r.left - f.left, f.width - w));
  if (r.bottom - f.top + gap + h <= f.height) {
    at(x, r.bottom - f.top + gap);
    return;
  }
  if (r.top - f.top - gap - h >= 0) {
    at(x, r.top - f.top - gap - h);
    return;
  }
  tip.classList.add('below');
  Object.assign(tip.style, { left: '', top: '' });
}

/**
 * "2024 – Anmodet: 1 650 · Vedtatt: 1 648 · Bosatt: 1 539 (avskrift av IMDis nettside). Kilde: IMDi, tabell …"
 * from the panel's table and source line. A flag is said in words once: beside
 * the one figure that has it, or, where several have flags, as the table's own
 * marks with their key after the figures.
 */
function describe(panel: Element, key: string, words: Record<string, string>): string {
  const table = panel.querySelector('table');
  const head = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent ?? '');
  const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find(
    (tr) => tr.querySelector('th')?.textContent === key,
  );
  const MARKS = /[*†§]+$/;
  const cells = row
    ? [...row.children].slice(1).flatMap((c, i) => {
        const text = (c.textContent ?? '').trim();
        return text === '–' ? [] : [{ label: head[i + 1], text, marks: MARKS.exec(text)?.[0] ?? '' }];
      })
    : [];
  const flagged = cells.filter((c) => c.marks);
  const said = (marks: string) => [...marks].map((m) => words[m]).join(', ');
  const figures = cells.map((c) =>
    flagged.length === 1 && c.marks
      ? `${c.label}: ${c.text.replace(MARKS, '')} (${said(c.marks)})`
      : `${c.label}: ${c.text}`,
  );
  const used = [...new Set(flagged.flatMap((c) => [...c.marks]))].sort((a, b) => '*†§'.indexOf(a) - '*†§'.indexOf(b));
  const key_ = flagged.length > 1 ? ` ${used.map((m) => `${m} ${words[m]}`).join(', ')}.` : '';
  const y = Number(key);
  const sources = [...panel.querySelectorAll<HTMLElement>('.source [data-y0]')]
    .filter((s) => !y || (Number(s.dataset.y0) <= y && y <= Number(s.dataset.y1)))
    .map((s) => s.textContent);
  return `${key} – ${figures.join(' · ')}.${key_} ${words.source}: ${sources.join('; ')}.`;
}
