// Artefacts (contract §1):
//  - dist/mbc-decision-aid.js (+ results.js chunk)  ESM for bundlers; lit, @lit/context, i18next external
//  - dist/engine.js                                 ESM, engine only (no DOM, no lit, no i18next)
//  - dist/mbc-decision-aid.iife.js                  one classic <script>, everything for the first load
//  - dist/mbc-decision-aid.results.js               classic script with the comparison and summary
//    steps, fetched by the first script once the person starts; it borrows Lit and our shared
//    modules from window.MbcDecisionAid.__shared (scripts/shared-modules.mjs) instead of copying them.
// Locales and knowledge.json are never bundled: see scripts/build-locales.mjs and scripts/knowledge.mjs.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { dirname, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './scripts/minify-literals.mjs';
import { SHARED_MODULES } from './scripts/shared-modules.mjs';

const SRC = fileURLToPath(new URL('./src/', import.meta.url));
const external = [/^lit($|\/)/, /^@lit\//, /^i18next$/];
const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { rootDir: 'src', outDir: 'dist', declaration: false, noEmit: false },
  });
const onwarn = (warning, warn) => {
  // lit and i18next use `this` at module top level in ways rollup flags but which are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};
const minify = () => terser({ format: { comments: false }, compress: { passes: 2 } });

/** Script-tag build: load the results script with a <script> element instead of import(). */
const iifeResultsLoader = {
  name: 'iife-results-loader',
  resolveId(source, importer) {
    if (importer && source === './load-results.js') return resolvePath(dirname(importer), 'load-results.iife.ts');
    return null;
  },
};

/** The key a module is shared under: a package specifier, or its path under src/ without extension. */
function sharedKey(source, importer) {
  if (!source.startsWith('.') && !source.startsWith('/')) return source;
  const abs = source.startsWith('/') ? source : resolvePath(dirname(importer ?? SRC), source);
  return relative(SRC, abs).replace(/\.(js|ts)$/, '');
}

export default [
  {
    input: { 'mbc-decision-aid': 'src/index.ts' },
    external,
    plugins: [resolve(), json({ compact: true, preferConst: true }), ts()],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    onwarn,
  },
  {
    input: { engine: 'src/engine/index.ts' },
    plugins: [resolve(), ts()],
    output: { dir: 'dist', format: 'es', sourcemap: true },
    onwarn,
  },
  {
    input: 'src/iife.ts',
    plugins: [iifeResultsLoader, resolve({ browser: true }), json({ compact: true, preferConst: true }), ts(), minifyCssLiterals(), minify()],
    output: { file: 'dist/mbc-decision-aid.iife.js', format: 'iife', name: 'MbcDecisionAid', sourcemap: true, inlineDynamicImports: true },
    onwarn,
  },
  {
    input: 'src/results.ts',
    external: (source, importer) => SHARED_MODULES.includes(sharedKey(source, importer)),
    plugins: [resolve({ browser: true }), ts(), minifyCssLiterals(), minify()],
    output: {
      file: 'dist/mbc-decision-aid.results.js',
      format: 'iife',
      sourcemap: true,
      // Until the script-tag build loads parts with import() (#12), the trial finder rides in this script.
      inlineDynamicImports: true,
      globals: (id) => `MbcDecisionAid.__shared[${JSON.stringify(sharedKey(id))}]`,
    },
    onwarn,
  },
];
