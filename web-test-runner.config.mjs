import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { localeMiddleware } from './scripts/locale-middleware.mjs';
import { ctgovMock } from './scripts/ctgov-mock.mjs';
import { faultMiddleware } from './scripts/fault-middleware.mjs';
import { layoutShiftPlugin } from './scripts/wtr-layout-shift.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// `executeServerCommand('pdf-pages', { format, save })` prints the test page to PDF with chromium
// itself (as "Save as PDF" would) and answers how many pages it has.
const pdfPlugin = {
  name: 'pdf-pages',
  async executeCommand({ command, payload, session }) {
    if (command !== 'pdf-pages') return undefined;
    const page = session.browser.getPage(session.id);
    const pdf = Buffer.from(await page.pdf({ format: payload?.format ?? 'A4', preferCSSPageSize: false }));
    if (payload?.save) {
      mkdirSync(dirname(payload.save), { recursive: true });
      writeFileSync(payload.save, pdf);
    }
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    return { pages, bytes: pdf.length };
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
    const page = await session.browser.getPage(session.id).browser().newPage();
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
      await page.emulateMediaType('print');
      await page.evaluate(() => document.fonts.ready);
      const count = (pdf) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      const pdf = await page.pdf({ format: payload.format, preferCSSPageSize: false });
      if (payload.save) {
        mkdirSync(dirname(payload.save), { recursive: true });
        writeFileSync(payload.save, Buffer.from(pdf));
      }
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

// `executeServerCommand('offline', { on })`: network offline emulation for the whole test page.
const offlinePlugin = {
  name: 'offline',
  async executeCommand({ command, payload, session }) {
    if (command !== 'offline') return undefined;
    const page = session.browser.getPage(session.id);
    await page.setOfflineMode(Boolean(payload?.on));
    return true;
  },
};

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  // The fault-injection suite runs on its own (`npm run test:faults`): its offline emulation outlived a
  // timed-out case and took every later test file in the same page offline (seen in a full run), and
  // its 24 s delay cases alone take minutes. FAULTS=1 runs it alone.
  files: process.env.FAULTS ? ['test/browser/faults.test.ts'] : ['test/browser/**/*.test.ts', '!test/browser/faults.test.ts'],
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
    pdfPlugin,
    pdfHtmlPlugin,
    layoutShiftPlugin,
    offlinePlugin,
    a11ySnapshotPlugin(),
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
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
    }),
  ],
  filterBrowserLogs: ({ args }) =>
    !args.some((a) => typeof a === 'string' && (a.includes('Lit is in dev mode') || a.includes('lit.dev/msg/dev-mode'))),
};
