// Debian's Chromium, found and started the way this closed network needs: no background
// connections, no sandbox (CI runs as root), a fresh profile.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {string | undefined} the first Chromium found: CHROMIUM_PATH, then Debian's. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p !== undefined && p !== '' && existsSync(p));
}

export const INSTALL_HINT =
  'The browser tests need Chromium and none was found.\n' +
  "Install Debian's package (sudo apt-get install chromium), or your system's Chromium, or\n" +
  'point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.';
