// `executeServerCommand('layout-shift', { url, width, height, plantCss })` loads `url` in a page of its
// own (in front, so it renders: a test page running in the background gets no frames, and a page that
// renders nothing records no shifts), holds the widget's script until the page has painted (as on a
// slow connection, where the page shows first and the widget arrives later), waits for the widget's
// first screen and a few more rendered frames, and answers the layout-shift entries (Layout
// Instability API) recorded since the page started. `plantCss` is added before the widget arrives
// (the test's control case takes the space reservation away). Chromium only: a launcher without
// pages, or an engine without layout-shift entries, answers { unsupported: true } and the test skips.
const RECORDER = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const s of list.getEntries())
      window.__shifts.push({ value: s.value, hadRecentInput: s.hadRecentInput, nodes: (s.sources || []).map((x) => (x.node && x.node.nodeName) || '?') });
  }).observe({ type: 'layout-shift', buffered: true });
  window.__frames = 0;
  (function tick() { window.__frames++; requestAnimationFrame(tick); })();
`;

export const layoutShiftPlugin = {
  name: 'layout-shift',
  async executeCommand({ command, payload, session }) {
    if (command !== 'layout-shift') return undefined;
    const current = session.browser.getPage?.(session.id);
    if (!current) return { unsupported: true };
    // Firefox has the launcher but not the API: an observer of an unknown entry type records nothing,
    // which would read as "no shift".
    if (!(await current.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift')))) return { unsupported: true };
    const page = await current.browser().newPage();
    try {
      // Firefox and WebKit have no Layout Instability API: nothing to measure there.
      if (!(await page.evaluate(() => PerformanceObserver.supportedEntryTypes?.includes('layout-shift')))) return { unsupported: true };
      await page.setViewport({ width: payload.width, height: payload.height });
      await page.evaluateOnNewDocument(RECORDER);
      let release;
      const painted = new Promise((resolve) => (release = resolve));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().endsWith('/cdn/mbc-decision-aid.js')) void painted.then(() => request.continue());
        else void request.continue();
      });
      const url = new URL(payload.url, current.url()).href;
      const loading = page.goto(url, { waitUntil: 'load', timeout: 60000 });
      await page.waitForFunction(() => window.__frames >= 3, { polling: 'raf', timeout: 30000 });
      if (payload.plantCss) await page.addStyleTag({ content: payload.plantCss });
      release();
      await loading;
      await page.waitForFunction(
        () => {
          const root = document.querySelector('mbc-decision-aid')?.shadowRoot?.querySelector('.root');
          return Boolean(root?.querySelector('h2.step-heading') && root.querySelector('.footer'));
        },
        { polling: 100, timeout: 30000 },
      );
      await page.evaluate(() => document.fonts.ready);
      // Shifts are reported after the frame that showed them: a few more frames.
      const seen = await page.evaluate(() => window.__frames);
      await page.waitForFunction((n) => window.__frames >= n + 5, { polling: 'raf', timeout: 30000 }, seen);
      return await page.evaluate(() => {
        const el = document.querySelector('mbc-decision-aid');
        return {
          shifts: window.__shifts,
          hostHeight: el.getBoundingClientRect().height,
          contentHeight: el.shadowRoot.querySelector('.root').getBoundingClientRect().height,
        };
      });
    } finally {
      await page.close();
    }
  },
};
