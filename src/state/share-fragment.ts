// The names a share link uses in the URL fragment (#mbc=…&mbct=…), apart from the codec
// (share-link.ts): the element only needs to know whether a fragment holds a link before it loads
// the code that reads one.
export const SHARE_PARAM = 'mbc';
/** Chosen studies ride along only when the person ticked "add to the link". */
export const STUDIES_PARAM = 'mbct';

/** `hash` (or a URL's fragment) holds a share code. */
export const hasShareCode = (hash: string): boolean => /(?:^#|[#&])mbc=/.test(hash);
