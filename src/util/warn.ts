// Integrator warnings: one per code and value per page, with a code to search the README for.
const issued = new Set<string>();

export function warnOnce(code: string, message: string): void {
  const id = `${code}:${message}`;
  if (issued.has(id)) return;
  issued.add(id);
  console.warn(`mbc: ${message} (code: ${code})`);
}
