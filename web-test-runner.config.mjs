import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webkitLauncher, webdriverViewportPlugin } from './scripts/wtr-webkit.mjs';
import { engineTimesReporter } from './scripts/wtr-engine-times.mjs';
import { a11yExposedPlugin } from './scripts/wtr-a11y.mjs';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { localeMiddleware } from './scripts/locale-middleware.mjs';
import { ctgovMock } from './scripts/ctgov-mock.mjs';
import { faultMiddleware } from './scripts/fault-middleware.mjs';
import { layoutShiftPlugin } from './scripts/wtr-layout-shift.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inflateSync } from 'node:zlib';

// Page objects in a PDF, also those packed into compressed object streams (Firefox writes PDF 1.7
// with /ObjStm; Chromium writes them plainly).
function countPdfPages(pdf) {
  let text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      text += inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      /* not a deflated stream */
    }
  }
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

// Only the puppeteer launchers (Chromium, Firefox) can print to PDF: WebKitWebDriver has no print
// command. Tests skip their PDF checks in WebKit (test/browser/engines.ts, LIMITS.webkitPdf).
const puppeteerPage = (session) => {
  if (session.browser.type !== 'puppeteer') throw new Error(`printing to PDF needs a puppeteer launcher, not ${session.browser.type}`);
  return session.browser.getPage(session.id);
};

// `executeServerCommand('pdf-pages', { format, save })` prints the test page to PDF with chromium
// itself (as "Save as PDF" would) and answers how many pages it has.
const pdfPlugin = {
  name: 'pdf-pages',
  async executeCommand({ command, payload, session }) {
    if (command !== 'pdf-pages') return undefined;
    const page = puppeteerPage(session);
    const pdf = Buffer.from(await page.pdf({ format: payload?.format ?? 'A4', preferCSSPageSize: false }));
    if (payload?.save) {
      mkdirSync(dirname(payload.save), { recursive: true });
      writeFileSync(payload.save, pdf);
    }
    return { pages: countPdfPages(pdf), bytes: pdf.length };
  },
};

// `executeServerCommand('pdf-html', { css, html, lang, dir, format, save })` lays out a print document
// (the Print button's copy of the widget) in a page of its own, in print media, and answers how many
// pages it takes with and without the sources and "About" that follow the summary, and the smallest
// font size of the summary's own text.
const pdfHtmlPlugin = {
  name: 'pdf-html',
  async executeCommand({ command, payload, session }) {
    if (command !== 'pdf-html') return undefined;
    const page = await puppeteerPage(session).browser().newPage();
    try {
      await page.setContent(`<!doctype html><html lang="${payload.lang}" dir="${payload.dir}"><head><meta charset="utf-8"></head><body style="margin:0"></body></html>`);
      await page.evaluate(({ css, html }) => {
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [sheet];
        root.innerHTML = html;
        const page = new CSSStyleSheet();
        page.replaceSync('@page { margin: 16mm 15mm; }');
        document.adoptedStyleSheets = [page];
      }, payload);
      // The PDF itself is always laid out in print media. For measuring the computed styles, Chromium
      // emulates print media (CDP); Firefox over BiDi has no media emulation, so there the sheet's own
      // print rules are switched on and its screen-only rules off while measuring (printRules below).
      let emulated = true;
      try {
        await page.emulateMediaType('print');
      } catch {
        emulated = false;
      }
      await page.evaluate(() => document.fonts.ready);
      const count = (pdf) => countPdfPages(Buffer.from(pdf));
      const pdf = await page.pdf({ format: payload.format, preferCSSPageSize: false });
      if (payload.save) {
        // one file per engine (they print at the same time): print-en-A4.pdf, print-en-A4.firefox.pdf
        const name = session.browser.name === 'Chrome' ? '' : `.${session.browser.name.toLowerCase()}`;
        const save = payload.save.replace(/\.pdf$/, `${name}.pdf`);
        mkdirSync(dirname(save), { recursive: true });
        writeFileSync(save, Buffer.from(pdf));
      }
      const printRules = (on) =>
        page.evaluate((on) => {
          if (!on) {
            for (const [rule, media] of globalThis.screenRules) rule.media.mediaText = media;
            return;
          }
          globalThis.screenRules = [];
          for (const rule of document.querySelector('body > div').shadowRoot.adoptedStyleSheets[0].cssRules) {
            if (!(rule instanceof CSSMediaRule)) continue;
            const media = rule.media.mediaText;
            const as = /\bprint\b/.test(media) ? 'all' : /^\s*screen\s*$/.test(media) ? 'not all' : null;
            if (!as) continue;
            globalThis.screenRules.push([rule, media]);
            rule.media.mediaText = as;
          }
        }, on);
      if (!emulated) await printRules(true);
      const measure = await page.evaluate(() => {
        const root = document.querySelector('body > div').shadowRoot;
        let min = Infinity;
        let minText = '';
        for (const el of root.querySelectorAll('*')) {
          if (el.closest('.sources, .paper-about, .paper-trust, .fine, .print-only .fine')) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
          if (!own || !el.getClientRects().length) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < min) [min, minText] = [size, el.textContent.trim().slice(0, 40)];
        }
        const sources = root.querySelector('.sources');
        const size = (sel) => parseFloat(getComputedStyle(root.querySelector(sel)).fontSize);
        return { minPx: min, minText, h2Px: size('h2'), h3Px: size('h3'), sourcesPx: sources ? parseFloat(getComputedStyle(sources.querySelector('li') ?? sources).fontSize) : 0 };
      });
      if (!emulated) await printRules(false);
      await page.evaluate(() => {
        const root = document.querySelector('body > div').shadowRoot;
        for (const el of root.querySelectorAll('.sources, .paper-about')) el.remove();
      });
      const summaryOnly = await page.pdf({ format: payload.format, preferCSSPageSize: false });
      return { pages: count(pdf), summaryPages: count(summaryOnly), ...measure };
    } finally {
      await page.close();
    }
  },
};

