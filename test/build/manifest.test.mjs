// After `npm run build`: README ↔ custom-elements.json ↔ code. Every attribute, property, event,
// ::part and CSS custom property the README's tables name is in the manifest and in the source, and
// vice versa; attribute value lists in the README are exactly the manifest's union types; the
// manifest describes the shipped file with exact types. (The running element is checked against the
// manifest in test/browser/public-api.test.ts; the error-code table in test/unit/docs/.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (f) => readFileSync(join(root, f), 'utf8');
const files = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
const SRC = files('src').map((f) => read(f)).join('\n');
const README = read('README.md');
const manifest = JSON.parse(read('custom-elements.json'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'mbc-decision-aid');
const sorted = (xs) => [...new Set(xs)].sort();
const names = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\(\)$/, ''));

/** The cells of the first table under `heading` (until the next heading), optionally after `afterText`. */
function table(heading, afterText) {
  const start = README.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has a "${heading}" section`);
  let body = README.slice(start + heading.length + 2);
  const end = body.search(/\n#{1,6} /);
  if (end >= 0) body = body.slice(0, end);
  if (afterText) body = body.slice(body.indexOf(afterText));
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  assert.ok(first >= 0, `README "${heading}" has a table`);
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}
const column = (rows) => rows.flatMap((r) => names(r[0]));

test('the manifest describes the shipped file, with exact types', () => {
  assert.deepEqual(manifest.modules.map((m) => m.path), ['dist/mbc-decision-aid.js']);
  assert.ok(existsSync(join(root, 'dist/mbc-decision-aid.js')));
  assert.ok(!JSON.stringify(manifest).includes('"src/'), 'no path into src/, which is not shipped');
  for (const a of element.attributes) assert.ok(a.type?.text && a.type.text !== 'string | undefined', `${a.name} has a type`);
  for (const e of element.events) assert.match(e.type.text, /^CustomEvent<(\{ .+ \}|Record<string, never>)>$/, `${e.name}: detail spelled out`);
});

test('attributes: README = manifest = source', () => {
  const inManifest = sorted(element.attributes.map((a) => a.name));
  assert.deepEqual(sorted(column(table('### Attributes'))), inManifest);
  // source: a Lit property with that attribute name (attribute: 'x-y' or the field's own name), or the platform's `lang`
  const named = [...SRC.matchAll(/@property\(\{[^}]*attribute: '([a-z-]+)'/g)].map((m) => m[1]);
  const plain = [...SRC.matchAll(/@property\(\) (\w+)(?=: )/g)].map((m) => m[1]).filter((f) => element.members.some((x) => x.name === f));
  assert.deepEqual(sorted([...named, ...plain, 'lang']), inManifest);
});

test('attribute values in the README are exactly the union types', () => {
  let checked = 0;
  for (const row of table('### Attributes')) {
    for (const name of names(row[0])) {
      const literals = [...element.attributes.find((a) => a.name === name).type.text.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      if (!literals.length) continue;
      // the values column lists them as `a` · `b` · `c` (each possibly followed by an explanation)
      const listed = [...row[1].matchAll(/(?:^|· )`([^`]+)`/g)].map((m) => m[1]);
      assert.deepEqual(listed, literals, `${name} values`);
      checked++;
    }
  }
  assert.ok(checked >= 4, 'mode, storage, trials and color-scheme are checked');
});

test('properties and methods: README = manifest', () => {
  const fields = new Set(element.attributes.map((a) => a.fieldName).filter(Boolean));
  const own = element.members.filter((m) => !fields.has(m.name)).map((m) => m.name);
  assert.deepEqual(sorted(column(table('### Properties and methods'))), sorted(own));
  // the attribute-backed properties are named in the sentence under the table
  const at = README.indexOf('The attributes above are also properties');
  assert.ok(at > 0, 'README names the attribute-backed properties');
  const sentence = README.slice(at, README.indexOf('\n\n', at));
  assert.deepEqual(sorted(names(sentence)), sorted(fields));
});

test('property types in the README are those of the manifest', () => {
  for (const row of table('### Properties and methods')) {
    const m = element.members.find((x) => x.name === names(row[0])[0]);
    if (m.kind === 'method') {
      assert.equal(row[1], 'method', m.name);
      continue;
    }
    const cell = names(row[1].replaceAll('\\|', '|'));
    const literals = [...m.type.text.matchAll(/'([^']+)'/g)].map((x) => `'${x[1]}'`);
    if (literals.length) assert.deepEqual(cell, literals, `${m.name}: the values, in order`);
    else assert.equal(cell[0], m.type.text, `${m.name}: the type`);
    if (m.description?.includes('Accepts ')) assert.ok(row[1].includes(m.description.split('Accepts ')[1].split(' ')[0]), `${m.name}: what it accepts when set`);
  }
});

test('events: README = manifest = emitted in the source', () => {
  const inManifest = sorted(element.events.map((e) => e.name));
  assert.deepEqual(sorted(column(table('### Events'))), inManifest);
  assert.deepEqual(sorted([...SRC.matchAll(/emit\(\w+, '(mbc-[a-z-]+)'/g)].map((m) => m[1])), inManifest);
  const codes = [...element.events.find((e) => e.name === 'mbc-error').type.text.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  assert.deepEqual(sorted(column(table('### Error codes'))), sorted(codes), 'the error-code table = the codes in the manifest');
});

test('::parts: README = manifest = source', () => {
  const inManifest = sorted(element.cssParts.map((p) => p.name));
  assert.deepEqual(sorted(column(table('### Theming', 'Regions you can style'))), inManifest);
  assert.deepEqual(sorted([...SRC.matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1])), inManifest);
});

test('CSS custom properties: README = manifest = source', () => {
  const inManifest = sorted(element.cssProperties.map((p) => p.name));
  assert.deepEqual(sorted(column(table('### Theming'))), inManifest);
  assert.deepEqual(sorted([...SRC.matchAll(/var\((--mbc-[a-z0-9-]+)/g)].map((m) => m[1])), inManifest);
});
