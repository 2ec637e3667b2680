import { EXPORT_FONT, framedSvg, svgSize, type ChartFrame, type FrameStyle } from '../lib/charts/export-svg.ts';
import { download } from './download.ts';

/**
 * «Last ned figuren» on the comparison and under each profile panel: the chart
 * as it is drawn on the page, framed with its title, legend, sources and the
 * dataset's version and date (lib/charts/export-svg.ts), saved as SVG, or as
 * PNG drawn from that SVG on a canvas in the browser. It imports no module the
 * profile's planning script does (see export-svg.ts): what the picture says in
 * words (sources, the dataset's date) is written by the page at build time.
 */

/** The chart on the page as SVG markup, without the hover ring, tip or highlight. */
export function chartMarkup(svg: SVGSVGElement): string {
  const c = svg.cloneNode(true) as SVGSVGElement;
  for (const el of c.querySelectorAll('.focus-ring, .tip')) el.remove();
  for (const el of c.querySelectorAll('.on')) el.classList.remove('on');
  c.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(c);
}

/** A legend list as the page draws it (lib/charts/legend.ts legendHtml): each glyph's markup and its words. */
export function legendOf(ul: Element | null): NonNullable<ChartFrame['legend']> {
  const xml = new XMLSerializer();
  return [...(ul?.querySelectorAll('li') ?? [])].map((li) => ({
    glyph: [...(li.querySelector('svg')?.children ?? [])].map((c) => xml.serializeToString(c)).join(''),
    label: (li.textContent ?? '').trim(),
  }));
}

/** The page's ink and muted colours (Base.astro's --ink, --muted), and text measured as the browser draws it. */
function pageStyle(): FrameStyle {
  const css = getComputedStyle(document.documentElement);
  const ctx = document.createElement('canvas').getContext('2d');
  return {
    ink: css.getPropertyValue('--ink').trim() || css.color,
    muted: css.getPropertyValue('--muted').trim() || css.color,
    measure: ctx
      ? (text, size) => {
          ctx.font = `${size}px ${EXPORT_FONT}`;
          return ctx.measureText(text).width;
        }
      : undefined,
  };
}

/** The framed chart saved as `<base>.svg` or `<base>.png`. */
export async function saveChart(kind: 'svg' | 'png', base: string, chart: string, frame: ChartFrame): Promise<void> {
  const text = framedSvg(chart, frame, pageStyle());
  if (kind === 'svg') download(`${base}.svg`, new Blob([text], { type: 'image/svg+xml' }));
  else download(`${base}.png`, await pngOf(text));
}

/** A PNG of a standalone SVG, drawn on a canvas at `scale` times its size (sharp on a high-density screen and in print). */
export function pngOf(svgText: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  return new Promise((ok, fail) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext('2d')!;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('canvas gave no PNG'))), 'image/png');
    };
    img.onerror = () => fail(new Error('the SVG could not be drawn'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}
