// English is the source text: the question steps' text ships inside the bundle. What only the
// comparison and summary need — their own text, the engine's reasons, the glossary and the option
// content, the bulk of the words — is fetched for every language, English too, once the person has started, so the
// first load stays within its size budget. Keep PARTS in step with scripts/locale-files.mjs.
import meta from '../../locales/en/meta.json';
import common from '../../locales/en/common.json';
import intro from '../../locales/en/intro.json';
import receptors from '../../locales/en/receptors.json';
import treatments from '../../locales/en/treatments.json';
import priorities from '../../locales/en/priorities.json';
import type { LocaleDocument } from './locale-meta.js';

export const NAMESPACES = [
  'common',
  'intro',
  'receptors',
  'treatments',
  'priorities',
] as const;
export const PARTS = {
  details: ['comparison', 'summary', 'glossary'],
  content: ['content'],
  // The why behind each label: the engine's reasons and the trial cards. Their own file keeps every
  // part within 15 KB gzip in every language (Russian details and content each went past it).
  evidence: ['engine', 'evidence'],
} as const;
export const ALL_NAMESPACES: string[] = [...NAMESPACES, ...Object.values(PARTS).flat()];

export const EN: LocaleDocument = {
  meta,
  resources: { common, intro, receptors, treatments, priorities },
};
