import { describe, expect, it } from 'vitest';
import {
  compareEmbedPath,
  iframeCode,
  panelEmbedPath,
  panelFrameHeight,
  resizeScriptCode,
} from '../../../src/lib/embed/code.ts';

describe('embed addresses and code', () => {
  it('puts a panel’s embed under its profile, in the profile’s language', () => {
    expect(panelEmbedPath('/kommune/0301-oslo/', 'bosetting')).toBe('/kommune/0301-oslo/figur/bosetting/');
    expect(panelEmbedPath('/nn/kommune/0301-oslo/', 'ema-alder')).toBe('/nn/kommune/0301-oslo/figur/ema-alder/');
    expect(() => panelEmbedPath('/kommune/0301-oslo/', '../x')).toThrow();
    expect(compareEmbedPath('/en/sammenlign/', '?k=0301,4601')).toBe('/en/sammenlign/figur/?k=0301,4601');
  });

  it('writes an iframe with the address, an escaped title and a height', () => {
    const code = iframeCode(
      'https://bosettingstall.no/kommune/0301-oslo/figur/bosetting/?a=1&b=2',
      'Bosatte «i» "Oslo" <b>',
      612.3,
    );
    expect(code).toBe(
      '<iframe src="https://bosettingstall.no/kommune/0301-oslo/figur/bosetting/?a=1&amp;b=2" title="Bosatte «i» &quot;Oslo&quot; &lt;b&gt;" width="100%" height="612" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(resizeScriptCode('https://bosettingstall.no/')).toBe(
      '<script src="https://bosettingstall.no/bygg-inn.js" async></script>',
    );
  });

  it('makes the frame as tall as the wide chart plus the text around it', () => {
    const chart = {
      wide: '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="800" height="300" viewBox="0 0 800 300">',
    };
    expect(panelFrameHeight({ chart })).toBe(600);
    expect(panelFrameHeight({ chart: { ...chart, legend: [{}] }, notices: ['a'] })).toBe(680);
    // No chart: the table shows open.
    expect(panelFrameHeight({ table: { rows: Array(20).fill([]) } })).toBe(620);
  });
});
