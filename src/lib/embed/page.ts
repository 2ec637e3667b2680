/**
 * The embed pages of the profile panels (/kommune/<nr>-<navn>/figur/<panel>/),
 * cut from the built profile page itself: the panel as the profile drew it
 * (chart at both sizes, table in its «details», source line), the profile's
 * own styles and chart-tips script, a link back, and the resize script
 * (embed/resize.ts). No model is built again, so ~20 000 pages cost a few
 * seconds (scripts/embed-pages.ts writes them after the build).
 */
import { escapeHtml } from '../format/escape-html.ts';

/** The end (exclusive) of the element whose start tag begins at `start`, counting nested elements of the same name. */
export function elementEnd(html: string, start: number, tag: string): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`elementEnd: <${tag}> at ${start} is not closed`);
}

/** Cut every element whose start tag matches `open` (a regex on the start tag) out of `html`. */
function cutAll(html: string, open: RegExp, tag: string): string {
  for (let m = open.exec(html); m; m = open.exec(html))
    html = html.slice(0, m.index) + html.slice(elementEnd(html, m.index, tag));
  return html;
}

/** The profile's panels (PanelBlock's `<section class="panel" id=…>`), by id, in page order. */
export function extractPanels(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<section class="panel" id="([a-z0-9-]+)"[^>]*>/g;
  for (let m = re.exec(html); m; m = re.exec(html))
    out.set(m[1], html.slice(m.index, elementEnd(html, m.index, 'section')));
  return out;
}

/** What an embed page takes from its profile page once: language, styles, the chart-tips script, the kommune's name. */
export interface ProfileShell {
  lang: string;
  styles: string;
  /** The profile's inline chart-tips module (hover and focus on a chart), or '' if the build did not inline it. */
  tipsScript: string;
  /** The kommune's official name as the profile's heading marks it (Sami and Kven parts in their language). */
  nameHtml: string;
}

export function profileShell(html: string): ProfileShell {
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  const head = html.slice(0, html.indexOf('</head>'));
  if (!lang || !h1 || head.length < 0) throw new Error('profileShell: not a profile page (no <html lang> or <h1>)');
  const styles = [...head.matchAll(/<style[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0]).join('');
  const tipsScript =
    [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].find((m) =>
      m[1].includes('figure[data-chart]'),
    )?.[0] ?? '';
  return { lang, styles, tipsScript, nameHtml: h1.trim() };
}

export interface EmbedPageOptions {
  /** The panel's outer HTML (extractPanels). */
  panelHtml: string;
  panelId: string;
  shell: ProfileShell;
  /** The profile's path in the page's language ('/nn/kommune/0301-oslo/'). */
  profilePath: string;
  /** t.embed.back: the link's words around the kommune's name. */
  back: (name: string) => string;
  siteName: string;
  /** embed/resize.ts embedScriptSource(). */
  resizeScript: string;
  /** The profile's styles as one shared file (stylesheetOf), linked instead of repeated in each of ~20 000 pages. */
  stylesheet?: string;
}

/** The profile's inline styles as the text of one stylesheet. */
export function stylesheetOf(shell: ProfileShell): string {
  return [...shell.styles.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

const MARK = '\u0001';
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** One embed page: the panel with an h1, without its «Bygg inn» tools, a link back, links opening in the top window. */
export function embedPage(o: EmbedPageOptions): string {
  const { shell } = o;
  let panel = cutAll(o.panelHtml, /<div class="panel-tools"[^>]*>/g, 'div');
  const hRe = new RegExp(`<h([23]) id="${o.panelId}-h"([^>]*)>([\\s\\S]*?)</h\\1>`);
  const heading = hRe.exec(panel);
  if (!heading) throw new Error(`embedPage: panel ${o.panelId} has no heading`);
  panel = panel.replace(hRe, `<h1 id="${o.panelId}-h"$2>$3</h1>`);
  const [before, after] = o.back(MARK).split(MARK);
  const name = text(shell.nameHtml);
  const title = `${text(heading[3])} – ${name} – ${o.siteName}`;
  const href = `${o.profilePath}#${o.panelId}`;
  return (
    `<!DOCTYPE html><html lang="${shell.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><meta name="robots" content="noindex"><link rel="icon" href="/favicon.svg" type="image/svg+xml">` +
    `<base target="_top">${o.stylesheet ? `<link rel="stylesheet" href="${escapeHtml(o.stylesheet)}">` : shell.styles}<style>${EMBED_CSS}</style></head>` +
    `<body class="embed"><main>${panel}<p class="back"><a href="${escapeHtml(href)}">${escapeHtml(before)}${shell.nameHtml}${escapeHtml(after ?? '')}</a></p></main>` +
    `${shell.tipsScript}<script>${o.resizeScript}</script></body></html>`
  );
}

/** The embed page's own layout on top of the profile's styles: no site frame, the panel from edge to edge. */
export const EMBED_CSS =
  'body.embed main{max-width:none;margin:0;padding:.25rem .75rem .5rem}body.embed h1{font-size:1.2rem;margin:.25rem 0 .4rem}' +
  'body.embed .panel>p:first-of-type{margin-top:0}body.embed .back{margin:.5rem 0 0;font-size:.9rem}';
