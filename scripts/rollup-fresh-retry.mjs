// Rollup output plugin for the script-tag build (dist/cdn): "Try again" must work once a lazily
// loaded file is back (#13). A browser keeps a module that failed to parse (a truncated file, an HTML
// page served as JavaScript) in its module map for the life of the page, and some engines keep a
// failed fetch there too, so `import()` of the same URL fails again without asking the server. And a
// request that hangs past our time limit stays pending; importing its URL again waits on it.
//
// So every dynamic import in the build goes through a small per-chunk helper: the first request for
// a file uses its plain URL; once that request failed or is still unanswered, the next one — made
// only when loading/load-part.ts tries again — asks for `<file>?retry=<n>`, a URL the module map has
// never seen. A URL that worked is used again as it is, so nothing is evaluated twice.
//
// Limits, by design of the module map: a file reached by a static import from another chunk (a
// shared chunk such as step.styles or evaluate) keeps its plain URL, so one that failed to parse can
// only come back with a reload; the widget offers "Reload the page" for that (keeping the answers).
// The npm build is left as it is: a bundler rewrites its imports with its own chunk loader.
const HELPER = `const __mbcLoads=new Map;
function __mbcImport(file){const last=__mbcLoads.get(file);const n=last?(last.ok?last.n:last.n+1):0;
const entry={n,ok:false};__mbcLoads.set(file,entry);
const request=import(n?file+"?retry="+n:file);request.then(()=>{entry.ok=true},()=>{});return request}
`;

export function freshRetryImports() {
  return {
    name: 'fresh-retry-imports',
    renderDynamicImport({ format, targetModuleId }) {
      // Only our own chunks, imported by a literal path that rollup resolved.
      if (format !== 'es' || !targetModuleId) return null;
      return { left: '__mbcImport(', right: ')' };
    },
    intro(chunk) {
      return chunk.dynamicImports.length ? HELPER : '';
    },
  };
}
