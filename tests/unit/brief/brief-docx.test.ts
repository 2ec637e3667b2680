import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { getBriefDocument } from '../../../src/data/brief-document.ts';
import { getKommuner } from '../../../src/data/dataset.ts';
import { messages } from '../../../src/i18n/index.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { briefDocx } from '../../../src/lib/brief/docx.ts';

/** A 1×1 white PNG: the browser draws the real fallback from the chart's SVG (src/client/brief-word.ts). */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The document's visible text in order: each paragraph's runs joined (a run may split a sentence). */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );

async function open(code: string, locale: Locale = 'nb') {
  const k = getKommuner().find((x) => x.code === code)!;
  const model = getBriefDocument(k, new URL('https://bosettingstall.example/'), locale);
  const zip = await JSZip.loadAsync(await Packer.toBuffer(briefDocx(model, PNG)));
  const files = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  return {
    k,
    model,
    files,
    xml: await read('word/document.xml'),
    rels: await read('word/_rels/document.xml.rels'),
    styles: await read('word/styles.xml'),
  };
}

describe('the brief as a Word document', () => {
  for (const code of ['0301', '5612']) {
    it(`${code}: holds the brief's sentences, real tables, the chart with alt text, linked notes and the version`, async () => {
      const { k, model, files, xml, rels, styles } = await open(code);
      const text = paragraphs(xml).map((p) => xmlText(p));
      const all = text.join('\n');
      expect(model.heading).toContain(k.name);
      expect(all).toContain(xmlText(model.heading));
      // Every sentence of «Hovedpunkter» and IMDi's questions, each a paragraph of its own.
      expect(model.keyPoints.items.length).toBeGreaterThanOrEqual(3);
      for (const s of [...model.keyPoints.items, ...model.request.parts.flatMap((p) => p.lines)])
        expect(text).toContain(xmlText(s));
      // Real Word tables: the funnel, peers, grants and outcomes tables with every cell a cell of its own.
      const cells = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      );
      for (const t of [model.funnel, model.peers, model.grants, model.outcomes])
        for (const r of [t.columns, ...t.rows]) for (const c of r) expect(cells).toContain(xmlText(c));
      expect(model.funnel.rows.length).toBeGreaterThanOrEqual(5);
      // The chart: an SVG with a PNG beside it, named by its alt text.
      expect(files.some((f) => /^word\/media\/.+\.svg$/.test(f))).toBe(true);
      expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
      expect(xml).toContain(`descr="${xmlText(model.chart.alt).replace(/"/g, '&quot;')}"`);
      // Source notes: numbered (a numbering of their own), each address an external link.
      expect(model.sources.notes.length).toBeGreaterThanOrEqual(3);
      const urls = model.sources.notes.flatMap((n) => n.text.match(/https?:\/\/\S+[^.,;\s)]/g) ?? []);
      expect(urls.length).toBeGreaterThanOrEqual(model.sources.notes.length);
      for (const u of urls) expect(rels).toContain(`Target="${xmlText(u)}" TargetMode="External"`);
      expect(xml.match(/<w:numId w:val="\d+"\/>/g)?.length).toBeGreaterThanOrEqual(model.sources.notes.length);
      // The dataset's version and date, in the meta line and the closing.
      expect(model.meta[0]).toMatch(/Datasett per \d{4}-\d{2}(-\d{2})?, versjon [0-9a-f]{8}/);
      expect(all).toContain(xmlText(model.meta[0]));
      expect(all).toContain(xmlText(model.sources.closing));
      // In the brief's language (spelling and hyphenation in Word).
      expect(styles).toMatch(/<w:lang w:val="nb-NO"/);
    });
  }

  it("Kautokeino: a hidden figure's cell holds its status word, not a number", async () => {
    const { model, xml } = await open('5612');
    const words = [model.funnel, model.grants, model.outcomes].flatMap((t) =>
      t.rows.flatMap((r) => r.slice(1)).filter((c) => /^\p{L}/u.test(c)),
    );
    expect(words).toContain('skjult');
    expect(xml).toMatch(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*<w:t(?: [^>]*)?>skjult<\/w:t>/);
  });

  it('Oslo in nynorsk: the sentences of sentences/nn, the nynorsk headings, nn-NO as the language and the /nn/ address', async () => {
    const { model, xml, styles } = await open('0301', 'nn');
    const text = paragraphs(xml).map((p) => xmlText(p));
    const all = text.join('\n');
    expect(model.lang).toBe('nn-NO');
    expect(styles).toMatch(/<w:lang w:val="nn-NO"/);
    expect(styles).not.toMatch(/<w:lang w:val="nb-NO"/);
    expect(model.keyPoints.heading).toBe(messages('nn').keyPoints.heading);
    expect(text).toContain(xmlText(model.keyPoints.heading));
    for (const s of model.keyPoints.items) expect(text).toContain(xmlText(s));
    // settledSentence in sentences/nn: «I 2025 vart 665 flyktningar busette i Oslo; …».
    expect(model.keyPoints.items.some((s) => /^I \d{4} vart [\d\u00a0 ]+ flyktningar busette i Oslo/.test(s))).toBe(
      true,
    );
    // No bokmål in the brief's own text (the source notes name the publishers' bokmål titles as they are).
    const own = [model.heading, ...model.keyPoints.items, ...model.request.parts.flatMap((p) => p.lines)];
    expect(own.join('\n')).not.toMatch(/\bflyktninger\b|\bbosatt\b|\bikke\b/);
    expect(all).toContain(xmlText(model.heading));
    expect(model.meta.join(' ')).toContain('https://bosettingstall.example/nn/kommune/0301-oslo/notat/');
  });
});

/** LibreOffice, where the machine has it (CI has not: the Word file's layout is then checked by reading it back, above). */
const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!soffice)
  console.log(
    'brief-docx: no LibreOffice (soffice) here — the two-page check of the Word brief is skipped; install libreoffice-writer to run it',
  );

describe.skipIf(!soffice)('the Word brief opens in LibreOffice and fits two A4 pages', () => {
  it('Oslo (nb, nn), Bergen (en), Ålesund (nn) and Kautokeino (nb)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-docx-'));
    const cases = [
      ['0301', 'nb'],
      ['0301', 'nn'],
      ['4601', 'en'],
      ['1508', 'nn'],
      ['5612', 'nb'],
    ] as const;
    for (const [code, locale] of cases) {
      const k = getKommuner().find((x) => x.code === code)!;
      const model = getBriefDocument(k, new URL('https://bosettingstall.example/'), locale);
      writeFileSync(join(dir, `${code}-${locale}.docx`), await Packer.toBuffer(briefDocx(model, PNG)));
    }
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...cases.map(([c, l]) => join(dir, `${c}-${l}.docx`))],
      {
        stdio: 'ignore',
        timeout: 170_000,
      },
    );
    for (const [code, locale] of cases) {
      const pdf = readFileSync(join(dir, `${code}-${locale}.pdf`), 'latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `${code} ${locale}`).toBe(2);
    }
  }, 180_000);
});
