// How a person drives the widget, for browser tests: keyboard first, reading what is on screen.
import { fixture, html as litHtml, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MbcDecisionAid } from '../../src/components/decision-aid/decision-aid.js';
import '../../src/define.js';

export type Aid = MbcDecisionAid;

/**
 * Waits until `condition` holds, failing with "Timeout: <what>" if it does not within `timeout` ms.
 * The one way browser tests wait: on a condition, never for a fixed time.
 */
export function until(condition: () => unknown, what: string, timeout = 15000): Promise<void> {
  return waitUntil(condition, what, { timeout, interval: 20 });
}

/** Waits until the element has rendered in its wanted language and every step view has updated. */
export async function settle(el: Aid): Promise<void> {
  // Up to 15 s: the first comparison in a test file imports the question steps, the comparison,
  // the knowledge and the text as separate modules, which a loaded 2-core runner can take seconds to serve.
  await until(async () => {
    await el.updateComplete;
    const step = el.shadowRoot?.querySelector('.step-region > *') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await step?.updateComplete;
    const r = el.shadowRoot;
    const busy = r?.querySelector('.language-status')?.textContent?.trim() || r?.querySelector('.details-gate[aria-busy]');
    return r?.querySelector('.root') && !busy;
  }, 'the widget settles: rendered, its language loaded, no part still loading');
}

/** Settles the widget, then waits until `condition` holds (settling again between looks). */
export async function settleUntil(el: Aid, condition: () => unknown, what: string, timeout = 15000): Promise<void> {
  await settle(el);
  await until(async () => {
    if (condition()) return true;
    await settle(el);
    return condition();
  }, what, timeout);
}

export async function mount(template = litHtml`<mbc-decision-aid lang="en"></mbc-decision-aid>`): Promise<Aid> {
  const el = await fixture<Aid>(template);
  await settle(el);
  return el;
}

/** The element focused right now, looking through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Past the last control, Tab leaves the page for the browser's own toolbar and comes back at the top.
 * Headless browsers differ there: Chromium wraps to the top, while Firefox keeps keyboard input in
 * its (invisible) toolbar and `document.activeElement` still names the last control, so key presses
 * stop reaching the page. Keep the cycle inside the page: a focusable marker after the last control
 * stands for "left the page", and Tab from it re-enters at the top, as the toolbar would hand it back.
 */
function edges(): { first: HTMLElement; last: HTMLElement } {
  const make = (id: string, tabIndex: number) => {
    let e = document.getElementById(id);
    if (!e) {
      e = document.createElement('span');
      e.id = id;
      e.tabIndex = tabIndex;
    }
    return e;
  };
  const first = make('tab-edge-first', -1);
  const last = make('tab-edge-last', 0);
  document.body.prepend(first);
  document.body.append(last);
  return { first, last };
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element. */
export async function tabTo(match: (el: Element) => boolean, max = 400, back = false): Promise<Element> {
  const { first, last } = edges();
  try {
    for (let i = 0; i < max; i++) {
      const a = deepActive();
      if (a && a !== first && a !== last && match(a)) return a;
      if (a === last && !back) first.focus();
      if ((a === first || a === document.body) && back) last.focus();
      await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
    }
  } finally {
    first.remove();
    last.remove();
  }
  throw new Error(`could not reach the element with the keyboard (last: ${deepActive()?.outerHTML.slice(0, 120)})`);
}

export const root = (el: Aid) => el.shadowRoot!;
export const text = (el: Aid) => root(el).querySelector('.root')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const heading = (el: Aid) => root(el).querySelector('h2.step-heading')?.textContent?.trim() ?? '';

/** Keyboard: reach the radio group for `question` and move the selection to `value` with arrow keys. */
export async function chooseRadio(el: Aid, question: string, value: string): Promise<void> {
  await tabTo((a) => a instanceof HTMLInputElement && a.type === 'radio' && a.name === question);
  for (let i = 0; i < 12; i++) {
    const a = deepActive() as HTMLInputElement;
    if (a.value === value && a.checked) return settle(el);
    if (a.value === value && !a.checked) {
      await sendKeys({ press: ' ' });
      continue;
    }
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
  }
  throw new Error(`could not choose ${question}=${value}`);
}

/** Keyboard: reach a checkbox by value within a named group and toggle it on with Space. */
export async function checkBox(el: Aid, name: string, value: string): Promise<void> {
  await tabTo((a) => a instanceof HTMLInputElement && a.type === 'checkbox' && a.name === name && a.value === value);
  const box = deepActive() as HTMLInputElement;
  if (!box.checked) await sendKeys({ press: ' ' });
  await settle(el);
}

/** Keyboard: Tab to a button with this text (or class) and press Enter. */
export async function pressButton(el: Aid, match: (b: HTMLButtonElement) => boolean): Promise<void> {
  await tabTo((a) => a instanceof HTMLButtonElement && match(a));
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

export const next = (el: Aid) => pressButton(el, (b) => b.classList.contains('next'));
