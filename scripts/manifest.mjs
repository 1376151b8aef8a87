// Writes custom-elements.json for what ships: the public element only, at its built path, with exact
// types. `cem analyze` (run just before, in `npm run build`) reads the JSDoc of the source for
// descriptions, parts and CSS custom properties; the TypeScript checker then replaces its loose type
// texts with the real ones, expanded: attribute unions ('patient' | 'clinician'), property types and
// each event's `CustomEvent<detail>`.
// test/build/manifest.test.mjs checks README ↔ manifest ↔ source and test/browser/public-api.test.ts
// checks manifest ↔ the running element.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAG = 'mbc-decision-aid';
const ENTRY = 'dist/mbc-decision-aid.js';
const TYPES = 'dist/types/index.d.ts';

const analyzed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const found = analyzed.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ m, d }))).find(({ d }) => d.tagName === TAG);
if (!found || !found.m.path.startsWith('src/')) throw new Error('custom-elements.json: run cem analyze first (npm run build does)');
const source = found.d;

const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram([join(root, 'src/index.ts')], config.options);
const checker = program.getTypeChecker();
const file = program.getSourceFile(join(root, found.m.path));
const eventsFile = program.getSourceFile(join(root, 'src/util/events.ts'));

// Every `[…] as const` list in the source, quotes normalised to single ones.
const constLists = program
  .getSourceFiles()
  .filter((f) => f.fileName.startsWith(join(root, 'src')))
  .flatMap((f) => [...f.text.matchAll(/\[([^\]]*)\] as const/g)].map((m) => m[1].replace(/"/g, "'")));

const F = ts.TypeFormatFlags;
const FLAGS = F.NoTruncation | F.UseSingleQuotesForStringLiteralType | F.WriteArrayAsGenericType;

/**
 * A type written out: unions listed member by member (null last), anonymous object shapes (event
 * details) spelled out; named interfaces (Profile, Assessment) stay by name, as in the .d.ts files.
 */
function expand(type) {
  if (type.isUnion()) {
    let parts = type.types.map((t) => expand(t));
    // `boolean` is `false | true` inside the checker
    if (parts.includes('false') && parts.includes('true')) parts = parts.filter((p) => p !== 'false' && p !== 'true').concat('boolean');
    // String-literal unions in the order the source writes them (the checker's order is arbitrary):
    // the alias's own text ('patient' | 'clinician'), else its file (StepId is `(typeof STEPS)[number]`).
    // the alias's own text ('patient' | 'clinician'), else the `[…] as const` list it comes from
    // (StepId is `(typeof STEPS)[number]`, and the checker keeps no alias for it).
    const literals = parts.filter((p) => /^'.*'$/.test(p));
    const decl = type.aliasSymbol?.declarations?.[0];
    const order = [decl?.getText() ?? '', ...constLists].find((t) => literals.length > 1 && literals.every((l) => t.includes(l)));
    if (order) parts = [...literals.sort((x, y) => order.indexOf(x) - order.indexOf(y)), ...parts.filter((p) => !literals.includes(p))];
    const nullish = parts.filter((p) => p === 'null' || p === 'undefined');
    return [...new Set([...parts.filter((p) => !nullish.includes(p)), ...nullish])].join(' | ');
  }
  const anonymous = type.symbol && (type.symbol.name === '__type' || type.symbol.name === '__object') && !type.aliasSymbol;
  const props = checker.getPropertiesOfType(type);
  if (anonymous && props.length) {
    return `{ ${props
      .map((p) => `${p.name}${p.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${expand(checker.getTypeOfSymbol(p)).replace(/ \| undefined$/, '')}`)
      .join('; ')} }`;
  }
  return checker.typeToString(type, undefined, FLAGS);
}

let cls;
ts.forEachChild(file, (n) => {
  if (ts.isClassDeclaration(n) && n.name?.text === source.name) cls = n;
});
const classType = checker.getTypeAtLocation(cls);
const member = (name) => cls.members.find((m) => m.name && ts.isIdentifier(m.name) && m.name.text === name);

function propertyType(name) {
  const setter = cls.members.find((m) => ts.isSetAccessorDeclaration(m) && m.name.getText() === name);
  const prop = checker.getPropertyOfType(classType, name);
  if (!prop) throw new Error(`${source.name} has no property ${name}`);
  const read = expand(checker.getTypeOfSymbol(prop));
  if (!setter) return { text: read };
  const write = expand(checker.getTypeAtLocation(setter.parameters[0]));
  return { text: read, ...(write !== read ? { description: `set: ${write}` } : {}) };
}

let eventMap;
ts.forEachChild(eventsFile, (n) => {
  if (ts.isInterfaceDeclaration(n) && n.name.text === 'MbcEventMap') eventMap = checker.getTypeAtLocation(n);
});
const detailType = (event) => {
  const p = checker.getPropertyOfType(eventMap, event);
  if (!p) throw new Error(`MbcEventMap has no ${event}: every documented event needs a typed detail`);
  const t = checker.getTypeOfSymbol(p);
  const props = checker.getPropertiesOfType(t);
  // Named detail interfaces (ProfileChangeDetail) are spelled out too: editors show the fields.
  if (!props.length) return checker.typeToString(t, undefined, FLAGS);
  return `{ ${props.map((q) => `${q.name}${q.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${expand(checker.getTypeOfSymbol(q))}`).join('; ')} }`;
};

const attributes = source.attributes.map((a) => ({
  name: a.name,
  description: a.description,
  type: { text: a.fieldName ? propertyType(a.fieldName).text : 'string' },
  ...(a.fieldName ? { fieldName: a.fieldName } : {}),
}));

// Public instance API: fields and accessors without `#`/private/protected, declared on this class.
const members = source.members
  .filter((m) => !m.static && !m.privacy && !m.name.startsWith('#') && member(m.name))
  .map((m) => {
    const out = { kind: m.kind, name: m.name, description: m.description };
    if (m.kind === 'field') {
      const t = propertyType(m.name);
      out.type = { text: t.text };
      if (t.description) out.description = `${m.description ?? ''} Accepts ${t.description.slice(5)} when set.`.trim();
      const attr = attributes.find((a) => a.fieldName === m.name);
      if (attr) out.attribute = attr.name;
      const decl = member(m.name);
      if (decl && ts.isGetAccessorDeclaration(decl) && !cls.members.some((x) => ts.isSetAccessorDeclaration(x) && x.name.getText() === m.name)) out.readonly = true;
    } else {
      const decl = member(m.name);
      const sig = checker.getSignatureFromDeclaration(decl);
      out.return = { type: { text: checker.typeToString(sig.getReturnType(), undefined, FLAGS) } };
    }
    return out;
  });

const events = source.events.map((e) => ({
  name: e.name,
  description: e.description,
  type: { text: `CustomEvent<${detailType(e.name)}>` },
}));

const declaration = {
  kind: 'class',
  name: source.name,
  tagName: TAG,
  customElement: true,
  summary: source.summary,
  description: source.description,
  attributes,
  members,
  events,
  cssParts: source.cssParts,
  cssProperties: source.cssProperties,
  superclass: { name: 'LitElement', package: 'lit' },
};

const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: ENTRY,
      description: `Registers <${TAG}> (guarded: importing twice is harmless). Types: ${TYPES}.`,
      declarations: [declaration],
      exports: [
        { kind: 'js', name: source.name, declaration: { name: source.name, module: ENTRY } },
        { kind: 'custom-element-definition', name: TAG, declaration: { name: source.name, module: ENTRY } },
      ],
    },
  ],
};
writeFileSync(join(root, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
