/**
 * Hostile text from a raw file stays inert in the pages and downloads: a kommune
 * name that closes a <script> element, or that a spreadsheet would run as a formula.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attachSearch } from '../../../src/client/search.ts';
import { toXlsx } from '../../../src/client/xlsx.ts';
import { en } from '../../../src/i18n/en.ts';
import { nb } from '../../../src/i18n/nb.ts';
import { nn } from '../../../src/i18n/nn.ts';
import { indexEntries } from '../../../src/lib/search/search-kommuner.ts';
import { neutralizeFormula, toExcelCsv } from '../../../src/lib/format/csv.ts';
import { scriptJson } from '../../../src/lib/format/script-json.ts';

const SCRIPT_NAME = 'Utsira - </script><script>alert(12)</script>';
const FORMULA_NAME = '=HYPERLINK(A1)';

describe('JSON embedded in a page (search data, front-page metadata)', () => {
  const index = [{ code: '1151', name: SCRIPT_NAME, alt: ['<!--', 'a & b', '\u2028'] }];

  it('a name with </script> stays inside its element and reads back unchanged', () => {
    const html = `<!doctype html><html><body><script type="application/json" id="sok-data">${scriptJson(index)}</script><p id="after">x</p></body></html>`;
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(document.getElementById('sok-data')!.textContent!)).toEqual(index);
    expect(scriptJson(index)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('plain JSON.stringify would have let the name out (what the escaping guards against)', () => {
    const html = `<html><body><script type="application/json">${JSON.stringify(index)}</script></body></html>`;
    expect(parseHTML(html).document.querySelectorAll('script').length).toBeGreaterThan(1);
  });

  it('every JSON script element in a component or page is written with scriptJson', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.astro')) files.push(p);
      }
    };
    walk('src');
    const embeds = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/<script[^>]*type="application\/(?:ld\+)?json"[^>]*>/g)].map((m) => ({
        f,
        tag: m[0],
      })),
    );
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    for (const { f, tag } of embeds) expect(tag, f).toMatch(/set:html=\{scriptJson\(/);
  });
});

describe('the search list (names from the embedded JSON into the page)', () => {
  it('shows a hostile name as text: no element, no handler from the name', () => {
    const name = 'Utsira <img src=x onerror=alert(12)>';
    const index = indexEntries([{ code: '1151', name, other: [], fylke: 'Rogaland', path: '/kommune/1151-utsira/' }]);
    const { document, window } = parseHTML(
      `<!doctype html><html><body><div data-search><input id="sok" role="combobox"><ul id="sok-treff" role="listbox" hidden></ul><p aria-live="polite"></p><script type="application/json" id="sok-data">${scriptJson(index)}</script></div></body></html>`,
    );
    const g = globalThis as { document?: unknown };
    const saved = g.document;
    g.document = document;
    try {
      attachSearch(document.querySelector('[data-search]') as unknown as HTMLElement);
      const input = document.getElementById('sok')!;
      (input as unknown as { value: string }).value = 'utsira';
      input.dispatchEvent(new window.Event('input'));
      const list = document.getElementById('sok-treff')!;
      expect(list.querySelectorAll('[role=option]')).toHaveLength(1);
      expect(list.querySelector('img')).toBeNull();
      expect(list.querySelector('[role=option]')!.textContent).toContain(name);
    } finally {
      g.document = saved;
    }
  });
});

describe('CSV downloads: formula injection (OWASP)', () => {
  it('neutralizes a text cell starting with = + - @, a tab or a carriage return', () => {
    for (const s of [FORMULA_NAME, '+47 1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    expect(neutralizeFormula('Oslo')).toBe('Oslo');
    expect(neutralizeFormula('0301')).toBe('0301');
    expect(neutralizeFormula(null)).toBeNull();
  });

  it('keeps numbers numeric: a negative grant (a repayment) stays -12500, not text', () => {
    const csv = toExcelCsv(['kode', 'navn', 'verdi', 'endring'], [['1151', FORMULA_NAME, -12500, -3.5]]);
    expect(csv).toBe("\uFEFFkode,navn,verdi,endring\n1151,'=HYPERLINK(A1),-12500,-3.5\n");
  });

  it('quotes a neutralized cell that also holds a comma or quote', () => {
    expect(toExcelCsv(['navn'], [['=HYPERLINK("http://x","y")']])).toBe(
      '\uFEFFnavn\n"\'=HYPERLINK(""http://x"",""y"")"\n',
    );
  });
});

describe('XLSX downloads (exceljs)', () => {
  it('store a name starting with = as text, never as a formula, and numbers as numbers', async () => {
    const blob = await toXlsx(
      { columns: ['navn', 'verdi'], rows: [[FORMULA_NAME, -12500]], sources: [] },
      { words: nb.workbook },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blob.arrayBuffer());
    const row = wb.getWorksheet('Tall')!.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe(FORMULA_NAME);
    expect(row.getCell(1).formula).toBeUndefined();
    expect(row.getCell(2).value).toBe(-12500);
  });

  it("name their sheets and the sources header in the page's language, the figure columns stay machine names", async () => {
    const table = {
      columns: ['kommunenummer', 'verdi'],
      rows: [['0301', 1]],
      sources: [['imdi-x', 'IMDi, Nøkkeltall']] as [string, string][],
    };
    for (const [t, sheets, header] of [
      [nb, ['Tall', 'Kilder'], ['kilde', 'utgiver, tabell og fil']],
      [nn, ['Tal', 'Kjelder'], ['kjelde', 'utgjevar, tabell og fil']],
      [en, ['Figures', 'Sources'], ['source', 'publisher, table and file']],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await (await toXlsx(table, { words: t.workbook })).arrayBuffer());
      expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
      expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'kommunenummer', 'verdi']);
      expect(wb.worksheets[1].getRow(1).values).toEqual([undefined, ...header]);
      expect(wb.worksheets[1].getRow(2).values).toEqual([undefined, 'imdi-x', 'IMDi, Nøkkeltall']);
    }
  });
});
