// The Print button prints the widget alone, whatever the host page's own CSS: a copy of the widget's
// rendered summary goes into a hidden, same-origin, blank iframe with the widget's own styles, and that
// frame is printed. Built only with DOM calls and constructable stylesheets — no HTML strings, no
// inline <style> — so it works under a strict Content-Security-Policy with Trusted Types.
// (Printing from the browser's menu prints the host page; the widget's print styles still apply
// there, and README "Printing" shows embedders how to hide the rest of their page.)

const FRAME_NAME = 'mbc-print';

/** Page-level rules can only live in the frame's document, not in a shadow root. */
const PAGE_CSS = '@page { margin: 16mm 15mm; } html, body { margin: 0; padding: 0; background: #fff; }';

/** The widget's styles as text: adopted sheets (modern browsers) or <style> elements (Lit's fallback). */
export function widgetCss(shadow: ShadowRoot): string {
  const rules = (sheet: CSSStyleSheet) => {
    try {
      return [...sheet.cssRules].map((r) => r.cssText).join('\n');
    } catch {
      return '';
    }
  };
  const adopted = (shadow.adoptedStyleSheets ?? []).map(rules);
  const inline = [...shadow.querySelectorAll('style')].map((s) => s.textContent ?? '');
  return [...adopted, ...inline].join('\n');
}

function adopt(win: Window & typeof globalThis, target: Document | ShadowRoot, css: string): void {
  const doc = target instanceof win.Document ? target : target.ownerDocument;
  if ('replaceSync' in win.CSSStyleSheet.prototype) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = css;
    (target instanceof win.Document ? target.head : target).append(style);
  }
}

/** Replaceable in tests, where a real print dialog cannot be answered. */
export const printHooks = { print: (win: Window) => win.print() };

/**
 * Builds the print document for `host` (the <mbc-decision-aid>) and prints it. Returns the frame so
 * a test can look at what would be printed; the frame removes itself after printing.
 */
export function printWidget(host: HTMLElement): HTMLIFrameElement | undefined {
  const shadow = host.shadowRoot;
  const source = shadow?.querySelector('.root');
  if (!shadow || !source) return undefined;
  document.querySelector(`iframe[name="${FRAME_NAME}"]`)?.remove();

  const frame = document.createElement('iframe');
  frame.name = FRAME_NAME;
  frame.title = ''; // not content: hidden from assistive technology below
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Off screen but laid out at a page's width, so the copy's layout matches paper.
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:210mm;height:297mm;border:0;';
  document.body.append(frame);
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    return undefined;
  }
  doc.documentElement.lang = source.getAttribute('lang') ?? 'en';
  doc.documentElement.dir = source.getAttribute('dir') ?? 'ltr';
  doc.title = host.ownerDocument.title;
  adopt(win, doc, PAGE_CSS);
  const copyHost = doc.createElement('div');
  copyHost.className = 'mbc-print-host';
  doc.body.append(copyHost);
  const root = copyHost.attachShadow({ mode: 'open' });
  adopt(win, root, widgetCss(shadow));
  root.append(doc.importNode(source, true));
  // Form state lives in properties, not attributes: carry over what the copy should show as chosen.
  const chosen = [...source.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}\u0000${i.value}`);
  for (const input of root.querySelectorAll<HTMLInputElement>('input')) input.checked = chosen.includes(`${input.name}\u0000${input.value}`);

  win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
  win.focus();
  printHooks.print(win);
  return frame;
}
