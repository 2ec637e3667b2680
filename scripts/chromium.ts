import { accessSync, constants, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where a system chromium is looked for, in order (Debian, then other distributions). */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The browser to drive: `CHROMIUM=` wins, then a system chromium, else the
 * chromium shipped inside the @sparticuz/chromium npm package (unpacked once
 * into the temp directory), so `npm ci && npm test` needs no browser install.
 */
export async function chromiumPath(): Promise<{ path: string; bundled: boolean }> {
  if (process.env.CHROMIUM) return { path: process.env.CHROMIUM, bundled: false };
  const system = SYSTEM_CHROMIUM.find(executable);
  if (system) return { path: system, bundled: false };
  // The package's own fonts (unpacked beside the binary) when the machine has no fontconfig setup of its own.
  if (!process.env.FONTCONFIG_PATH && !existsSync('/etc/fonts/fonts.conf'))
    process.env.FONTCONFIG_PATH = join(tmpdir(), 'fonts');
  const { default: bundled } = await import('@sparticuz/chromium');
  return { path: await bundled.executablePath(), bundled: true };
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Headless chromium with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  const { path, bundled } = await chromiumPath();
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // The packaged build is chrome-headless-shell: it runs without a zygote.
  if (bundled) args.push('--no-zygote', '--headless=shell');
  return chromium.launch({ executablePath: path, args });
}
