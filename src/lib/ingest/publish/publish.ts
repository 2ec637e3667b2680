import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { GENERATION_FILE, generationOf, serializeGeneration } from './generation.ts';

/**
 * All-or-nothing publish of the dataset directory.
 *
 * The new files (and `generation.json`) are written to a sibling directory
 * `.<out>.next-<pid>`; then the old directory is renamed aside
 * (`.<out>.prev-<pid>`) and the new one renamed into place. The second rename
 * is the commit point: before it the old dataset is whole (under its own name
 * or, for an instant, aside), after it the new one is. Anything else the old
 * directory held (e.g. a gitignored `raw/`) is moved across first.
 *
 * Every failure removes what this publish wrote and puts the old directory
 * back; a publish killed half-way is repaired by the next one (`recover`),
 * which never carries an entry out of a staging directory into `out`: it only
 * restores a moved-aside directory whose every file belongs to its generation,
 * and leaves (and names) any staging directory that holds something else.
 * A read-only `out` stops the publish before any work: it is not swapped away.
 * Filesystem access goes through `PublishFs`, so tests can make any step fail.
 */
export interface PublishFs {
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Create one directory; the parent must exist (never recursive: `mkdir -p` under /proc spins). */
  mkdir(path: string): void;
  /** Write and flush a file. */
  writeFile(path: string, text: string): void;
  rename(from: string, to: string): void;
  /** Remove a file or directory tree; no error if absent. */
  remove(path: string): void;
  list(path: string): string[];
  readFile(path: string): string;
  /** Whether this directory may be written: not marked read-only (no write bit), not on a read-only file system. */
  writable(path: string): boolean;
  /** Whether another process with this id is running (its staging directory is not ours to clean). */
  alive(pid: number): boolean;
  pid: number;
}

export class PublishError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'PublishError';
  }
}

export interface Publish {
  /** Write the files and swap them in; throws PublishError with the old dataset in place. */
  commit(files: Record<string, string>): void;
  /** Remove the staging directory (ingest failed before commit). */
  abort(): void;
  /** Stale staging directories left beside `out` by the repair, one line each (see `recover`). */
  notes: string[];
}

const STAGE = /^\.(.+)\.(next|prev)-(\d+)$/;

/**
 * Check that `out` can be published to and claim a staging directory beside
 * it. Run before the (slow) build, so an impossible --out fails at once.
 */
export function openPublish(out: string, fs: PublishFs): Publish {
  const parent = dirname(out);
  const base = basename(out);
  const next = join(parent, `.${base}.next-${fs.pid}`);
  const prev = join(parent, `.${base}.prev-${fs.pid}`);
  step(`create the directory ${parent}`, () => ensureDirectory(parent, fs));
  if (fs.exists(out) && !fs.isDirectory(out))
    throw new PublishError(`cannot publish to ${out}: it exists and is not a directory`);
  if (fs.exists(out) && !fs.writable(out))
    throw new PublishError(
      `cannot publish to ${out}: the directory is read-only; make it writable (chmod u+w) to publish a new dataset there`,
    );
  let notes: string[] = [];
  step(`repair what an interrupted ingest left beside ${out}`, () => {
    notes = recover(out, fs);
  });
  step(`create the staging directory ${next}`, () => {
    fs.remove(next);
    fs.mkdir(next);
  });

  return {
    notes,
    abort() {
      fs.remove(next);
    },
    commit(files) {
      const all: Record<string, string> = { ...files, [GENERATION_FILE]: serializeGeneration(generationOf(files)) };
      try {
        // The manifest last: a staging directory without it was never complete.
        const names = Object.keys(all)
          .filter((n) => n !== GENERATION_FILE)
          .concat(GENERATION_FILE);
        for (const name of names) step(`write ${join(out, name)}`, () => fs.writeFile(join(next, name), all[name]));
        if (fs.exists(out)) {
          for (const name of fs.list(out)) {
            if (!Object.hasOwn(all, name))
              step(`keep ${join(out, name)}`, () => fs.rename(join(out, name), join(next, name)));
          }
          step(`move the old ${out} aside`, () => fs.rename(out, prev));
        }
        step(`move the new dataset into ${out}`, () => fs.rename(next, out));
      } catch (e) {
        try {
          recover(out, fs, true);
        } catch (again) {
          throw new PublishError(
            `${(e as Error).message}; then could not restore ${out} (${describe(again)}): the old dataset is in ${prev}`,
            e,
          );
        }
        throw e;
      }
      // Committed. The old copy is only clutter now; the next ingest removes it if this fails.
      try {
        fs.remove(prev);
      } catch {
        /* left for recover() */
      }
    },
  };
}

