import type { Strings } from '../../i18n/index.ts';
import type { Brief } from './build-brief.ts';

/**
 * The brief as a Word document reads it: the same sections, sentences, tables
 * and numbered source notes as the brief page, every string already resolved
 * in the brief's language. Built from the same `Brief` the page renders
 * (src/data/brief.ts getBrief), so no sentence exists twice; written as JSON
 * beside the page and turned into a .docx in the browser only when asked
 * (src/lib/brief/docx.ts).
 */
export interface BriefDocument {
  /** BCP 47 language of the text («nb-NO»). */
  lang: string;
  fileName: string;
  title: string;
  heading: string;
  meta: string[];
  keyPoints: { heading: string; items: string[] };
  /** The proposal block: its sentences, and the note under them that they are IMDi's request (absent once a proposal replaces it). */
  proposal: { heading: string; lines: string[]; note?: string };
  funnel: DocTable & { heading: string; notes: number[]; after: string[] };
  chart: { svg: string; alt: string; width: number; height: number; key: string; legend: string[] };
  peers: DocTable & { heading: string; notes: number[]; after: string[] };
  request: { heading: string; parts: { heading: string; notes: number[]; lines: string[] }[] };
  grants: DocTable & { heading: string; notes: number[]; after: string[] };
  outcomes: DocTable & { heading: string; notes: number[]; empty?: string; after: string[] };
  sources: { heading: string; notes: { n: number; text: string }[]; closing: string };
}

export interface DocTable {
  columns: string[];
  rows: string[][];
}

/** What the page adds around getBrief's model (src/data/brief.ts). */
export interface BriefExtras {
  outcomesNote: string;
  peersInstead?: string;
  earlierNote?: string;
}

export interface BriefHeader {
  name: string;
  officialName: string;
  code: string;
  slug: string;
  fylkeName: string;
  kostraGroup: number | string | null;
  centrality: number | string | null;
  address: string;
  /** The proposal block's text as the page shows it by default (empty: IMDi has no request). */
  proposal: string[];
  smallGroups: string;
}

/** Soft hyphens and zero-width spaces help a narrow screen break; a Word table wraps on its own. */
const plain = (s: string) => s.replace(/[\u00ad\u200b]/g, '');
const tbl = (t: DocTable): DocTable => ({
  columns: t.columns.map(plain),
  rows: t.rows.map((r) => r.map(plain)),
});

export function briefDocument(
  b: Brief & BriefExtras,
  h: BriefHeader,
  t: Strings,
  stamp: { date: string; version: string },
): BriefDocument {
  const size = (svg: string, attr: string) => Number(new RegExp(`${attr}="([\\d.]+)"`).exec(svg)?.[1] ?? 0);
  return {
    lang: t.lang === 'en' ? 'en-GB' : t.lang === 'nn' ? 'nn-NO' : 'nb-NO',
    fileName: `${t.brief.wordFile}-${h.code}-${h.slug}-${stamp.date}.docx`,
    title: t.brief.title(h.officialName),
    heading: `${t.brief.headingBefore}${h.officialName}${t.brief.headingAfter}`,
    meta: [
      t.brief.meta(
        h.code,
        h.fylkeName,
        String(h.kostraGroup ?? '–'),
        String(h.centrality ?? '–'),
        stamp.date,
        stamp.version,
      ),
      `${t.brief.address} ${h.address}`,
    ],
    keyPoints: { heading: t.keyPoints.heading, items: b.keyPoints.map((k) => k.text) },
    proposal: {
      heading: t.planning.briefHeading,
      lines: h.proposal.length ? h.proposal : [t.planning.briefNone],
      note: h.proposal.length ? t.planning.briefDefault : undefined,
    },
    funnel: {
      heading: t.brief.funnel,
      notes: b.funnel.notes,
      ...tbl(b.funnel),
      after: [...b.funnel.caveats, b.funnelNote, b.earlierNote].filter((s): s is string => !!s),
    },
    chart: {
      svg: b.funnel.chart,
      alt: b.funnel.chartLabel,
      width: size(b.funnel.chart, 'width') || 340,
      height: size(b.funnel.chart, 'height') || 170,
      key: t.brief.chartKey,
      legend: b.funnel.legend.map((l) => l.label),
    },
    peers: {
      heading: t.brief.peers,
      notes: b.peers.notes,
      ...tbl(b.peers),
      after: [
        [b.peersInstead, t.brief.peersNote, b.peers.withheld, b.peers.early].filter((s): s is string => !!s).join(' '),
      ],
    },
    request: {
      heading: t.brief.request,
      parts: b.request.map((r) => ({ heading: r.heading, notes: r.notes, lines: r.lines })),
    },
    grants: {
      heading: t.brief.grants,
      notes: b.grants.notes,
      ...tbl(b.grants),
      after: [...b.grants.caveats, b.grants.summary],
    },
    outcomes: {
      heading: t.brief.outcomes,
      notes: b.outcomes.notes,
      ...tbl(b.outcomes),
      empty: b.outcomes.rows.length ? undefined : t.brief.noOutcomes,
      after: [`${b.outcomesNote} ${h.smallGroups}`],
    },
    sources: {
      heading: t.brief.sources,
      notes: b.sources.map((s) => ({ n: s.n, text: s.text })),
      closing: t.brief.closing(stamp.version, stamp.date),
    },
  };
}

/**
 * The brief with the proposal block as the page shows it after its address
 * gave a proposal (`?vedtak=20&ema=ja`, client/planning.ts applyBriefProposal):
 * the page's sentences (or its message for a proposal that is not valid) in
 * place of the default, and the default's note only while the page still shows it.
 */
export function withProposal(d: BriefDocument, shown: { lines: string[]; note?: string }): BriefDocument {
  return { ...d, proposal: { heading: d.proposal.heading, lines: shown.lines, note: shown.note } };
}

/** The text of rendered HTML (the proposal block): tags dropped, the entities escapeHtml writes decoded. */
export function htmlText(html: string): string[] {
  return html
    .split(/<\/p>|<\/li>|<br\s*\/?>/)
    .map((part) =>
      part
        .replace(/<[^>]*>/g, '')
        .replace(
          /&(lt|gt|quot|#39|amp);/g,
          (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as 'lt'],
        )
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}
