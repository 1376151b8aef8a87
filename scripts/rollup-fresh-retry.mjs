// Rollup plugin for the script-tag build (dist/cdn): "Try again" must work once a lazily loaded file
// is back (#13), whichever file it was.
//
// Why a plugin: a browser keeps a module that failed to parse (a truncated file, an HTML page served
// as JavaScript) in its module map for the life of the page, and some engines keep a failed fetch
// there too, so `import()` of the same URL fails again without asking the server. A request that
// hangs past our time limit stays pending, and importing its URL again waits on it. A new URL
// (`<file>?retry=<n>`) is the only way to ask again. That works for a file reached by import(), but
// not for one reached by a static `import … from "./shared.js"` in another chunk: a static specifier
// resolves to the same plain URL however its importer was fetched. With shared chunks (step styles,
// the engine rules, the share-link codec…) imported statically, a broken shared file could only come
// back with a reload.
//
// So, in this build only, no lazy chunk imports another lazy chunk statically:
//  - every `import { a as b } from "./shared-….js"` between lazy chunks becomes
//    `const { a: b } = __mbcS("./shared-….js")`, a lookup in a table kept by the core chunk;
//  - every `import("./part-….js")` becomes `__mbcI("./part-….js", [[deps…], …])`: the core chunk
//    first imports the part's shared chunks (level by level — a chunk's own lookups need the levels
//    before it; files of one level are fetched in parallel, as the browser would), records each
//    module in the table, then imports the part.
// Each file is asked for by its plain URL first. When the person presses "Try again", every file of
// the parts asked for again that failed, or is still unanswered from before the press, is asked for
// under a URL the module map has never seen (`?retry=<n>`). A file that arrived is used again as it
// is, and every chunk reads the same copy of a shared module.
// The core chunk (the first load, which every part imports statically) is left as it is: when it
// failed, there is no widget to press "Try again" in. The npm build is left as it is: an app's
// bundler rewrites its imports with its own chunk loader.
import { dirname, join, posix } from 'node:path';
import MagicString from 'magic-string';

const LOADER = '\0mbc-chunk-loader';
// Kept in ES2021 and small: it is part of every page visit. `attempt` (loading/load-part.ts) goes up
// when the person presses "Try again": a request still unanswered from an earlier attempt is given up
// and made again under a new URL; one from this attempt is shared by every part that needs the file.
// The first copy of a file that arrives is the one every chunk reads, whatever arrives later.
const loaderCode = (loadPart) => `import { attempt } from ${JSON.stringify(loadPart)};
const loads = new Map();
const arrived = new Map();
function one(file) {
  if (arrived.has(file)) return Promise.resolve(arrived.get(file));
  const last = loads.get(file);
  if (last && last.pending && last.attempt === attempt) return last.request;
  const n = last ? last.n + 1 : 0;
  const load = { n, attempt, pending: true };
  load.request = import(n ? file + '?retry=' + n : file)
    .then((ns) => (arrived.has(file) || arrived.set(file, ns), arrived.get(file)))
    .finally(() => (load.pending = false));
  loads.set(file, load);
  return load.request;
}
export function __mbcI(file, levels) {
  let ready = Promise.resolve();
  for (const level of levels) ready = ready.then(() => Promise.all(level.map(one)));
  return ready.then(() => one(file));
}
// Read only once the file arrived (its readers are imported after it); anything else fails their import.
export function __mbcS(file) {
  return arrived.get(file);
}
`;
const DEPS_MARK = /\/\*mbc-deps:([^*]+)\*\/0/g;

