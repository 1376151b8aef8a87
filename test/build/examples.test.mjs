// The examples in examples/, as app developers and site builders meet the package (after `npm run build`):
// - the React 19 and Vue 3 apps (both Vite) get the package from the packed tarball (`npm pack`),
//   unpacked into their own node_modules/mbc-decision-aid exactly as `npm install <tarball>` lays it
//   out. Their build tools (Vite, React, Vue, TypeScript) and the package's dependencies (lit,
//   @lit/context, i18next) are this repository's devDependencies, found up the folder tree, so one
//   `npm install` covers them and nothing is downloaded here. Each app is type-checked strictly (tsc,
//   vue-tsc), built with `vite build`, served from its dist/ by a plain static server and driven in
//   Chromium: Start, the comparison, Spanish, Arabic — no 404, no failed request, no console error.
// - `mbc-decision-aid/engine` imported in Node from the installed package (through its exports map).
// - WordPress: the example plugin's shortcode rendered by PHP (examples/wordpress/render-test.php: the
//   four WordPress functions it calls, reduced to their documented behaviour), served with the
//   self-hosting folder where the plugin expects it, and driven to the comparison and Arabic.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { driveWidget, launchChromium, serveStatic } from '../../scripts/drive-widget.mjs';
import { ensurePhp } from '../../scripts/ensure-php.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const examples = join(root, 'examples');
const bin = (name) => join(root, 'node_modules/.bin', name);
/** A type-check run in the background (it mostly waits on loading TypeScript): resolves with its errors. */
const typeCheck = (tool, app) =>
  new Promise((resolve) =>
    execFile(bin(tool), ['-p', join(examples, app, 'tsconfig.json')], (error, stdout, stderr) => resolve(error ? `${stdout}${stderr}` || error.message : '')),
  );
const APPS = { react: { tool: 'tsc' }, vue: { tool: 'vue-tsc' } };
const checks = {};
let packDir;
let browser;

before(async () => {
  packDir = mkdtempSync(join(tmpdir(), 'mbc-examples-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }));
  for (const app of ['react', 'vue']) {
    const target = join(examples, app, 'node_modules/mbc-decision-aid');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(packDir, filename), '-C', target, '--strip-components=1']);
  }
  for (const [app, { tool }] of Object.entries(APPS)) checks[app] = typeCheck(tool, app);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  if (packDir) rmSync(packDir, { recursive: true, force: true });
});

/** Where `specifier` resolves from inside the app, as Node and bundlers resolve it. */
const resolveFrom = (app, specifier) =>
  execFileSync('node', ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], { cwd: join(examples, app), encoding: 'utf8' }).trim();

test('the apps get mbc-decision-aid from the packed tarball, not from the repository', () => {
  for (const app of ['react', 'vue']) {
    const installed = realpathSync(join(examples, app, 'node_modules/mbc-decision-aid'));
    assert.equal(fileURLToPath(resolveFrom(app, 'mbc-decision-aid')), join(installed, 'dist/mbc-decision-aid.js'));
    assert.ok(!existsSync(join(installed, 'src')) && !existsSync(join(installed, 'locales')), 'the tarball has no sources');
  }
});

test('Node imports mbc-decision-aid/engine from the installed package and evaluates a profile', () => {
  const out = execFileSync(
    'node',
    [
      '--input-type=module',
      '-e',
      `const e = await import('mbc-decision-aid/engine');
       const p = e.parseProfile({ hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1 });
       if (!p.ok) throw new Error('parseProfile');
       console.log(JSON.stringify({ where: import.meta.resolve('mbc-decision-aid/engine'), ids: e.evaluate(p.profile).options.map((o) => o.id), document: typeof document }));`,
    ],
    { cwd: join(examples, 'react'), encoding: 'utf8' },
  );
  const seen = JSON.parse(out);
  assert.deepEqual(seen.ids, ['hormonal', 'targeted', 'chemotherapy', 'radiation', 'trials']);
  assert.equal(seen.document, 'undefined', 'no DOM needed');
  assert.ok(fileURLToPath(seen.where).startsWith(join(examples, 'react/node_modules/mbc-decision-aid/')), seen.where);
});


