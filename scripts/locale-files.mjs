// Reads locales/<lng>/*.json (one file per namespace) and merges them into the single
// { meta, resources: { <ns>: {...} } } document the widget fetches for a non-English language.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function listLocales(root) {
  return readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function mergedLocale(root, lng) {
  const dir = join(root, 'locales', lng);
  if (!existsSync(dir)) return null;
  const resources = {};
  let meta = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const ns = file.replace(/\.json$/, '');
    if (ns === 'meta') meta = data;
    else resources[ns] = data;
  }
  return { meta, resources };
}
