// What the embedder configured through attributes, checked once: a value outside its list, a URL we
// would not link to or a trials endpoint we would not send search words to falls back to the
// default with one console warning (`mbc: invalid storage="forever"; using "none". (code: bad-attr)`).
import type { Settings } from './context.js';
import type { ContentOverride } from './content-override.js';
import { MODES, STORAGES, TRIALS } from './steps.js';
import { resolveTrialsEndpoint } from './trials-endpoint.js';
import { safeHref } from '../util/safe-url.js';
import { warnOnce } from '../util/warn.js';

/** The attributes as the element holds them (null: not set). */
export interface SettingsAttributes {
  mode: string | null;
  storage: string | null;
  trials: string | null;
  trialsEndpoint: string | null;
  orgName: string | null;
  orgUrl: string | null;
  helpline: string | null;
  reviewedBy: string | null;
}

/** Long enough for any organisation's name, short enough that it cannot become a paragraph. */
const MAX_REVIEWER = 120;

/** An attribute value from a closed list; anything else falls back to the default with one warning. */
function oneOf<T extends string>(name: string, value: string | null, allowed: readonly T[], fallback: T): T {
  if (value === null || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce('bad-attr', `invalid ${name}="${value}"; using "${fallback}"`);
  return fallback;
}

function httpsUrl(name: string, value: string | null): string | undefined {
  if (!value) return undefined;
  const url = safeHref(value);
  if (!url) warnOnce('bad-attr', `invalid ${name}="${value}"; an https URL (or a path on this site) is expected, so it is not shown`);
  return url;
}

/**
 * The settings for these attributes. `kept`: with storage="none", the person said yes to keeping
 * their answers in this tab. `refused` is told when trials-endpoint names a place we will not use.
 */
export function settingsFrom(a: SettingsAttributes, kept: boolean, embedderContent: ContentOverride | undefined, refused: () => void): Settings {
  const storage = oneOf('storage', a.storage, STORAGES, 'none');
  const endpoint = resolveTrialsEndpoint(a.trialsEndpoint, location.href);
  if (!endpoint.ok) {
    warnOnce('bad-attr', `trials-endpoint="${a.trialsEndpoint}" is neither the ClinicalTrials.gov API nor on this page's origin, so live trial search is off`);
    refused();
  }
  return {
    mode: oneOf('mode', a.mode, MODES, 'patient'),
    storage: storage === 'none' && kept ? 'session' : storage,
    trials: oneOf('trials', a.trials, TRIALS, 'link'),
    trialsEndpoint: endpoint.ok ? endpoint.url : undefined,
    orgName: a.orgName?.trim() || undefined,
    orgUrl: httpsUrl('org-url', a.orgUrl),
    helpline: a.helpline?.trim() || undefined,
    reviewedBy: a.reviewedBy?.trim().slice(0, MAX_REVIEWER) || undefined,
    embedderContent,
  };
}
