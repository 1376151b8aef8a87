// A rollup plugin for the script-tag build: Lit's css`` templates are plain strings to a minifier,
// so their indentation and comments would ship to every visitor. Minify the CSS inside them.
// (html`` templates are left alone: their ${…} parts hold code that must not be touched.)
export function minifyCssLiterals() {
  const CSS = /\bcss\s*`([^`$\\]*)`/g; // our css`` blocks have no ${…}: anything else is left as it is
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css')) return null;
      let changed = false;
      const out = code.replace(CSS, (whole, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        changed ||= min !== body;
        return `css\`${min}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
