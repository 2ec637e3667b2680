import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  acceptHeight,
  embedScriptSource,
  listenForHeights,
  postHeights,
  resizeScriptSource,
} from '../../../src/lib/embed/resize.ts';

const SITE = 'https://bosettingstall.no';
const ok = { type: 'bosettingstall:embed-height', height: 612.4 };

describe('acceptHeight: only our message, from our origin, with a plausible height', () => {
  it('accepts the embed page’s message and rounds the height up', () => {
    expect(acceptHeight(ok, SITE, SITE)).toBe(613);
  });
  it.each([
    ['another origin', ok, 'https://evil.example'],
    ['an opaque origin', ok, 'null'],
    ['a string', JSON.stringify(ok), SITE],
    ['null', null, SITE],
    ['another type', { ...ok, type: 'resize' }, SITE],
    ['an extra field', { ...ok, href: 'javascript:alert(1)' }, SITE],
    ['a height as text', { ...ok, height: '600' }, SITE],
    ['NaN', { ...ok, height: Number.NaN }, SITE],
    ['Infinity', { ...ok, height: Number.POSITIVE_INFINITY }, SITE],
    ['a negative height', { ...ok, height: -5 }, SITE],
    ['a tiny height', { ...ok, height: 10 }, SITE],
    ['a huge height', { ...ok, height: 1e6 }, SITE],
  ])('refuses %s', (_, data, origin) => {
    expect(acceptHeight(data, origin, SITE)).toBeNull();
  });
});

/** A page with frames, and its message listener. */
function hostPage(n: number) {
  let listener: ((e: Partial<MessageEvent>) => void) | undefined;
  let added = 0;
  const frames = Array.from({ length: n }, () => ({ contentWindow: {}, style: { height: '' } }));
  const win = {
    document: { querySelectorAll: () => frames },
    addEventListener: (type: string, f: (e: Partial<MessageEvent>) => void) => {
      if (type !== 'message') return;
      listener = f;
      added++;
    },
  };
  return { win, frames, send: (e: Partial<MessageEvent>) => listener!(e), added: () => added };
}

describe('listenForHeights: the height goes to the frame that sent it, and only then', () => {
  it('sets the sending frame’s height and leaves the others', () => {
    const page = hostPage(3);
    listenForHeights(page.win as unknown as Window, SITE, acceptHeight);
    page.send({ data: ok, origin: SITE, source: page.frames[1].contentWindow as Window });
    expect(page.frames.map((f) => f.style.height)).toEqual(['', '613px', '']);
  });
  it('ignores messages from another origin, of another shape, or from no known frame', () => {
    const page = hostPage(2);
    listenForHeights(page.win as unknown as Window, SITE, acceptHeight);
    page.send({ data: ok, origin: 'https://evil.example', source: page.frames[0].contentWindow as Window });
    page.send({ data: { type: 'x', height: 400 }, origin: SITE, source: page.frames[0].contentWindow as Window });
    page.send({ data: ok, origin: SITE, source: {} as Window });
    page.send({ data: ok, origin: SITE, source: null });
    expect(page.frames.map((f) => f.style.height)).toEqual(['', '']);
  });
  it('listens once, however often the script is on the page', () => {
    const page = hostPage(1);
    listenForHeights(page.win as unknown as Window, SITE, acceptHeight);
    listenForHeights(page.win as unknown as Window, SITE, acceptHeight);
    expect(page.added()).toBe(1);
  });
});

describe('the scripts as served stand alone (their text is the functions’ own)', () => {
  it('/bygg-inn.js takes the site’s origin from its own address and resizes the frame', () => {
    const page = hostPage(1);
    const context = {
      window: page.win,
      document: { currentScript: { src: `${SITE}/bygg-inn.js` } },
      URL,
    };
    runInNewContext(resizeScriptSource(), context);
    page.send({ data: ok, origin: SITE, source: page.frames[0].contentWindow as Window });
    expect(page.frames[0].style.height).toBe('613px');
  });

  it('the embed page posts its height to the parent, and nothing when it is not in a frame', () => {
    const sent: [unknown, string][] = [];
    const doc = { documentElement: { getBoundingClientRect: () => ({ height: 540.2 }) } };
    const framed = {
      document: doc,
      parent: { postMessage: (m: unknown, o: string) => sent.push([m, o]) },
      addEventListener() {},
    };
    runInNewContext(embedScriptSource(), { window: framed });
    expect(sent).toEqual([[{ type: 'bosettingstall:embed-height', height: 541 }, '*']]);
    // What it posts is what the receiver accepts.
    expect(acceptHeight(sent[0][0], SITE, SITE)).toBe(541);
    const alone: Record<string, unknown> = { document: doc, addEventListener() {} };
    alone.parent = alone;
    postHeights(alone as unknown as Window & typeof globalThis);
    expect(sent).toHaveLength(1);
  });
});
