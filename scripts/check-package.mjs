// After `npm run build`: the package works the way the contract says, from the outside, by name.
// - "mbc-decision-aid/engine" resolves through the exports map to dist/engine.js and runs in Node
//   with no DOM; - every exported file and type declaration exists; - locale and knowledge files exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
assert.equal(typeof globalThis.document, 'undefined', 'checks run without a DOM');

const engine = await import('mbc-decision-aid/engine');
assert.deepEqual([...engine.OPTION_IDS], ['hormonal', 'targeted', 'chemotherapy', 'radiation', 'trials']);
const parsed = engine.parseProfile({ hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1 });
assert.ok(parsed.ok, 'parseProfile accepts a valid partial profile');
const a = engine.evaluate(parsed.profile);
assert.deepEqual(a.options.map((o) => o.id), [...engine.OPTION_IDS]);
assert.equal(engine.parseProfile({ hr: 'sometimes' }).ok, false);

for (const [sub, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const f of files) if (!f.includes('*')) assert.ok(existsSync(join(root, f)), `${sub} → ${f} exists`);
}
for (const f of ['dist/cdn/mbc-decision-aid.js', 'dist/cdn/mbc-decision-aid.loader.js', 'dist/locales/en.json', 'dist/locales/details/en.json', 'dist/locales/content/en.json', 'custom-elements.json'])
  assert.ok(existsSync(join(root, f)), `${f} exists`);
// One module graph: no second script, no hand-kept list of shared modules, no asset base URL.
for (const f of ['dist/mbc-decision-aid.js', 'dist/cdn/mbc-decision-aid.js']) {
  const code = readFileSync(join(root, f), 'utf8');
  assert.ok(!code.includes('__shared') && !code.includes('setAssetBase'), `${f}: no __shared, no asset base`);
}
// The npm build leaves lit, @lit/context and i18next to the app (one copy each); the script-tag build carries them.
const npmEntry = readFileSync(join(root, 'dist/mbc-decision-aid.js'), 'utf8');
for (const dep of ['lit', '@lit/context', 'i18next']) assert.match(npmEntry, new RegExp(`from\\s*["']${dep.replace('/', '\\/')}["']`), `npm entry imports ${dep}`);
assert.ok(!/from\s*["'](lit|i18next|@lit)/.test(readFileSync(join(root, 'dist/cdn/mbc-decision-aid.js'), 'utf8')), 'script-tag entry has no bare imports');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
assert.ok(tags.includes('mbc-decision-aid'), 'custom-elements.json describes <mbc-decision-aid>');
console.log(`package check: 1 passed, 0 failed (engine via exports map: ${a.options.length} options; ${Object.keys(pkg.exports).length} export entries)`);
