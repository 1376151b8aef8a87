// Dev/test server middleware: answers .../locales/<lng>.json (core), .../locales/details/<lng>.json,
// .../locales/content/<lng>.json and .../locales/evidence/<lng>.json, and .../knowledge.json built from src/content
// with the merged namespaces, so code served from src/ fetches exactly the shapes dist/locales/ has.
import { mergedLocale } from './locale-files.mjs';
import { pseudoLocale } from './pseudo.mjs';
import { knowledgeJson } from './knowledge.mjs';

export function localeMiddleware(root) {
  return async (ctx, next) => {
    if (ctx.path.endsWith('/knowledge.json')) {
      ctx.type = 'application/json';
      ctx.body = await knowledgeJson();
      return undefined;
    }
    const m = /\/locales\/(?:(details|content|evidence)\/)?([A-Za-z0-9-]+)\.json$/.exec(ctx.path);
    if (!m) return next();
    const part = m[1] ?? 'core';
    // x-pseudo exists only here (tests, dev server); the build never ships it.
    const doc = m[2] === 'x-pseudo' ? pseudoLocale(mergedLocale(root, 'en', part)) : mergedLocale(root, m[2], part);
    if (!doc) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(doc);
    return undefined;
  };
}
