// `npm test` runs browser tests in Debian's chromium. Install it when it is missing so that the
// README's one test command works on a fresh machine (Puppeteer's own download cannot work here).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
// Never sudo: a test command must not ask for a password or raise privileges behind the person's back.
if (process.getuid && process.getuid() !== 0) {
  console.error(
    `chromium not found at ${path}. Install Debian's chromium as root (apt-get install chromium), ` +
      'or set CHROME_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
console.log(`chromium not found at ${path}; installing Debian's chromium package…`);
try {
  execSync('apt-get update -qq && env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
} catch {
  console.error('Could not install chromium. Install it yourself (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
