import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compare an SVG with tests/charts/output/<name>.svg after rounding numbers
 * to 2 decimals (as Plot's own snapshot tests do). A mismatch writes
 * <name>-changed.svg beside it to look at. Outside CI a missing snapshot is
 * written; in CI it fails.
 */
export function expectSvgSnapshot(svg: string, name: string) {
  const norm = (s: string) => s.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
  const path = new URL(`./output/${name}.svg`, import.meta.url);
  const actual = norm(svg);
  if (!existsSync(path)) {
    if (process.env.CI) throw new Error(`missing snapshot ${name}.svg`);
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (actual !== expected) writeFileSync(new URL(`./output/${name}-changed.svg`, import.meta.url), actual);
  expect(actual).toBe(expected);
}
