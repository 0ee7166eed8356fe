import type { Page } from 'playwright-core';
import { evaluateInPage, evaluateIsolated } from './hostile-session';

/**
 * The page's DOM as text: the top document's markup, then each open shadow root and each same-origin frame
 * (recursively), each labelled by where it sits. Closed shadow roots cannot be read, by design.
 */
export function serializeDom(page: Page): Promise<string[]> {
  return evaluateIsolated(
    page,
    () => {
      const parts: string[] = [];
      const visit = (root: Document | ShadowRoot, label: string) => {
        parts.push(`${label}: ${root instanceof Document ? root.documentElement.outerHTML : root.innerHTML}`);
        let i = 0;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) visit(el.shadowRoot, `${label} > shadow ${i++} of <${el.localName}>`);
          if (el instanceof HTMLIFrameElement) {
            let doc: Document | null = null;
            try {
              doc = el.contentDocument;
            } catch {
              doc = null;
            }
            if (doc?.documentElement) visit(doc, `${label} > frame ${i++}`);
          }
        }
      };
      visit(document, 'document');
      return parts;
    },
    null,
  );
}

/**
 * Installs, before any page script runs, a MutationObserver (the browser's own, kept before the page could
 * replace it) that starts at `load` and records every change to the document and its open shadow roots.
 */
export async function recordMutationsAfterLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Observer = MutationObserver;
    const log: string[] = [];
    (window as unknown as { __hostileMutations: string[] }).__hostileMutations = log;
    const describe = (n: Node) => (n instanceof Element ? `<${n.localName}>` : n.nodeName);
    const record = (records: MutationRecord[]) => {
      for (const r of records) {
        const where = describe(r.target);
        if (r.type === 'attributes') log.push(`attribute ${r.attributeName} of ${where}`);
        else if (r.type === 'characterData') log.push(`text of ${where}`);
        else {
          for (const n of r.addedNodes) log.push(`added ${describe(n)} to ${where}`);
          for (const n of r.removedNodes) log.push(`removed ${describe(n)} from ${where}`);
        }
      }
    };
    addEventListener('load', () => {
      const options = { childList: true, subtree: true, attributes: true, characterData: true };
      new Observer(record).observe(document, options);
      for (const el of document.querySelectorAll('*'))
        if (el.shadowRoot) new Observer(record).observe(el.shadowRoot, options);
    });
  });
}

/** What `recordMutationsAfterLoad` recorded so far (read through CDP: the page may have broken its helpers). */
export function recordedMutations(page: Page): Promise<string[]> {
  return evaluateInPage(page, 'window.__hostileMutations ?? []');
}
