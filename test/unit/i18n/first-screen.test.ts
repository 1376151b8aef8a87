// The entry carries only part of the English 'common' text (src/i18n/en.ts): the rest arrives with
// the 'core' part when the question steps load. Every 'common:' key that code in the first load uses
// must be in that part, or the first screen would show a raw key. The first load is found the way a
// bundler finds it: src/index.ts and everything it imports statically.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EN } from '../../../src/i18n/en.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function firstLoadFiles(): Promise<string[]> {
  const result = await build({
    entryPoints: [`${root}src/index.ts`],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
    external: ['lit', 'lit/*', '@lit/*', 'i18next'],
    plugins: [
      {
        // The generated locale modules (scripts/locale-modules.mjs) are lazy; they do not exist as files.
        name: 'locale-modules',
        setup(b) {
          b.onResolve({ filter: /locales\/(index|[^/]+\/[a-z]+)\.js$/ }, (a) => ({ path: a.path, external: true }));
        },
      },
    ],
  });
  const outputs = result.metafile!.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === 'src/index.ts')!;
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of outputs[k]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entry);
  return [...seen].flatMap((k) => Object.keys(outputs[k]!.inputs)).filter((f) => f.startsWith('src/') && f.endsWith('.ts'));
}

const has = (o: unknown, path: string[]): boolean =>
  path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), o) !== undefined;

describe('the English text inside the entry', () => {
  it('holds every common: key the first load uses', async () => {
    const files = await firstLoadFiles();
    expect(files).toContain('src/components/decision-aid/decision-aid.ts');
    expect(files).not.toContain('src/components/steps/summary/summary-step.ts');
    const missing: string[] = [];
    for (const f of files) {
      const code = readFileSync(`${root}${f}`, 'utf8');
      // 'common:a.b' in full, or 'common:a.${…}' (then the object 'a' must be there).
      for (const m of code.matchAll(/common:([\w.]+?)(\.?\$\{|['"`])/g)) {
        const path = m[1]!.replace(/\.$/, '').split('.');
        if (!has(EN.resources.common, path)) missing.push(`${f}: common:${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('leaves out what only later steps use', () => {
    expect(has(EN.resources.common, ['statusMeaning'])).toBe(false);
    expect(has(EN.resources.common, ['nav', 'start'])).toBe(true);
  });
});
