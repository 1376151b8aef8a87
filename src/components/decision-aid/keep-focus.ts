// A lazy part arrived and its step's real view replaces the placeholder (heading and loading status):
// if the focus was on that heading, it stays on the real one. Part of the question steps' part, with
// what loads the comparison's part: only they replace a placeholder.
import type { LitElement } from 'lit';
import type { StepId } from '../../state/steps.js';

export async function keepFocusOnHeading(host: LitElement, step: StepId): Promise<void> {
  const root = host.shadowRoot;
  const hadFocus = root?.activeElement?.id === `heading-${step}`;
  host.requestUpdate();
  await host.updateComplete;
  if (!hadFocus) return;
  await root?.querySelector<LitElement>(`mbc-step-${step}`)?.updateComplete;
  root?.getElementById(`heading-${step}`)?.focus();
}
