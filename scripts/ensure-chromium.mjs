// Finds a Chromium for the browser tests. Debian's package is installed with apt-get when we
// can (root, apt-get present); otherwise we say plainly what to install. Never downloads a
// browser build of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = () => candidates.find((p) => p && existsSync(p));

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
}
const path = found();
if (!path) {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      "Install Debian's package (sudo apt-get install chromium), or your system's Chromium, or\n" +
      'point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
  );
  process.exit(1);
}
console.log(`browser tests use ${path}`);
