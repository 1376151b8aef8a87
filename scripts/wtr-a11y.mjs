// `executeServerCommand('a11y-exposed', { host, selector, role, name })`: is the element
// `document.querySelector(host).shadowRoot.querySelector(selector)` in the browser's accessibility
// tree with this role and accessible name? Answers { role, name } as the engine computed them (or
// null), read the way each engine's automation offers it:
// - Chromium: the accessibility tree over the Chrome DevTools Protocol (puppeteer's snapshot);
// - Firefox: WebDriver BiDi's accessibility locator (browsingContext.locateNodes by role and name),
//   then whether the element found is this one;
// - WebKit: WebDriver's Get Computed Role and Get Computed Label.
// The same role under the names engines give it (ARIA 'img'; Chromium and WebKit say 'image').
const ROLES = { img: ['img', 'image'], image: ['img', 'image'] };

export const a11yExposedPlugin = {
  name: 'a11y-exposed',
  async executeCommand({ command, payload, session }) {
    if (command !== 'a11y-exposed') return undefined;
    const { host, selector, role, name } = payload;
    const find = (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s) ?? null;
    if (session.browser.type === 'puppeteer') {
      const page = session.browser.getPage(session.id);
      const handle = await page.evaluateHandle(find, host, selector);
      if (!(await handle.evaluate((e) => e !== null))) return { role: null, name: null };
      if (page.browser().protocol !== 'webDriverBiDi') {
        const node = await page.accessibility.snapshot({ root: handle });
        return { role: node?.role ?? null, name: node?.name ?? null };
      }
      // BiDi's accessibility locator does not look into shadow roots from the document: start at the
      // host's shadow root, and compare the nodes it finds with the element by their shared ids.
      const shadow = await page.evaluateHandle((h) => document.querySelector(h).shadowRoot, host);
      const want = handle.remoteValue().sharedId;
      for (const r of ROLES[role] ?? [role]) {
        const nodes = await page.mainFrame().locateNodes(shadow, { type: 'accessibility', value: { role: r, name } });
        if (nodes.some((n) => n.sharedId === want)) return { role: r, name };
      }
      return { role: null, name: null };
    }
    if (session.browser.type === 'webdriver') {
      const driver = session.browser.driver;
      const el = await driver.execute(find, host, selector);
      const id = el && (el['element-6066-11e4-a52e-4f735466cecf'] ?? el.ELEMENT);
      if (!id) return { role: null, name: null };
      return { role: await driver.getElementComputedRole(id), name: await driver.getElementComputedLabel(id) };
    }
    throw new Error(`a11y-exposed: no accessibility access for ${session.browser.type}`);
  },
};