for (const [app, { tool }] of Object.entries(APPS)) {
  test(`${app}: type-checks (${tool}, strict), builds with Vite, and reaches the comparison, Spanish and Arabic in Chromium with no 404 and no console error`, async () => {
    const tsconfig = JSON.parse(readFileSync(join(examples, app, 'tsconfig.json'), 'utf8'));
    assert.equal(tsconfig.compilerOptions.strict, true);
    assert.equal(await checks[app], '', `${tool} reports errors`);
    const dir = join(examples, app);
    await build({ root: dir, logLevel: 'error', build: { outDir: join(dir, 'dist'), emptyOutDir: true, reportCompressedSize: false } });
    const assets = execFileSync('ls', [join(dir, 'dist/assets')], { encoding: 'utf8' }).split('\n');
    assert.ok(assets.some((f) => /^results-.*\.js$/.test(f)), 'Vite split the comparison into a chunk of its own');
    const server = await serveStatic({ mounts: { '/': join(dir, 'dist') } });
    try {
      const seen = await driveWidget(browser, `${server.origin}/`);
      assert.deepEqual(seen.problems, []);
      assert.deepEqual(seen.steps, ['receptors', 'comparison']);
      assert.equal(seen.languages.es.dir, 'ltr');
      assert.equal(seen.languages.ar.dir, 'rtl');
      assert.match(seen.languages.ar.heading, /[\u0600-\u06FF]/, 'an Arabic heading');
      assert.equal(seen.hostText, 'Step: comparison', 'the app heard mbc-step-change');
      assert.ok(seen.requests.some((u) => /\/assets\/core-[\w-]+\.js$/.test(u)), 'language parts are the app\'s own fingerprinted chunks');
    } finally {
      await server.close();
    }
  });
}

test('WordPress: the shortcode plugin enqueues the module script and the page reaches the comparison and Arabic', async () => {
  const php = ensurePhp();
  const plugin = readFileSync(join(examples, 'wordpress/mbc-decision-aid.php'), 'utf8');
  assert.match(plugin, new RegExp(`\\* Version: ${pkg.version.replaceAll('.', '\\.')}\\n`), 'the plugin header names the package version');
  const html = execFileSync(php, [join(examples, 'wordpress/render-test.php'), '<p>Our guide:</p>[mbc_decision_aid lang="en" org_name="A <b>bold</b> &amp; co" storage="forever" onclick="x()"]'], { encoding: 'utf8' });
  // The entry with "?ver=<version>", which WordPress writes to bust caches: the widget must still reach the comparison.
  assert.match(plugin, new RegExp(`array\\(\\),\\s*'${pkg.version.replaceAll('.', '\\.')}'\\s*\\);`), 'the entry is enqueued with the package version');
  assert.ok(html.includes(`<script type="module" src="/wp-content/plugins/mbc-decision-aid/mbc-decision-aid/mbc-decision-aid.js?ver=${pkg.version}" id="mbc-decision-aid-js-module"></script>`), html);
  assert.match(html, /<mbc-decision-aid lang="en" storage="forever" org-name="A &lt;b&gt;bold&lt;\/b&gt; &amp; co"><\/mbc-decision-aid>/, 'attributes escaped, unknown ones dropped');
  const server = await serveStatic({ mounts: { '/wp-content/plugins/mbc-decision-aid/mbc-decision-aid/': join(root, 'dist/cdn') }, pages: { '/guide/': html } });
  try {
    const seen = await driveWidget(browser, `${server.origin}/guide/`, { languages: ['ar'] });
    // storage="forever" is invalid: the widget falls back to "none" and says so once in the console (a warning, not an error).
    assert.deepEqual(seen.problems, []);
    assert.equal(seen.languages.ar.dir, 'rtl');
  } finally {
    await server.close();
  }
});
