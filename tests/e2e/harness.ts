import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { serve } from '../../scripts/serve.ts';

/** The built site (dist/) on 127.0.0.1 and a headless Debian chromium. */
export async function startSite(): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
  const server: Server = await serve('dist', 0);
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

