// One private i18next instance per widget — never the page's global instance — so a host page's own
// i18next keeps its language and resources, and two widgets in two languages can share a page.
import i18next, { type i18n as I18n } from 'i18next';
import { ALL_NAMESPACES, EN } from './en.js';

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ALL_NAMESPACES,
    defaultNS: 'common',
    resources: { en: EN.resources },
    initAsync: false,
    // Lit escapes every text binding; escaping here too would show &amp; on screen.
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  return instance;
}
