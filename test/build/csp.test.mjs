// The script-tag build on a host page with a strict Content-Security-Policy and Trusted Types
// (demo/csp.html, served by scripts/serve.mjs with the header): loaded through the classic loader,
// it reaches the comparison and switches to Spanish and Arabic with no CSP or Trusted Types
// violation, no failed request and no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, root, startServer } from './demo-server.mjs';
import { watchProblems } from '../../scripts/drive-widget.mjs';

/** A page that records CSP and Trusted Types violations (window.__violations) and every problem. */
async function openWatchedPage(browser) {
  const page = await browser.newPage();
  // The browser's own favicon request is the demo page's business, not the widget's.
  const { problems } = watchProblems(page, { ignore: (url) => url.endsWith('/favicon.ico') });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems };
}

test('strict CSP + Trusted Types host: comparison, Spanish and Arabic, zero violations', { timeout: 120000 }, async () => {
  const { server, port } = await startServer();
  const browser = await launchChromium();
  try {
    const { page, problems } = await openWatchedPage(browser);
    const response = await page.goto(`http://localhost:${port}/demo/csp.html`);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    // The page's widget starts in Spanish (lang="es").
    await page.waitForFunction(() => document.querySelector('mbc-decision-aid')?.shadowRoot?.querySelector('.root[lang="es"]'), { timeout: 30000 });
    await page.evaluate(async () => {
      const el = document.querySelector('mbc-decision-aid');
      el.profile = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };
      el.step = 'comparison';
      await el.ready;
    });
    await page.waitForFunction(() => document.querySelector('mbc-decision-aid').shadowRoot.querySelectorAll('.glance-wide th[data-option]').length === 5, { timeout: 30000 });
    const lang = await page.evaluate(() => {
      const el = document.querySelector('mbc-decision-aid');
      const select = el.shadowRoot.querySelector('#language');
      select.value = 'ar';
      select.dispatchEvent(new Event('change'));
      return el.shadowRoot.querySelector('.root').getAttribute('lang');
    });
    assert.equal(lang, 'es');
    await page.waitForFunction(
      () => {
        const r = document.querySelector('mbc-decision-aid').shadowRoot;
        return r.querySelector('.root[lang="ar"][dir="rtl"]') && r.querySelectorAll('.glance-wide th[data-option]').length === 5;
      },
      { timeout: 30000 },
    );
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.kill();
  }
});

// The parts that load only on request also load under the strict CSP: reading a share link
// (answers-io) and "About this guide" (with the comparison's part).
test('strict CSP + Trusted Types host: a share link opens the summary, and "About this guide" opens, zero violations', { timeout: 120000 }, async () => {
  const { server, port } = await startServer();
  const browser = await launchChromium();
  try {
    const { page, problems } = await openWatchedPage(browser);
    // A share link made by this version (HR-positive, HER2-low, postmenopausal, one line, AI + CDK4/6).
    await page.goto(`http://localhost:${port}/demo/csp.html#mbc=1.0.1.1.222222222.0.2.0.3.1.x.________`);
    await page.waitForFunction(() => document.querySelector('mbc-decision-aid')?.shadowRoot?.querySelector('.root[lang="es"] .summary .option-list'), { timeout: 30000 });
    assert.equal(await page.evaluate(() => document.querySelector('mbc-decision-aid').profile.her2), 'low');
    assert.equal(await page.evaluate(() => location.hash), '', 'the answers are taken out of the address bar');
    await page.evaluate(() => document.querySelector('mbc-decision-aid').shadowRoot.querySelector('.about-link').click());
    await page.waitForFunction(() => document.querySelector('mbc-decision-aid').shadowRoot.querySelector('#heading-about ~ .about-body'), { timeout: 30000 });
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.kill();
  }
});
