// React 19 JSX typings (src/jsx.ts, shipped as mbc-decision-aid/jsx): typed attributes, the
// `profile`/`step` properties and `on<event>` listeners with typed details. Type-checked only.
import type {} from '../../src/jsx.js';
import type { ErrorCode } from '../../src/index.js';

export const ok = (
  <mbc-decision-aid
    lang="es"
    mode="clinician"
    storage="session"
    trials="live"
    trials-endpoint="/ctgov/studies"
    org-name="Harbor Light"
    org-url="https://example.org"
    helpline="1-800-555-0199"
    content-src="/mbc-extra.json"
    reviewed-by="Harbor Light clinicians"
    color-scheme="auto"
    profile={{ hr: 'positive', her2: 'low' }}
    step="comparison"
    className="aid"
    onmbc-step-change={(e) => {
      const step: string = e.detail.step;
      void step;
    }}
    onmbc-error={(e) => {
      const code: ErrorCode = e.detail.code;
      void code;
    }}
  />
);

// @ts-expect-error not a mode
export const badMode = <mbc-decision-aid mode="doctor" />;
// @ts-expect-error not a trials mode
export const badTrials = <mbc-decision-aid trials="yes" />;
// @ts-expect-error not a profile
export const badProfile = <mbc-decision-aid profile={42} />;
// @ts-expect-error not a step
export const badStep = <mbc-decision-aid step="results" />;
// @ts-expect-error unknown event detail field
export const badEvent = <mbc-decision-aid onmbc-step-change={(e) => e.detail.nope} />;
// @ts-expect-error not an attribute of this element
export const badAttr = <mbc-decision-aid colour="red" />;
