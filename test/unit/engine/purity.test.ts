// The engine is pure: no DOM, no lit, no i18next, no UI/state/i18n modules, no sources table at run time.
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE = fileURLToPath(new URL('../../../src/engine/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  it('imports nothing but its own modules (and no runtime import from content)', () => {
    for (const file of files(ENGINE)) {
      const source = readFileSync(file, 'utf8');
      const imports = [...source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)];
      for (const [, , typeOnly, spec] of imports) {
        expect(spec, file).not.toMatch(/^(lit|@lit|i18next)/);
        expect(spec, file).not.toMatch(/\/(components|state|i18n)\//);
        expect(spec!.startsWith('.'), `${file}: ${spec}`).toBe(true);
        if (spec!.includes('content/')) expect(typeOnly, `${file}: runtime import of ${spec}`).toBeTruthy();
      }
      expect(source, file).not.toMatch(/\b(document|window|localStorage|sessionStorage|customElements|navigator)\s*[.[]/);
      expect(source, file).not.toMatch(/Math\.random|Date\.now|new Date\(/);
    }
  });

  it('touches no DOM globals when imported and used', async () => {
    const touched: string[] = [];
    const names = ['document', 'window', 'navigator', 'localStorage', 'customElements', 'HTMLElement'];
    const saved = names.map((n) => Object.getOwnPropertyDescriptor(globalThis, n));
    for (const n of names) {
      Object.defineProperty(globalThis, n, { configurable: true, get: () => void touched.push(n) });
    }
    try {
      vi.resetModules();
      const engine = await import('../../../src/engine/index.js');
      const flow = await import('../../../src/engine/flow.js');
      const { emptyProfile } = await import('../../../src/engine/profile.js');
      const parsed = engine.parseProfile({ hr: 'positive', her2: 'low', sites: ['bone'] });
      if (parsed.ok) engine.evaluate(parsed.profile);
      flow.completeness(emptyProfile());
      flow.relevantBiomarkers(emptyProfile());
    } finally {
      names.forEach((n, i) => {
        const d = saved[i];
        if (d) Object.defineProperty(globalThis, n, d);
        else delete (globalThis as Record<string, unknown>)[n];
      });
    }
    expect(touched).toEqual([]);
    expect(typeof (globalThis as Record<string, unknown>).document).toBe('undefined');
  });
});
