// What `npm publish` would ship, checked from the outside after `npm run build`:
// - only intended files (built output, manifest, README, LICENSE, CHANGELOG, SECURITY): no sources, no
//   source locales, no tests; source maps for the ESM build only (not for the script-tag folder);
// - publint (package.json fields, exports, files) and arethetypeswrong (types resolve for ESM
//   importers: the `esm-only` profile, as the package has no CommonJS build), failing on errors;
// - the packed size and the release zip size the README states are within 10 % of the real ones.
// Each check is also shown failing on a planted mistake.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const kb = (n) => Math.round(n / 102.4) / 10;

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^SECURITY\.md$/,
  /^custom-elements\.json$/,
  /^dist\/(?!cdn\/).+\.(js|json|d\.ts|js\.map)$/, // the npm build: code, locale JSON, types, maps
  /^dist\/cdn\/.+\.js$/, // the script-tag folder (the pinned-CDN route), without maps
];
/** Files that should not be published, with the reason. */
export function unintended(files) {
  const bad = files.filter((f) => !ALLOWED.some((re) => re.test(f))).map((f) => `${f}: not built output`);
  for (const f of files) if (/^(src|locales|test|scripts|examples|demo)\//.test(f)) bad.push(`${f}: source`);
  for (const need of ['dist/mbc-decision-aid.js', 'dist/mbc-decision-aid.js.map', 'dist/engine.js', 'dist/types/index.d.ts', 'dist/cdn/mbc-decision-aid.js', 'custom-elements.json', 'LICENSE'])
    if (!files.includes(need)) bad.push(`${need}: missing`);
  return bad;
}

// Packed once for real (the file list is what `npm pack --dry-run` prints); attw reads this tarball.
const packDir = mkdtempSync(join(tmpdir(), 'mbc-pack-'));
after(() => rmSync(packDir, { recursive: true, force: true }));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }));
const files = pack.files.map((f) => f.path);

test('npm pack lists only built files: no sources, no source locales, no maps for the script-tag folder', () => {
  assert.deepEqual(unintended(files), []);
  assert.ok(files.some((f) => /^dist\/chunks\/results-[\w-]+\.js\.map$/.test(f)), 'the ESM build keeps its maps');
  assert.ok(files.some((f) => f.startsWith('dist/locales/') && f.endsWith('.json')), 'locale JSON for ./locales/*');
});

test('the file check fails on a planted source file, a script-tag map and a missing entry', () => {
  const planted = [...files.filter((f) => f !== 'dist/engine.js'), 'src/index.ts', 'locales/en/common.json', 'dist/cdn/mbc-decision-aid.js.map'];
  assert.deepEqual(unintended(planted).sort(), [
    'dist/cdn/mbc-decision-aid.js.map: not built output',
    'dist/engine.js: missing',
    'locales/en/common.json: not built output',
    'locales/en/common.json: source',
    'src/index.ts: not built output',
    'src/index.ts: source',
  ]);
});

// publint reads the tarball itself (given as bytes, so it does not pack a second time); a folder is linted as it is.
const errors = async ({ dir, tarball, quiet = false }) => {
  const pack = tarball ? { tarball: new Uint8Array(readFileSync(tarball)).buffer } : false;
  const { messages, pkg: p } = await publint({ ...(dir && { pkgDir: dir }), pack, level: 'warning', strict: false });
  if (!quiet) for (const m of messages) console.log(`publint ${m.type}: ${formatMessage(m, p)}`);
  return messages.filter((m) => m.type === 'error');
};

test('publint reports no error (and does on a planted export of a missing file)', async () => {
  assert.deepEqual(await errors({ tarball: join(packDir, pack.filename) }), []);
  const dir = mkdtempSync(join(tmpdir(), 'mbc-publint-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', type: 'module', exports: { '.': './dist/missing.js' } }));
    assert.ok((await errors({ dir, quiet: true })).length > 0, 'publint notices the planted mistake');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** attw's verdict (exit status and report); both runs start at once, as each mostly waits on loading TypeScript. */
const attw = (...what) =>
  new Promise((resolve) =>
    execFile(join(root, 'node_modules/.bin/attw'), ['--profile', 'esm-only', '--format', 'table-flipped', ...what], (error, stdout, stderr) =>
      resolve({ status: error ? (error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    ),
  );
const plantedDir = mkdtempSync(join(tmpdir(), 'mbc-attw-'));
after(() => rmSync(plantedDir, { recursive: true, force: true }));
// A package whose second entry point has no types.
writeFileSync(join(plantedDir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', type: 'module', exports: { '.': { types: './index.d.ts', import: './index.js' }, './sub': './sub.js' } }));
writeFileSync(join(plantedDir, 'index.js'), 'export const x = 1;\n');
writeFileSync(join(plantedDir, 'index.d.ts'), 'export declare const x: number;\n');
writeFileSync(join(plantedDir, 'sub.js'), 'export const y = 1;\n');
const attwOurs = attw(join(packDir, pack.filename));
const attwPlanted = attw('--pack', plantedDir);

test('arethetypeswrong: every entry point resolves to types for ESM importers (and a planted untyped entry point fails)', async () => {
  const ours = await attwOurs;
  assert.equal(ours.status, 0, `attw found problems:\n${ours.out}`);
  assert.notEqual((await attwPlanted).status, 0, 'attw fails a package with an entry point that has no types');
});

test('the README\'s pinned CDN URLs name this version and a file the package ships', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const urls = [...readme.matchAll(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/mbc-decision-aid@([^/\s`]+)\/([^\s`)]+)/g)];
  assert.ok(urls.length >= 1, 'the README shows a pinned CDN URL');
  for (const [url, version, file] of urls) {
    assert.equal(version, pkg.version, `${url}: pinned to the current version`);
    assert.ok(files.includes(file), `${url}: ${file} is in the package`);
  }
});

test('the README states the packed size and the release zip size (within 10 %)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const stated = /npm package: \*\*([\d.]+) KB\*\* packed/.exec(readme);
  assert.ok(stated, 'README states the packed size ("npm package: **N KB** packed")');
  assert.ok(Math.abs(Number(stated[1]) - kb(pack.size)) / kb(pack.size) <= 0.1, `README says ${stated[1]} KB packed, npm pack says ${kb(pack.size)} KB: update the README`);
  const zipLine = /release zip: \*\*([\d.]+) KB\*\*/.exec(readme);
  assert.ok(zipLine, 'README states the release zip size ("release zip: **N KB**")');
  const out = execFileSync('node', ['scripts/release.mjs', '--no-build'], { cwd: root, encoding: 'utf8' });
  const zipKb = Number(/([\d.]+) KB$/m.exec(out.trim())[1]);
  assert.ok(Math.abs(Number(zipLine[1]) - zipKb) / zipKb <= 0.1, `README says the zip is ${zipLine[1]} KB, it is ${zipKb} KB: update the README`);
  console.log(`package: ${files.length} files, ${kb(pack.size)} KB packed, ${kb(pack.unpackedSize)} KB unpacked; release zip ${zipKb} KB (${pkg.version})`);
});
