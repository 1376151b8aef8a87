// A source link the URL gate refused (content/validate-knowledge.ts turns it into '') must not become
// a link at all: an empty href opens the host page itself, with no text to say so (#13).
import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { sourceEntry } from '../../src/components/steps/comparison/row-sources.js';
import { helpDisclosure } from '../../src/components/ui/help-disclosure.js';
import type { ViewContext } from '../../src/components/steps/comparison/view-context.js';
import type { Source } from '../../src/content/types.js';

const refused = { id: 'x', title: 'A guideline', publisher: 'A society', url: '' } as unknown as Source;
const kept = { id: 'y', title: 'Another guideline', publisher: 'A society', url: 'https://example.org/g' } as unknown as Source;

// Rendered synchronously with lit's render(): @open-wc's fixture() waits for an animation frame, and a
// test page running in the background (two pages at once in Chromium) gets none, so it timed out.
function mount(template: TemplateResult): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  return host.firstElementChild as HTMLElement;
}

describe('a refused source link', () => {
  it('keeps the citation in the comparison’s sources, without a link', () => {
    const el = mount(html`<ol>${sourceEntry({} as ViewContext, refused, 1)}${sourceEntry({} as ViewContext, kept, 2)}</ol>`);
    expect(el.textContent).to.contain('A guideline');
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/g']);
  });

  it('keeps the citation in a help text’s sources, without a link', () => {
    const el = mount(html`<div>${helpDisclosure('Where to find this', 'Body', { sources: [refused, kept], checked: 'Checked', label: 'Sources' })}</div>`);
    expect(el.textContent).to.contain('A guideline');
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/g']);
  });
});
