import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  SectionType,
} from 'docx';
import type { BriefDocument, DocTable } from './brief-document.ts';

/**
 * The brief as a Word document (the `docx` package): headings, the sentences,
 * real Word tables, the funnel chart as a picture with its alt text (SVG with a
 * PNG beside it for Word before 2016 and LibreOffice; the PNG is drawn by the
 * browser, src/client/brief-word.ts) and the numbered source notes with links.
 * A4 with the print page's margins and font sizes, two columns where the print
 * page has two, so it fits two pages as the printed brief does.
 */

/** Half-points: body 9 pt, tables and notes smaller, as the print page (layouts/Print.astro). */
const SIZE = { body: 17, table: 15, note: 12, h1: 28, h2: 20, h3: 18, sup: 12 };
/** A4 in twips (1/1440 inch), margins 12 mm. */
const PAGE = { width: 11906, height: 16838, margin: 680 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const GAP = 240;
const HALF = (TEXT_WIDTH - GAP) / 2;

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 2, color: '999999' };
const black = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

const run = (text: string, size = SIZE.body, extra: { bold?: boolean } = {}) => new TextRun({ text, size, ...extra });
const sup = (notes: number[]) =>
  notes.length ? [new TextRun({ text: notes.join(','), superScript: true, size: SIZE.sup })] : [];

/** A note's text with every address a link (the same rule as the page's linkify). */
function linked(text: string, size: number) {
  const parts: (TextRun | ExternalHyperlink)[] = [];
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/\S+[^.,;\s)]/g)) {
    if (m.index > last) parts.push(run(text.slice(last, m.index), size));
    parts.push(
      new ExternalHyperlink({ link: m[0], children: [new TextRun({ text: m[0], style: 'Hyperlink', size })] }),
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(run(text.slice(last), size));
  return parts;
}

const para = (text: string, size = SIZE.body, spacingAfter = 60) =>
  new Paragraph({ children: [run(text, size)], spacing: { after: spacingAfter } });
const note = (text: string) => para(text, SIZE.note, 40);
const h2 = (text: string, notes: number[] = []) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: SIZE.h2, color: '000000' }), ...sup(notes)],
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } },
    spacing: { before: 160, after: 60 },
  });
const h3 = (text: string, notes: number[] = []) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_3,
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: SIZE.h3, color: '000000' }), ...sup(notes)],
    spacing: { before: 80, after: 30 },
  });
const bullets = (items: string[]) =>
  items.map((text) => new Paragraph({ children: [run(text)], bullet: { level: 0 }, spacing: { after: 30 } }));

/** Cell margins left and right in a data table (twips). */
const CELL_MARGIN = 50;

/**
 * How wide a word is set in bold, in em: the widths of DejaVu Sans Bold (what LibreOffice sets when Word's font is
 * missing, and wider than Calibri or Aptos) by class of character, rounded up, and 5 % to spare.
 */
