import type { Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The on-screen box of the card dialog named `name`, found through the accessibility tree. The card is drawn
 * again when its facts arrive, so a dialog found a moment ago may be gone: then it looks again.
 */
export async function cardBox(page: Page, name: string): Promise<Box | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await cardBoxOnce(page, name);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function cardBoxOnce(page: Page, name: string): Promise<Box | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const dialog = nodes.find(
      (n) => n.role?.value === 'dialog' && String(n.name?.value ?? '').includes(name),
    );
    if (!dialog?.backendDOMNodeId) return undefined;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: dialog.backendDOMNodeId });
    const [x1, y1, x2, , , y3] = model.border;
    return { x: x1!, y: y1!, width: x2! - x1!, height: y3! - y1! };
  } finally {
    await cdp.detach();
  }
}

/** How long a control may take to appear in the card: its facts (and their count) arrive after it opens. */
const CONTROL_WAIT_MS = 5000;

/**
 * Clicks the control inside the card whose accessible name matches `name`, with the mouse as a reader would,
 * or with a finger (`touch`, in a context with a touch screen).
 */
export async function clickInCard(
  page: Page,
  name: RegExp,
  { touch = false, nth = 0 }: { touch?: boolean; nth?: number } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const until = Date.now() + CONTROL_WAIT_MS;
    let target;
    for (;;) {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      target = nodes.filter((n) => n.role?.value === 'button' && name.test(String(n.name?.value ?? '')))[nth];
      if (target?.backendDOMNodeId || Date.now() > until) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!target?.backendDOMNodeId) throw new Error(`no button named ${name} in the accessibility tree`);
    let model;
    try {
      // A control lower in the card's fact list may be scrolled out of its view, as a reader would scroll to it.
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.backendDOMNodeId });
      ({ model } = await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendDOMNodeId }));
    } catch (error) {
      // The card was drawn again (its facts arrived) between finding the button and measuring it: find it anew.
      if (Date.now() > until) throw error;
      await cdp.detach().catch(() => undefined);
      return await clickInCard(page, name, { touch, nth });
    }
    const [x1, y1, x2, , , y3] = model.border;
    const [x, y] = [(x1! + x2!) / 2, (y1! + y3!) / 2];
    if (touch) return await page.touchscreen.tap(x, y);
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.up();
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
