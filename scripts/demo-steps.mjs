// Steps the demo and the tests share: find a word on a page, hover it, wait for Backstory's card.

/**
 * Viewport centre of the first occurrence of `word` in the page's text (or in the first element matching the
 * selector `within`), scrolled into view first.
 */
export async function pointOfWord(page, word, within = 'body') {
  return page.evaluate(
    ([w, root]) => {
      const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const first = range.getClientRects()[0];
        if (first && (first.top < 0 || first.bottom > innerHeight)) {
          window.scrollBy({ top: first.top - innerHeight / 2, behavior: 'instant' });
        }
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return undefined;
    },
    [word, within],
  );
}

/** The dialogs the accessibility tree shows (closed shadow roots included), with their names. */
export async function dialogsInAccessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => n.role?.value === 'dialog' && !n.ignored)
      .map((n) => ({ name: String(n.name?.value ?? ''), nodeId: n.nodeId }));
  } finally {
    await cdp.detach();
  }
}

/** All text the accessibility tree shows inside the first dialog named with `name` (what a screen reader reads). */
export async function cardText(page, name) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.find(
      (n) => n.role?.value === 'dialog' && String(n.name?.value ?? '').includes(name),
    );
    if (!dialog) return undefined;
    const parts = [];
    const visit = (node) => {
      if (node.role?.value === 'StaticText' && node.name?.value) parts.push(String(node.name.value));
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) visit(child);
      }
    };
    visit(dialog);
    return parts.join(' ');
  } finally {
    await cdp.detach();
  }
}

/** Waits until a dialog whose name contains `name` is in the accessibility tree. */
export async function waitForCard(page, name, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const dialogs = await dialogsInAccessibilityTree(page);
    const found = dialogs.find((d) => d.name.includes(name));
    if (found) return found;
    await page.waitForTimeout(50);
  }
  throw new Error(`No card named "${name}" appeared within ${timeoutMs} ms`);
}

/**
 * The browser's id of the tab showing `page`. The extension holds no "tabs" permission, so tabs carry no
 * URL for it: bring the page to the front and take the active tab.
 */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Asks the content script of `page` for its mentions through the extension's worker, as the popup does. */
export async function mentionsOf(worker, page) {
  const tabId = await tabIdOf(worker, page);
  const mentions = await worker.evaluate(async (id) => {
    const answer = await chrome.tabs.sendMessage(id, { type: 'page-mentions' });
    return answer.mentions;
  }, tabId);
  return { tabId, mentions };
}

/**
 * The address of the toolbar popup of tab `tabId`: the one a click on the toolbar icon opens there (the
 * background gives a tab whose page reported its mentions a popup address naming the tab and the count).
 */
export async function toolbarPopupOf(worker, tabId) {
  return worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId);
}
