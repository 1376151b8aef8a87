// The package's version: package.json's, written in by whatever compiles this file (rollup.config.mjs,
// web-test-runner.config.mjs and vitest.config.ts each define __MBC_VERSION__ from package.json).
declare const __MBC_VERSION__: string;

export const VERSION: string = __MBC_VERSION__;
