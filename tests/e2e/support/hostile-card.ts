import type { Page } from 'playwright-core';
import { evaluateIsolated } from './hostile-session';
import { cardText, dialogsInAccessibilityTree, waitForCard } from '../../../scripts/demo-steps.mjs';

/**
 * Viewport centre of the first visible `word` in the top document, open shadow roots included (the demo's
 * helper reads the light DOM only). Works for HTML, XHTML and SVG documents.
 */
export function pointOfWord(page: Page, word: string): Promise<{ x: number; y: number } | undefined> {
  // Read from an isolated world: a hostile page may have replaced createTreeWalker or createRange.
  return evaluateIsolated(
    page,
    (w: string) => {
      const roots: Node[] = [document.documentElement];
      while (roots.length > 0) {
        const root = roots.shift()!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node instanceof Element) {
            if (node.shadowRoot) roots.push(node.shadowRoot);
            continue;
          }
          const at = (node as Text).data.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return undefined;
    },
    word,
  );
}

/** Rests the pointer on the first visible `word` and waits for the card named `topicName`; returns its text. */
export async function hoverForCard(
  page: Page,
  word: string,
  topicName: string,
  timeoutMs = 5000,
): Promise<string> {
  const point = await pointOfWord(page, word);
  if (!point) throw new Error(`"${word}" is not visible on ${page.url()}`);
  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await waitForCard(page, topicName, timeoutMs);
  return (await cardText(page, topicName)) ?? '';
}

/** Closes the open card with Escape and waits until no dialog is left in the accessibility tree. */
export async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    if ((await dialogsInAccessibilityTree(page)).length === 0) return;
    await page.waitForTimeout(50);
  }
  throw new Error('The card did not close');
}

/** Waits `ms` of pointer rest on `word` and returns the dialogs then present (none expected). */
export async function dialogsAfterResting(page: Page, word: string, ms = 700): Promise<string[]> {
  const point = await pointOfWord(page, word);
  if (!point) throw new Error(`"${word}" is not visible on ${page.url()}`);
  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForTimeout(ms);
  return (await dialogsInAccessibilityTree(page)).map((d) => d.name);
}

/**
 * Opens the first mention's card with the default shortcut (Alt+Shift+K), pressed on a real keyboard (`press`,
 * an extension browser's `pressShortcut`); returns the card's name.
 */
export async function openCardByKeyboard(
  page: Page,
  press: (keys: string) => Promise<void>,
  timeoutMs = 5000,
): Promise<string> {
  await page.bringToFront();
  await press('Alt+Shift+K');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [dialog] = await dialogsInAccessibilityTree(page);
    if (dialog) return dialog.name;
    await page.waitForTimeout(30);
  }
  throw new Error('Alt+Shift+K opened no card');
}
