// The only module with a side effect: registers our tags. Safe to run twice (two bundles, a plugin
// loading us again, back/forward cache): an existing registration is kept, and a different version
// already owning the tag gets one warning instead of a thrown NotSupportedError.
import {
  ComparisonStep,
  IntroStep,
  MbcDecisionAid,
  PrioritiesStep,
  ReceptorsStep,
  SummaryStep,
  TreatmentsStep,
} from './element.js';
import { warnOnce } from './util/warn.js';
import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

export function defineOnce(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  const theirs = existing.version ?? (existing as unknown as { mbcVersion?: string }).mbcVersion;
  if (existing !== ctor && theirs !== VERSION)
    warnOnce('define-conflict', `<${tag}> v${theirs ?? '?'} is already registered; v${VERSION} was not registered again`);
}

// Step views carry the version too, so a mismatch on any tag is reported.
for (const step of [IntroStep, ReceptorsStep, TreatmentsStep, PrioritiesStep, ComparisonStep, SummaryStep])
  (step as unknown as { mbcVersion: string }).mbcVersion = VERSION;

// Steps first: the root renders them as soon as it upgrades.
defineOnce('mbc-step-intro', IntroStep);
defineOnce('mbc-step-receptors', ReceptorsStep);
defineOnce('mbc-step-treatments', TreatmentsStep);
defineOnce('mbc-step-priorities', PrioritiesStep);
defineOnce('mbc-step-comparison', ComparisonStep);
defineOnce('mbc-step-summary', SummaryStep);
defineOnce('mbc-decision-aid', MbcDecisionAid);
