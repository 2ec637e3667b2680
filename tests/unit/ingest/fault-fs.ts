/**
 * Fault injection for publish: a PublishFs over a real temporary directory
 * that fails on purpose. `failAt` makes the n-th call of an operation throw a
 * system error; `killAt` makes the n-th filesystem call (of any kind) and
 * every call after it throw, as if the process had been killed there, so no
 * clean-up reaches the disk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFs } from '../../../scripts/ingest.ts';
import type { PublishFs } from '../../../src/lib/ingest/publish/publish.ts';

export type Op = Exclude<keyof PublishFs, 'pid'>;

export function sysError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

export interface FaultOptions {
  failAt?: { op: Op; nth?: number; code: string; partial?: boolean };
  killAt?: number;
  pid?: number;
  alive?: (pid: number) => boolean;
}

export class Killed extends Error {}

export function faultFs({
  failAt,
  killAt,
  pid = 4242,
  alive = () => false,
}: FaultOptions = {}): PublishFs & { calls: number } {
  const counts = new Map<string, number>();
  const state = { calls: 0, dead: false };
  const wrap = <K extends Op>(op: K) =>
    ((...args: unknown[]) => {
      state.calls++;
      if (state.dead || (killAt !== undefined && state.calls >= killAt)) {
        state.dead = true;
        throw new Killed(`killed at call ${killAt}`);
      }
      const n = (counts.get(op) ?? 0) + 1;
      counts.set(op, n);
      if (failAt && failAt.op === op && (failAt.nth ?? 1) === n) {
        if (op === 'writeFile' && failAt.partial) {
          // A full disk: part of the file reaches the disk, then the write fails.
          const [path, text] = args as [string, string];
          nodeFs.writeFile(path, text.slice(0, Math.floor(text.length / 2)));
        }
        throw sysError(failAt.code);
      }
      if (op === 'alive') return alive(args[0] as number);
      return (nodeFs[op] as (...a: unknown[]) => unknown)(...args);
    }) as PublishFs[K];
  const fs = {
    exists: wrap('exists'),
    isDirectory: wrap('isDirectory'),
    mkdir: wrap('mkdir'),
    writeFile: wrap('writeFile'),
    rename: wrap('rename'),
    remove: wrap('remove'),
    list: wrap('list'),
    readFile: wrap('readFile'),
    writable: wrap('writable'),
    alive: wrap('alive'),
    pid,
    get calls() {
      return state.calls;
    },
  };
  return fs;
}

/** Every file under dir (relative path → bytes as latin1 text), for byte-for-byte comparison. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${n}/`);
      else out[`${prefix}${n}`] = readFileSync(p, 'latin1');
    }
  };
  walk(dir, '');
  return out;
}
