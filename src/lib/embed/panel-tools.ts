/**
 * A profile panel's tools, filled in the browser from the page's one <template> (components/PanelTools.astro):
 * which parts a panel gets and what its «Bygg inn» code says. Plain functions of strings, so the rules are
 * tested without a browser; client/panel-tools.ts does the copying.
 */
import { iframeCode, panelEmbedPath } from './code.ts';

/** Where the panel's heading goes in the frame title the template carries («{tittel} – Oslo (Bosettingstall)»). */
export const TITLE_SLOT = '{tittel}';

/** The download buttons a panel keeps (data-kind), in the template's order: the chart as SVG/PNG where it has one, its figures as CSV/XLSX where it lists them. */
export function exportKinds(of: { chart: boolean; figures: boolean }): string[] {
  return [...(of.chart ? ['svg', 'png'] : []), ...(of.figures ? ['csv', 'xlsx'] : [])];
}

/**
 * The panel's embed address (absolute, for the code; a path, for the preview link) and the iframe code, from the
 * profile's address (the page's data-url), the panel's id and heading, the template's title and the frame height.
 */
export function panelEmbed(profileUrl: string, panelId: string, heading: string, frameTitle: string, height: number) {
  const url = new URL(profileUrl);
  const path = panelEmbedPath(url.pathname, panelId);
  return {
    path,
    code: iframeCode(
      new URL(path, url).href,
      frameTitle.replace(TITLE_SLOT, () => heading),
      height,
    ),
  };
}
