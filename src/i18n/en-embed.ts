import type { Strings } from './nb.ts';

/** «Embed» and the embed pages, English (see nb-embed.ts). */
export const embed: Strings['embed'] = {
  summary: 'Embed',
  intro:
    'Paste the code into a web page to show the chart there, with its table, source and a link back here. The chart sets no cookies and loads nothing from other sites.',
  code: 'HTML code',
  script: 'Optional: the script makes the frame as tall as its content (add it once per page)',
  preview: 'See the chart as it looks embedded',
  frameTitle: (what: string, where: string) => `${what} – ${where} (Bosettingstall)`,
  back: (name: string) => `All figures for ${name} on Bosettingstall`,
  compareTitle: 'Comparison of municipalities',
  compareWhere: 'selected municipalities',
  backCompare: 'Open the comparison on Bosettingstall',
  compareNoScript: 'Without JavaScript the chart shows the default selection, not the municipalities in the link.',
  compareIntro:
    'Paste the code into a web page to show the chart with the municipalities, measure and years you have chosen now, with its table, source and a link back here. The code follows your selection.',
};
