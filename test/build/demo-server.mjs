// For build tests that drive the built widget in Chromium: the demo server on a free port (ready once
// it prints its address) and Debian's chromium, launched the same way everywhere.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** scripts/serve.mjs on a free port; resolves once it is listening. */
export async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
    server.stdout.on('data', (chunk) => {
      const m = /localhost:(\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
  });
  return { server, port };
}

// The same launch as the release and examples tests (scripts/drive-widget.mjs).
export { launchChromium } from '../../scripts/drive-widget.mjs';
