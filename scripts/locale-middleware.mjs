// Dev/test server middleware: answers /locales/index.js and /locales/<lng>/<part>.js with the same
// modules the build generates (scripts/locale-modules.mjs), so code served from src/ imports each
// language's text exactly as the built widget does. x-pseudo exists only here, never in a build.
import { localeModuleSource, parseLocaleModule } from './locale-modules.mjs';

export function localeMiddleware(root) {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/locales/') || !parseLocaleModule(ctx.path)) return next();
    const code = localeModuleSource(root, ctx.path, { pseudo: true });
    if (code === undefined) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = 'application/javascript';
    ctx.body = code;
    return undefined;
  };
}
