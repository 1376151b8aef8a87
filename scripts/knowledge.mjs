// Builds the knowledge document from src/content (TypeScript) with esbuild: the typed modules stay
// the single source of truth, and the element fetches dist/knowledge.json once the person starts.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function knowledgeJson() {
  const out = await build({
    entryPoints: [join(root, 'src/content/knowledge-data.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const dir = mkdtempSync(join(tmpdir(), 'mbc-knowledge-'));
  const file = join(dir, 'knowledge.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    const mod = await import(pathToFileURL(file).href);
    return JSON.stringify(mod.buildKnowledge());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { gzipSync } = await import('node:zlib');
  const body = await knowledgeJson();
  writeFileSync(join(root, 'dist', 'knowledge.json'), body);
  console.log(`knowledge.json: ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
}
