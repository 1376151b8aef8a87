// Integrator warnings: one per code and value per page, with a code to search the README for.
// Bounded: a host that sets 1000 different bad values gets a few warnings and one line saying the
// rest are not shown, not 1000 lines and an ever-growing set.
const issued = new Set<string>();
export const MAX_WARNINGS = 50;

export function warnOnce(code: string, message: string): void {
  const id = `${code}:${message}`;
  if (issued.has(id) || issued.size > MAX_WARNINGS) return;
  issued.add(id);
  if (issued.size > MAX_WARNINGS) console.warn(`mbc: more than ${MAX_WARNINGS} warnings; further ones are not shown (code: too-many-warnings)`);
  else console.warn(`mbc: ${message} (code: ${code})`);
}
