import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { localeMiddleware } from './scripts/locale-middleware.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 20000 } },
  // Serve locales/<lng>/*.json merged as .../locales/<lng>.json, the same shape the build ships.
  middleware: [localeMiddleware(fileURLToPath(new URL('.', import.meta.url)))],
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      // Legacy decorators + useDefineForClassFields:false, or reactive properties stop updating.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) =>
    !args.some((a) => typeof a === 'string' && (a.includes('Lit is in dev mode') || a.includes('lit.dev/msg/dev-mode'))),
};
