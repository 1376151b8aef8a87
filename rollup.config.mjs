// One ES module graph, two ways to ship it (contract §1):
//  - dist/mbc-decision-aid.js, dist/engine.js, dist/chunks/  ESM for bundlers: lit, @lit/context and
//    i18next stay external (package dependencies, so an app shares one copy); the lazy parts are
//    chunks reached by import() relative to the importing module, which every bundler follows.
//  - dist/cdn/  the script-tag build for pages without a bundler: the same graph with lit,
//    @lit/context and i18next inside, minified, with native chunks for the lazy parts, loaded by
//    <script type="module" src=".../cdn/mbc-decision-aid.js">, plus mbc-decision-aid.loader.js, a
//    classic script for CMSs that cannot write type="module".
// Lazy parts: the comparison and summary (src/results.ts), the knowledge data
// (src/content/knowledge-data.ts) and each language's text (locales/<lng>/<part>.js, generated from
// the JSON by scripts/locale-modules.mjs). Every file is lowered to ES2021 (README: browser support),
// and scripts/check-syntax.mjs holds the build to it.
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { localeModules, parseLocaleModule } from './scripts/locale-modules.mjs';
import { freshRetryImports } from './scripts/rollup-fresh-retry.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
export const TARGET = process.env.TARGET ?? 'es2021';
const external = [/^lit($|\/)/, /^@lit\//, /^i18next$/];
const tsconfig = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** TypeScript → JavaScript with esbuild (type-checking is `npm run typecheck`'s job, done once). */
const typescript = () => ({
  name: 'esbuild-typescript',
  // Sources import each other as './x.js' (what the browser and tsc expect) while the file is x.ts.
  resolveId(source, importer) {
    if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolvePath(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(ts) ? ts : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, {
      loader: 'ts',
      // Lowered later, once per chunk (lowerSyntax): per file, every module would carry its own
      // copy of the private-field helpers.
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      // Legacy decorators + useDefineForClassFields:false, or Lit's reactive properties stop updating.
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      // src/version.ts: the version is package.json's, never a copy to keep in step.
      define: { __MBC_VERSION__: JSON.stringify(version) },
    });
    return { code: out.code, map: out.map };
  },
});

/**
 * Our `#private` members become ordinary properties with a prefix before the code is lowered to
 * ES2021 (the "private fields as properties" assumption Babel offers): lowered true privacy costs a
 * WeakMap and helper calls per member, about 1 KB gzip of the first load. Privacy stays enforced by
 * TypeScript; only our own src/ files are rewritten, never a dependency's. Each name becomes a short
 * one, the same in every file (`#settings` → `__m1f` everywhere), from a table of every `#name` in
 * src/ sorted, so builds are reproducible and two names never share a property.
 */
const privateNames = () => {
  const names = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/#([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
    }
  };
  walk(join(root, 'src'));
  return new Map([...names].sort().map((name, i) => [name, `__m${i.toString(36)}`]));
};

const loosePrivate = () => {
  let names;
  return {
    name: 'loose-private',
    buildStart() {
      names = privateNames();
    },
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('#')) return null;
      let ast;
      try {
        ast = this.parse(code);
      } catch {
        return null;
      }
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'PrivateIdentifier') {
          if (!names.has(node.name)) this.error(`#${node.name} is not in the table of private names`);
          edits.push([node.start, node.end, names.get(node.name)]);
        }
        for (const key of Object.keys(node)) {
          const v = node[key];
          if (Array.isArray(v)) v.forEach(visit);
          else if (v && typeof v === 'object' && typeof v.type === 'string') visit(v);
        }
      };
      visit(ast);
      if (!edits.length) return null;
      const ms = new MagicString(code);
      for (const [start, end, name] of edits) ms.overwrite(start, end, name);
      return { code: ms.toString(), map: ms.generateMap({ hires: true }) };
    },
  };
};

/**
 * After loosePrivate, our former `#private` fields are ordinary class fields, which lowering to ES2021
 * would define one by one with a helper call per field per instance (about 0.3 KB gzip of the first
 * load). Our TypeScript already compiles public fields as plain assignments
 * (useDefineForClassFields: false, which Lit's reactive properties need); this gives the renamed
 * private fields the same treatment. Only our own src/ files, never a dependency's.
 */
const assignFields = () => ({
  name: 'assign-fields',
  async transform(code, id) {
    if (!id.includes('/src/') || !/\b__m\w+\s*[=;]/.test(code)) return null;
    const out = await transform(code, {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    });
    return { code: out.code, map: out.map };
  },
});

/** Dependencies' code too must parse in the browsers we support: lower every chunk to ES2021. */
const lowerSyntax = () => ({
  name: 'lower-syntax',
  async renderChunk(code) {
    const out = await transform(code, { loader: 'js', format: 'esm', target: TARGET, charset: 'utf8', sourcemap: true });
    return { code: out.code, map: out.map };
  },
});

/**
 * Lit's html`` and css`` templates are strings to a JS minifier: minify their markup and CSS too.
 * Whitespace is collapsed to one space, never removed, so words on either side of a tag stay apart.
 */
const minifyTemplates = () =>
  minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  });

/**
 * Lit polyfills `Symbol.metadata` (`Symbol.metadata ??= Symbol('metadata')`) as its module loads. On
 * a host page that froze the built-ins (SES lockdown, hardening scripts) that assignment throws and
 * the whole script stops before the element is defined: a blank widget. Lit reads the symbol only
 * for standard decorators, which we do not use, so a failed polyfill is harmless — it is wrapped in
 * try/catch. Only the script-tag build bundles Lit; an app that bundles its own Lit has its own.
 */
