import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/index.ts';
import { exportKinds, panelEmbed, TITLE_SLOT } from '../../../src/lib/embed/panel-tools.ts';

describe('a profile panel’s tools, filled from the page’s one template', () => {
  it('keeps the chart’s buttons where there is a chart and the figures’ where the panel lists figures', () => {
    expect(exportKinds({ chart: true, figures: true })).toEqual(['svg', 'png', 'csv', 'xlsx']);
    expect(exportKinds({ chart: false, figures: true })).toEqual(['csv', 'xlsx']);
    expect(exportKinds({ chart: true, figures: false })).toEqual(['svg', 'png']);
    expect(exportKinds({ chart: false, figures: false })).toEqual([]);
  });

  it('writes the code the page used to carry per panel: address under the profile in its language, titled frame, height', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const t = messages(locale);
      const template = t.embed.frameTitle(TITLE_SLOT, 'Oslo');
      const profile = `https://bosettingstall.no${locale === 'nb' ? '' : `/${locale}`}/kommune/0301-oslo/`;
      const e = panelEmbed(profile, 'bosetting', 'Busetjing & «vedtak» $1', template, 680);
      expect(e.path).toBe(`${locale === 'nb' ? '' : `/${locale}`}/kommune/0301-oslo/figur/bosetting/`);
      // A heading with `$` patterns and markup characters goes in as text, escaped in the code.
      expect(e.code).toBe(
        `<iframe src="${new URL(e.path, profile).href}" title="${t.embed.frameTitle(
          'Busetjing &amp; «vedtak» $1',
          'Oslo',
        )}" width="100%" height="680" style="border:0;max-width:100%" loading="lazy"></iframe>`,
      );
    }
  });
});
