// Finds a Chromium for the browser tests. Debian's package is installed with apt-get when we
// can (root, apt-get present); otherwise we say plainly what to install. Never downloads a
// browser build of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { INSTALL_HINT, findChromium } from './chromium.mjs';

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
}
const path = findChromium();
if (!path) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`browser tests use ${path}`);
