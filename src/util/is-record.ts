/** A plain JSON object (not null, not an array): the first check on any data we did not write. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
