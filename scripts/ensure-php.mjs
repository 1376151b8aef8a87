// The WordPress example is PHP: test/build/examples.test.mjs renders its shortcode with the PHP
// command line. Like chromium (ensure-chromium.mjs), Debian's php-cli is installed when missing, so
// `npm test` stays one command on a fresh machine. Returns the php command to run.
import { execFileSync, execSync } from 'node:child_process';

export function ensurePhp() {
  const php = process.env.PHP_PATH || 'php';
  try {
    execFileSync(php, ['-v'], { stdio: 'ignore' });
    return php;
  } catch {
    // not installed: install it below
  }
  console.log('php not found; installing Debian\'s php-cli package (once)…');
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  const apt = `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300`;
  try {
    execSync(`${apt} install -y -qq --no-install-recommends php-cli || (${apt} update -qq && ${apt} install -y -qq --no-install-recommends php-cli)`, { stdio: 'inherit' });
  } catch {
    throw new Error('Could not install php-cli for the WordPress example. Install it yourself (apt-get install php-cli) or set PHP_PATH.');
  }
  return php;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePhp());
