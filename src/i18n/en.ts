// English is the source text: what the first screen needs ships inside the entry — the intro and the
// parts of 'common' that the header, notices, navigation and footer use (named imports, so the
// bundler leaves the rest of the file out; test/unit/i18n/first-screen.test.ts checks that every
// 'common:' key the entry's code uses is here). All of 'common' comes again with the 'core' part.
// Everything else is a locale part imported on demand for every language, English too — the question
// steps' text ('core', with the question steps' code once the person starts) and what only the
// comparison and summary need ('details', 'content': their own text, the engine's reasons, the
// glossary and the option content, the bulk of the words) — so the first load stays within its size
// budget. Which namespace ships in which part: parts.json, read by the build (scripts/locale-files.mjs) too.
// 'evidence' is the why behind each label: the engine's reasons and the trial cards. Their own file keeps
// every part within 15 KB gzip in every language (Russian details and content each went past it).
import PARTS from './parts.json';
import meta from '../../locales/en/meta.json';
import {
  title,
  disclaimer,
  helpline,
  helplineOrg,
  language,
  progress,
  steps,
  nav,
  notices,
  storage,
  privacy,
  trust,
  loading,
  details,
} from '../../locales/en/common.json';
import intro from '../../locales/en/intro.json';
import type { LocaleDocument } from './locale-meta.js';

/** The 'core' part: every question step's text. */
export const NAMESPACES = [
  'common',
  'intro',
  'receptors',
  'treatments',
  'priorities',
] as const;
export const ALL_NAMESPACES: string[] = [...NAMESPACES, ...Object.values(PARTS).flat()];

/** The English text inside the entry: the first screen's. */
export const EN: LocaleDocument = {
  meta,
  resources: {
    common: { title, disclaimer, helpline, helplineOrg, language, progress, steps, nav, notices, storage, privacy, trust, loading, details },
    intro,
  },
};
