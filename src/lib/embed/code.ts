/**
 * «Bygg inn»: the addresses of the embed pages and the code a reader pastes
 * into a web page (an iframe, and an optional script that fits the frame to
 * its content: embed/resize.ts). Plain strings, the same at build time (the
 * profile panels) and in the browser (the comparison, whose code follows its
 * URL state).
 */
import { escapeHtml } from '../format/escape-html.ts';

/** The segment under a profile (or the comparison) where its embeds live: /kommune/0301-oslo/figur/bosetting/. */
export const EMBED_SEGMENT = 'figur';
/** The resize script, at the site's root (src/pages/bygg-inn.js.ts). */
export const RESIZE_SCRIPT_PATH = '/bygg-inn.js';

/** A profile panel's embed page, from the profile's path ('/nn/kommune/0301-oslo/'). */
export function panelEmbedPath(profilePath: string, panelId: string): string {
  if (!/^[a-z0-9-]+$/.test(panelId)) throw new Error(`panelEmbedPath: «${panelId}» is not a panel id`);
  return `${profilePath.replace(/\/?$/, '/')}${EMBED_SEGMENT}/${panelId}/`;
}

/** The comparison's embed page with the view's state ('?k=0301,4601&mal=bosatt'), from the comparison's path. */
export function compareEmbedPath(comparePath: string, search: string): string {
  return `${comparePath.replace(/\/?$/, '/')}${EMBED_SEGMENT}/${search}`;
}

/** The comparison's frame: heading, the chart at a desk width, the table toggle, source line and link back. */
export const COMPARE_FRAME_HEIGHT = 640;

/** The iframe a reader pastes: full width, no border, a height that fits the content without the script. */
export function iframeCode(src: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The optional script tag (once per page, for every frame from the site on it). */
export function resizeScriptCode(origin: string): string {
  return `<script src="${escapeHtml(new URL(RESIZE_SCRIPT_PATH, origin).href)}" async></script>`;
}

/**
 * A height that shows a panel's embed page whole at a desk width without the
 * script: the wide chart's own height plus the heading, sentence, legend,
 * table toggle, source line and link back; a panel without a chart shows its
 * table open.
 */
export function panelFrameHeight(panel: {
  chart?: { wide: string; legend?: unknown[] };
  notices?: unknown[];
  caveats?: unknown[];
  table?: { rows: unknown[] };
}): number {
  const notes = (panel.notices?.length ?? 0) + (panel.caveats?.length ?? 0);
  const svgHeight = panel.chart && Number(/<svg\b[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(panel.chart.wide)?.[1]);
  if (svgHeight) return Math.ceil((svgHeight + 300 + (panel.chart?.legend?.length ? 30 : 0) + notes * 50) / 10) * 10;
  const rows = Math.min(panel.table?.rows.length ?? 0, 12);
  return Math.ceil((260 + rows * 30 + notes * 50) / 10) * 10;
}
