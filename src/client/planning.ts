import { briefHref, errorText, proposalCompareHref, renderScenario } from '../lib/planning/render-scenario.ts';
import { parseEma, parseProposal, type PlanningBasis } from '../lib/domain/scenario.ts';
import { pagePlanningWords, syncLanguageLinks } from './page-locale.ts';

/**
 * «Planlegg vedtaket» in the browser: the proposal typed on the profile, or
 * given in the brief's address (`?vedtak=40&ema=ja`), recomputed from the
 * basis embedded in the page with the same model and renderer the build
 * used. Without this script both pages show the default scenario.
 */

const basisOf = (root: Element): PlanningBasis =>
  JSON.parse(root.querySelector('script[data-basis]')!.textContent ?? '{}') as PlanningBasis;

/** The profile's section: recompute as the proposal or the «enslige mindreårige» choice changes. */
export async function enhancePlanning(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-planning]');
  if (!root) return;
  const w = await pagePlanningWords();
  const basis = basisOf(root);
  const population = basis.population?.part.value ?? null;
  const input = root.querySelector<HTMLInputElement>('#plan-n')!;
  const error = root.querySelector<HTMLElement>('#plan-error')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const link = root.querySelector<HTMLAnchorElement>('[data-brief-link]')!;
  const compareLink = root.querySelector<HTMLAnchorElement>('[data-compare-link]')!;
  const compareBase = compareLink.dataset.base!;
  const emaBlock = root.querySelector<HTMLElement>('[data-ema-block]')!;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name=ema]')];
  const brief = root.dataset.brief!;
  // An address with a proposal (the comparison page or a shared link) opens with it.
  const q = new URLSearchParams(location.search);
  if (q.has('vedtak')) input.value = q.get('vedtak') ?? '';
  if (q.has('ema')) for (const r of radios) r.checked = r.value === (parseEma(q.get('ema')) ? 'ja' : 'nei');

  const update = () => {
    const parsed = parseProposal(input.value, population);
    const ema = radios.some((r) => r.checked && r.value === 'ja');
    emaBlock.hidden = !ema;
    if (!parsed.ok) {
      input.setAttribute('aria-invalid', 'true');
      error.textContent = errorText(w, parsed);
      error.hidden = false;
      live.innerHTML = '';
      link.href = brief;
      compareLink.href = compareBase;
      return;
    }
    input.removeAttribute('aria-invalid');
    error.hidden = true;
    error.textContent = '';
    live.innerHTML = renderScenario(w, basis, parsed, ema);
    link.href = briefHref(brief, parsed.n, ema);
    compareLink.href = proposalCompareHref(compareBase, parsed.n);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  for (const r of radios) r.addEventListener('change', update);
  root.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    update();
  });
  if (q.has('vedtak') || q.has('ema')) update();
}

/** The brief: the proposal from its address replaces the default scenario; a proposal that is not valid is said, with no numbers. */
export async function applyBriefProposal(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-brief-proposal]');
  if (!root) return;
  const q = new URLSearchParams(location.search);
  if (!q.has('vedtak') && !q.has('ema')) return;
  // The language switch keeps the proposal: the same brief, with the same ?vedtak=, in the other language.
  syncLanguageLinks();
  const w = await pagePlanningWords();
  const basis = basisOf(root);
  const value = q.get('vedtak') ?? (basis.request ? String(basis.request.value) : '');
  const parsed = parseProposal(value, basis.population?.part.value ?? null);
  root.querySelector('[data-live]')!.innerHTML = renderScenario(w, basis, parsed, parseEma(q.get('ema')), {
    chart: false,
    head: false,
    fromAddress: q.has('vedtak') ? value : undefined,
  });
  const note = root.querySelector<HTMLElement>('[data-default-note]');
  if (note && q.has('vedtak')) note.hidden = true;
}