/**
 * Repair what an interrupted publish (killed, or failed and then failed to
 * undo) left beside `out`. A moved-aside old directory goes back only where
 * `out` is missing and every file in it belongs to its generation, and nothing
 * else is in it; a staging directory is removed unless it holds entries no
 * generation lists (what a killed publish was carrying across — or something
 * planted there). Nothing is ever carried out of a staging directory into
 * `out`: such a directory is left where it is and named in the returned notes.
 * Staging directories of running processes are left alone unless `own`; a
 * publish undoing its own failure (`own`) puts its old directory back as it was.
 */
export function recover(out: string, fs: PublishFs, own = false): string[] {
  const parent = dirname(out);
  const base = basename(out);
  const notes: string[] = [];
  if (!fs.exists(parent)) return notes;
  const mine = (pid: number) => (own ? pid === fs.pid : pid === fs.pid || !fs.alive(pid));
  const entries = fs
    .list(parent)
    .map((n) => [n, STAGE.exec(n)] as const)
    .filter(([, m]) => m && m[1] === base && mine(Number(m[3])));
  const leave = (dir: string, why: string) =>
    notes.push(`left ${dir} beside ${out}: ${why}; move back by hand what belongs in ${base}/, then delete it`);
  for (const [name, m] of entries) {
    if (m![2] !== 'prev') continue;
    const dir = join(parent, name);
    const state = own && Number(m![3]) === fs.pid ? { whole: true, foreign: [] } : contents(dir, fs);
    if (!state.whole) leave(dir, 'its files are not one generation');
    else if (state.foreign.length) leave(dir, `it holds ${list(state.foreign)}, which no generation lists`);
    else if (!fs.exists(out)) fs.rename(dir, out);
    else fs.remove(dir);
  }
  for (const [name, m] of entries) {
    if (m![2] !== 'next') continue;
    const dir = join(parent, name);
    if (!fs.exists(dir)) continue; // renamed into place
    const { foreign } = contents(dir, fs);
    if (own && fs.exists(out)) {
      // This publish's own failure: what it carried across from out a moment ago goes back.
      for (const n of foreign) if (!fs.exists(join(out, n))) fs.rename(join(dir, n), join(out, n));
      fs.remove(dir);
    } else if (foreign.length) leave(dir, `it holds ${list(foreign)}, which no generation lists`);
    else fs.remove(dir);
  }
  return notes;
}

const list = (names: string[]) =>
  names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');

/**
 * A staging directory's entries against its generation.json: `whole` when the
 * manifest reads and every file it lists is there with its SHA-256; `foreign`,
 * the entries it does not list. Without a readable manifest nothing was carried
 * across yet (a publish carries only after writing the manifest, its last file),
 * so nothing in it is kept.
 */
function contents(dir: string, fs: PublishFs): { whole: boolean; foreign: string[] } {
  const names = fs.list(dir);
  let listed: Record<string, string> | null = null;
  try {
    const g = JSON.parse(fs.readFile(join(dir, GENERATION_FILE))) as { files?: Record<string, string> };
    if (g && typeof g.files === 'object' && g.files !== null) listed = g.files;
  } catch {
    /* incomplete */
  }
  if (!listed) return { whole: false, foreign: [] };
  const files = listed;
  const whole = Object.entries(files).every(([n, hash]) => {
    try {
      return (
        createHash('sha256')
          .update(fs.readFile(join(dir, n)))
          .digest('hex') === hash
      );
    } catch {
      return false;
    }
  });
  return { whole, foreign: names.filter((n) => n !== GENERATION_FILE && !Object.hasOwn(files, n)) };
}

function ensureDirectory(dir: string, fs: PublishFs) {
  if (fs.exists(dir)) {
    if (!fs.isDirectory(dir)) throw new Error(`${dir} is not a directory`);
    return;
  }
  const up = dirname(dir);
  if (up === dir) throw new Error(`${dir} does not exist`);
  ensureDirectory(up, fs);
  fs.mkdir(dir);
}

function step(what: string, f: () => void) {
  try {
    f();
  } catch (e) {
    if (e instanceof PublishError) throw e;
    throw new PublishError(`could not ${what}: ${describe(e)}`, e);
  }
}

/** A system error as one line: "no space left on device (ENOSPC)". */
export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const text: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOENT: 'no such file or directory',
    ENOTDIR: 'not a directory',
    EEXIST: 'already exists',
    EIO: 'input/output error',
    EDQUOT: 'disk quota exceeded',
    EXDEV: 'not on the same file system',
    EISDIR: 'is a directory',
    ENOTEMPTY: 'directory not empty',
    EBUSY: 'resource busy',
  };
  if (err?.code) return `${text[err.code] ?? err.code} (${err.code})`;
  return err?.message ?? String(e);
}
