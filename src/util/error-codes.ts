// Every code an `mbc-error` event can carry. This array is the one list: the `ErrorCode` type and
// the custom-elements manifest come from it, test/build/parity.test.mjs fails when the README's
// table of codes (what happened and what the widget did) differs from it, and
// test/browser/error-codes.test.ts causes each one and fails when a code is not emitted (or emitted
// twice). A code is emitted once per occurrence, after the widget has shown a localized message
// and kept the person's answers; the event carries nothing else (no personal data).
export const ERROR_CODES = [
  'invalid-profile',
  'bad-attribute',
  'locale-failed',
  'part-load-failed',
  'comparison-failed',
  'storage-corrupt',
  'storage-unavailable',
  'share-link-invalid',
  'content-src-failed',
  'clipboard-failed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
