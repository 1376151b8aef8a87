// `npm test` runs the browser suite in three engines, all from Debian packages (the browsers' own
// downloads cannot work here: no internet beyond the package registries):
//   chromium            → @web/test-runner-chrome (puppeteer-core, CDP)
//   firefox-esr         → the same launcher, puppeteer-core over WebDriver BiDi (no extra driver)
//   webkit2gtk-driver   → WebKitWebDriver + MiniBrowser (WebKitGTK), under a virtual display (xvfb)
// Whatever is missing is installed with apt-get when we are root (a fresh CI machine or container),
// so the README's one test command works there. npm test never runs sudo: as another user it says
// exactly what to install, or how to run fewer engines (ENGINES=chromium,firefox), and stops.
// CHROME_PATH / FIREFOX_PATH point at browsers installed elsewhere.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const libdirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu'];
export const MINIBROWSER =
  libdirs.map((d) => `${d}/webkit2gtk-4.1/MiniBrowser`).find((p) => existsSync(p)) ?? `${libdirs[0]}/webkit2gtk-4.1/MiniBrowser`;

/** Per engine: the files it needs and the Debian packages that bring them. */
export const BROWSERS = {
  chromium: { files: [process.env.CHROME_PATH || '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { files: [process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: { files: ['/usr/bin/WebKitWebDriver', MINIBROWSER, '/usr/bin/xvfb-run', '/usr/bin/xauth'], packages: ['webkit2gtk-driver', 'xvfb', 'xauth'] },
};

export const engines = () =>
  (process.env.ENGINES || 'chromium,firefox,webkit')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);

function main() {
  const wanted = engines();
  const unknown = wanted.filter((e) => !BROWSERS[e]);
  if (unknown.length) {
    console.error(`ENGINES: unknown engine(s) ${unknown.join(', ')} (known: ${Object.keys(BROWSERS).join(', ')})`);
    process.exit(1);
  }
  const missing = wanted.filter((e) => BROWSERS[e].files.some((f) => !existsSync(f)));
  if (!missing.length) return;
  const packages = [...new Set(missing.flatMap((e) => BROWSERS[e].packages))];
  const others = Object.keys(BROWSERS).filter((e) => wanted.includes(e) && !missing.includes(e));
  const fewer = others.length ? ` To test in fewer engines for now: ENGINES=${others.join(',')} npm test` : '';
  if (process.getuid && process.getuid() !== 0) {
    console.error(
      `Browser tests need ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed, and npm test installs browsers only as root (it never runs sudo).\n` +
        `Install as root: apt-get install -y ${packages.join(' ')}\n` +
        (fewer ? `${fewer.trim()}\n` : ''),
    );
    process.exit(1);
  }
  console.log(`Browsers missing (${missing.join(', ')}): installing Debian packages ${packages.join(' ')}…`);
  try {
    // chromium as it was always installed here (with its recommended packages); the other two
    // without, as they were first seen working (the recommends are video codecs, ~100 MB).
    const install = (list, flags) =>
      list.length &&
      execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 ${flags} ${list.join(' ')}`, { stdio: 'inherit' });
    execSync('apt-get update -qq', { stdio: 'inherit' });
    install(packages.filter((p) => p === 'chromium'), '');
    install(packages.filter((p) => p !== 'chromium'), '--no-install-recommends');
  } catch {
    console.error(`Could not install ${packages.join(' ')}. Install them yourself (apt-get install -y ${packages.join(' ')}).${fewer}`);
    process.exit(1);
  }
  const still = missing.filter((e) => BROWSERS[e].files.some((f) => !existsSync(f)));
  if (still.length) {
    console.error(`Installed ${packages.join(' ')}, but ${still.join(', ')} still lacks ${still.flatMap((e) => BROWSERS[e].files.filter((f) => !existsSync(f))).join(', ')}.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
