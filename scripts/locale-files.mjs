// Reads locales/<lng>/*.json (one file per namespace) and merges them into the files the widget
// fetches. 'core' is every question step's text (English core is bundled into the element); the
// comparison needs 'details' (the engine's reasons, glossary), 'content' (option rows, approaches) and
// 'evidence' (the trial cards), fetched once the person has started so the first load stays small. Each
// part stays within the 15 KB gzip budget of a lazily loaded file in every language (a unit test checks).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Which namespace ships in which part: one list, src/i18n/parts.json, which the widget's loader reads too. */
export const PARTS = JSON.parse(readFileSync(new URL('../src/i18n/parts.json', import.meta.url), 'utf8'));
const partOf = (ns) => Object.keys(PARTS).find((p) => PARTS[p].includes(ns)) ?? 'core';

export function listLocales(root) {
  return readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

// The widget reads only these (src/i18n/locale-meta.ts); the change log and review notes in
// meta.json are for people and stay out of every file a reader downloads.
// The script font is read from the 'core' part only (the one that sets a language's meta).
const shippedMeta = ({ translator, reviewedByNativeClinician, date, source, font }, part) => ({
  translator,
  reviewedByNativeClinician,
  date,
  ...(source === undefined ? {} : { source }),
  ...(font === undefined || (part !== 'core' && part !== 'all') ? {} : { font }),
});

/** part: 'core' | 'details' | 'content' | 'evidence' | 'all' */
export function mergedLocale(root, lng, part = 'core') {
  const dir = join(root, 'locales', lng);
  if (!existsSync(dir)) return null;
  const resources = {};
  let meta = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const ns = file.replace(/\.json$/, '');
    if (ns === 'meta') meta = shippedMeta(data, part);
    else if (part === 'all' || partOf(ns) === part) resources[ns] = data;
  }
  return { meta, resources };
}
