// Dev/test server middleware: answers .../locales/<lng>.json with the merged namespaces, so code
// served from src/ fetches locales in exactly the shape that dist/locales/<lng>.json has.
import { mergedLocale } from './locale-files.mjs';

export function localeMiddleware(root) {
  return async (ctx, next) => {
    const m = /\/locales\/([A-Za-z0-9-]+)\.json$/.exec(ctx.path);
    if (!m) return next();
    const doc = mergedLocale(root, m[1]);
    if (!doc) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(doc);
    return undefined;
  };
}
