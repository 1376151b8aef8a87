// Each language's text as ES modules, generated from locales/<lng>/*.json (the source of truth) at
// build time (rollup plugin below) and on request in development and tests (locale-middleware.mjs):
//   locales/index.js        → { <lng>: { core, details, content } } — one dynamic import() per part
//   locales/<lng>/<part>.js → export default { meta, resources }
// Because the widget reaches them with import() relative to its own module, every bundler splits and
// fingerprints them with no configuration, and no asset base URL is needed.
import { join, resolve as resolvePath, dirname } from 'node:path';
import { PARTS, listLocales, mergedLocale } from './locale-files.mjs';
import { pseudoLocale } from './pseudo.mjs';

export const LOCALE_PARTS = ['core', ...Object.keys(PARTS)];
const PART_FILE = /[\\/]locales[\\/](?:index|([A-Za-z0-9-]+)[\\/]([a-z]+))\.js$/;

/** { lng, part } for a generated module path, { index: true } for the table, else undefined. */
export function parseLocaleModule(path) {
  const m = PART_FILE.exec(path);
  if (!m) return undefined;
  if (!m[1]) return { index: true };
  return LOCALE_PARTS.includes(m[2]) ? { lng: m[1], part: m[2] } : undefined;
}

/** The module's source text, or undefined when there is no such language. `pseudo` adds x-pseudo (dev only). */
export function localeModuleSource(root, path, { pseudo = false } = {}) {
  const what = parseLocaleModule(path);
  if (!what) return undefined;
  if (what.index) {
    const langs = [...listLocales(root), ...(pseudo ? ['x-pseudo'] : [])];
    const rows = langs.map((lng) => {
      const parts = LOCALE_PARTS.map((part) => `${part}: () => import('./${lng}/${part}.js')`).join(', ');
      return `  ${JSON.stringify(lng)}: { ${parts} },`;
    });
    return `export default {\n${rows.join('\n')}\n};\n`;
  }
  const doc =
    what.lng === 'x-pseudo' && pseudo ? pseudoLocale(mergedLocale(root, 'en', what.part)) : mergedLocale(root, what.lng, what.part);
  if (!doc) return undefined;
  // A plain object literal: smaller after gzip than JSON.parse('…') with every quote escaped.
  return `export default ${JSON.stringify(doc)};\n`;
}

/** Rollup (and Vite) plugin: serves locales/index.js and locales/<lng>/<part>.js from the JSON files. */
export function localeModules(root) {
  const localesDir = join(root, 'locales');
  return {
    name: 'mbc-locale-modules',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const abs = resolvePath(dirname(importer), source);
      return abs.startsWith(localesDir) && parseLocaleModule(abs) ? abs : null;
    },
    load(id) {
      if (!id.startsWith(localesDir) || !parseLocaleModule(id)) return null;
      const code = localeModuleSource(root, id);
      if (code === undefined) this.error(`no locale module for ${id}`);
      return { code, map: null };
    },
  };
}
