/**
 * The card SVG (card.ts) as a PNG, with resvg (@resvg/resvg-js: a Rust SVG
 * renderer, no browser, ~21 ms a card, about half of it the PNG encoding). The
 * font ships with the build (dejavu-fonts-ttf from npm): a clean clone on a CI
 * machine may have no fonts at all, and resvg draws no text without one; system
 * fonts are not read, so every machine draws the same card.
 *
 * The 357 cards are 7–10 s of work, so they are drawn in worker threads, off the
 * thread that writes the pages: `renderCards` hands every SVG to the workers at
 * once and returns one promise per card. (resvg's own `renderAsync` moves only
 * the drawing off the thread; `asPng`, half the time, stays on it.)
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { CARD } from './tags.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const OPTIONS: ResvgRenderOptions = {
  font: {
    fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f)),
    loadSystemFonts: false,
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
  },
  fitTo: { mode: 'width', value: CARD.width },
};

/**
 * What each worker runs (evaluated as a script, so the bundled build needs no file of its own): draw
 * every SVG it is sent and send back the PNG. resvg is loaded from where this module resolves it.
 */
const WORKER = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { Resvg } = process.getBuiltinModule('node:module').createRequire(workerData.from)('@resvg/resvg-js');
parentPort.on('message', ({ id, svg }) => {
  try {
    const png = new Resvg(svg, workerData.options).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.stack ?? e) });
  }
});`;

/**
 * How many workers draw: the cores but the one the page writer needs, and at least one (on a 2-core
 * machine one worker: the cards take the second core while the first keeps writing pages).
 */
export const CARD_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

/** Every SVG as a PNG, drawn by `workers` worker threads; the promises settle in any order. */
export function renderCards(svgs: string[], workers = CARD_WORKERS): Promise<Uint8Array>[] {
  const settle = svgs.map(() => {
    let resolve!: (png: Uint8Array) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<Uint8Array>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  });
  let next = 0;
  for (let w = 0; w < Math.min(workers, svgs.length); w++) {
    const worker = new Worker(WORKER, { eval: true, workerData: { from: import.meta.url, options: OPTIONS } });
    let current = -1;
    const send = () => {
      if (next >= svgs.length) return void worker.terminate();
      current = next++;
      worker.postMessage({ id: current, svg: svgs[current] });
    };
    worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      if (m.error !== undefined) settle[m.id].reject(new Error(`card ${m.id}: ${m.error}`));
      else settle[m.id].resolve(new Uint8Array(m.png!));
      send();
    });
    // A worker that dies fails its card and every card not yet sent (the build stops; none waits forever).
    worker.on('error', (e) => {
      for (const i of [current, ...Array.from({ length: svgs.length - next }, (_, j) => next + j)])
        settle[i]?.reject(e as Error);
      next = svgs.length;
    });
    send();
  }
  return settle.map((s) => s.promise);
}
