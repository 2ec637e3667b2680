import type { Strings } from '../i18n/nb.ts';
import { toExcelCsv } from '../lib/format/csv.ts';
import { downloadName } from '../lib/format/download-name.ts';
import { panelExportTable, regionsOfKeys, type PanelFigureFile, type PanelWords } from '../lib/profile/panel-export.ts';
import { chartMarkup, legendOf, saveChart } from './chart-export.ts';
import { download } from './download.ts';
import { getJson } from './get-json.ts';
import { toXlsx } from './xlsx.ts';

type Kind = 'svg' | 'png' | 'csv' | 'xlsx';
type Lang = 'nb' | 'nn' | 'en';

/**
 * The page's catalogue, by <html lang>. As client/page-locale.ts pageMessages, written out here so this chunk
 * imports no module the planning script imports: a shared module would split that script's chunks and break
 * its 8 KB budget (scripts/bench.ts). Each catalogue is its own chunk either way.
 */
const CATALOGUES: Record<Lang, () => Promise<Strings>> = {
  nb: () => import('../i18n/nb.ts').then((m) => m.nb),
  nn: () => import('../i18n/nn.ts').then((m) => m.nn),
  en: () => import('../i18n/en.ts').then((m) => m.en),
};
const langOf = (): Lang => {
  const l = document.documentElement.lang;
  return l === 'nn' || l === 'en' ? l : 'nb';
};

/**
 * A profile panel's download, made in the browser when its button is clicked:
 * the chart as SVG or PNG (title, legend, sources, dataset version and date in
 * the picture), or the figures the panel shows as CSV or XLSX in the common
 * download scheme, in the page's language. The words the page already shows
 * (each source with its address, the request-cut note, the dataset line) are
 * read from it.
 */
export async function exportPanel(button: HTMLButtonElement): Promise<void> {
  const box = button.closest<HTMLElement>('[data-panel-export]')!;
  const panel = box.closest<HTMLElement>('.panel')!;
  const page = box.closest<HTMLElement>('[data-export-page]')!;
  const status = box.querySelector<HTMLElement>('[data-export-status]');
  const t = await CATALOGUES[langOf()]();
  const say = (s: string) => {
    if (status) status.textContent = s;
  };
  say(t.chartExport.working);
  try {
    const kind = button.dataset.kind as Kind;
    const { code = '', slug = '', name = '' } = page.dataset;
    const base = downloadName([code, slug, panel.id], new Date());
    const address = `${page.dataset.url ?? `${location.origin}${location.pathname}`}#${panel.id}`;
    const sources = sourcesOf(t, panel);
    if (kind === 'csv' || kind === 'xlsx') await saveFigures(t, kind, panel, page, sources, base, address);
    else {
      const heading = panel.querySelector('h2, h3, h4');
      const title = (heading?.firstChild?.textContent ?? '').trim();
      const notes = notesOf(panel.querySelector('.source'));
      await saveChart(kind, base, chartMarkup(panel.querySelector<SVGSVGElement>('.c-wide svg')!), {
        title: t.chartExport.title(title, box.dataset.whose || name),
        legend: legendOf(panel.querySelector('.legend')),
        sources: sources.size ? [`${t.profile.source}: ${[...sources.values()].join('; ')}.`] : [],
        notes: notes ? [notes] : [],
        stamp: t.chartExport.stamp(page.dataset.datasetLine ?? '', address),
      });
    }
    say('');
  } catch (e) {
    say(t.chartExport.failed);
    throw e;
  }
}

/** The panel's sources as its source line says them (publisher's page, table, years, file date), each with its address. */
function sourcesOf(t: Strings, panel: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of panel.querySelectorAll<HTMLElement>('.source [data-source]')) {
    const a = s.querySelector('a');
    const text = (s.textContent ?? '').trim();
    out.set(s.dataset.source!, a ? t.source.withUrl(text, a.href) : text);
  }
  return out;
}

/** The notes after the sources in the source line («* foreløpig tall …»). */
function notesOf(p: Element | null): string {
  const spans = p?.querySelectorAll('[data-source]');
  if (!spans?.length) return '';
  let after = '';
  for (let n = spans[spans.length - 1].nextSibling; n; n = n.nextSibling) after += n.textContent ?? '';
  return after.replace(/^\s*\.\s*/, '').trim();
}

async function saveFigures(
  t: Strings,
  kind: 'csv' | 'xlsx',
  panel: HTMLElement,
  page: HTMLElement,
  sources: Map<string, string>,
  base: string,
  address: string,
) {
  const code = page.dataset.code ?? '';
  // Which figures the panel shows is in the kommune's file (panels); the country's figures are in their own file.
  const [own, words] = await Promise.all([
    getJson<PanelFigureFile>(`/data/panel/${code}.json`),
    getJson<PanelWords>(`/data/ord/${langOf()}.json`),
  ]);
  const keys = own.panels?.[panel.id];
  // A page and a file from different deploys (a cache between them): say the download failed rather than save it empty.
  if (!keys) throw new Error(`/data/panel/${code}.json lists no figures for panel ${panel.id}`);
  const data = regionsOfKeys(keys).includes('0000')
    ? [own, await getJson<PanelFigureFile>('/data/panel/0000.json')]
    : [own];
  const names = Object.assign({}, ...data.map((d) => d.names)) as Record<string, string>;
  const cutNotes = new Map(
    [...panel.querySelectorAll<HTMLElement>('.caveat[data-year]')].map((p) => [
      Number(p.dataset.year),
      (p.textContent ?? '').trim(),
    ]),
  );
  const table = panelExportTable(keys, data, {
    t,
    locale: langOf(),
    nameOf: (r) => (r === '0000' ? t.compare.refKinds.land : (names[r] ?? r)),
    fylkeOf: (r) => (r === code ? (page.dataset.fylke ?? null) : null),
    sourceLabel: (id) => sources.get(id) ?? id,
    cutNote: (year) => cutNotes.get(year),
    words,
  });
  if (kind === 'csv')
    download(`${base}.csv`, new Blob([toExcelCsv(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' }));
  else download(`${base}.xlsx`, await toXlsx(table, { words: t.workbook, note: address }));
}