// `executeServerCommand('offline', { on, forMs })`: network offline emulation for the whole test page
// (Chromium only). With `forMs`, the server itself turns it off again after that long: while the page is
// offline, a command to turn it off may never arrive, and a page left offline fails every later test.
const offlinePlugin = {
  name: 'offline',
  async executeCommand({ command, payload, session }) {
    if (command !== 'offline') return undefined;
    const page = session.browser.getPage(session.id);
    await page.setOfflineMode(Boolean(payload?.on));
    if (payload?.on && payload.forMs) setTimeout(() => page.setOfflineMode(false).catch(() => {}), payload.forMs);
    return true;
  },
};

// Three engines, all Debian packages (scripts/ensure-browsers.mjs installs them):
// - Chromium through puppeteer-core (CDP);
// - Firefox ESR through puppeteer-core over WebDriver BiDi: @web/test-runner-chrome's launcher with
//   puppeteer-core passed in, which is what @web/test-runner-puppeteer does, without that package's
//   dependency on full `puppeteer` (its install-time Chrome download cannot work here);
// - WebKitGTK's MiniBrowser through WebKitWebDriver under xvfb (scripts/wtr-webkit.mjs).
// `ENGINES=chromium,firefox` narrows a run (`ENGINES=firefox npx wtr --files …` while developing).
const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  });
const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'intl.accept_languages': 'en-US, en' },
    },
    // One page at a time: Firefox gives keyboard focus to one tab (or window) only, so with two pages
    // open, Tab and Enter sent to the other one are lost (keyboard tests then time out).
    concurrency: 1,
  });
const LAUNCHERS = { chromium, firefox, webkit: webkitLauncher };
// The fault suite alone (FAULTS=1, npm run test:faults) runs in Chromium unless ENGINES names others;
// WebKitWebDriver has no offline emulation (its `offline` cases are skipped there, saying so).
const engines = (process.env.ENGINES || (process.env.FAULTS ? 'chromium' : 'chromium,firefox,webkit')).split(',').map((e) => e.trim()).filter(Boolean);
for (const e of engines) if (!LAUNCHERS[e]) throw new Error(`ENGINES: unknown engine "${e}" (chromium, firefox, webkit)`);

