// Which engine a browser test runs in, and the few places a test cannot run in one of them. Every
// skip names the engine or driver limit it works around, so it can be removed when that is fixed.
import { emulateMedia } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';

/** Known limits, each with what it is; the message is logged when a test is skipped for it. */
export const LIMITS = {
  /** The narrowest viewport WebDriver can give WebKitGTK's MiniBrowser (see narrowWebKit). */
  webkitMinViewport: 290,
  narrowWebKit:
    "WebKitGTK 2.50's MiniBrowser window cannot be made narrower than its GTK toolbar: 447 px with the default theme, 290 px with the shrunken toolbar scripts/wtr-webkit.mjs gives it, so WebDriver's Set Window Rect cannot give a 280 px viewport",
  layoutShift:
    'the Layout Instability API (PerformanceObserver "layout-shift" entries) exists only in Chromium: Firefox 153 and WebKitGTK 2.50 list no such entry type, so there is nothing to measure',
  webkitPdf: 'WebKitWebDriver (WebKitGTK 2.50) has no print-to-PDF command, so the printout cannot be laid out and counted in WebKit',
} as const;

/** Skips the current test (or, from a `before` hook, its whole block) in `engines`, saying why. */
export function skipIn(ctx: Mocha.Context, engines: readonly Engine[], why: string): void {
  if (!engines.includes(engine)) return;
  console.info(`skipped in ${engine}: ${why}`);
  ctx.skip();
}

/** Phone widths cannot be set in WebKitGTK (see LIMITS.narrowWebKit). */
export function skipNarrow(ctx: Mocha.Context, width: number): void {
  if (width < LIMITS.webkitMinViewport) skipIn(ctx, ['webkit'], LIMITS.narrowWebKit);
}

/**
 * Styles `roots` as for print while `check` runs. Chromium emulates print media (CDP). Firefox over
 * WebDriver BiDi and WebKitWebDriver have no media emulation, so there the shadow roots' own
 * `@media print` rules are switched on and their `@media screen` rules off for the duration — the
 * same rules, applied by the engine under test.
 */
export async function asPrinted<T>(roots: readonly ShadowRoot[], check: () => T | Promise<T>): Promise<T> {
  if (engine === 'chromium') {
    await emulateMedia({ media: 'print' });
    try {
      return await check();
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  }
  const changed: [CSSMediaRule, string][] = [];
  for (const sheet of new Set(roots.flatMap((r) => [...r.adoptedStyleSheets, ...[...r.styleSheets]]))) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const media = rule.media.mediaText;
      const as = /\bprint\b/.test(media) ? 'all' : /^\s*screen\s*$/.test(media) ? 'not all' : null;
      if (!as) continue;
      changed.push([rule, media]);
      rule.media.mediaText = as;
    }
  }
  try {
    return await check();
  } finally {
    for (const [rule, media] of changed) rule.media.mediaText = media;
  }
}
