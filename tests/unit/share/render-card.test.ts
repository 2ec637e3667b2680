import { describe, expect, it } from 'vitest';
import { renderCards } from '../../../src/lib/share/render-card.ts';

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="${fill}"/><text x="40" y="100" font-size="48">Utsira 1151</text></svg>`;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('renderCards: card PNGs drawn in worker threads', () => {
  it('draws each SVG as a 1200 px wide PNG, in the order asked, whatever the number of workers', async () => {
    const svgs = ['#fff', '#000', '#e69f00'].map(svg);
    for (const workers of [1, 2]) {
      const pngs = await Promise.all(renderCards(svgs, workers));
      expect(pngs.length).toBe(3);
      for (const png of pngs) {
        expect([...png.subarray(0, 8)]).toEqual(PNG);
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        const view = new DataView(png.buffer, png.byteOffset);
        expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
      }
      // Three different fills: three different images, each at its own index.
      expect(new Set(pngs.map((p) => Buffer.from(p).toString('base64'))).size).toBe(3);
      const again = await Promise.all(renderCards([svgs[1]], 1));
      expect(Buffer.compare(Buffer.from(again[0]), Buffer.from(pngs[1]))).toBe(0);
    }
  });

  it('a card resvg cannot read fails with its index, and the others are still drawn', async () => {
    const [bad, good] = renderCards(['not an svg', svg('#fff')], 1);
    await expect(bad).rejects.toThrow(/card 0/);
    expect([...(await good).subarray(0, 8)]).toEqual(PNG);
  });
});