// The fault suite is part of `npm test` in Chromium and Firefox (alone at load 10: 31 s and 46 s; its
// long waits run on a fast clock and the server ends offline mode itself). WebKit passes it alone (24 s)
// but, run before trial-finder.test.ts in the same session, leaves WebKitWebDriver refusing the next
// window size ("Invalid width value" at 360 px; twice in two full runs), so it stays out there for now.
const FAULT_ENGINES = ['chromium', 'firefox'];
const FILES = process.env.FAULTS ? ['test/browser/faults.test.ts'] : ['test/browser/**/*.test.ts'];
// The split that keeps `npm test` within its time budget on 2 cores: every test file runs in every
// engine, except the axe matrix (one axe run per step × mode × width × language, about 40 % of each
// engine's time), which runs in Chromium only; axe still runs in Firefox and WebKit from the files
// that check single screens (clinician, tests step, trial finder, trust). `npm run test:engines`
// (ENGINES_FULL=1) runs the matrix in all three; `--files` runs the named files in every engine.
const AXE_MATRIX = 'test/browser/a11y.test.ts';
const others = engines.filter((e) => e !== 'chromium');
const split = engines.includes('chromium') && others.length > 0 && !process.env.FAULTS && process.env.ENGINES_FULL !== '1' && !process.argv.includes('--files');

export default {
  files: FILES,
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 600000,
  // Generous: axe over a fully opened comparison takes 20–60 s when the 2-core runner is shared.
  testFramework: { config: { timeout: 120000 } },
  // Serve /locales/index.js and /locales/<lng>/<part>.js: the modules the build generates from locales/<lng>/*.json.
  middleware: [
    // The built dist/ under per-case URLs with injected network faults (test/browser/faults.test.ts).
    faultMiddleware(fileURLToPath(new URL('.', import.meta.url))),
    localeMiddleware(fileURLToPath(new URL('.', import.meta.url))),
    // A same-origin URL that redirects to another origin (localhost ⇄ 127.0.0.1), which answers with
    // CORS allowed and its own text, as a third party would: content-src must refuse it.
    async (ctx, next) => {
      if (ctx.path === '/test/browser/third-party/extra.json') {
        ctx.set('Access-Control-Allow-Origin', '*');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ questions: ['from a third party'], links: [] });
        return undefined;
      }
      if (ctx.path !== '/test/browser/redirect-off-origin/extra.json') return next();
      const [host, port] = ctx.host.split(':');
      const other = host === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      ctx.redirect(`http://${other}:${port}/test/browser/third-party/extra.json`);
      return undefined;
    },
    // A host page with a URL of its own, from its HTML in the query (test/browser/hostile-hosts.test.ts):
    // a real page, not an iframe srcdoc, whose meta CSP 'self' Firefox does not resolve to the page's
    // origin (bugzilla.mozilla.org bug 1567970, w3c/webappsec-csp#405).
    async (ctx, next) => {
      if (ctx.path !== '/test/browser/host-page.html') return next();
      ctx.type = 'html';
      ctx.body = String(ctx.query.html ?? '');
      return undefined;
    },
    // A local stand-in for the ClinicalTrials.gov API (scenarios: ok, empty, busy, down, malformed, slow).
    ctgovMock(),
    // JSON fixtures as a host page would serve them (the esbuild plugin would turn .json into modules).
    async (ctx, next) => {
      if (!ctx.path.startsWith('/test/browser/fixtures/')) return next();
      try {
        ctx.body = readFileSync(fileURLToPath(new URL(`.${ctx.path}`, import.meta.url)), 'utf8');
        ctx.type = 'application/json';
      } catch {
        ctx.status = 404;
      }
      return undefined;
    },
  ],
  plugins: [
    webdriverViewportPlugin,
    a11yExposedPlugin,
    pdfPlugin,
    pdfHtmlPlugin,
    layoutShiftPlugin,
    offlinePlugin,
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      // Legacy decorators + useDefineForClassFields:false, or reactive properties stop updating.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // src/version.ts reads the version from package.json, as the build does.
      define: { __MBC_VERSION__: JSON.stringify(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version) },
    }),
  ],
  browsers: split ? [chromium()] : engines.map((e) => LAUNCHERS[e]()),
  groups: split
    ? others.map((e) => ({ name: e, files: [...FILES, ...(FAULT_ENGINES.includes(e) ? [] : ['!test/browser/faults.test.ts']), `!${AXE_MATRIX}`], browsers: [LAUNCHERS[e]()] }))
    : [],
  reporters: [defaultReporter(), engineTimesReporter()],
  concurrentBrowsers: 3,
  filterBrowserLogs: ({ args }) =>
    !args.some((a) => typeof a === 'string' && (a.includes('Lit is in dev mode') || a.includes('lit.dev/msg/dev-mode'))),
};
