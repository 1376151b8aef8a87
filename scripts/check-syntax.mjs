// Every shipped JavaScript file must parse as ES2021 (README: browser support — Safari/iOS 15+,
// Chrome/Edge and Firefox from 2021): a class `static {}` block, `#x in obj`, top-level await or any
// newer syntax would stop the widget from appearing at all in those browsers.
// `node scripts/check-syntax.mjs [dir]` checks dist/; test/build/syntax.test.mjs runs it and plants a static block.
import { parse } from 'acorn';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ECMA_VERSION = 2021;

/** undefined if `code` parses as ES2021 (a module, or a classic script for the loader), else the error. */
export function syntaxError(code, { module = true } = {}) {
  try {
    parse(code, { ecmaVersion: ECMA_VERSION, sourceType: module ? 'module' : 'script', allowHashBang: false });
    return undefined;
  } catch (error) {
    return error.message;
  }
}

const jsFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? jsFiles(p) : /\.m?js$/.test(name) ? [p] : [];
  });

/** [{ file, error }] for every .js file under `dir` that is not ES2021. */
export function checkDir(dir) {
  return jsFiles(dir)
    .map((file) => ({ file: relative(dir, file), error: syntaxError(readFileSync(file, 'utf8'), { module: !file.endsWith('.loader.js') }) }))
    .filter((r) => r.error);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
  const bad = checkDir(dir);
  for (const b of bad) console.error(`${b.file}: not ES${ECMA_VERSION}: ${b.error}`);
  console.log(`syntax: ${jsFiles(dir).length - bad.length} files ES${ECMA_VERSION}, ${bad.length} not`);
  process.exit(bad.length ? 1 : 0);
}
