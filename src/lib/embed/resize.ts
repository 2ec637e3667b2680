/**
 * The optional resize: an embed page tells the page around it how tall it is
 * (postMessage), and the script the reader adds (/bygg-inn.js) sets that
 * height on the frame that sent it. Each function is self-contained (no
 * imports, no outer names): the build writes them into the embed pages and
 * into /bygg-inn.js as their own source text (Function.prototype.toString).
 *
 * The message says nothing but a height, so the embed posts it to any
 * parent ('*'); the receiver accepts it only from the site's own origin (the
 * script's), only in this shape, only a plausible height, and only for the
 * iframe whose window sent it.
 */

/** The message an embed page posts: { type: 'bosettingstall:embed-height', height }. */
export interface HeightMessage {
  type: 'bosettingstall:embed-height';
  height: number;
}

/** In the embed page: post the document's height to the parent now and whenever it changes (a table opened). */
export function postHeights(win: Window & typeof globalThis): void {
  if (win.parent === win) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: 'bosettingstall:embed-height', height }, '*');
  };
  if (typeof win.ResizeObserver === 'function') new win.ResizeObserver(post).observe(win.document.documentElement);
  win.addEventListener('load', post);
  post();
}

/** The height a message asks for, or null for anything else: another origin, another shape, an implausible height. */
export function acceptHeight(data: unknown, origin: string, siteOrigin: string): number | null {
  if (origin !== siteOrigin || typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'bosettingstall:embed-height' || Object.keys(m).length !== 2) return null;
  const h = m.height;
  if (typeof h !== 'number' || !Number.isFinite(h) || h < 50 || h > 20000) return null;
  return Math.ceil(h);
}

/**
 * In the page around the frames (/bygg-inn.js): listen once per page; set the height of the one iframe whose
 * window sent the message. `accept` is acceptHeight (passed in, so this function's text stands alone).
 */
export function listenForHeights(
  win: Window,
  siteOrigin: string,
  accept: (data: unknown, origin: string, siteOrigin: string) => number | null,
): void {
  const key = 'bosettingstallEmbedResize';
  const w = win as unknown as Record<string, unknown>;
  if (w[key]) return;
  w[key] = true;
  win.addEventListener('message', (e: MessageEvent) => {
    const height = accept(e.data, e.origin, siteOrigin);
    if (height === null || !e.source) return;
    for (const frame of win.document.querySelectorAll('iframe'))
      if (frame.contentWindow === e.source) {
        frame.style.height = `${height}px`;
        return;
      }
  });
}

/** The text of /bygg-inn.js: the site's origin is the script's own (where the reader loaded it from). */
export function resizeScriptSource(): string {
  return `(function(){var s=document.currentScript;if(!s||!s.src)return;(${listenForHeights.toString()})(window,new URL(s.src).origin,${acceptHeight.toString()});})();\n`;
}

/** The inline script of an embed page. */
export function embedScriptSource(): string {
  return `(${postHeights.toString()})(window);`;
}
