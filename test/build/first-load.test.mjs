// What a page visit really fetches before anyone touches the widget (demo/index.html, the script-tag
// build, as a nonprofit's page would have it): with the idle-time fetch of the question steps held
// back (requestIdleCallback never runs here), the browser fetches exactly the files `npm run size`
// counts as the script-tag entry — the entry and its static imports, nothing lazy — at phone and
// desktop width, so the figure the size check enforces is what a visit pays. (That the first paint
// does not shift the page is test/browser/layout-shift.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, root, startServer } from './demo-server.mjs';
import { closure } from '../../scripts/size.mjs';

const entryFiles = () =>
  closure(fileURLToPath(new URL('../../dist/cdn/mbc-decision-aid.js', import.meta.url)))
    .map((f) => `/${relative(root, f)}`)
    .sort();

test('a first visit fetches exactly the entry npm run size counts', { timeout: 120000 }, async () => {
  const { server, port } = await startServer();
  const browser = await launchChromium();
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
      });
      await page.goto(`http://localhost:${port}/demo/index.html`);
      await page.waitForFunction(() => document.querySelector('mbc-decision-aid')?.shadowRoot?.querySelector('.root h2.step-heading'), { timeout: 30000 });
      // Anything the first render asks for has been requested by the next frame.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.deepEqual([...new Set(fetched)].filter((p) => p.endsWith('.js')).sort(), entryFiles(), `files fetched at ${width} px`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
});
