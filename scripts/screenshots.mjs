// `npm run screenshots`: every step at 360 px and 1280 px, in English and a few other languages,
// written to screenshots/ (or OUT=<dir>; not committed). Uses Debian's chromium in headless mode and
// our own server (PORT=<n>, default 8123).
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.env.OUT || `${root}screenshots`;
mkdirSync(out, { recursive: true });
const port = Number(process.env.PORT) || 8123;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
// The server prints its address once it is listening: wait for that line, not for a guessed delay.
const [first] = await Promise.race([
  once(createInterface({ input: server.stdout }), 'line'),
  once(server, 'exit').then(([code]) => Promise.reject(new Error(`the demo server exited (${code}) before listening`))),
]);
if (!String(first).includes(`:${port}/`)) throw new Error(`unexpected first line from the demo server: ${first}`);
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const steps = ['intro', 'receptors', 'treatments', 'priorities', 'comparison', 'summary'];
const langs = (process.env.LANGS || 'en,ar,zh-Hans,es').split(',');
const only = process.env.STEPS ? process.env.STEPS.split(',') : steps;
try {
  for (const lang of langs)
    for (const step of only)
      for (const [w, h] of [[360, 2600], [1280, 2200]]) {
        const file = `${out}/${step}-${lang}-${w}.png`;
        const url = `http://localhost:${port}/demo/shot.html?step=${step}&lang=${lang}${process.env.MODE ? `&mode=${process.env.MODE}` : ''}`;
        execFileSync(chrome, ['--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--disable-background-networking',
          '--no-first-run', `--window-size=${w},${h}`, '--virtual-time-budget=4000', `--screenshot=${file}`, url], { stdio: 'ignore' });
        console.log(file);
      }
} finally {
  server.kill();
}