const LIT_METADATA = /Symbol\.metadata\s*\?\?=\s*Symbol\((["'])metadata\1\)/g;
const tolerateFrozenSymbol = () => {
  let patched = 0;
  return {
    name: 'tolerate-frozen-symbol',
    buildStart() {
      patched = 0;
    },
    transform(code, id) {
      if (!/[\\/]@lit[\\/]reactive-element[\\/]/.test(id)) return null;
      const ms = new MagicString(code);
      for (const m of code.matchAll(LIT_METADATA)) ms.overwrite(m.index, m.index + m[0].length, `(()=>{try{${m[0]}}catch(e){}})()`);
      if (!ms.hasChanged()) return null;
      patched++;
      return { code: ms.toString(), map: ms.generateMap({ hires: true }) };
    },
    // If a Lit update reworded the line, fail the build rather than ship the blank widget again.
    buildEnd(error) {
      if (!error && !patched) this.error('tolerate-frozen-symbol: Lit’s Symbol.metadata line was not found');
    },
  };
};

const onwarn = (warning, warn) => {
  // lit and i18next use `this` at module top level in ways rollup flags but which are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * Chunk names say what they hold: chunks/<module>-<hash>.js (code must match the entry that imports
 * it, so a new version never picks up a cached old chunk) and locales/<lng>/<part>.js (plain data
 * with no imports). In the npm build the latter sit under chunks/ too: dist/locales/ holds the JSON.
 */
const chunkFileNames = (localeDir) => (chunk) => {
  const locale = chunk.facadeModuleId && parseLocaleModule(chunk.facadeModuleId);
  if (locale && !locale.index) return `${localeDir}/${locale.lng}/${locale.part}.js`;
  // An index module is named by its folder: chunks/sources-….js, chunks/locales-….js.
  if (chunk.name === 'index' && chunk.facadeModuleId) return `chunks/${basename(dirname(chunk.facadeModuleId))}-[hash].js`;
  return 'chunks/[name]-[hash].js';
};

/**
 * The language parts are generated data (an object literal per file): a source map for them maps
 * nothing a person would debug, yet they were 1.5 MB of the npm package. Only code chunks keep theirs.
 */
const noDataMaps = () => ({
  name: 'no-data-maps',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.facadeModuleId || !parseLocaleModule(chunk.facadeModuleId) || parseLocaleModule(chunk.facadeModuleId).index) continue;
      delete bundle[`${chunk.fileName}.map`];
      chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      chunk.map = null;
    }
  },
});

/**
 * The script-tag entry is a facade: everything it holds lives in chunks/core-[hash].js, which the
 * entry and every lazy part import. Pages load the entry with a query string (WordPress writes
 * `?ver=6.9` on every script, CDNs and cache-busters add their own): to the browser that is another
 * URL, so another module. If the lazy parts imported the entry itself by its plain URL, a second copy
 * of the entry would run beside the first, with its own state, and the comparison never arrived after
 * Start. With the facade, no file imports the entry, and however many URLs load it, one core runs.
 * It costs one more request (the facade, a few hundred bytes) before the widget can draw.
 */
const FACADE = '\0mbc-entry-facade';
const entryFacade = (core) => ({
  name: 'entry-facade',
  // The core is src/index.ts itself, with its side effect (defining the element) kept: resolved by
  // node-resolve it would take package.json's "sideEffects", which lists dist/ files only.
  resolveId: (source) => (source === FACADE ? FACADE : source === core ? { id: core, moduleSideEffects: true } : null),
  load: (id) => (id === FACADE ? `export * from ${JSON.stringify(core)};\n` : null),
  outputOptions: (options) => ({ ...options, manualChunks: (id) => (id === core ? 'core' : undefined) }),
});

const plugins = (browser) => [
  localeModules(root),
  resolve(browser ? { browser: true } : {}),
  json({ compact: true, preferConst: true }),
  typescript(),
  loosePrivate(),
  assignFields(),
];

export default [
  {
    input: { 'mbc-decision-aid': 'src/index.ts', engine: 'src/engine/index.ts' },
    external,
    plugins: [...plugins(false), minifyTemplates(), lowerSyntax(), noDataMaps()],
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: chunkFileNames('chunks/locales') },
    onwarn,
  },
  {
    input: { 'mbc-decision-aid': FACADE },
    plugins: [entryFacade(resolvePath(root, 'src/index.ts')), ...plugins(true), tolerateFrozenSymbol(), freshRetryImports(resolvePath(root, 'src/index.ts')), minifyTemplates(), lowerSyntax(), terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 3, unsafe_arrows: true } }), noDataMaps()],
    preserveEntrySignatures: 'allow-extension',
    // Maps are written but not linked from the files (a comment in each is bytes every visitor pays):
    // load them in devtools by hand when debugging the script-tag build.
    output: { dir: 'dist/cdn', format: 'es', sourcemap: 'hidden', entryFileNames: '[name].js', chunkFileNames: chunkFileNames('locales') },
    onwarn,
  },
  {
    input: 'src/loader.js',
    plugins: [terser({ ecma: 2020, format: { comments: false } })],
    output: { file: 'dist/cdn/mbc-decision-aid.loader.js', format: 'iife' },
  },
];
