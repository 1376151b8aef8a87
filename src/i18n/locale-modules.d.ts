// locales/index.js and locales/<lng>/<part>.js do not exist on disk: the build (and the dev server)
// generate them from locales/<lng>/*.json — see scripts/locale-modules.mjs.
declare module '*/locales/index.js' {
  type Part = () => Promise<{ default: unknown }>;
  const table: Record<string, { core: Part; details: Part; content: Part; evidence: Part }>;
  export default table;
}
