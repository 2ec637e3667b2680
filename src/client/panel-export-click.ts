/**
 * The profile panels' download buttons (components/PanelBlock.astro): shown once
 * this script runs (they need it), and on click the download code is loaded —
 * the page itself carries only this handler (src/client/panel-export.ts is its own chunk).
 */
export function attachPanelExports(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-panel-export]'))
    if (box.closest('[data-export-page]')) box.hidden = false;
  document.addEventListener('click', (e) => {
    const b = (e.target as Element).closest?.<HTMLButtonElement>('[data-panel-export] button[data-kind]');
    if (b) void import('./panel-export.ts').then((m) => m.exportPanel(b));
  });
}