/** `file` as a module specifier relative to the folder `dir` ('./x.js', '../locales/en/core.js'). */
function relativePath(dir, file) {
  const rel = posix.relative(dir, file);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** @param {string} coreEntry absolute path of the module the core chunk is built from (src/index.ts) */
export function freshRetryImports(coreEntry) {
  return {
    name: 'fresh-retry-imports',
    resolveId: (source) => (source === LOADER ? { id: LOADER, moduleSideEffects: 'no-treeshake' } : null),
    load: (id) => (id === LOADER ? loaderCode(join(dirname(coreEntry), 'loading/load-part.ts')) : null),
    transform(code, id) {
      if (id !== coreEntry) return null;
      const ms = new MagicString(code).prepend(`import ${JSON.stringify(LOADER)};\n`);
      return { code: ms.toString(), map: ms.generateMap({ hires: true }) };
    },
    renderDynamicImport({ format, targetChunk }) {
      // Only our own chunks, imported by a literal path that rollup resolved.
      if (format !== 'es' || !targetChunk) return null;
      return { left: '__mbcI(', right: `,/*mbc-deps:${targetChunk.fileName}*/0)` };
    },
    renderChunk(code, chunk, _options, { chunks }) {
      // The chunk that holds the element (rollup.config.mjs names it core; so is English's locales/en/core.js).
      const isCore = (file) => !!chunks[file]?.moduleIds.includes(coreEntry);
      const coreFile = Object.keys(chunks).find(isCore);
      if (!coreFile) this.error('fresh-retry-imports: no chunk holds the core entry');
      const coreDir = dirname(coreFile);
      const fromCore = (file) => relativePath(coreDir, file);
      const lazyImports = (file) => chunks[file].imports.filter((f) => !isCore(f));
      /** The lazy chunks `file` needs before it, grouped so each group needs only groups before it. */
      const levels = (file) => {
        const depth = new Map();
        const visit = (f, path) => {
          if (path.includes(f)) this.error(`fresh-retry-imports: static import cycle ${[...path, f].join(' → ')}`);
          let d = 0;
          for (const g of lazyImports(f)) d = Math.max(d, visit(g, [...path, f]) + 1);
          if (f !== file) depth.set(f, Math.max(depth.get(f) ?? 0, d));
          return d;
        };
        visit(file, []);
        const out = [];
        for (const [f, d] of depth) (out[d] ??= []).push(fromCore(f));
        return out.filter(Boolean).map((level) => level.sort());
      };

      const ms = new MagicString(code);
      for (const m of code.matchAll(DEPS_MARK)) {
        if (!chunks[m[1]]) this.error(`fresh-retry-imports: unknown chunk ${m[1]}`);
        ms.overwrite(m.index, m.index + m[0].length, JSON.stringify(levels(m[1])));
      }
      // The loader resolves every file against the core chunk's folder: a chunk that imports
      // another from elsewhere would need its own resolution.
      if (code.includes('__mbcI(') && !isCore(chunk.fileName) && dirname(chunk.fileName) !== coreDir)
        this.error(`fresh-retry-imports: ${chunk.fileName} imports lazily but is not beside the core chunk`);

      if (isCore(chunk.fileName)) {
        if (!/function __mbcI\(/.test(code) || !/function __mbcS\(/.test(code)) this.error('fresh-retry-imports: the loader is not in the core chunk');
        ms.append('\nexport { __mbcI, __mbcS };\n');
      } else {
        let needsLoader = code.includes('__mbcI(');
        let reexports = 0;
        const here = dirname(chunk.fileName);
        for (const node of this.parse(code).body) {
          if (!node.source || !['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(node.type)) continue;
          const target = posix.join(here, node.source.value);
          if (isCore(target)) continue;
          if (!chunks[target]) this.error(`fresh-retry-imports: ${chunk.fileName} imports ${node.source.value}, not a chunk of this build`);
          const lookup = `__mbcS(${JSON.stringify(fromCore(target))})`;
          const key = (name) => (name.type === 'Identifier' ? name.name : JSON.stringify(name.value));
          needsLoader = true;
          if (node.type === 'ExportAllDeclaration') this.error(`fresh-retry-imports: ${chunk.fileName} has export * from a lazy chunk`);
          if (node.type === 'ExportNamedDeclaration') {
            // export { a as b } from "./shared.js" (a part handing on a shared chunk's export)
            const locals = node.specifiers.map((s) => [key(s.local), `__mbcX${reexports++}`, key(s.exported)]);
            ms.overwrite(node.start, node.end, `const { ${locals.map(([from, local]) => `${from}: ${local}`).join(', ')} } = ${lookup};export { ${locals.map(([, local, as]) => `${local} as ${as}`).join(', ')} };`);
            continue;
          }
          const names = [];
          let replacement = '';
          for (const s of node.specifiers) {
            if (s.type === 'ImportNamespaceSpecifier') replacement += `const ${s.local.name} = ${lookup};`;
            else names.push(`${s.type === 'ImportDefaultSpecifier' ? 'default' : key(s.imported)}: ${s.local.name}`);
          }
          if (names.length) replacement += `const { ${names.join(', ')} } = ${lookup};`;
          // A bare `import "./shared.js"` (evaluation order only) is dropped: the loader evaluated it already.
          ms.overwrite(node.start, node.end, replacement);
        }
        if (needsLoader) ms.prepend(`import { __mbcI, __mbcS } from ${JSON.stringify(relativePath(here, coreFile))};\n`);
      }
      if (!ms.hasChanged()) return null;
      return { code: ms.toString(), map: ms.generateMap({ hires: true }) };
    },
  };
}
