import type { Page } from 'playwright-core';

/** The page's markup as a script of the page sees it, open shadow roots included. */
export function snapshotDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    return parts.join('\n<!-- shadow -->\n');
  });
}
