// Three artefacts (contract §1):
//  - dist/mbc-decision-aid.js  ESM for bundlers; lit, @lit/context and i18next stay external
//  - dist/engine.js            ESM, engine only (no DOM, no lit, no i18next)
//  - dist/mbc-decision-aid.iife.js  one classic <script>, everything bundled and minified
// Non-English locales are never bundled: scripts/build-locales.mjs writes dist/locales/<lng>.json,
// fetched at run time relative to the script's own URL.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

const external = [/^lit($|\/)/, /^@lit\//, /^@lit\/context/, /^i18next$/];
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

export default [
  {
    input: { 'mbc-decision-aid': 'src/index.ts' },
    external,
    plugins: [resolve(), json({ compact: true, preferConst: true }), ts()],
    output: { dir: 'dist', format: 'es', sourcemap: true, inlineDynamicImports: true },
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
    plugins: [
      resolve({ browser: true }),
      json({ compact: true, preferConst: true }),
      ts(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
    output: {
      file: 'dist/mbc-decision-aid.iife.js',
      format: 'iife',
      name: 'MbcDecisionAid',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    onwarn,
  },
];
