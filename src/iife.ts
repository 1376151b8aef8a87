// The single classic-<script> build for hosts without a bundler. Registers the element and exposes
// one global, window.MbcDecisionAid (rollup's IIFE `name`), with the same exports as the package,
// plus the modules it lends to the results script (comparison and summary), fetched once needed.
export * from './index.js';
export { SHARED as __shared } from './shared.js';
