/** One worker thread's share of the embed pages (scripts/embed-pages.ts writeInWorkers): replies with how many it wrote. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeEmbedPages } from './embed-pages.ts';

const { root, index, of } = workerData as { root: string; index: number; of: number };
parentPort!.postMessage(await writeEmbedPages(root, { index, of }));
