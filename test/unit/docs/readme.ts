// Reading the README's tables, for the tests that keep them equal to the code and the manifest.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const README = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

/** The cells of the first table under `heading` (until the next heading), optionally after `afterText`. */
export function readmeTable(readme: string, heading: string, afterText?: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  let body = readme.slice(start + heading.length + 2);
  const end = body.search(/\n#{1,6} /);
  if (end >= 0) body = body.slice(0, end);
  if (afterText) {
    const at = body.indexOf(afterText);
    if (at < 0) throw new Error(`README "${heading}" has no "${afterText}"`);
    body = body.slice(at);
  }
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  if (first < 0) throw new Error(`README "${heading}" has no table`);
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}

/** Backticked names in a cell: "`org-name`, `org-url`" → ['org-name', 'org-url']; "`reset()`" → ['reset']. */
export const names = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\(\)$/, ''));
