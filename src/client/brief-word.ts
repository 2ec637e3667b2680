import { Packer } from 'docx';
import { withProposal, type BriefDocument } from '../lib/brief/brief-document.ts';
import { briefDocx } from '../lib/brief/docx.ts';

/**
 * «Last ned som Word»: loaded by the brief page's click handler only when the button is
 * clicked (a chunk of its own with the `docx` package). Reads the brief's content written
 * beside the page (notat.json), draws the chart's PNG fallback on a canvas and saves the .docx.
 * A proposal given in the address (`?vedtak=`, `?ema=`) goes into the document as the page shows it.
 */
export async function downloadBriefDocx(jsonUrl: string): Promise<void> {
  const res = await fetch(jsonUrl);
  if (!res.ok) throw new Error(`${jsonUrl}: ${res.status}`);
  const model = shownProposal((await res.json()) as BriefDocument);
  const png = await svgToPng(model.chart.svg, model.chart.width, model.chart.height).catch(() => undefined);
  const blob = await Packer.toBlob(briefDocx(model, png));
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = model.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The chart's SVG drawn at twice its size on a canvas, as PNG bytes (for Word without SVG). */
async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const scale = 2;
  const withNs = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  const url = URL.createObjectURL(new Blob([withNs], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
    if (!png) throw new Error('canvas');
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * notat.json holds the default proposal block (IMDi's request); with a proposal in the address the
 * page's block was redrawn (client/planning.ts applyBriefProposal), and its text is what the reader saw.
 */
function shownProposal(model: BriefDocument): BriefDocument {
  const q = new URLSearchParams(location.search);
  const block = document.querySelector('[data-brief-proposal]');
  if (!block || (!q.has('vedtak') && !q.has('ema'))) return model;
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
  const lines = [...block.querySelectorAll('[data-live] p')].map(text).filter(Boolean);
  const note = block.querySelector<HTMLElement>('[data-default-note]');
  return withProposal(model, { lines, note: note && !note.hidden ? text(note) : undefined });
}
