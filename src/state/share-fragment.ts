// The names a share link uses in the URL fragment (#mbc=…&mbct=…), apart from the codec
// (share-link.ts): the element only needs to know whether a fragment holds a link before it loads
// the code that reads one.
export const SHARE_PARAM = 'mbc';
/** Chosen studies ride along only when the person ticked "add to the link". */
export const STUDIES_PARAM = 'mbct';

/**
 * "Reload the page" when the browser refuses storage: the answers, step and language ride across the
 * reload in the fragment as the stored record would hold them (read and removed like a share link).
 */
export const RELOAD_PARAM = 'mbcr';

/** `hash` (or a URL's fragment) holds a share code or answers carried across a reload. */
export const hasShareCode = (hash: string): boolean => /(?:^#|[#&])mbcr?=/.test(hash);
