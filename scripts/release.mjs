// `npm run release`: the file a web volunteer uploads. Builds, then writes
// release/mbc-decision-aid-<version>.zip holding one folder, mbc-decision-aid-<version>/, with
//   mbc-decision-aid/     the self-hosting script-tag build, dist/cdn/ as it is (entry, classic loader,
//                         lazy chunks, language parts), without its source maps
//   example.html          a complete page using it (examples/plain-html/index.html)
//   README-embed.txt      plain-text instructions, with the privacy facts taken from README.md
//   LICENSE.txt
// and release/mbc-decision-aid-wordpress-<version>.zip, the same widget as a WordPress plugin.
// `--no-build` zips the current dist/cdn (the tests do that after `npm test` has built it).
// Prints "release/<name>.zip: <n> files, <size> KB" per zip, the main one first (test/build/package.test.mjs reads its size).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });

const cdn = join(root, 'dist/cdn');
if (!existsSync(join(cdn, 'mbc-decision-aid.js'))) throw new Error('dist/cdn/mbc-decision-aid.js is missing: run npm run build');
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
// Maps are for debugging the build, not for a host's server: they would double the upload.
const files = walk(cdn)
  .filter((f) => !f.endsWith('.map'))
  .map((f) => [relative(cdn, f).split('\\').join('/'), f])
  .sort(([a], [b]) => a.localeCompare(b));

/** A README section's body (until the next heading of any level). */
function readmeSection(readme, heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}"`);
  const body = readme.slice(start + heading.length + 2);
  const end = body.search(/\n#{1,6} /);
  return (end < 0 ? body : body.slice(0, end)).trim();
}
const plain = (md) =>
  md
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/see "([^"]+)"/g, 'see "$1" in the project\'s README')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/^> ?/gm, '');
/** Plain text wrapped at 96 columns, paragraphs kept apart. */
const wrap = (text, indent = '  ') =>
  text
    .split(/\n\s*\n/)
    .map((para) => {
      const lines = [''];
      for (const w of para.replace(/\s+/g, ' ').trim().split(' ')) {
        if (lines.at(-1) && (lines.at(-1) + ' ' + w).length > 96) lines.push('');
        lines[lines.length - 1] += (lines.at(-1) ? ' ' : '') + w;
      }
      return lines.map((l) => indent + l).join('\n');
    })
    .join('\n\n');

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = readFileSync(join(root, 'examples/plain-html/index.html'), 'utf8');
const embed = readFileSync(join(root, 'release/README-embed.txt'), 'utf8')
  .replaceAll('{{VERSION}}', pkg.version)
  .replace('{{PRIVACY}}', wrap(plain(readmeSection(readme, '### Privacy facts (for your privacy notice)'))))
  .replace(/\r?\n/g, '\r\n'); // readable in Windows Notepad too
for (const left of embed.match(/\{\{\w+\}\}/g) ?? []) throw new Error(`release/README-embed.txt: ${left} not filled in`);

const top = `mbc-decision-aid-${pkg.version}`;
const enc = new TextEncoder();
const entries = {
  [`${top}/README-embed.txt`]: enc.encode(embed),
  [`${top}/example.html`]: enc.encode(example),
  [`${top}/LICENSE.txt`]: readFileSync(join(root, 'LICENSE')),
};
for (const [name, file] of files) entries[`${top}/mbc-decision-aid/${name}`] = readFileSync(file);
mkdirSync(join(root, 'release'), { recursive: true });
/** Writes release/<name>.zip and prints its line. A fixed date: the same build gives the same zip byte for byte. */
function writeZip(name, zipEntries) {
  const zip = zipSync(zipEntries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join(root, 'release', `${name}.zip`);
  writeFileSync(out, zip);
  console.log(`${relative(root, out)}: ${Object.keys(zipEntries).length} files, ${(zip.length / 1024).toFixed(1)} KB`);
}
writeZip(top, entries);

// The same widget as a WordPress plugin, for Plugins → Add New → Upload Plugin: the plugin file
// (examples/wordpress/mbc-decision-aid.php, its [mbc_decision_aid] shortcode) with the widget folder
// where it looks for it.
const plugin = {
  'mbc-decision-aid/mbc-decision-aid.php': readFileSync(join(root, 'examples/wordpress/mbc-decision-aid.php')),
  'mbc-decision-aid/LICENSE.txt': readFileSync(join(root, 'LICENSE')),
};
for (const [name, file] of files) plugin[`mbc-decision-aid/mbc-decision-aid/${name}`] = readFileSync(file);
writeZip(`mbc-decision-aid-wordpress-${pkg.version}`, plugin);
