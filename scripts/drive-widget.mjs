// Drives a page that embeds <mbc-decision-aid> the way its reader would, in Chromium (puppeteer-core
// and Debian's chromium, as the browser tests use): the first screen, Start, the comparison, then each
// language asked for. Used by test/build/release.test.mjs (the release zip on a plain static server)
// and test/build/examples.test.mjs (the example apps built from the packed tarball). Every failed
// request, HTTP error and console error on the page is collected and fails the run.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static file server, as a small host would have: files with their content type, `index.html`
 * for a folder, 404 for anything else. `mounts` maps URL prefixes to folders ('/' first to last);
 * `pages` maps exact paths to HTML text (a page rendered by a CMS).
 */
export async function serveStatic({ mounts, pages = {} }) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[path] !== undefined) return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(pages[path]);
    const prefix = Object.keys(mounts)
      .filter((p) => path.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    try {
      if (prefix === undefined) throw new Error('not mounted');
      const dir = normalize(mounts[prefix]);
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

/**
 * Collects what a reader would count as the page going wrong: console errors, uncaught errors, failed
 * requests and HTTP errors (`problems`), and every response's URL (`requests`). `ignore(url)` leaves
 * out what is the host page's business, not the widget's (a favicon).
 */
export function watchProblems(page, { ignore = () => false } = {}) {
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && !ignore(m.location()?.url ?? '') && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    requests.push(r.url());
    if (r.status() >= 400 && !ignore(r.url())) problems.push(`${r.status()}: ${r.url()}`);
  });
  return { problems, requests };
}

const PROFILE = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor'] };

/**
 * Opens `url`, waits for the widget's first screen, presses Start, gives the answers and opens the
 * comparison, then picks each of `languages` in the widget's own language menu and waits until the
 * comparison is shown in it. Resolves with what it saw; `problems` lists failed requests, HTTP errors
 * and console errors (an empty list is the pass condition, checked by the caller).
 */
export async function driveWidget(browser, url, { languages = ['es', 'ar'], timeout = 30000, before } = {}) {
  const page = await browser.newPage();
  const { problems, requests } = watchProblems(page);
  const seen = { problems, requests, steps: [], languages: {} };
  const shadow = (cond, what) =>
    page
      .waitForFunction(`(() => { const el = document.querySelector('mbc-decision-aid'); const r = el && el.shadowRoot; return Boolean(r && (${cond})); })()`, {
        timeout,
        polling: 50,
      })
      .catch((e) => {
        throw new Error(`${url}: timed out waiting for ${what}${problems.length ? ` (${problems.join('; ')})` : ''}: ${e.message}`);
      });
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    if (before) await before(page);
    await shadow(`r.querySelector('.root .next')`, 'the first screen');
    await page.evaluate(() => document.querySelector('mbc-decision-aid').shadowRoot.querySelector('.root .next').click());
    await shadow(`el.step === 'receptors' && r.querySelector('#heading-receptors')`, 'the first question after Start');
    seen.steps.push('receptors');
    await page.evaluate((profile) => {
      const el = document.querySelector('mbc-decision-aid');
      el.profile = profile;
      el.step = 'comparison';
    }, PROFILE);
    const comparison = `r.querySelectorAll('.glance-wide th[data-option]').length === 5`;
    await shadow(comparison, 'the comparison');
    seen.steps.push('comparison');
    for (const lang of languages) {
      await page.evaluate((lng) => {
        const select = document.querySelector('mbc-decision-aid').shadowRoot.querySelector('#language');
        select.value = lng;
        select.dispatchEvent(new Event('change'));
      }, lang);
      await shadow(`r.querySelector('.root')?.getAttribute('lang') === '${lang}' && ${comparison} && !r.querySelector('.language-status')?.textContent.trim()`, `the comparison in ${lang}`);
      seen.languages[lang] = await page.evaluate(() => {
        const r = document.querySelector('mbc-decision-aid').shadowRoot;
        const root = r.querySelector('.root');
        return { dir: root.getAttribute('dir'), heading: r.querySelector('h2')?.textContent.trim() ?? '' };
      });
    }
    seen.hostText = await page.evaluate(() => document.querySelector('#step-shown')?.textContent ?? '');
  } finally {
    await page.close();
  }
  return seen;
}
