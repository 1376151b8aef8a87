// The release zip (`npm run release`) as a web volunteer uses it: unpacked, uploaded to a plain static
// server, and its example page opened — the widget renders, reaches the comparison and switches to
// Arabic, with no failed request and no console error. Runs after `npm run build` (zips dist/cdn).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { driveWidget, launchChromium, serveStatic } from '../../scripts/drive-widget.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const top = `mbc-decision-aid-${pkg.version}`;
let dir;
let names;

before(() => {
  const out = execFileSync('node', ['scripts/release.mjs', '--no-build'], { cwd: root, encoding: 'utf8' });
  assert.match(out, new RegExp(`^release/${top}\\.zip: \\d+ files, [\\d.]+ KB$`, 'm'));
  dir = mkdtempSync(join(tmpdir(), 'mbc-release-'));
  names = [];
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(root, 'release', `${top}.zip`))))) {
    if (name.endsWith('/')) continue;
    names.push(name);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

test('the zip holds one versioned folder: the widget folder, an example page, the instructions and the license', () => {
  assert.ok(names.every((n) => n.startsWith(`${top}/`)), 'everything inside one versioned folder');
  const inside = names.map((n) => n.slice(top.length + 1));
  for (const f of ['README-embed.txt', 'example.html', 'LICENSE.txt', 'mbc-decision-aid/mbc-decision-aid.js', 'mbc-decision-aid/mbc-decision-aid.loader.js', 'mbc-decision-aid/locales/ar/core.js'])
    assert.ok(inside.includes(f), `${f} is in the zip`);
  assert.deepEqual(inside.filter((f) => /\.(map|ts)$/.test(f)), [], 'no source maps, no sources');
  // The widget folder is exactly the built self-hosting folder, minus its maps.
  const cdn = execFileSync('find', ['.', '-type', 'f', '!', '-name', '*.map'], { cwd: join(root, 'dist/cdn'), encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => `mbc-decision-aid/${f.slice(2)}`)
    .sort();
  assert.deepEqual(inside.filter((f) => f.startsWith('mbc-decision-aid/')).sort(), cdn);
});

test('the WordPress plugin zip holds the example plugin and the same widget folder where the plugin looks for it', () => {
  const plugin = unzipSync(readFileSync(join(root, 'release', `mbc-decision-aid-wordpress-${pkg.version}.zip`)));
  const php = new TextDecoder().decode(plugin['mbc-decision-aid/mbc-decision-aid.php']);
  assert.equal(php, readFileSync(join(root, 'examples/wordpress/mbc-decision-aid.php'), 'utf8'));
  assert.ok(php.includes("plugins_url('mbc-decision-aid/mbc-decision-aid.js', __FILE__)"), 'the plugin loads the folder beside it');
  const widget = (names, prefix) => names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)).sort();
  assert.deepEqual(widget(Object.keys(plugin), 'mbc-decision-aid/mbc-decision-aid/'), widget(names, `${top}/mbc-decision-aid/`));
  assert.ok(plugin['mbc-decision-aid/LICENSE.txt']);
});

test('README-embed.txt is filled in, warns before publishing and carries the privacy facts from the README', () => {
  const text = readFileSync(join(dir, top, 'README-embed.txt'), 'utf8');
  assert.doesNotMatch(text, /\{\{\w+\}\}/, 'no placeholder left');
  assert.ok(text.includes(`mbc-decision-aid ${pkg.version}`), 'names its version');
  assert.match(text, /NOT yet been reviewed by\s+clinicians/);
  assert.match(text, /\r\n/, 'Windows line ends (Notepad)');
  assert.ok(text.includes('does not send your answers to us or to anyone else'), 'the paste-ready privacy paragraph');
  assert.ok(text.includes('<script type="module" src="/widgets/mbc-decision-aid/mbc-decision-aid.js"></script>'));
  assert.ok(text.includes('mbc-decision-aid.loader.js'), 'the classic loader for CMSs without type="module"');
  assert.doesNotMatch(text, /`|\*\*/, 'plain text, no Markdown marks');
});

test('unpacked on a plain static server, the example page reaches the comparison and switches to Arabic with no 404 and no console error', async () => {
  const server = await serveStatic({ mounts: { '/': dir } });
  const browser = await launchChromium();
  try {
    const seen = await driveWidget(browser, `${server.origin}/${top}/example.html`, { languages: ['ar'] });
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(seen.steps, ['receptors', 'comparison']);
    assert.equal(seen.languages.ar.dir, 'rtl', 'Arabic reads right to left');
    assert.match(seen.languages.ar.heading, /[\u0600-\u06FF]/, 'an Arabic heading');
    const own = seen.requests.filter((u) => !u.startsWith(server.origin));
    assert.deepEqual(own, [], 'no request leaves the host');
    assert.ok(seen.requests.some((u) => u.endsWith('/mbc-decision-aid/locales/ar/core.js')), 'Arabic came from the uploaded folder');
  } finally {
    await browser.close();
    await server.close();
  }
});
