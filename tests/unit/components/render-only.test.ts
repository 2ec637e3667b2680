import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Pages compose, components render (issue 22, «The house»): a page under src/pages/ loads what it shows
 * from src/data/ and hands it down as props; nothing under src/components/ or src/layouts/ imports
 * src/data/ (not even a type), so every arrow from a component runs down into src/lib/ and src/i18n/.
 */
const FOLDERS = ['src/components', 'src/layouts'];
const filesOf = (dir: string) => readdirSync(dir).map((f) => join(dir, f));
/** Every module a file names in an import or export … from (frontmatter and <script> alike). */
const importsOf = (text: string) =>
  [...text.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('components and layouts only render', () => {
  it('the import reader finds value and type imports', () => {
    expect(
      importsOf(
        "import { a } from '../data/x.ts';\nimport type { B } from \"../lib/y.ts\";\nimport C from './C.astro';",
      ),
    ).toEqual(['../data/x.ts', '../lib/y.ts', './C.astro']);
  });
  it("the reader sees the components' imports (those of src/lib/ and src/i18n/ at least)", () => {
    const all = FOLDERS.flatMap(filesOf).flatMap((f) => importsOf(readFileSync(f, 'utf8')));
    expect(all.filter((m) => m.includes('/lib/')).length).toBeGreaterThan(10);
    expect(all.filter((m) => m.includes('/i18n/')).length).toBeGreaterThan(10);
  });
  for (const dir of FOLDERS)
    for (const file of filesOf(dir))
      it(`${file} imports nothing from src/data/`, () => {
        const imports = importsOf(readFileSync(file, 'utf8'));
        expect(imports.filter((m) => /(^|\/)data\//.test(m))).toEqual([]);
      });
});
