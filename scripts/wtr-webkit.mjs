// WebKit for Web Test Runner: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver, under a
// virtual X display (xvfb-run), through @web/test-runner-webdriver (webdriverio). It is the WebKit
// engine, not Safari; older iOS versions are covered by the shipped-syntax check instead.
// The driver is started on a free local port when the launcher initializes and stopped with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { MINIBROWSER } from './ensure-browsers.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const listening = (port) =>
  new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });

const TOOLBAR_CSS = `
headerbar, toolbar, entry, button, box { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }
image { min-width: 0; min-height: 0; }
`;

class WebKitGtkLauncher extends WebdriverLauncher {
  #driver;
  #config;

  // One page at a time, in the top-level window: WTR's iframe mode (its default above 1) cannot set
  // a viewport, and focus moves differently inside iframes.
  concurrency = 1;

  constructor() {
    super({ capabilities: {} });
  }

  /** The layout viewport (window.innerWidth/innerHeight) at exactly this size, like puppeteer's setViewport. */
  async setViewport({ width, height }) {
    const driver = this.driver;
    for (let i = 0; i < 3; i++) {
      const [iw, ih, ow, oh] = await driver.execute(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
      if (iw === width && ih === height) return;
      // WebDriver refuses a window size that is not a whole, positive number ("Invalid width value",
      // seen once in a full run after other tests had resized the window): round the frame's size and
      // never let it count as negative.
      const frame = (outer, inner) => Math.max(0, Math.round(outer - inner));
      await driver.setWindowRect(0, 0, Math.max(1, Math.round(width + frame(ow, iw))), Math.max(1, Math.round(height + frame(oh, ih))));
    }
    const [iw, ih] = await driver.execute(() => [innerWidth, innerHeight]);
    if (iw !== width || ih !== height) throw new Error(`WebKit viewport is ${iw}×${ih}, wanted ${width}×${height}`);
  }

  async initialize(config, testFiles) {
    const port = await freePort();
    // -a: pick a free display number; the driver starts a MiniBrowser per session on that display.
    // MiniBrowser's toolbar (GTK widgets, not web content) sets its window's minimum width, 447 px
    // with the default theme: too wide for phone viewports. A GTK style sheet of our own, in a config
    // folder of our own, shrinks the toolbar's widgets so WebDriver can size the window down to 290 px
    // (test/browser/engines.ts skips the 280 px checks in WebKit).
    const gtkConfig = (this.#config = mkdtempSync(join(tmpdir(), 'wtr-webkit-')));
    mkdirSync(join(gtkConfig, 'gtk-3.0'));
    writeFileSync(join(gtkConfig, 'gtk-3.0', 'gtk.css'), TOOLBAR_CSS);
    this.#driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
      env: { ...process.env, XDG_CONFIG_HOME: gtkConfig },
      stdio: 'ignore',
      detached: true,
    });
    // if the runner is stopped abruptly, take the driver and its display down with it
    const group = this.#driver.pid;
    process.once('exit', () => {
      try {
        process.kill(-group, 'SIGTERM');
      } catch {
        /* already gone */
      }
    });
    for (let i = 0; i < 200 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 50));
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryTimeout: 120000,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for WebDriver BiDi by default; WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    };
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    // The whole process group: xvfb-run, Xvfb, the driver and any browser it left.
    if (this.#driver?.pid) {
      try {
        process.kill(-this.#driver.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    if (this.#config) rmSync(this.#config, { recursive: true, force: true });
  }
}

export const webkitLauncher = () => new WebKitGtkLauncher();

/**
 * WTR's built-in `setViewport` command supports puppeteer and playwright only and throws for WebDriver
 * launchers; since built-in command plugins run first, wrap it once the server starts.
 */
export const webdriverViewportPlugin = {
  name: 'webdriver-viewport',
  serverStart({ config }) {
    const builtIn = config.plugins?.find((p) => p.name === 'set-viewport-command');
    if (!builtIn) return;
    const original = builtIn.executeCommand.bind(builtIn);
    builtIn.executeCommand = async (args) => {
      const { command, payload, session } = args;
      if (command === 'set-viewport' && session.browser instanceof WebKitGtkLauncher) {
        await session.browser.setViewport(payload);
        return true;
      }
      return original(args);
    };
  },
};
