// The comparison's text (its 'details', 'content' and 'evidence' locale parts) for a widget: loaded
// with the comparison's part, and from then on with every language the person picks. It is the
// medical text, so when it cannot be loaded in the language on screen it is shown in English, never
// silently (the element's notice says so, with "Try again"). Part of the question steps' part, with
// AfterStartController, which uses it: nothing in the first load needs it.
import type { I18nController } from '../../i18n/i18n-controller.js';
import type { Language } from '../../i18n/languages.js';

const PARTS = ['details', 'content', 'evidence'] as const;

/** The text for `lng`, else in English (better than nothing, and said); rejects when neither arrives. */
async function load(i18n: I18nController, lng: Language): Promise<void> {
  try {
    await Promise.all(PARTS.map((p) => i18n.load(lng, p)));
    if (i18n.current.lang === lng || i18n.detailsFallback === lng) i18n.detailsFallback = undefined;
  } catch (error) {
    if (lng === 'en') throw error;
    await Promise.all(PARTS.map((p) => i18n.load('en', p)));
    i18n.detailsFallback = lng;
  }
}

/**
 * The text for the language on screen, and for every language picked from now on (the language
 * switches only once it is here too, so the screen never mixes languages mid-load). Rejects with a
 * PartError; the caller (AfterStartController) owns the loading state and asks again on retry.
 */
export async function ensureComparisonText(i18n: I18nController): Promise<void> {
  i18n.more ??= { parts: PARTS, load: (lng) => load(i18n, lng) };
  const lng = i18n.current.lang;
  await load(i18n, lng);
  if (lng === i18n.current.lang) i18n.publish(lng); // else a language change took over and loads its own
}

/** "Try again" on the English-fallback notice: the comparison text in the language on screen. */
export async function retryComparisonText(i18n: I18nController): Promise<void> {
  const lng = i18n.current.lang;
  if (i18n.detailsFallback !== lng) return;
  await load(i18n, lng).catch(() => {});
  if (lng === i18n.current.lang) i18n.publish(lng);
}
