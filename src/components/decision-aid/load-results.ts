// Loads the comparison and summary steps. In the npm (ESM) build and in development this is a plain
// dynamic import, which bundlers split into its own chunk. The script-tag build swaps this module for
// load-results.iife.ts (see rollup.config.mjs).
let request: Promise<unknown> | undefined;

export function loadResults(): Promise<unknown> {
  request ??= import('../../results.js');
  request.catch(() => (request = undefined));
  return request;
}
