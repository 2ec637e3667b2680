import { describe, expect, it } from 'vitest';
import { elementEnd, embedPage, extractPanels, profileShell, stylesheetOf } from '../../../src/lib/embed/page.ts';
import { profile } from '../../fixtures/embed-profile.ts';

describe('embed pages cut from the built profile', () => {
  it('finds the end of an element across nested ones of the same name', () => {
    const html = '<div a><div>x</div><div><div></div></div></div><p>';
    expect(html.slice(0, elementEnd(html, 0, 'div'))).toBe('<div a><div>x</div><div><div></div></div></div>');
    expect(() => elementEnd('<div><div></div>', 0, 'div')).toThrow(/not closed/);
  });

  it('finds every panel by id, whole, in page order', () => {
    const panels = extractPanels(profile);
    expect([...panels.keys()]).toEqual(['bosetting', 'ema']);
    expect(panels.get('bosetting')).toMatch(/^<section class="panel" id="bosetting"[\s\S]*<\/div><\/section>$/);
    expect(panels.get('ema')).toBe(
      '<section class="panel" id="ema" aria-labelledby="ema-h"><h3 id="ema-h">EMA</h3><p>Ingen tal.</p></section>',
    );
  });

  it('keeps chart, table toggle and source; drops the tools; heading h1; links open on top; back to the panel', () => {
    const shell = profileShell(profile);
    expect(shell.lang).toBe('nn');
    expect(shell.styles).toBe('<style>.a{b:c}</style><style>.panel{d:e}</style>');
    expect(shell.tipsScript).toContain('figure[data-chart]');
    expect(shell.tipsScript).not.toContain('planning');
    const page = embedPage({
      panelHtml: extractPanels(profile).get('bosetting')!,
      panelId: 'bosetting',
      shell,
      profilePath: '/nn/kommune/5430-kautokeino/',
      back: (n) => `Alle tal for ${n} <her>`,
      siteName: 'Bosettingstall',
      resizeScript: 'post()',
    });
    expect(page).toContain('<html lang="nn">');
    expect(page).toContain('<title>Busetjing – Kautokeino – Guovdageaidnu – Bosettingstall</title>');
    expect(page).toContain('<base target="_top">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<h1 id="bosetting-h">Busetjing</h1>');
    expect(page).toContain('<svg role="img">');
    expect(page).toContain('<details><summary>Vis tabell</summary>');
    expect(page).toContain('<p class="source">Kjelde: <a href="https://www.imdi.no/x">IMDi</a>.</p>');
    expect(page).not.toContain('embed-code');
    expect(page).not.toContain('panel-tools');
    // The name keeps its Sami part's language; the words around it are escaped.
    expect(page).toContain(
      '<p class="back"><a href="/nn/kommune/5430-kautokeino/#bosetting">Alle tal for <span>Kautokeino</span> – <span lang="se">Guovdageaidnu</span> &lt;her&gt;</a></p>',
    );
    expect(page).toContain('<script>post()</script>');
    // Nothing from another host: no src or stylesheet link anywhere.
    expect(page).not.toMatch(/\ssrc="https?:|<link rel="stylesheet"/);
  });

  it('links the profile’s styles as one shared file instead of repeating them', () => {
    const shell = profileShell(profile);
    expect(stylesheetOf(shell)).toBe('.a{b:c}\n.panel{d:e}');
    const page = embedPage({
      panelHtml: extractPanels(profile).get('ema')!,
      panelId: 'ema',
      shell,
      profilePath: '/nn/kommune/5612-kautokeino/',
      back: (n) => n,
      siteName: 'Bosettingstall',
      resizeScript: '',
      stylesheet: '/_astro/figur.0123456789.css',
    });
    expect(page).toContain('<link rel="stylesheet" href="/_astro/figur.0123456789.css">');
    expect(page).not.toContain('.a{b:c}');
  });
});
