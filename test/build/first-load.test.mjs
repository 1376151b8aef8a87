// What a page visit really fetches before anyone touches the widget, and whether the first screen
// shifts the page (demo/index.html, the script-tag build, as a nonprofit's page would have it, with
// the README's `:not(:defined)` reservation). The idle-time fetch of the question steps is held back
// (requestIdleCallback never runs here), so this is the first load alone:
//  - the browser fetches exactly the files `npm run size` counts as the script-tag entry (the entry
//    and its static imports), nothing lazy, at phone and desktop width;
//  - from the first paint to the intro, the page does not shift (layout-shift score 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { closure } from '../../scripts/size.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
    server.stdout.on('data', (chunk) => {
      const m = /localhost:(\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
  });
  return { server, port };
}

const entryFiles = () =>
  closure(fileURLToPath(new URL('../../dist/cdn/mbc-decision-aid.js', import.meta.url)))
    .map((f) => `/${relative(root, f)}`)
    .sort();

test('the first load is exactly the entry npm run size counts, and the intro paints without a layout shift', { timeout: 120000 }, async () => {
  const { server, port } = await startServer();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    for (const width of [360, 1280]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800 });
      const fetched = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.pathname.startsWith('/dist/')) fetched.push(url.pathname);
      });
      await page.evaluateOnNewDocument(() => {
        // Hold back the idle-time fetch of the question steps: what is left is the first load.
        window.requestIdleCallback = () => 0;
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`http://localhost:${port}/demo/index.html`);
      await page.waitForFunction(() => document.querySelector('mbc-decision-aid')?.shadowRoot?.querySelector('.root h2.step-heading'), { timeout: 30000 });
      // The intro's own sub-element has rendered too, and the layout has been measured.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.deepEqual([...new Set(fetched)].filter((p) => p.endsWith('.js')).sort(), entryFiles(), `files fetched at ${width} px`);
      assert.equal(await page.evaluate(() => window.__shift), 0, `layout-shift score at ${width} px`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
});
