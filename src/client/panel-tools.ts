/**
 * The profile panels' tools: the page's one <template> (components/PanelTools.astro) copied into each
 * panel's placeholder with what differs per panel (lib/embed/panel-tools.ts: which buttons, the embed
 * address, the frame's title and height), and on a download button's click the download code loaded —
 * the page itself carries only this (src/client/panel-export.ts is its own chunk).
 */
import { exportKinds, panelEmbed } from '../lib/embed/panel-tools.ts';

export function attachPanelTools(): void {
  const template = document.querySelector<HTMLTemplateElement>('template#panel-tools');
  const page = document.querySelector<HTMLElement>('[data-export-page]');
  if (!template || !page) return;
  for (const slot of document.querySelectorAll<HTMLElement>('[data-panel-tools]')) {
    const panel = slot.closest<HTMLElement>('.panel')!;
    const heading = panel.querySelector('h2, h3, h4');
    const tools = template.content.cloneNode(true) as DocumentFragment;
    const box = tools.querySelector<HTMLElement>('[data-panel-export]')!;
    const kinds = exportKinds({
      chart: !!panel.querySelector('.c-wide svg'),
      figures: 'figures' in slot.dataset,
    });
    for (const b of box.querySelectorAll<HTMLButtonElement>('button[data-kind]')) {
      if (!kinds.includes(b.dataset.kind!)) b.remove();
      else if (heading?.id) b.setAttribute('aria-describedby', heading.id);
    }
    if (!kinds.length) box.remove();
    else if (slot.dataset.whose) box.dataset.whose = slot.dataset.whose;
    const details = tools.querySelector<HTMLElement>('details.embed-code')!;
    if (slot.dataset.frameHeight && page.dataset.url) {
      const embed = panelEmbed(
        page.dataset.url,
        panel.id,
        (heading?.firstChild?.textContent ?? '').trim(),
        template.dataset.frameTitle ?? '',
        Number(slot.dataset.frameHeight),
      );
      details.querySelector<HTMLAnchorElement>('[data-embed-preview]')!.href = embed.path;
      details.querySelector<HTMLTextAreaElement>('[data-embed-frame]')!.textContent = embed.code;
    } else details.remove();
    slot.append(tools);
  }
  document.addEventListener('click', (e) => {
    const b = (e.target as Element).closest?.<HTMLButtonElement>('[data-panel-export] button[data-kind]');
    if (b) void import('./panel-export.ts').then((m) => m.exportPanel(b));
  });
}
