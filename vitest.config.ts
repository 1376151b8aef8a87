import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/version.ts reads the version from package.json, as the build does.
  define: { __MBC_VERSION__: JSON.stringify(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version) },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a shared 2-core runner the 5 s default timed out
    // (safe-url and knowledge-validation, seen at load average 24) while each takes ~1 s alone.
    testTimeout: 30000,
  },
});
