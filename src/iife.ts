// The single classic-<script> build for hosts without a bundler. Registers the element and exposes
// one global, window.MbcDecisionAid (rollup's IIFE `name`), with the same exports as the package.
export * from './index.js';