export function boldEms(word: string): number {
  let em = 0;
  for (const ch of word)
    em += /[mwMW]/.test(ch) ? 1.05 : /[iljtfrI.,:;!|'’ ]/.test(ch) ? 0.42 : /[A-ZÆØÅ]/.test(ch) ? 0.82 : 0.72;
  return em * 1.05;
}

/**
 * A data table's column widths (twips): each column gets what its longest word needs — header or cell, at the
 * table's size in bold, a number with its no-break spaces one word — so no word breaks inside («Oppmo|da» did in a
 * half-page column), and the rest of the width is shared as before (the label column 22 % of it, or 40 % in a
 * table of four columns or fewer, the others alike). Words too long for the whole width are shrunk alike.
 */
export function columnWidths(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): number[] {
  const emTwips = (SIZE.table / 2) * 20;
  const need = columns.map((c, i) => {
    // A line may break at a space and after «/» or «-» («Vedtak/ oppm.»), not at a no-break space.
    const words = [c, ...rows.map((r) => r[i] ?? '')].flatMap((text) => text.split(/[ \t\n]+|(?<=[/-])/));
    return Math.ceil(Math.max(...words.map(boldEms)) * emTwips) + 2 * CELL_MARGIN;
  });
  const firstShare = columns.length > 4 ? 0.22 : 0.4;
  const share = columns.map((_, i) =>
    columns.length === 1 ? 1 : i === 0 ? firstShare : (1 - firstShare) / (columns.length - 1),
  );
  const spare = width - need.reduce((a, b) => a + b, 0);
  const widths = spare >= 0 ? need.map((n, i) => n + spare * share[i]) : need.map((n) => (n * width) / (width - spare));
  return widths.map(Math.floor);
}

/** A table of figures as a real Word table: a header row, the first cell of each row its label, figures right-aligned. */
function dataTable(t: DocTable, width: number): Table {
  const widths = columnWidths(t.columns, t.rows, width);
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      borders: { top: none, left: none, right: none, bottom: head ? black : thin },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 10, bottom: 10 },
      children: [
        new Paragraph({
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
          children: [run(text, SIZE.table, { bold: head || i === 0 })],
        }),
      ],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    borders: noBorders,
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** Two columns side by side, as the print page's `.cols`: a layout table without borders. */
function twoColumns(left: (Paragraph | Table)[], right: (Paragraph | Table)[]): Table {
  const col = (children: (Paragraph | Table)[], i: number) =>
    new TableCell({
      width: { size: HALF, type: WidthType.DXA },
      borders: { top: none, bottom: none, left: none, right: none },
      margins: { left: i ? GAP / 2 : 0, right: i ? 0 : GAP / 2 },
      // A cell ends with a paragraph (Word's rule).
      children: children.at(-1) instanceof Paragraph ? children : [...children, new Paragraph({})],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [HALF, HALF],
    borders: noBorders,
    rows: [new TableRow({ children: [col(left, 0), col(right, 1)] })],
  });
}

/** The chart's size in the document: the page's width in CSS pixels, as wide as a column at most. */
function chartSize(c: BriefDocument['chart']) {
  const maxPx = (HALF / 1440) * 96 - 4;
  const k = Math.min(1, maxPx / c.width);
  return { width: Math.round(c.width * k), height: Math.round(c.height * k) };
}

export function briefDocx(d: BriefDocument, chartPng?: Uint8Array): Document {
  const chart: Paragraph[] = chartPng
    ? [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'svg',
              data: new TextEncoder().encode(d.chart.svg),
              fallback: { type: 'png', data: chartPng },
              transformation: chartSize(d.chart),
              altText: { name: d.chart.alt, title: d.chart.alt, description: d.chart.alt },
            }),
          ],
        }),
      ]
    : [];
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun({ text: d.heading, bold: true, size: SIZE.h1, color: '000000' })],
      spacing: { after: 40 },
    }),
    ...d.meta.map((m) => note(m)),
    h2(d.keyPoints.heading),
    ...bullets(d.keyPoints.items),
    h2(d.proposal.heading),
    ...d.proposal.lines.map((l) => para(l)),
    ...(d.proposal.note ? [note(d.proposal.note)] : []),
    h2(d.funnel.heading, d.funnel.notes),
    twoColumns(
      [dataTable(d.funnel, HALF), ...d.funnel.after.map(note)],
      [...chart, note(d.chart.legend.join(' · ')), note(d.chart.key)],
    ),
    h2(d.peers.heading, d.peers.notes),
    dataTable(d.peers, TEXT_WIDTH),
    ...d.peers.after.map(note),
    h2(d.request.heading),
  ];
  // IMDi's questions in two columns that flow on to the next page (a layout table's row would not break).
  const questions = d.request.parts.flatMap((p) => [h3(p.heading, p.notes), ...bullets(p.lines)]);
  const after: (Paragraph | Table)[] = [
    // Grants and outcomes across the page: in half a column their figures wrap to three lines a row.
    h2(d.grants.heading, d.grants.notes),
    dataTable(d.grants, TEXT_WIDTH),
    ...d.grants.after.map(note),
    h2(d.outcomes.heading, d.outcomes.notes),
    ...(d.outcomes.empty ? [para(d.outcomes.empty)] : [dataTable(d.outcomes, TEXT_WIDTH)]),
    ...d.outcomes.after.map(note),
  ];
  // The numbered source notes in two columns, as the print page sets them (a continuous section of their own).
  const notes: Paragraph[] = [
    h2(d.sources.heading),
    ...d.sources.notes.map(
      (n) =>
        new Paragraph({
          numbering: { reference: 'notes', level: 0 },
          children: linked(n.text, SIZE.note),
          spacing: { after: 20 },
        }),
    ),
    note(d.sources.closing),
  ];
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
  };
  return new Document({
    title: d.title,
    creator: 'Bosettingstall',
    description: d.meta[0],
    styles: {
      default: { document: { run: { font: 'Arial', size: SIZE.body, language: { value: d.lang } } } },
    },
    numbering: {
      config: [
        {
          reference: 'notes',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 340, hanging: 340 } }, run: { size: SIZE.note } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page },
        children,
      },
      { properties: { page, type: SectionType.CONTINUOUS, column: { count: 2, space: GAP } }, children: questions },
      { properties: { page, type: SectionType.CONTINUOUS }, children: after },
      { properties: { page, type: SectionType.CONTINUOUS, column: { count: 2, space: GAP } }, children: notes },
    ],
  });
}
